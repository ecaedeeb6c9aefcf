"""Repair extraction damage: rejoin hard-wrapped lines, strip markdown marks, drop page furniture.

The output is a list of logical lines (paragraphs or headings). Markdown emphasis and ``#`` marks
are removed from the text but remembered as a heading hint for the outline parser.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.textnorm import nfc

# A line that begins a new outline item or bullet: never a continuation of the previous line.
MARKER_RE = re.compile(
    r"^(?:[IVX]{1,5}\.\s|\d{1,2}(?:\.\d{1,2})*\.\s|\d{1,2}\.\d{1,2}\s|[a-zđ]\)\s|[-+•–*]\s)"
)
_PAGE_NO_RE = re.compile(r"^\s*[-–]?\s*\d{1,3}\s*[-–]?\s*$")
_END_RE = re.compile(r"^\s*(?:\*\*)?\s*Nơi nhận\s*:?", re.IGNORECASE)
_TITLE_RE = re.compile(r"^\s*(?:#+\s*)?(?:\*\*)?\s*KẾ\s+HOẠCH\s*(?:\*\*)?\s*$")
_TERMINAL = (".", ";", ":", "!", "?", "./.")
_LOWER_START = re.compile(r"^[\"“(]?[a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ0-9]")


@dataclass(frozen=True)
class Line:
    """A logical line: a paragraph, a heading or a list item, with its heading hint."""

    text: str
    hint: bool = False  # was bold or a markdown heading in the source


def _strip_markdown(raw: str) -> tuple[str, bool]:
    s = raw.strip()
    hint = False
    m = re.match(r"^#{1,6}\s*", s)
    if m:
        s, hint = s[m.end():], True
    if s.startswith("**") and s.rstrip().endswith("**") and len(s) > 4:
        hint = True
    s = s.replace("**", "").replace("__", "")
    s = re.sub(r"(?<!\w)\*(?=\S)|(?<=\S)\*(?!\w)", "", s)  # stray single-star emphasis
    return s.strip(), hint


def _squash(s: str) -> str:
    return re.sub(r"[ \t\u00a0\u200b]+", " ", s).strip()


def split_header(raw: str) -> tuple[str, str]:
    """Split the raw text at the "KẾ HOẠCH" title line: (header furniture, plan body)."""
    lines = raw.split("\n")
    for i, ln in enumerate(lines[:60]):
        if _TITLE_RE.match(ln):
            return "\n".join(lines[:i]), "\n".join(lines[i:])
    return "", raw


def clean_lines(raw: str) -> list[Line]:
    """Turn extracted text into logical lines (see module docstring)."""
    raw = nfc(raw).replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    physical: list[tuple[str, bool, bool]] = []  # text, heading hint, indented
    for ln in raw.split("\n"):
        if _END_RE.match(ln):
            break
        text, hint = _strip_markdown(ln)
        text = _squash(text)
        if not text or _PAGE_NO_RE.match(text):
            continue
        indented = len(ln) - len(ln.lstrip(" \t")) >= 4
        physical.append((text, hint, indented))

    widths = sorted(len(t) for t, _, _ in physical)
    full = widths[int(len(widths) * 0.9)] if widths else 80

    out: list[Line] = []
    cur: list[str] = []
    cur_hint = False
    for text, hint, indented in physical:
        if cur and _continues(cur, text, hint, cur_hint, full, indented):
            cur.append(text)
            continue
        if cur:
            out.append(Line(" ".join(cur), cur_hint))
        cur, cur_hint = [text], hint
    if cur:
        out.append(Line(" ".join(cur), cur_hint))
    return out


# Words that cannot end a heading or a sentence: a line ending with one was wrapped.
_OPEN_ENDINGS = frozenset(
    "của và về với các cho trong tại theo để đến từ là có được những nhằm gắn giữa thuộc tới qua hoặc "
    "bằng như do mọi trên dưới sau trước khi đối vào ra thủ".split()
)


def _continues(cur: list[str], nxt: str, nxt_hint: bool, prev_hint: bool, full: int, indented: bool) -> bool:
    """Is ``nxt`` the wrapped continuation of the logical line built so far (``cur``)?"""
    prev = cur[-1]
    if nxt_hint != prev_hint:
        return False
    if MARKER_RE.match(nxt):
        return False
    if prev_hint and nxt_hint:  # markdown headings/bold lines stand alone
        return False
    ends_terminal = prev.endswith(_TERMINAL)
    if _LOWER_START.match(nxt) and not prev.endswith("./."):
        return True
    if ends_terminal:
        return False
    last_word = prev.rsplit(" ", 1)[-1].lower()
    if prev.endswith((",", "-")) or last_word in _OPEN_ENDINGS:
        return True
    if indented:
        return False  # a first-line indent starts a paragraph
    # Capitalised next line: a continuation only if the previous line ran to (nearly) full width;
    # an item's first line must run nearer the margin, since short item lines are headings.
    ratio = 0.8 if (len(cur) == 1 and MARKER_RE.match(prev)) else 0.7
    return len(prev) >= ratio * full
