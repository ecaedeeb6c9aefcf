"""Headings printed letter-spaced ("K Ế  H O Ạ C H", "V.  T Ổ  C H Ứ C  T H Ự C  H I Ệ N"), as letterheads and
some scanned plans set them: read back as words.

A run of four or more single letters parted by spaces becomes syllables again. Where the run keeps wider gaps
between words, those gaps part them; where extraction squeezed every gap to one space, the letters are cut into
syllables the plan itself writes elsewhere (or the outline's own words), fewest syllables first.
"""

from __future__ import annotations

import re

# a run of single letters (or a punctuation mark) parted by spaces, at least four of them
_RUN_RE = re.compile(r"(?<!\S)(?:[^\W\d_]|[,;:])(?:[ \t]+(?:[^\W\d_]|[,;:])){3,}(?!\S)")
_WORD_RE = re.compile(r"[^\W\d_]{2,}")
MAX_SYLLABLE = 7  # letters in a Vietnamese syllable ("NGHIỆNG")
# the outline's own words, for a plan that writes them nowhere but in its spaced headings
OUTLINE_WORDS = ("KẾ HOẠCH MỤC ĐÍCH YÊU CẦU TIÊU NHIỆM VỤ VÀ GIẢI PHÁP KINH PHÍ THỰC HIỆN TỔ CHỨC CHẾ ĐỘ BÁO CÁO "
                 "CĂN CỨ PHỤ LỤC NƠI NHẬN QUYẾT ĐỊNH PHẦN CHƯƠNG ĐIỀU CHỈ CỤ THỂ CHUNG NGUỒN LỰC KHEN THƯỞNG KIỂM TRA "
                 "TRÁCH ĐƠN VỊ CƠ QUAN PHỐI HỢP XÃ HỘI HỌC TẬP").split()


def _segment(letters: str, vocab: set[str]) -> list[str] | None:
    """The letters as the fewest syllables of ``vocab`` (upper case), or None when they cannot be cut so."""
    n = len(letters)
    best: list[list[str] | None] = [[]] + [None] * n
    for i in range(1, n + 1):
        for k in range(1, min(MAX_SYLLABLE, i) + 1):
            prev = best[i - k]
            piece = letters[i - k:i]
            if prev is not None and piece.upper() in vocab and (best[i] is None or len(prev) + 1 < len(best[i])):
                best[i] = prev + [piece]
    return best[n]


def _join(run: str, vocab: set[str]) -> str:
    parts = re.split(r"[ \t]{2,}", run.strip())
    if len(parts) > 1:  # wider gaps part words where extraction kept them
        return " ".join("".join(p.split()) for p in parts).replace(" ,", ",")
    # one space everywhere: cut at punctuation, then into known syllables
    out: list[str] = []
    for piece in re.split(r"([,;:])", "".join(run.split())):
        if piece in ",;:":
            if out and piece:
                out[-1] += piece
            continue
        cut = _segment(piece, vocab)
        if cut is None:
            return run  # letters that are no known words: left as printed
        out += cut
    return " ".join(out)


def join_letter_spacing(text: str) -> str:
    """Every letter-spaced run of the text read back as words (see the module docstring)."""
    if not _RUN_RE.search(text):
        return text
    vocab = {w.upper() for w in _WORD_RE.findall(_RUN_RE.sub(" ", text))} | set(OUTLINE_WORDS)
    return _RUN_RE.sub(lambda m: _join(m.group(0), vocab), text)
