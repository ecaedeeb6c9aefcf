"""Repair extraction damage: rejoin hard-wrapped lines, strip markdown marks, drop page furniture.

The output is a list of logical lines (paragraphs or headings). Markdown emphasis and ``#`` marks
are removed from the text but remembered as a heading hint for the outline parser. The closing
furniture ("Nơi nhận:" list and signature block) is split off first by ``split_tail``: it is plan
metadata, not answer text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ingest.textnorm import nfc

UPPER = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
# Labels written with a dash, slash or parenthesis instead of the dot ("I-", "II/", "III -", "IV)", "1-", "2 -",
# "a-", "đ/"): after a numeral the text must open a capitalised word, so a wrapped line starting "2 - 3 lớp" or a
# date "1/2025" is not taken for a label (a lone letter and a dash open no Vietnamese line).
_CAP = rf"[“\"(]?[{UPPER}]"
ROMAN_SEP = rf"\s?[-–/)]\s*(?={_CAP})"
NUM_SEP = rf"\s?[-–/]\s+(?={_CAP})"
LETTER_SEP = r"\s?[-–/]\s+(?=\S)"
# "a. Về xóa mù chữ …": a letter with a dot, before a capitalised word (a wrapped line never opens so)
LETTER_DOT_SEP = rf"\.\s+(?=[“\"(]?[{UPPER}\d])"
ROMAN_ALT, NUM_ALT = rf"[IVX]{{1,5}}{ROMAN_SEP}", rf"\d{{1,2}}{NUM_SEP}"
LETTER_ALT = rf"[a-zđ](?:{LETTER_SEP}|{LETTER_DOT_SEP})"
# "PHẦN I. MỤC ĐÍCH …", "Phần II -": a part numbered in roman after the word "Phần" (OCR may garble its
# accent: "PHẨN", "PHAN") is a roman section all the same
_PART_WORD = r"(?:PH[AÀÁẢÃẠÂẦẤẨẪẬ]N|Ph[aàáảãạâầấẩẫậ]n)"
PART_PREFIX = rf"{_PART_WORD}\s+(?=[IVX]{{1,5}}\s?[.\-–/):])"
# a bullet mark as plans and portal exports write them: layout, not content
_BULLET_CHARS = "-+•–*◦▪●"  # ("-" first: literal in a character class)
BULLET_MARK = rf"(?:[{_BULLET_CHARS}]|o(?=\s))"
# "Phần thứ nhất", "PHẦN THỨ HAI": a part numbered by an ordinal word (a web portal's or a long plan's parts)
PART_ORDINALS = ("nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười")
_PART_ORDINAL = rf"(?i:ph[aầ]n\s+thứ\s+({'|'.join(PART_ORDINALS)}))\b"
PART_ORDINAL_RE = re.compile(rf"^{_PART_ORDINAL}")
# A line that begins a new outline item or bullet: never a continuation of the previous line. Items are also
# numbered "1)", portal exports bullet with "•", "o", "◦", "▪", long plans letter their parts "A. KẾT QUẢ …".
MARKER_RE = re.compile(
    rf"^(?:{PART_PREFIX})?(?:[IVX]{{1,5}}\.\s|\d{{1,2}}(?:\.\d{{1,2}})*\.\s|\d{{1,2}}\.\d{{1,2}}\s|[a-zđ]\)\s|\d{{1,2}}\)\s"
    r"|(?:i{1,3}|iv|vi{0,3}|ix)[.)]\s(?=\S)"  # "i.", "ii.", "iv)": items numbered in lower-case roman
    rf"|[{_BULLET_CHARS}]\s|o\s(?=\S)|{ROMAN_ALT}|{NUM_ALT}|{LETTER_ALT}|{_PART_ORDINAL}|[A-H]\.\s+(?=[{UPPER}]{{2}}))"
)
_PAGE_NO_RE = re.compile(r"^\s*[-–]?\s*(?:(?:Trang|Page)\s+\d{1,3}(?:\s*/\s*\d{1,3})?|\d{1,3})\s*[-–]?\s*$",
                         re.IGNORECASE)  # "12", "- 12 -", "Trang 12", "Trang 2/9"
# A heading label on a line of its own: Word paragraphs "I." then "MỤC ĐÍCH, YÊU CẦU", or a PDF line break.
BARE_MARKER_RE = re.compile(r"^(?:(?:[IVX]{1,5}|\d{1,2}(?:\.\d{1,2})*)\.|[a-zđ]\)|[IVX]{1,5}\s?[-–/)]|\d{1,2}\s?[-–/])$|"
                             rf"^{_PART_ORDINAL}\s*[.:\-–]?$")
# "PHẦN I" alone, its title on the next line (a pandoc export's "**PHẦN I**" then "**MỤC ĐÍCH, YÊU CẦU**")
_BARE_PART_RE = re.compile(rf"^{_PART_WORD}\s+[IVX]{{1,5}}\s*[.:\-–]?$")
_HEAD_MARKER_RE = re.compile(rf"^(?:{PART_PREFIX})?(?:(?:[IVX]{{1,5}}|\d{{1,2}}(?:\.\d{{1,2}})*)\.\s+\S|{ROMAN_ALT}|{NUM_ALT})")
_END_RE = re.compile(r"^\s*(?:\*\*)?\s*Nơi nhận\s*:?", re.IGNORECASE)
# "KẾ HOẠCH", or "KẾ HOẠCH LIÊN TỊCH" of a plan two bodies issue together
_TITLE_RE = re.compile(r"^\s*(?:#+\s*)?(?:\*\*)?\s*KẾ\s+HOẠCH(?:\s+LIÊN\s+TỊCH)?\s*(?:\*\*)?\s*$")
_RUN_IN_TITLE_RE = re.compile(r"^\s*(?:#+\s*)?(?:\*\*)?\s*KẾ\s+HOẠCH(?:\s+SỐ\s*:?\s*(\d+/[\w\-Đ]+))?(?:\*\*)?"
                              r"\s*((?:[A-ZĐÀ-Ỹ][a-zà-ỹđ]|$).*)$")
_TERMINAL = (".", ";", ":", "!", "?", "./.")
_LOWER_START = re.compile(r"^[\"“(]?[a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ0-9]")


# Table rows written by the readers: "Header: cell | Header: cell" — one logical line each, never rejoined.
TABLE_ROW_PREFIX = "\u2063"  # invisible separator marking a raw table row until the outline reads it
FOOTNOTE_PREFIX = "\u2064"  # marks a page-foot footnote (``readers.mark_footnotes``) until the cleaner lifts it out
# The signature block opens with the signing capacity: "TM." (on behalf of), "KT." (for), "Q." (acting),
# "TL."/"TUQ." (by order/authorisation), or a bare upper-case office ("CHỦ TỊCH", "TRƯỞNG BAN").
SIG_START_RE = re.compile(r"^\s*(?:(?:TM|KT|Q|TL|TUQ)\s*\.\s*\S|(?:DUYỆT|XÁC NHẬN|PHÊ DUYỆT)\s+CỦA\b"
                          r"|(?:PHÓ\s+)?(?:GIÁM ĐỐC|CHỦ TỊCH|TRƯỞNG BAN|HIỆU TRƯỞNG|TRƯỞNG PHÒNG)\s*$)")
# the left column of a closing that has the plan approved by a higher body ("DUYỆT CỦA UBND XÃ | GIÁM ĐỐC")
_APPROVAL_RE = re.compile(r"^\s*(?:DUYỆT|XÁC NHẬN|PHÊ DUYỆT)\s+CỦA\b", re.IGNORECASE)
_COLUMN_GAP_RE = re.compile(r"\t+|\s{3,}")


@dataclass(frozen=True)
class Line:
    """A logical line: a paragraph, a heading or a list item, with its heading hint."""

    text: str
    hint: bool = False  # was bold or a markdown heading in the source
    row: bool = False  # a table row ("Header: cell | …"), kept whole
    note: bool = False  # a page-foot footnote, moved after the text it annotates


def _strip_markdown(raw: str) -> tuple[str, bool]:
    s = raw.strip()
    hint = False
    m = re.match(r"^#{1,6}\s*", s)
    if m:
        s, hint = s[m.end():], True
        s = re.sub(r"\s+#+\s*$", "", s)  # an ATX heading's optional closing hashes ("## 2. Phòng Nội vụ ##")
    if s.startswith("**") and s.rstrip().endswith("**") and len(s) > 4:
        hint = True
    s = s.replace("**", "").replace("__", "")
    s = re.sub(r"(?<!\w)\*(?=\S)|(?<=\S)\*(?!\w)", "", s)  # stray single-star emphasis
    return s.strip(), hint


def _squash(s: str) -> str:
    return re.sub(r"[ \t\u00a0\u200b]+", " ", s).strip()


# OCR confusions between the letter l (or O) and the digits 1 (or 0): "24/0l/2025", "l00%" — letters inside a
# figure made of digits and separators; "1ớp", "1ần" — a digit opening a word whose next letter is an accented vowel.
_OCR_NUMBER_RE = re.compile(r"(?<![^\W\d_])[\dlO]+(?:[/.,][\dlO]+)*(?![^\W\d_])")
_OCR_WORD_RE = re.compile(r"(?<![\w/.,])1(?=([^\W\d_]{1,6})(?![\w]))")
_VOWELS = "aeiouy"
# a figure whose thousands OCR split with a space ("1 200 lớp", "12 500 triệu đồng"): not after a date word,
# and followed by what it counts
_OCR_GROUPS_RE = re.compile(r"(?<![\d/.,])(?<!ngày )(?<!tháng )(?<!năm )(\d{1,3}) (\d{3})(?=\s+[^\W\d_A-ZĐ])")
_OCR_PERCENT_RE = re.compile(r"(\d)\s?[°o]\s?/\s?o(?![\w/])")  # "80°/o", "85o/o": a per cent sign read apart
_OCR_S_FIGURE_RE = re.compile(r"(?<![^\W\d_])(\d)S(?=\d*\s?%)")  # "7S%": Tesseract's S for a 5 inside a percentage
# a part's roman number read by OCR with an "l" for an "I" or a space before its dot ("Il. MỤC TIÊU", "IV . KINH PHÍ")
_OCR_ROMAN_RE = re.compile(r"^([ \t]*)((?=[IVXl]*(?:l|[IVX][ \t]))[IVXl]{1,5})[ \t]*\.[ \t]+(\w+)", re.MULTILINE)


_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}  # huyền, sắc, ngã, hỏi, nặng (combining, after NFD)
_SYLLABLE_RE = re.compile(r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?[aăâeêioôơuưy]{1,3}"
                          r"(?:ch|ng|nh|[cmnpt])?$")
_HYPHENATED_RE = re.compile(r"\b([^\W\d_]{1,6})-[ \t]+([^\W\d_]{1,6})\b")


def is_syllable(word: str) -> bool:
    """Could ``word`` be one Vietnamese syllable: an onset, one vowel group, a coda, at most one tone mark?"""
    nfd = unicodedata.normalize("NFD", word.lower())
    if sum(ch in _TONES for ch in nfd) > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(ch for ch in nfd if ch not in _TONES))
    return bool(_SYLLABLE_RE.match(bare))


def join_hyphenated(text: str) -> str:
    """A word broken at a line end by hyphenation and run on by a converter ("xếp lo- ại", "ngắn hạ- n") is one
    syllable again; a dash between two words ("kinh tế- xã hội") is not, since the two do not make one syllable."""
    def join(m: re.Match[str]) -> str:
        whole = m.group(1) + m.group(2)
        return whole if m.group(2)[0].islower() and is_syllable(whole) else m.group(0)
    return _HYPHENATED_RE.sub(join, text)


_WORD_RE = re.compile(r"[^\W\d_]+")


def split_glued(text: str) -> str:
    """Two syllables typed without their space, the second capitalised ("Trung tâmVăn hóa"), are two words
    again; a brand written in camel case ("VNeID", "TikTok", "ZaloPay") is not, its parts being no Vietnamese
    syllables or its letters all plain ASCII."""
    def split(m: re.Match[str]) -> str:
        word = m.group(0)
        cut = next((i for i in range(1, len(word) - 1)
                    if word[i - 1].islower() and word[i].isupper() and word[i + 1:].islower()), 0)
        left, right = word[:cut], word[cut:]
        if cut and not word.isascii() and is_syllable(left) and is_syllable(right):
            return f"{left} {right}"
        return word
    return _WORD_RE.sub(split, text)


def repair_ocr(text: str) -> str:
    """Undo the letter/digit confusions of OCR in figures and dates (see the patterns above)."""
    def number(m: re.Match[str]) -> str:
        tok = m.group(0)
        if tok.isdigit() or not any(c.isdigit() for c in tok):
            return tok
        return tok.replace("l", "1").replace("O", "0")

    def word(m: re.Match[str]) -> str:
        run = m.group(1)
        first = unicodedata.normalize("NFD", run[0])[0].lower()
        if first in _VOWELS and not run.isascii() and (run.islower() or run.isupper()):
            return "L" if run.isupper() else "l"
        return "1"

    def roman(m: re.Match[str]) -> str:
        if not m.group(3).isupper():
            return m.group(0)
        return f"{m.group(1)}{m.group(2).replace('l', 'I')}. {m.group(3)}"

    text = _OCR_S_FIGURE_RE.sub(r"\g<1>5", text)
    text = _OCR_ROMAN_RE.sub(roman, _OCR_GROUPS_RE.sub(r"\1.\2", _OCR_PERCENT_RE.sub(r"\1%", text)))
    return _OCR_WORD_RE.sub(word, _OCR_NUMBER_RE.sub(number, text))


def split_header(raw: str) -> tuple[str, str]:
    """Split the raw text at the "KẾ HOẠCH" title line: (header furniture, plan body)."""
    lines = raw.split("\n")
    for i, ln in enumerate(lines[:60]):
        if _TITLE_RE.match(ln):
            return "\n".join(lines[:i]), "\n".join(lines[i:])
    for i, ln in enumerate(lines[:60]):
        m = _RUN_IN_TITLE_RE.match(ln)
        if m:  # "KẾ HOẠCH Xây dựng …" or "KẾ HOẠCH SỐ 15/KH-UBND" on one line: the title word, the rest apart
            number = [f"Số: {m.group(1)}"] if m.group(1) else []
            rest = [m.group(2)] if m.group(2).strip() else []
            return "\n".join(lines[:i] + number), "\n".join(["KẾ HOẠCH", *rest, *lines[i + 1:]])
    return "", raw


def bare_rows(raw: str) -> str:
    """Table rows written without the outer pipes ("1 | Hội nghị | Tháng 01/2027 | Phòng …") or with tabs between
    cells (a web portal's text export): two or more such lines in a row, with as many cells each, become
    ``| … |`` rows."""
    lines = raw.split("\n")

    def cells(ln: str) -> list[str] | None:
        body = ln.strip()
        if body.startswith(("|", TABLE_ROW_PREFIX, FOOTNOTE_PREFIX)):
            return None  # a markdown row already, or a row a reader wrote
        parts = re.split(r"\s+\|\s+", body) if " | " in body else body.split("\t") if "\t" in body else []
        parts = [x.strip() for x in parts]
        return parts if len(parts) >= 3 and all(parts) else None

    split = [cells(ln) for ln in lines]
    out = list(lines)
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and split[j] is not None and len(split[j]) == len(split[i] or ()):  # type: ignore[arg-type]
            j += 1
        if j - i >= 2:
            for k in range(i, j):
                out[k] = "| " + " | ".join(split[k] or ()) + " |"
            i = j
        else:
            i += 1
    return "\n".join(out)


# an item or bullet run into the line before it by a web page's copy: "… thực hiện. 2. Phòng Nội vụ: - Chủ trì …"
_RUN_ON_RE = re.compile(rf"(?<=[.;:])\s+(?=(?:\d{{1,2}}(?:\.\d{{1,2}})*\.|[a-zđ]\)|[-–+•])\s+[“\"(]?[{UPPER}])")
RUN_ON_LINE = 120  # a physical line this long (no PDF wraps so wide) holding an item mark is items run together


def split_run_ons(raw: str) -> str:
    """Whole sections pasted as one line (a portal's text copy) split back before each item and bullet mark."""
    out = []
    for ln in raw.split("\n"):
        if len(ln) > RUN_ON_LINE and not ln.lstrip().startswith("|") and _RUN_ON_RE.search(ln):
            out.extend(_RUN_ON_RE.split(ln))
        else:
            out.append(ln)
    return "\n".join(out)


_WORD_BREAK_RE = re.compile(r"(\S*[^\W\d_])-$")  # a line ending inside a word: "suốt đ-", "TT-"


def join_wrapped(parts: list[str]) -> str:
    """A logical line's physical pieces joined: with a space, but a word a line break cut at a hyphen is mended
    ("học tập suốt đ-" + "ời" → "đời"; "TT-" + "BGDĐT" keeps its hyphen: "TT-BGDĐT")."""
    out = parts[0] if parts else ""
    for part in parts[1:]:
        m = _WORD_BREAK_RE.search(out)
        if m and part[:1].isalpha():
            word = m.group(1)
            out = out + part if word.isupper() else out[:-1] + part if part[0].islower() else f"{out} {part}"
        else:
            out = f"{out} {part}"
    return out


# a pictograph opening a line as its bullet ("👉 Công chức …:", "✅ Phấn đấu …"), as chat-pasted plans write them
_EMOJI_BULLET_RE = re.compile(r"^\s*[\u2600-\u27BF\U0001F300-\U0001FAFF][\uFE0F\u200d]?\s*")


def clean_lines(raw: str) -> list[Line]:
    """Turn extracted text into logical lines (see module docstring)."""
    raw = bare_rows(split_run_ons(nfc(raw).replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")))
    legend = abbreviation_legend(raw)  # "GDĐT - Sở Giáo dục và Đào tạo; …" under a table of marks
    physical: list[tuple[str, bool, bool, bool]] = []  # text, heading hint, indented, table row
    table: list[str] = []
    notes: list[str] = []
    raw_lines = raw.split("\n") + [""]
    for at, ln in enumerate(raw_lines):
        if ln.startswith(FOOTNOTE_PREFIX):
            notes.append(_squash(ln[len(FOOTNOTE_PREFIX):]))
            continue
        if _TABLE_LINE_RE.match(ln) and ln.count("|") >= 3:
            table.append(ln)
            continue
        if table:
            # "(đơn vị tính: triệu đồng)" said of the table below — in the line above it, or above its caption
            # ("… tại Bảng 2 (đơn vị tính: triệu đồng)." / "Bảng 2. Dự kiến kinh phí …" / the table)
            aboves = [t for t, _, _, r in reversed(physical) if not r][:2]
            note = next((n for t in aboves if (n := _TABLE_UNIT_RE.search(t[-160:]))), None)
            if not note:  # or under it, as a table's note ("* Đơn vị tính: triệu đồng; năm 2025 …")
                below = next((x for x in raw_lines[at:at + 3] if x.strip()), "")
                note = _UNIT_NOTE_BELOW_RE.match(_strip_markdown(below)[0])
            physical.extend((row, False, False, True)
                            for row in table_block(table, note.group(1) if note else "", legend))
            table = []
        if _END_RE.match(ln):
            break
        text, hint = _strip_markdown(_EMOJI_BULLET_RE.sub("- ", ln))
        text = _squash(text)
        if not text or _PAGE_NO_RE.match(text):
            continue
        lead = ln.expandtabs(4)
        indented = len(lead) - len(lead.lstrip(" ")) >= 4  # four spaces or a tab
        physical.append((text, hint, indented, False))

    widths = sorted(len(t) for t, _, _, row in physical if not row)
    full = widths[int(len(widths) * 0.9)] if widths else 80

    out: list[Line] = []
    cur: list[str] = []
    cur_hint = False
    for text, hint, indented, row in physical:
        if row:  # a table row stands alone
            if cur:
                out.append(Line(join_wrapped(cur), cur_hint))
            out.append(Line(text, row=True))
            cur, cur_hint = [], False
            continue
        bare_part = bool(cur) and len(cur) == 1 and bool(_BARE_PART_RE.match(cur[0]))
        if cur and len(cur) == 1 and (BARE_MARKER_RE.match(cur[0]) or bare_part) and not MARKER_RE.match(text):
            if bare_part and cur[0][-1].isalpha():
                cur[0] += "."  # "PHẦN I" + title reads as "PHẦN I. MỤC ĐÍCH, YÊU CẦU"
            cur.append(text)  # "I." + "MỤC ĐÍCH, YÊU CẦU": one heading, bold if either part was
            cur_hint = cur_hint or hint
            continue
        if cur and (_caps_heading_rest(cur, text) or _continues(cur, text, hint, cur_hint, full, indented)):
            cur.append(text)
            continue
        if cur:
            out.append(Line(join_wrapped(cur), cur_hint))
        cur, cur_hint = [text], hint
    if cur:
        out.append(Line(join_wrapped(cur), cur_hint))
    return out + [Line(n, note=True) for n in notes if n]


# Words that cannot end a heading or a sentence: a line ending with one was wrapped.
_OPEN_ENDINGS = frozenset(
    "của và về với các cho trong tại theo để đến từ là có được những nhằm gắn giữa thuộc tới qua hoặc "
    "bằng như do mọi trên dưới sau trước khi đối vào ra thủ".split()
)


def _caps_heading_rest(cur: list[str], nxt: str) -> bool:
    """An upper-case numbered heading broken by extraction ("IV. TỔ CHỨC THỰC" / "HIỆN"): the next line is
    upper-case words without a label, too short to be a heading of its own."""
    head = " ".join(cur)
    if not _HEAD_MARKER_RE.match(head) or head.endswith(_TERMINAL) or len(head) > 120:
        return False
    title = head.split(" ", 1)[1]
    letters = [c for c in nxt if c.isalpha()]
    return _caps_line(title) and len(letters) >= 2 and all(c.isupper() for c in letters) \
        and len(nxt.split()) <= 8 and not nxt.endswith((";", ":")) and not MARKER_RE.match(nxt) \
        and not re.match(r"^[A-ZĐ][.)]\s", nxt)  # "A. MỤC TIÊU CHUNG" is an item of its own


_YEAR_SPAN_END_RE = re.compile(r"\b(?:giai đoạn|từ năm|từ|năm)\s+(?:19|20)\d\d$", re.IGNORECASE)
_YEAR_SPAN_REST_RE = re.compile(r"^[-–]\s*(?:19|20)\d\d\b")
_DASH_REST_RE = re.compile(r"^[-–]\s")


def _continues(cur: list[str], nxt: str, nxt_hint: bool, prev_hint: bool, full: int, indented: bool) -> bool:
    """Is ``nxt`` the wrapped continuation of the logical line built so far (``cur``)?"""
    prev = cur[-1]
    if nxt_hint != prev_hint:
        return False
    if _YEAR_SPAN_END_RE.search(prev) and _YEAR_SPAN_REST_RE.match(nxt):
        return True  # "… giai đoạn 2025" / "- 2030": a period broken at its dash, not a bullet
    if _DASH_REST_RE.match(nxt) and _LOWER_START.match(nxt[1:].lstrip()) and prev[-1:].isalpha() \
            and len(prev) >= 0.8 * full:
        # "… cơ sở giáo dục nghề nghiệp" (a full line) / "- giáo dục thường xuyên và …": a compound name broken
        # at its dash, not a bullet (an item starts with a capital; a list of short lower-case items is not full)
        return True
    if MARKER_RE.match(nxt):
        return False
    if prev_hint and nxt_hint:  # markdown headings/bold lines stand alone
        return False
    ends_terminal = prev.endswith(_TERMINAL)
    if _LOWER_START.match(nxt) and not prev.endswith("./."):
        return True
    if ends_terminal:
        return False
    if indented and nxt[:1] not in "“\"":
        return False  # an indented capitalised line starts a paragraph, whatever the line before ends with
    last_word = prev.rsplit(" ", 1)[-1].lower()
    if prev.endswith((",", "-")) or last_word in _OPEN_ENDINGS:
        return True
    if nxt[:1] in "“\"" and not indented:  # "… đạt danh hiệu" / "“Dòng họ học tập”": a quoted name runs on
        return True
    if indented:
        return False  # a first-line indent starts a paragraph
    # Capitalised next line: a continuation only if the previous line ran to (nearly) full width;
    # an item's first line must run nearer the margin, since short item lines are headings.
    ratio = 0.8 if (len(cur) == 1 and MARKER_RE.match(prev)) else 0.7
    return len(prev) >= ratio * full


# ---------------------------------------------------------------- closing furniture: "Nơi nhận" and signature

_BULLET_RE = re.compile(r"^[-+•–*]\s*")


# a military or police rank printed before a signer's name ("Đại tá Nguyễn Hữu Phước")
_RANK_RE = re.compile(r"^(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy)\s+")


def is_person_name(s: str) -> bool:
    """"Nguyễn Văn A": 2–6 capitalised words of letters only (how a signer's name is printed), after a rank."""
    words = _RANK_RE.sub("", s.strip()).split()
    return 2 <= len(words) <= 6 and all(w.isalpha() and w[0].isupper() and (len(w) == 1 or w[1:].islower())
                                        for w in words)


def _glued(s: str) -> tuple[str, str] | None:
    """A recipient line with the right-hand signature column glued on by PDF extraction:
    "- Như trên; KT. CHỦ TỊCH" → ("- Như trên;", "KT. CHỦ TỊCH")."""
    for m in re.finditer(r"[;,.:)]\s+", s):
        right = s[m.end():].strip()
        words_only = re.fullmatch(r"[^\W\d_]+(?: [^\W\d_]+)+", right) is not None
        if (SIG_START_RE.match(right) and _caps_line(right)) or (words_only and _caps_line(right)
                                                                 and len(right.replace(" ", "")) >= 6) \
                or is_person_name(right):
            return s[:m.start() + 1].strip(), right
    return None


def _caps_line(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 3 and sum(c.isupper() for c in letters) / len(letters) >= 0.9


def _approval_columns(lines: list[str]) -> list[str]:
    """A closing laid out in two columns with tabs or runs of spaces, the left one the approving body's ("DUYỆT CỦA
    UBND XÃ / CHỦ TỊCH / Huỳnh Tấn Lộc", the right the signer's "GIÁM ĐỐC / Phan Văn Hòa"): each column's lines
    in turn, the signer's last — one line holding both names is no one's name."""
    at = next((i for i, ln in enumerate(lines) if _APPROVAL_RE.match(ln) and _COLUMN_GAP_RE.search(ln.strip())), None)
    if at is None:
        return lines
    end = next((j for j in range(at + 1, len(lines)) if not lines[j].strip() or _END_RE.match(lines[j])), len(lines))
    left: list[str] = []
    right: list[str] = []
    for ln in lines[at:end]:
        cells = [c for c in _COLUMN_GAP_RE.split(ln.strip()) if c.strip()]
        if len(cells) >= 2:
            left.append(cells[0])
            right.append(" ".join(cells[1:]))
        elif cells:  # one cell: the left column's unless indented into the right one
            (left if ln == ln.lstrip() else right).append(cells[0])
    return lines[:at] + left + right + lines[end:]


_CLOSING_CELL_RE = re.compile(r"\bNơi nhận\b|^\W*(?:TM|KT)\s*\.")
_CELL_BREAK_RE = re.compile(r"\s+(?=[-–]\s)|(?<=\*\*)\s*(?=\()|(?<=\))\s*(?=\*\*)|(?<=:\*)\s+|(?<=:)\s+(?=[-–]\s)|"
                            r"\s+(?=(?:KT|TM|TL|Q)\s*\.)|\s+(?=(?:PHÓ\s+)?(?:CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG BAN)\*\*)")


def _closing_rows(lines: list[str]) -> list[str]:
    """A closing laid out as one markdown table row ("| *Nơi nhận:* - UBND tỉnh; - Lưu: VT. | **TM. ỦY BAN NHÂN
    DÂN CHỦ TỊCH** (Đã ký) **Nguyễn Văn A** |", as a word processor exports a two-cell closing): its cells' parts
    as lines, recipients first, so the closing is read as any other (its separator row dropped); other lines as
    they are."""
    out: list[str] = []
    closing = False
    for line in lines:
        if closing and _TABLE_LINE_RE.match(line) and all(_SEPARATOR_CELL_RE.match(c) for c in _split_cells(line)):
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")] if _TABLE_LINE_RE.match(line) else []
        closing = len(cells) >= 2 and any(_CLOSING_CELL_RE.search(_strip_markdown(c)[0]) for c in cells)
        out.extend([p.strip() for c in cells for p in _CELL_BREAK_RE.split(c) if p.strip()] if closing else [line])
    return out


_PAGE_FURNITURE_RE = re.compile(
    r"^\W*(?:tệp đính kèm|file đính kèm|tài liệu đính kèm|văn bản đính kèm|tải về|tin liên quan|tin cùng chuyên mục|"
    r"các tin khác|tin khác|bài viết liên quan|văn bản liên quan|lượt xem|số lượt xem|chia sẻ|in bài|gửi bài|"
    r"cổng thông tin điện tử|trang thông tin điện tử|cơ quan chủ quản|bản quyền|copyright|©)", re.I)


def opens_closing(line: str) -> bool:
    """Is the line "Nơi nhận:" or a signature's opening in capitals ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH")?"""
    s, _ = _strip_markdown(line)
    return bool(_END_RE.match(s) or (SIG_START_RE.match(s) and _caps_line(s)))


def split_tail(raw: str) -> tuple[str, str]:
    """Split the plan body from its closing furniture: (body, tail).

    The tail starts at "Nơi nhận:" or at a signature opening ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH") in the
    last part of the text; both sit after the closing "./." of every Vietnamese administrative document.
    """
    lines = _closing_rows(raw.split("\n"))
    n = len(lines)
    for i, ln in enumerate(lines):
        s, _ = _strip_markdown(ln)
        if _END_RE.match(s) or (i >= n * 0.6 and SIG_START_RE.match(s) and _caps_line(s)):
            tail = lines[i:]
            # a plan printed or pasted from a web portal: after the signature, the page's attachment line, its
            # related-news list (other plans' titles) and the site footer (the portal's address, phone, e-mail)
            cut = next((j for j, t in enumerate(tail) if j and _PAGE_FURNITURE_RE.match(_strip_markdown(t)[0])), None)
            return "\n".join(lines[:i]), "\n".join(tail[:cut])
    return raw, ""


def parse_tail(tail: str) -> tuple[str, str]:
    """The closing furniture as (recipients, signature), each verbatim line by line (markdown marks removed).

    Recipients are "Nơi nhận:" and its list; the signature block is the capacity lines, the signer's name
    and marks such as "(Đã ký)". Lines glued together by two-column PDF extraction are split again.
    """
    recipients: list[str] = []
    signature: list[str] = []
    in_sig = False
    lines = nfc(tail).replace("\r\n", "\n").replace("\r", "\n").replace(FOOTNOTE_PREFIX, "").split("\n")
    for raw in _approval_columns(lines):
        s = _squash(_strip_markdown(raw)[0])
        if len(s.replace(".", "").strip()) <= 1 or _PAGE_NO_RE.match(s):
            continue  # stray marks ("H", "."), page numbers
        head = _END_RE.match(s)
        if head:
            recipients.append(s[:head.end()].strip())
            s = s[head.end():].strip()
            in_sig = False
            if not s:
                continue
        glued = _glued(s) if _BULLET_RE.match(s) else None
        if glued:
            recipients.append(glued[0])
            signature.append(glued[1])
            in_sig = True
            continue
        if _BULLET_RE.match(s):
            recipients.append(s)
        elif SIG_START_RE.match(s) or _caps_line(s) or is_person_name(s) or s.startswith("("):
            signature.append(s)
            in_sig = True
        elif in_sig or not recipients:
            signature.append(s)
        else:
            recipients.append(s)  # a wrapped recipient line ("Các phòng: KGVX, NC, TH;")
    return "\n".join(recipients), "\n".join(signature)


# ---------------------------------------------------------------- tables: rows with their header cells

_TABLE_LINE_RE = re.compile(r"^\s*\|.*\|\s*$")
_SEPARATOR_CELL_RE = re.compile(r"^\s*(?::?-{3,}:?|:-+:?|-+:)\s*$")  # GFM: "---", ":-:", "--:" (a colon marks one short)
_STT_RE = re.compile(r"^(?:S\.?\s?T\.?\s?T\.?|TT|Số\s+TT|Số\s+thứ\s+tự)$", re.IGNORECASE)
_NOT_HEADER_RE = re.compile(r"\b(?!(?:19|20)\d\d\b)\d")  # a figure other than a year: a data row
# a cell that is a figure alone ("91%", "≥ 68", "5/8", "1.200"), a year aside
_FIGURE_ONLY_RE = re.compile(r"^(?!(?:19|20)\d\d$)(?:[≥≤<>]=?\s*)?\d[\d.,/]*\s*%?$")
_PERCENT_HEAD_RE = re.compile(r"\(\s*%\s*\)")
# a table's unit stated in the line above it: "(đơn vị tính: triệu đồng)", "ĐVT: %"
_UNIT_VALUE = r"(%|(?:nghìn|ngàn|triệu|tỷ)\s+đồng|đồng)"  # a table's unit as its note gives it
_TABLE_UNIT_RE = re.compile(rf"(?:đơn vị tính|đơn vị|đvt)\s*:\s*{_UNIT_VALUE}\s*\)?\s*[:.]?\s*$",
                            re.IGNORECASE)
_UNIT_NOTE_BELOW_RE = re.compile(rf"^\W*(?:ghi chú\s*:\s*)?(?:đơn vị tính|đvt)\s*:\s*{_UNIT_VALUE}\b", re.IGNORECASE)
_AMOUNT_CELL_RE = re.compile(r"^\d{1,3}(?:\.\d{3})*(?:,\d+)?$")  # "720", "1.400", "2,5" (not a year: "2027")
_MONEY_NOTE_RE = re.compile(r"\(\s*(?:(?:nghìn|ngàn|triệu|tỷ)\s+)?đồng\s*\)")
_UNIT_NOTE_HEAD_RE = re.compile(r"\([^)]*(?:đồng|%)[^)]*\)")  # the header names its own unit already
_UNIT_HEAD_RE = re.compile(r"^(?:đơn vị tính|đvt|đơn vị)\.?$", re.IGNORECASE)
_BARE_NUMBER_RE = re.compile(r"^(?:[≥≤<>]=?\s*)?\d{1,3}(?:[.,]\d{1,2})?$")  # "78", "99,5", "≥ 90"
_GROUP_NO_RE = re.compile(r"^(?:[IVX]{1,5}|[A-ZĐ])\.?$")  # the number of a group row ("I", "II.", "A")


def is_stt(header: str) -> bool:
    """Is this the row-number column ("STT", "TT", "Số TT")?"""
    return bool(_STT_RE.match(header.strip()))


def _split_cells(line: str) -> list[str]:
    inner = line.strip()[1:-1] if line.strip().endswith("|") else line.strip()[1:]
    return [_squash(_strip_markdown(c)[0]) for c in inner.split("|")]


def _column_headers(header_rows: list[list[str]], ncols: int) -> list[str]:
    """One header per column from one or more header rows. A cell merged across columns repeats its text;
    such a group label ("Mục tiêu" over "Năm 2025 | Năm 2030") is dropped when the row below names every
    column apart, unless it gives the figures' unit ("Tỷ lệ (%)"), else joined above it ("Kết quả - Năm 2024")."""
    rows = [r + [""] * (ncols - len(r)) for r in header_rows]
    out = []
    for j in range(ncols):
        parts: list[str] = []
        for k, row in enumerate(rows):
            cell = row[j]
            if not cell or (parts and parts[-1] == cell):
                continue  # empty, or merged down from the row above
            spans = (j > 0 and row[j - 1] == cell) or (j + 1 < ncols and row[j + 1] == cell)
            below = [r for r in rows[k + 1:] if r[j] and r[j] != cell]
            if spans and below and not _PERCENT_HEAD_RE.search(cell) and not _UNIT_NOTE_HEAD_RE.search(cell):
                # ("Lộ trình (%)", "Số tiền (triệu đồng)" say what the figures are)
                lower = [c for c in below[-1] if c]
                if len(set(lower)) == len(lower):
                    continue
            parts.append(cell)
        note = next((m for p in parts[:-1] if (m := _MONEY_NOTE_RE.search(p))), None)
        if note:  # "Số tiền (triệu đồng)" over "Giai đoạn 2025 - 2030": the unit closes the header, by the figure
            parts = [_MONEY_NOTE_RE.sub("", p).strip() for p in parts] + [note.group(0)]
            out.append(" - ".join(parts[:-1]) + " " + parts[-1])
            continue
        out.append(" - ".join(parts))
    return out


def format_table(rows: list[list[str]], header_rows: int | None, unit: str = "",
                 legend: dict[str, str] | None = None) -> list[str]:
    """Each data row as one line, every cell with its column header: "Chỉ tiêu: Tỷ lệ … | Năm 2025: 60%".

    ``header_rows`` None means unknown (a PDF or a table without a markdown separator): leading rows with no
    figure but years ("STT | Chỉ tiêu | Năm 2025") are headers when a later row has figures. Cells repeated by
    merging are written once; a row merged across the whole table is written as its text alone.
    """
    rows = [r for r in rows if any(r)]
    if not rows:
        return []
    ncols = max(len(r) for r in rows)
    rows = [r + [""] * (ncols - len(r)) for r in rows]
    if header_rows is None:
        header_rows = 0
        if len(rows) > 2 and ncols >= 3 and not any(_FIGURE_ONLY_RE.match(c) for c in rows[0]) \
                and sum(bool(_FIGURE_ONLY_RE.match(c)) for c in rows[1]) >= 2:
            header_rows = 1  # labels with figures of their own ("Tỷ lệ người 15 - 60 tuổi …") over rows of figures
        while header_rows < min(3, len(rows) - 1) and not any(_NOT_HEADER_RE.search(c) for c in rows[header_rows]) \
                and not _GROUP_NO_RE.match(rows[header_rows][0]):  # "I | Công tác tuyên truyền" opens the data
            header_rows += 1
        if ncols < 3 or not any(_NOT_HEADER_RE.search(c) for r in rows[header_rows:] for c in r):
            header_rows = 0  # no figures anywhere, or label | value pairs: nothing tells a header from a row
    headers = _column_headers(rows[:header_rows], ncols) if header_rows else [""] * ncols
    marks = _mark_columns(rows[header_rows:]) if header_rows and len(rows) > header_rows else []
    if not unit and _funding_table(headers, rows[header_rows:]):
        unit = "đồng"  # a funding table of bare millions ("Ngân sách phường | 120.000.000"): amounts in đồng
    stt = [j for j, h in enumerate(headers) if is_stt(h)][:1]  # the row-number column
    if stt:
        rows = rows[:header_rows] + _join_continued(rows[header_rows:], stt[0],
                                                    rows[header_rows - 1] if header_rows else None)
    out = []
    for row in rows[header_rows:]:
        if marks:
            if not any(c for j, c in enumerate(row) if j not in stt):
                continue
            out.append(" | ".join(_with_roles(row, headers, marks, legend or {})))
            continue
        if header_rows and " ".join(row).split() == " ".join(rows[header_rows - 1]).split():
            continue  # the header repeated (a page break in the source; its cells may be split differently there)
        rest = [c for j, c in enumerate(row) if c and j not in stt]
        # markdown cannot merge cells: there a group row is a roman/letter number and one cell, the rest empty
        lone = len(rest) == 1 and ncols > 3 and bool(stt) and bool(_GROUP_NO_RE.match(row[stt[0]]))
        if (len(rest) > 1 or lone) and len(set(rest)) == 1 and ncols > 2:
            # a group row merged across the table ("I | Chỉ tiêu về giáo dục"; merged over the number too: its text)
            out.append(" | ".join([f"{headers[j]}: {row[j]}" for j in stt if row[j] and row[j] != rest[0]]
                                  + [rest[0]]))
            continue
        if not rest and stt and len(row[stt[0]].split()) >= 3 and ncols > 3:
            out.append(row[stt[0]])  # "| I. CÔNG TÁC TUYÊN TRUYỀN | | | |": a group title written in the number column
            continue
        parts: list[str] = []
        prev: tuple[str, str] | None = None
        # a unit column saying "%" ("Đơn vị tính: %"): the row's bare figures are percentages
        percent_row = any(_UNIT_HEAD_RE.match(h) and c.strip() == "%" for h, c in zip(headers, row, strict=True))
        for head, cell in zip(headers, row, strict=True):
            if not cell or (head, cell) == prev or (prev and not head and cell == prev[1]):
                continue
            prev = (head, cell)
            if (_PERCENT_HEAD_RE.search(head) or (percent_row and not _UNIT_HEAD_RE.match(head))
                    or unit == "%") and _BARE_NUMBER_RE.match(cell) and not is_stt(head):
                cell += "%"  # "Tỷ lệ … (%)" over "78": the cell reads "78%", as the plan means it
            elif unit and unit != "%" and _AMOUNT_CELL_RE.match(cell) and not is_stt(head) \
                    and not _UNIT_NOTE_HEAD_RE.search(head):
                cell += f" {unit}"  # "(đơn vị tính: triệu đồng)" above the table: "720" is 720 triệu đồng
            parts.append(f"{head}: {cell}" if head and head != cell else cell)
        if parts:
            out.append(" | ".join(parts))
    return out


def _join_continued(rows: list[list[str]], stt: int, header: list[str] | None) -> list[list[str]]:
    """A row a page break split, joined again: its second part has no number and opens in lower case ("| |
    học tập nâng cao … | 65% | 72% |" under "| 6 | Tỷ lệ người lao động … được tham gia | | |"), and the two
    parts never both hold a figure in one column. A header repeated between them (the page's) is dropped."""
    out: list[list[str]] = []
    for row in rows:
        if header and " ".join(row).split() == " ".join(header).split():
            continue
        prev = out[-1] if out else None
        first = next((c for j, c in enumerate(row) if c and j != stt), "")
        if prev is not None and not row[stt] and prev[stt] and first[:1].islower() and not any(
                p and c and (_FIGURE_ONLY_RE.match(p) or _FIGURE_ONLY_RE.match(c)) for p, c in zip(prev, row, strict=True)):
            out[-1] = [f"{p} {c}".strip() for p, c in zip(prev, row, strict=True)]
            continue
        out.append(row)
    return out


_MILLIONS_CELL_RE = re.compile(r"^\d{1,3}(?:\.\d{3}){2,}$")  # "120.000.000": a million or more, written out
_FUNDING_LABEL_RE = re.compile(r"\b(?:nguồn|ngân sách|kinh phí|xã hội hóa|dự toán)\b", re.IGNORECASE)


def _funding_table(headers: list[str], rows: list[list[str]]) -> bool:
    """A table of amounts with no unit said: its heads or row labels name funding, and its figures are written
    out in full (a million or more)."""
    cells = [c.replace("*", "").strip() for r in rows for c in r]
    figures = [c for c in cells if _MILLIONS_CELL_RE.match(c)]
    labels = " ".join(headers) + " " + " ".join(r[0] for r in rows if r)
    return len(figures) >= 2 and bool(_FUNDING_LABEL_RE.search(labels)) \
        and not any("đồng" in c or "triệu" in c for c in cells)


def table_block(lines: list[str], unit: str = "", legend: dict[str, str] | None = None) -> list[str]:
    """Markdown table lines (``| a | b |``, optional ``|---|`` separator) → formatted rows; ``unit`` is what the
    line above says the table's figures are in ("triệu đồng"); ``legend`` spells out abbreviated column heads."""
    rows = [_split_cells(ln) for ln in lines]
    sep = next((i for i, r in enumerate(rows) if r and all(_SEPARATOR_CELL_RE.match(c) for c in r if c)
                and any(c for c in r)), None)
    if sep is None:
        return format_table(rows, None, unit, legend)
    body = rows[:sep] + rows[sep + 1:]
    return format_table(body, sep, unit, legend)


# a legend spelling out abbreviations ("GDĐT - Sở Giáo dục và Đào tạo; NV - Sở Nội vụ; UBND huyện - Ủy ban …")
_LEGEND_RE = re.compile(rf"(?:^|[;:]\s*)([{UPPER}][\w&]{{0,11}}(?: [a-zà-ỹđ]{{2,6}})?)\s+[-–=]\s+([{UPPER}][^;\n]{{3,90}}?)"
                        r"(?=\s*(?:;|\.?\s*$))", re.MULTILINE)
_MARK_CELLS = {"ct", "ph", "x", "c", "p", "chủ trì", "phối hợp", "●", "•"}
_LEAD_MARKS = {"ct", "c", "x", "chủ trì"}
# a schedule's column heads: months ("T3", "Tháng 3"), quarters ("Quý II", "Q2"), weeks
_TIME_HEAD_RE = re.compile(r"^(?:T|Tháng\s*)\d{1,2}(?:/(?:19|20)\d\d)?$|^(?:Q|Quý\s*)(?:[IV]{1,3}|\d)(?:/(?:19|20)\d\d)?$|"
                           r"^Tuần\s*\d{1,2}$|^(?:Năm\s*)?(?:19|20)\d\d$", re.I)  # (a year's column: "2027")


def abbreviation_legend(text: str) -> dict[str, str]:
    """Abbreviations a plan spells out for a table's column heads (a body's initials → its name)."""
    return {m.group(1).strip(): m.group(2).strip().rstrip(".") for m in _LEGEND_RE.finditer(text)
            if len(m.group(2).split()) >= 2 and m.group(1).strip() != m.group(2).strip()}


def _mark_columns(rows: list[list[str]]) -> list[int]:
    """Columns of a responsibility table whose cells only mark a body's role ("CT", "PH", "x"): a column per body,
    a row per task — three such columns at least, with marks in them."""
    cols = [j for j in range(len(rows[0])) if all(c.strip().lower() in _MARK_CELLS or not c.strip() for c in
                                                    (r[j] for r in rows)) and any(r[j].strip() for r in rows)]
    return cols if len(cols) >= 3 else []


def _with_roles(row: list[str], headers: list[str], marks: list[int], legend: dict[str, str]) -> list[str]:
    """A task row of a table of marks, read as the plan means it: its cells as written, then "Chủ trì: <bodies>"
    and "Phối hợp: <bodies>" named in full (the legend under the table spells the column heads out)."""
    parts = [f"{headers[j]}: {c}" if headers[j] else c for j, c in enumerate(row) if c]
    if all(_TIME_HEAD_RE.match(headers[j]) for j in marks):
        # a schedule ("T1 … T12", "Quý I … Quý IV"): the marks say when the task runs, not who does it
        if {row[j].strip().lower() for j in marks if row[j].strip()} - {"x"}:
            return parts  # another mark ("●" a report, beside "x" the work): the legend under the table says which
        when = [headers[j] for j in marks if row[j].strip()]
        months = [m.group(1) for h in when if (m := re.match(r"^(?:T|Tháng\s*)(\d{1,2})$", h, re.I))]
        spelt = f" (tháng {', '.join(months)})" if months and len(months) == len(when) and when[0][0] in "Tt" \
            and not when[0].lower().startswith("tháng") else ""
        return parts + ([f"Thời gian thực hiện: {', '.join(when)}{spelt}"] if when else [])
    lead = [legend.get(headers[j], headers[j]) for j in marks if row[j].strip().lower() in _LEAD_MARKS]
    help_ = [legend.get(headers[j], headers[j]) for j in marks
             if row[j].strip() and row[j].strip().lower() not in _LEAD_MARKS]
    # (the marks stay as written beside the reading: "GDĐT: CT | … | Chủ trì: Sở Giáo dục và Đào tạo")
    return parts + ([f"Chủ trì: {', '.join(lead)}"] if lead else []) + ([f"Phối hợp: {', '.join(help_)}"] if help_ else [])
