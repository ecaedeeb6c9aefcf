"""Parse a plan's logical lines into its outline: roman sections, numbered and lettered items.

Headings are recognised by their label *and* their place in a sequence (I → II, 1 → 2, a → b),
which is what separates "2. Sở Nội vụ" from a wrapped line that happens to start with "2026.".
A plan that numbers no part has its upper-case part headings ("MỤC TIÊU") as top sections.
Under "TỔ CHỨC THỰC HIỆN" each numbered item (and each short lettered heading below it) is an agency,
and so is a run-in label "- Công an xã: …" that no numbered agency holds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.agencies import looks_like_agency
from ingest.clean import (
    LETTER_ALT,
    LETTER_DOT_SEP,
    LETTER_SEP,
    NUM_ALT,
    NUM_SEP,
    PART_ORDINAL_RE,
    PART_ORDINALS,
    PART_PREFIX,
    ROMAN_ALT,
    ROMAN_SEP,
    Line,
    is_stt,
)
from ingest.textnorm import fold, title_has
from ingest.types import Section

# labels as the genre writes them: "I." or "I-", "II/", "III -", "IV)"; "1." or "1-", "1/", "2 -"; "a)" or "a-", "đ/"
# (the text keeps them as written; a section's label is the dotted form)
_PART_ROMAN_RE = re.compile(rf"^(?:{PART_PREFIX})[IVX]{{1,5}}(?:\.\s*|:\s*|{ROMAN_SEP})(.+)$")
_ROMAN_RE = re.compile(rf"^(?:{PART_PREFIX})?([IVX]{{1,5}})(?:\.\s*|:\s*|{ROMAN_SEP})(.+)$")
_NUM_RE = re.compile(rf"^(\d{{1,2}})(?:\.\s+|\)\s+|{NUM_SEP})(.+)$")  # "1.", "1 -", "1)"
# "Phần thứ nhất MỤC ĐÍCH, YÊU CẦU" (the cleaner joins the ordinal line and its title): a top part
_PART_ORD_RE = re.compile(rf"^({PART_ORDINAL_RE.pattern[1:]})\s*[.:\-–]?\s*(.+)$")
_SUBNUM_RE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.?\s+(.+)$")
_SUBSUB_RE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{1,2})\.?\s+(.+)$")
_LETTER_RE = re.compile(rf"^([a-zđ])(?:\)\s+|{LETTER_SEP}|{LETTER_DOT_SEP})(.+)$")
_ANY_LABEL_RE = re.compile(rf"^(?:{PART_PREFIX})?(?:(?:[IVX]{{1,5}}|\d{{1,2}}(?:\.\d{{1,2}})*)\.\s*|\d{{1,2}}\.\d{{1,2}}\s+|[a-zđ]\)\s*|"
                           rf"{ROMAN_ALT}|{NUM_ALT}|{LETTER_ALT}|[-+•–*]\s+)")
_LETTERS = "abcdđefghijklmnopqrstuvxy"
_ROMANS = {"I": 1, "V": 5, "X": 10}
_CLOSING_RE = re.compile(r"^Trên đây là\b")
# "Ủy ban nhân dân thành phố Hà Nội đề nghị …" after the last agency: the plan's closing request.
_CLOSING_REQUEST_RE = re.compile(
    r"^(?:Ủy ban nhân dân|UBND|Ban Chỉ đạo)\b[^.;:]{0,80}?\b(?:đề nghị|yêu cầu)\b"
)
_ORG_START = re.compile(
    r"^(?:Đề nghị\s+)?(?:Sở|Phòng|Ban|Ủy ban|UBND|Hội|Đoàn|Liên đoàn|Công an|Bộ Chỉ huy|Trung tâm|Trường|"
    r"Cơ quan|Lực lượng|Các|Đài|Văn phòng|Viện|Thành đoàn|Huyện đoàn|Mặt trận|MTTQ)\b"
)

# Task lines that name their own agency inside a group section under TỔ CHỨC THỰC HIỆN:
#   "- Công an Thành phố: chủ trì, …" (under "8. Lực lượng vũ trang Thành phố")
#   "d) Đề nghị Hội Liên hiệp Phụ nữ thành phố chỉ đạo …" (under "11. Đề nghị Ủy ban Mặt trận …")
_INLINE_HEAD = (r"(?:Sở|Phòng|Ban|Ủy ban|UBND|Hội|Đoàn|Liên đoàn|Công an|Bộ Chỉ huy|Bộ Tư lệnh|Trung tâm|Trường|"
                r"Cơ quan|Lực lượng|Đài|Văn phòng|Thành đoàn|Huyện đoàn|Mặt trận)")
_INLINE_COLON_RE = re.compile(rf"^[-+•–]?\s*(?:[a-zđ]\)\s*)?({_INLINE_HEAD}(?:\s+[\wđ&\-]+){{0,8}})\s*:\s+\S")
_TASK_VERB = (r"chủ trì|phối hợp|chỉ đạo|tham gia|tiếp tục|tăng cường|đẩy mạnh|triển khai|tổ chức|thực hiện|"
              r"hướng dẫn|tham mưu|có trách nhiệm|xây dựng|vận động|tuyên truyền|phát động|nghiên cứu")
_INLINE_REQUEST_RE = re.compile(
    rf"^[-+•–]?\s*(?:[a-zđ]\)\s*)?Đề nghị\s+({_INLINE_HEAD}(?:\s+[\wđ&\-,]+){{0,10}}?)\s+(?:{_TASK_VERB})\b")
# a sub-item whose label is followed by its body and its task in one sentence ("6.1.2. Ban Tuyên giáo Tỉnh đoàn chủ
# trì …", "6.1.1. Ban Phong trào Tỉnh đoàn là đơn vị thường trực, …"): the body is the sub-item's
_INLINE_LABELLED_RE = re.compile(
    rf"^\d{{1,2}}(?:\.\d{{1,2}}){{2,}}\.?\s+({_INLINE_HEAD}(?:\s+[\wđ&\-,]+){{0,10}}?)\s+(?:là|{_TASK_VERB})\b")

# "Cơ quan thường trực: Phòng …" names a role, not the agency
_ROLE_LEAD_RE = re.compile(r"^(?:cơ quan|đơn vị)\s+(?:thường trực|chủ trì|phối hợp|tham mưu)\b")

PREAMBLE_TITLE = "Phần mở đầu (căn cứ ban hành)"
CLOSING_TITLE = "Phần kết"
NOTES_TITLE = "Chú thích cuối trang"
# the part assigning tasks per body: "TỔ CHỨC THỰC HIỆN", or a plan's own name for it ("PHÂN CÔNG [NHIỆM VỤ]")
_IMPLEMENTATION = ("tổ chức thực hiện", "phân công", "trách nhiệm thực hiện")


def roman_value(s: str) -> int:
    total, prev = 0, 0
    for ch in reversed(s):
        v = _ROMANS[ch]
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total


def _upper_ratio(s: str) -> float:
    letters = [c for c in s if c.isalpha()]
    return sum(c.isupper() for c in letters) / len(letters) if letters else 0.0


def short_title(text: str, limit: int = 90) -> str:
    """A heading-sized title: the text up to its first sentence end, cut at a word boundary."""
    t = re.split(r"(?<=[.;:])\s", text, maxsplit=1)[0].rstrip(".;: ")
    if len(t) <= limit:
        return t
    cut = t[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;: ") + "…"


# The words a plan's parts are named by in the genre (general administrative Vietnamese, not one plan's titles):
# an upper-case line of its own that opens with one is a top section when the plan numbers none.
_PART_WORD_RE = re.compile(
    r"^(?:(?:các|những|một số)\s+)?(?:mục đích|yêu cầu|mục tiêu|chỉ tiêu|nhiệm vụ|giải pháp|nội dung|"
    r"tổ chức thực hiện|phân công|trách nhiệm|kinh phí|nguồn kinh phí|chế độ|báo cáo|phụ lục|đối tượng|"
    r"phạm vi|thời gian|tiến độ|lộ trình|quan điểm|định hướng|kết quả|thực trạng|tình hình|đánh giá|kiểm tra|"
    r"khen thưởng|sơ kết|tổng kết|căn cứ|hiệu quả)\b")


def _has_parts(lines: list[Line]) -> bool:
    """Does the plan number its parts: an upper-case (or bold) roman heading, or a "Phần thứ …"?"""
    for ln in lines:
        m = _ROMAN_RE.match(ln.text)
        if (m and (_upper_ratio(m.group(2)) >= 0.6 or ln.hint)) or PART_ORDINAL_RE.match(ln.text):
            return True
    return False


def top_arabic(lines: list[Line]) -> set[int]:
    """Indices of the upper-case numbered headings ("1. MỤC ĐÍCH, YÊU CẦU", "2. MỤC TIÊU", …) that are a plan's
    top sections when it has no roman ones: a run from 1 in sequence (a gap of one allowed), at least two."""
    if _has_parts(lines):
        return set()
    found: list[int] = []
    last = 0
    sentence_case = False
    subs = {m.group(1) for ln in lines if (m := _SUBNUM_RE.match(ln.text))}
    for i, ln in enumerate(lines):
        m = _NUM_RE.match(ln.text)
        if not m or ln.row:
            continue
        n, title = int(m.group(1)), m.group(2).strip()
        letters = sum(c.isalpha() for c in title)
        # upper case, or a heading whose number opens "n.1." items and that is bold or names a part of the genre;
        # once a plan writes its parts so in sentence case, a later part named so needs no items ("4. Kinh phí …")
        part = bool(_PART_WORD_RE.match(fold(title)))
        opens = (m.group(1) in subs and (ln.hint or part)) or (part and found and sentence_case)
        if (last == 0 and n == 1 or last < n <= last + 2) and letters >= 3 and is_heading_line(title.rstrip(":")) \
                and (_upper_ratio(title) >= 0.8 or opens):
            sentence_case = (sentence_case if found else True) and _upper_ratio(title) < 0.8
            found.append(i)
            last = n
    return set(found) if len(found) >= 2 else set()


def numbered_articles(lines: list[Line]) -> set[int]:
    """Indices of the numbered items ("1. Sửa đổi chỉ tiêu …", "2. Bổ sung nhiệm vụ …") of a short document that
    has no part headings at all — a plan amending another, a notice: its items in sequence from 1 (a gap of one
    allowed), at least two, are its sections; without them everything would sit in the preamble."""
    if _has_parts(lines):
        return set()
    found: list[int] = []
    last = 0
    for i, ln in enumerate(lines):
        m = _NUM_RE.match(ln.text)
        if not m or ln.row or ln.note:
            continue
        n = int(m.group(1))
        if (last == 0 and n == 1 or last < n <= last + 2) and sum(c.isalpha() for c in m.group(2)) >= 3:
            found.append(i)
            last = n
    return set(found) if len(found) >= 2 else set()


def _part_containers(lines: list[Line]) -> set[int]:
    """Indices of "Phần thứ …" (or "PHẦN II. …") lines followed by upper-case roman headings before the next such
    part: the romans number that part's sections anew ("Phần thứ hai KẾ HOẠCH …" › "I. MỤC ĐÍCH, YÊU CẦU")."""
    parts = [i for i, ln in enumerate(lines) if PART_ORDINAL_RE.match(ln.text) or _PART_ROMAN_RE.match(ln.text)]
    out = set()
    for k, i in enumerate(parts):
        nxt = parts[k + 1] if k + 1 < len(parts) else len(lines)
        if any((m := _ROMAN_RE.match(ln.text)) and _upper_ratio(m.group(2)) >= 0.6 for ln in lines[i + 1:nxt]):
            out.add(i)
    return out


_LETTER_PART_RE = re.compile(r"^([A-H])\.\s+(\S.*)$")  # "A. KẾT QUẢ …", "B. KẾ HOẠCH …", "C. TỔ CHỨC THỰC HIỆN"


def letter_parts(lines: list[Line]) -> set[int]:
    """Indices of upper-case parts lettered "A.", "B.", "C." in order (at least two, from A): a long plan's parts,
    each holding its own roman sections or numbered items ("B. KẾ HOẠCH …" › "I. MỤC ĐÍCH, YÊU CẦU")."""
    found: list[int] = []
    for i, ln in enumerate(lines):
        m = _LETTER_PART_RE.match(ln.text.strip())
        if m and not ln.row and ord(m.group(1)) == ord("A") + len(found) and _upper_ratio(m.group(2)) >= 0.8 \
                and sum(c.isalpha() for c in m.group(2)) >= 4 and is_heading_line(m.group(2)):
            found.append(i)
    return set(found) if len(found) >= 2 else set()


def top_unnumbered(lines: list[Line]) -> set[int]:
    """Indices of unnumbered upper-case part headings ("MỤC TIÊU", "**TỔ CHỨC THỰC HIỆN**") that are a plan's top
    sections when it numbers none: a line of its own, upper case, opening with a part word, after the first
    sentence of the text (so the title block above "Căn cứ …" never is one); at least two."""
    found: list[int] = []
    prose = False
    for i, ln in enumerate(lines):
        t = ln.text.strip()
        if ln.row:
            continue
        m = _ROMAN_RE.match(t)
        if (m and (_upper_ratio(m.group(2)) >= 0.6 or ln.hint)) or PART_ORDINAL_RE.match(t):
            return set()
        letters = sum(c.isalpha() for c in t)
        if (prose or ln.hint) and letters >= 4 and _upper_ratio(t) >= 0.9 and is_heading_line(t.rstrip(":")) \
                and len(t.split()) <= 12 and _PART_WORD_RE.match(fold(t)) and not _ANY_LABEL_RE.match(t):
            found.append(i)
        prose = prose or t.endswith((".", ";", ":"))
    return set(found) if len(found) >= 2 else set()


def heading_text(line: str, label: str) -> str:
    """A heading line without its label, however the plan wrote it ("2 - Phòng Nội vụ", "2. Phòng Nội vụ")."""
    line = line.strip()
    return (line[len(label):] if label and line.startswith(label) else _ANY_LABEL_RE.sub("", line, count=1)).strip()


def is_heading_line(text: str) -> bool:
    """A standalone heading line rather than an item paragraph."""
    return len(text) <= 140 and not text.rstrip().endswith((".", ";", ":"))


def inline_agency(line: str) -> str | None:
    """The agency a task line names at its start ("- Công an Thành phố: …", "d) Đề nghị Hội … chỉ đạo …", "6.1.2. Ban
    … chủ trì …")."""
    m = _INLINE_COLON_RE.match(line.strip()) or _INLINE_REQUEST_RE.match(line.strip()) \
        or _INLINE_LABELLED_RE.match(line.strip())
    return m.group(1).strip(" ,") if m else None


def colon_agency(body: str) -> str | None:
    """The agency an item names before a colon, its tasks following in the same paragraph or below it:
    "Phòng Giáo dục và Đào tạo: chủ trì, …" → "Phòng Giáo dục và Đào tạo"."""
    name, sep, _ = body.partition(":")
    if not sep or len(name.split()) > 16 or not looks_like_agency(name) or _ROLE_LEAD_RE.match(fold(name)):
        return None
    return clean_agency(name)


_BULLET_RE = re.compile(r"^([-+•–*])\s*")
# a year, or a span of years, alone on its line: "Năm 2026", "Đến năm 2030:", "Giai đoạn 2026 - 2028"
_YEAR_HEAD_RE = re.compile(r"^(?:(?:đến|trong|vào)\s+)?(?:năm|giai đoạn)\s+20\d\d(?:\s*[-–]\s*20\d\d)?\s*:?$",
                           re.IGNORECASE)
# words that make a colon lead a sentence rather than a body's name ("Các cơ quan, đơn vị căn cứ nhiệm vụ được giao:")
_NOT_NAME_RE = re.compile(rf"\b(?:{_TASK_VERB}|căn cứ|được giao|theo)\b")


def runin_agency(line: str) -> str | None:
    """The body a paragraph opens with as a run-in label: "- Ban Văn hóa - Xã hội xã: Tham mưu …",
    "Trạm Y tế xã: …", "Trường Tiểu học:" (its tasks below) → the name; None for any other paragraph."""
    body = _BULLET_RE.sub("", line.strip(), count=1)
    name = colon_agency(body)
    if name is None or len(name.split()) > 16 or _NOT_NAME_RE.search(fold(name)):
        return None
    return name


LABEL_WORDS = 16  # a body's name standing alone on its line is no longer than this


def label_agency(line: str) -> str | None:
    """A body's name standing alone on its line, with no colon and no task of its own ("Công chức Phòng Kinh
    tế", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể"); None for any other line."""
    body = line.strip()
    if _BULLET_RE.match(body) or body.endswith((".", ";", ":", ",")) or len(body.split()) > LABEL_WORDS:
        return None
    name = clean_agency(body)
    if not looks_like_agency(name) or _NOT_NAME_RE.search(fold(name)):
        return None
    return name


# headings that organise the implementation part, naming no body ("1. Tiến độ thực hiện", "2. Trách nhiệm của các
# cơ quan, đơn vị", "3. Chế độ báo cáo")
_ORGANISING_RE = re.compile(r"^(?:tiến độ|trách nhiệm|chế độ|phân công|giao nhiệm vụ|kiểm tra|thông tin|khen thưởng|"
                            r"sơ kết|tổng kết|lộ trình|thời gian|nhiệm vụ cụ thể|chỉ đạo|điều khoản)\b", re.IGNORECASE)


# the verb after a body that opens an item as its subject ("4. Bộ Chỉ huy Quân sự tỉnh chỉ đạo …", "1. Sở Giáo dục
# và Đào tạo là cơ quan thường trực, …"): in lower case, as a name's own words ("Ban Chỉ đạo") are not
_SUBJECT_VERB_RE = re.compile(rf"\s(?:{_TASK_VERB}|là (?:cơ quan|đơn vị|đầu mối)|có nhiệm vụ|chịu trách nhiệm|"
                              r"căn cứ|bố trí|cân đối|đưa|mở|duy trì|hỗ trợ|lồng ghép|giao|bảo đảm|đảm bảo|cử|lập|gửi|"
                              r"theo dõi|biên soạn|cung cấp|phụ trách|báo cáo(?! viên))\b")
SUBJECT_NAME_WORDS = 14  # a body's name before its verb is no longer than this


def subject_agency(body: str) -> str | None:
    """The body an item opens with as the subject of its first verb ("Bộ Chỉ huy Quân sự tỉnh chỉ đạo Ban Chỉ
    huy Quân sự các huyện …" → "Bộ Chỉ huy Quân sự tỉnh"); None when it opens with no body's name."""
    if not looks_like_agency(" ".join(body.split()[:SUBJECT_NAME_WORDS])):
        return None
    # "Ban Chỉ đạo xây dựng xã hội học tập tỉnh": the name's own "xây dựng", not its verb
    m = next((v for v in _SUBJECT_VERB_RE.finditer(body)
              if not re.match(r"\s*(?:xã hội học tập|XHHT)\b", body[v.end():])), None)
    name = body[:m.start()].strip(" ,") if m else ""
    if not name or len(name.split()) > SUBJECT_NAME_WORDS or not looks_like_agency(name) \
            or _ROLE_LEAD_RE.match(fold(name)) or ":" in name:
        return None
    return clean_agency(name)


def _agency_item(body: str) -> str | None:
    """The agency a numbered item under TỔ CHỨC THỰC HIỆN names: its heading, its lead before a colon, or the
    body it opens with as its subject."""
    if is_heading_line(body):
        # ("6. Đề nghị phối hợp": a request heading over the bodies it names below, itself no body's name)
        name = clean_agency(body)
        named = name[:1].isupper() or name.lower().startswith(("các ", "những "))
        return None if _ORGANISING_RE.match(body.strip()) or not named else name
    return colon_agency(body) or subject_agency(body) or dash_agency(body)


# "Văn phòng HĐND và UBND phường – bảo đảm hạ tầng …": a body's name, a dash, its tasks in lower case (a name's own
# dash is followed by a capital: "Văn hóa – Thể thao")
_DASH_LEAD_RE = re.compile(r"^(.{3,120}?)\s+[–—]\s+(?=[a-zđà-ỹ])")


def dash_agency(body: str) -> str | None:
    """The body an item names before a dash, its tasks after it; None when the lead names no body."""
    m = _DASH_LEAD_RE.match(body.strip())
    if not m or len(m.group(1).split()) > SUBJECT_NAME_WORDS or not looks_like_agency(m.group(1)) \
            or _ROLE_LEAD_RE.match(fold(m.group(1))):
        return None
    return clean_agency(m.group(1))


def clean_agency(title: str) -> str:
    """Agency name as written, minus the courtesy "Đề nghị" and glued-word damage ("tâmVăn")."""
    t = re.sub(r"^Đề nghị\s+", "", title.strip())
    t = "".join(
        c + " " if c.islower() and i + 2 < len(t) and t[i + 1].isupper() and t[i + 2].islower() else c
        for i, c in enumerate(t)
    )
    t = re.sub(r"\s*-\s*", " - ", t)
    return re.sub(r"\s+", " ", t).strip(" .;:,–—")


@dataclass
class _Open:
    kind: str
    level: int
    value: int
    sid: int


def parse_outline(lines: list[Line]) -> tuple[str, list[Section]]:
    """Return the cleaned text (lines joined by newlines) and its sections in document order."""
    offsets: list[int] = []
    pos = 0
    for ln in lines:
        offsets.append(pos)
        pos += len(ln.text) + 1
    text = "\n".join(ln.text for ln in lines)

    raw: list[dict] = []  # sections before end offsets are known
    roman_no = 0
    num_no = 0
    sub_no = sub_major = 0
    letter_idx = -1
    cur_roman: int | None = None
    cur_num: int | None = None
    cur_sub: int | None = None
    in_impl = False
    impl_seen = False
    closed = False

    runin: list[int] = []  # the open run-in agency section ("- Công an xã: …"), closed by any new section
    runin_lead: str | None = None  # its own bullet ("" for none) when its line holds tasks, else None
    runin_bullets = False  # bullets seen below a run-in label whose line holds no tasks ("Trạm Y tế xã:")

    def add(kind: str, label: str, title: str, level: int, parent: int | None, i: int, agency: str | None) -> int:
        runin.clear()
        raw.append(dict(kind=kind, label=label, title=title, level=level, parent=parent,
                        start=offsets[i], body_start=offsets[i] + len(lines[i].text) + 1, agency=agency))
        return len(raw) - 1

    containers = _part_containers(lines)
    lettered = letter_parts(lines)  # "A." / "B." (holding "I." … "IV.") / "C. TỔ CHỨC THỰC HIỆN"
    bare = top_unnumbered(lines)  # "MỤC TIÊU" › "1." › "a)" when a plan numbers no part
    tops = set() if bare else top_arabic(lines)  # "1. MỤC ĐÍCH, YÊU CẦU" › "1.1." › "a)" when it has no roman part
    articles = set() if bare or tops or lettered else numbered_articles(lines)  # "1. Sửa đổi …", "2. Bổ sung …"
    tops = tops or articles
    if lines:
        add("preamble", "", PREAMBLE_TITLE, 1, None, 0, None)
    for i, ln in enumerate(lines):
        t = ln.text
        if closed:
            continue
        if ln.row:  # a table row: a child of the heading it sits under, ending with its own line
            head = max(k for k, r in enumerate(raw) if r["kind"] != "row")
            label, title = row_label_title(t)
            add("row", label, title, raw[head]["level"] + 1, head, i, None)
            raw[-1]["end"] = offsets[i] + len(t)
            continue
        if ln.note:  # page-foot footnotes, gathered after the text: outside every part, like the closing
            add("closing", "", NOTES_TITLE, 1, None, i, None)
            closed = True
            continue
        if cur_roman is not None and (_CLOSING_RE.match(t) or (impl_seen and _CLOSING_REQUEST_RE.match(t))):
            add("closing", "", CLOSING_TITLE, 1, None, i, None)
            closed = True
            continue
        m = _ROMAN_RE.match(t)
        value = roman_value(m.group(1)) if m else 0
        top = m and value > roman_no and (roman_no == 0 or value <= roman_no + 2) \
            and (_upper_ratio(m.group(2)) >= 0.6 or ln.hint)
        label = f"{m.group(1)}." if m else ""
        title = m.group(2).strip() if m else ""
        if i in lettered:  # a lettered part: the romans inside it number its sections anew
            lp = _LETTER_PART_RE.match(t.strip())
            top, label, title, value = True, f"{lp.group(1)}.", lp.group(2).strip(), 0  # type: ignore[union-attr]
        if i in containers and (pr := _PART_ROMAN_RE.match(t)):  # "PHẦN II. KẾ HOẠCH …" holding "I. …", "II. …"
            top, label, title, value = True, t[:pr.start(1)].strip(), pr.group(1).strip(), 0
        part = _PART_ORD_RE.match(t) if not top else None
        if part and _upper_ratio(part.group(3)) >= 0.6:
            value = PART_ORDINALS.index(fold(part.group(2))) + 1
            if i in containers:  # "Phần thứ hai" holding "I. MỤC ĐÍCH …", "II. …": its romans are the parts
                top, label, title, value = True, part.group(1).strip(), part.group(3).strip(), 0
            elif value > roman_no:
                top, label, title = True, part.group(1).strip(), part.group(3).strip()
        if i in tops:
            m = _NUM_RE.match(t)
            value, top, label, title = int(m.group(1)), True, f"{m.group(1)}.", m.group(2).strip()
            if i in articles:  # an item that is a sentence: its path names it short
                title = _title(title)
        elif i in bare:
            value, top, label, title = roman_no + 1, True, "", t.strip().rstrip(":")
        if top:
            roman_no = value
            cur_roman = add("roman", label, title, 1, None, i, None)
            in_impl = title_has(title, _IMPLEMENTATION)
            impl_seen = impl_seen or in_impl
            num_no, sub_no, letter_idx = 0, 0, -1
            cur_num = cur_sub = None
            continue
        if cur_roman is None:
            continue
        m = _SUBNUM_RE.match(t)
        if m and int(m.group(1)) == roman_no and int(m.group(2)) in (num_no + 1, 1) and (
                tops or cur_num is None or raw[cur_num]["label"] == f"{roman_no}.{num_no}."):
            # "2.1." items under an arabic top section "2.", and "5.1.", "5.2." under "V. TỔ CHỨC THỰC HIỆN":
            # the part's own number before the item's
            num_no = int(m.group(2))
            body = m.group(3).strip()
            cur_num = add("number", f"{m.group(1)}.{m.group(2)}.", _title(body), 2, cur_roman, i,
                          _agency_item(body) if in_impl else None)
            cur_sub, sub_no, letter_idx = None, 0, -1
            continue
        if tops:  # under an arabic top section "2.": "2.1." items (above), then "2.1.1." or plain "1." sub-items
            sub = _SUBSUB_RE.match(t)
            plain = _NUM_RE.match(t) if cur_num is not None and raw[cur_num]["label"].count(".") == 2 else None
            if sub and (int(sub.group(1)), int(sub.group(2))) == (roman_no, num_no):
                n, label, body = int(sub.group(3)), f"{roman_no}.{num_no}.{sub.group(3)}.", sub.group(4)
            elif plain and not sub:
                n, label, body = int(plain.group(1)), f"{plain.group(1)}.", plain.group(2)
            else:
                n = 0
            if n and n in (sub_no + 1, 1):
                sub_no = n
                cur_sub = add("number", label, _title(body.strip()), 3, cur_num, i, None)
                letter_idx = -1
                continue
        # "2. Trách nhiệm …" then "1.1. Phòng …", "1.2. …": sub-items numbered from another number run on as
        # long as they keep one major number and count up from 1
        if m and cur_num is not None and (
                (int(m.group(1)) == num_no and int(m.group(2)) in (sub_no + 1, 1))
                or (int(m.group(1)) != num_no and ((sub_no == 0 and int(m.group(2)) == 1)
                                                   or (int(m.group(1)) == sub_major and int(m.group(2)) == sub_no + 1)))):
            sub_no, sub_major = int(m.group(2)), int(m.group(1))
            body = m.group(3).strip()
            agency = _agency_item(body) if in_impl and not raw[cur_num]["agency"] else None
            cur_sub = add("number", f"{m.group(1)}.{m.group(2)}.", _title(body), 3, cur_num, i, agency)
            letter_idx = -1
            continue
        m = _NUM_RE.match(t)
        if m and m.group(2).rstrip().endswith("!"):
            m = None  # "1. Nhiệt liệt hưởng ứng Tuần lễ …!": a numbered slogan of a list, never a heading
        if m and int(m.group(1)) in (num_no + 1, 1) and not (int(m.group(1)) == 1 and num_no >= 1 and letter_idx >= 0):
            num_no = int(m.group(1))
            body = m.group(2).strip()
            cur_num = add("number", f"{num_no}.", _title(body), 2, cur_roman, i, _agency_item(body) if in_impl else None)
            cur_sub, sub_no, letter_idx = None, 0, -1
            continue
        m = _LETTER_RE.match(t)
        if m and m.group(1) in _LETTERS:
            idx = _LETTERS.index(m.group(1))
            if idx == 0 or letter_idx < idx <= letter_idx + 2:
                letter_idx = idx
                parent = cur_sub if cur_sub is not None else (cur_num if cur_num is not None else cur_roman)
                body = m.group(2).strip()
                agency = None
                # under an agency group ("11. Đề nghị MTTQ …" › "a) Hội Nông dân") or an organising item ("2. Trách
                # nhiệm của các cơ quan, đơn vị" › "a) Phòng Giáo dục và Đào tạo"), a lettered body heading is an agency
                organising = raw[parent]["kind"] == "number" and _ORGANISING_RE.match(raw[parent]["title"])
                if in_impl and parent is not None and (raw[parent]["agency"] or organising) and is_heading_line(body) \
                        and _ORG_START.match(body) and len(body) <= 100:
                    agency = clean_agency(body)
                elif in_impl and parent is not None and (raw[parent]["agency"] or organising):
                    agency = runin_agency(body)  # "a) Công chức Văn hóa - Xã hội: Là đầu mối …": its tasks follow
                add("letter", f"{m.group(1)})", _title(body), raw[parent]["level"] + 1, parent, i, agency)
                continue
        # "Năm 2026" (or "Giai đoạn 2026 - 2028:") on a line of its own over a list: the year its items are for
        if _YEAR_HEAD_RE.match(t.strip()) and (ln.hint or (i + 1 < len(lines) and _BULLET_RE.match(lines[i + 1].text.strip()))):
            parent = cur_sub if cur_sub is not None else (cur_num if cur_num is not None else cur_roman)
            add("number", "", t.strip().rstrip(":").strip(), raw[parent]["level"] + 1, parent, i, None)
            continue
        # "- Công an xã: bảo đảm …", "Trạm Y tế xã: …" under TỔ CHỨC THỰC HIỆN (or an item that is no agency):
        # a run-in agency label opens its own section, as "2. Công an xã: …" would
        parent = cur_num if cur_num is not None else cur_roman
        organises = raw[parent]["agency"] is None or not looks_like_agency(raw[parent]["agency"])  # "1. Phân công …"
        name = runin_agency(t) if in_impl and cur_sub is None and letter_idx < 0 and organises else None
        if not name and in_impl and cur_sub is None and letter_idx < 0 and organises and i + 1 < len(lines) \
                and _BULLET_RE.match(lines[i + 1].text.strip()):
            name = label_agency(t)  # "Công chức Phòng Kinh tế" on its own line, its tasks the bullets below
        if name:
            add("number", "", name, raw[parent]["level"] + 1, parent, i, name)
            runin.append(len(raw) - 1)
            bullet = _BULLET_RE.match(t)
            inline = bool(t.partition(":")[2].strip())
            runin_lead = (bullet.group(1) if bullet else "") if inline else None
            runin_bullets = False
            continue
        if runin:
            # its tasks are the bullets below it (deeper than its own when its line already holds tasks; else
            # its first paragraph too); a paragraph after them is the parent's again ("Trong quá trình …")
            bullet = _BULLET_RE.match(t)
            if runin_lead is not None:
                ends = not bullet or bullet.group(1) == runin_lead
            else:
                ends = not bullet and (runin_bullets or raw[runin[0]]["body_start"] < offsets[i])
                runin_bullets = runin_bullets or bool(bullet)
            if ends:
                raw[runin[0]]["end"] = offsets[i]
                runin.clear()

    # ends: the next section at the same or a higher level; closing/preamble bound everything
    n = len(raw)
    sections: list[Section] = []
    for k, r in enumerate(raw):
        end = r.get("end", len(text))
        for j in range(k + 1, n) if "end" not in r else ():
            if raw[j]["level"] <= r["level"] or raw[j]["kind"] in ("closing", "roman"):
                end = raw[j]["start"]
                break
        path: list[str] = []
        p: int | None = k
        while p is not None:
            path.append(_display(raw[p]))
            p = raw[p]["parent"]
        sections.append(Section(
            id=k, kind=r["kind"], label=r["label"], title=r["title"], level=r["level"], parent=r["parent"],
            path=tuple(reversed(path)), start=r["start"], body_start=min(r["body_start"], end), end=end,
            agency=r["agency"],
        ))
    return text, sections


# a targets table's indicator column ("Chỉ tiêu", "Tên chỉ tiêu", "Tiêu chí"): what a row is about
LABEL_HEADER_RE = re.compile(r"^(?:tên |các )?(?:chỉ tiêu|tiêu chí)(?: cụ thể| chủ yếu)?$")


def row_label_title(row: str) -> tuple[str, str]:
    """A table row's outline label and title: its "STT" number ("1.") and its first other cell's text."""
    label, title = "", ""
    for part in row.split(" | "):
        head, sep, cell = part.partition(": ")
        if sep and is_stt(head) and not label:
            label = cell.strip().rstrip(".") + "."
        elif sep and LABEL_HEADER_RE.match(fold(head)):
            title = cell  # the indicator column, not a group column before it ("Nhóm chỉ tiêu")
        elif not title:
            title = cell if sep else part
            if sep and re.fullmatch(r"20\d\d", cell.strip()):  # a year row of a years-as-rows table
                title = f"{head} {cell}" if fold(head) == "năm" else f"{head}: {cell}"
    return label, short_title(title or row, 90)


def _title(body: str) -> str:
    return body if is_heading_line(body) and len(body) <= 140 else short_title(body)


def _display(r: dict) -> str:
    title = r["title"] if r["kind"] in ("roman", "preamble", "closing") else short_title(r["title"], 70)
    return f"{r['label']} {title}".strip()
