"""Quantitative targets of a plan (its targets table): every %, count, "mức độ N" level and VND amount
set in the objectives and in task/agency sections, with the year it is for.

Rules are general Vietnamese planning language: a figure is a target when it is a share ("40%"), an
amount ("500 triệu đồng"), a qualified count ("ít nhất 15 đơn vị") — or, in the objectives, a bare
count of things ("20 mô hình") — and never a legal reference, a date, an age or an article number.
The year comes from the line, else the nearest heading that names one, else a table row's header cell
("Năm 2025: 60%"), else the plan's single year when it is an annual plan.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.outline import LABEL_HEADER_RE
from ingest.textnorm import fold, title_has
from ingest.types import PATH_SEP, Document, Section, Target

_NUM = r"\d+(?:[.,]\d+)*"
_WORD_NUMBERS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
                 "mười": 10}
_MIN_BEFORE = r"ít nhất|tối thiểu|trên|hơn|không dưới|không ít hơn|từ"
_APPROX_BEFORE = r"khoảng|gần|xấp xỉ|chừng"
_QUAL_RE = re.compile(rf"(?:^|(?<=[\s(]))((?:{_MIN_BEFORE}|{_APPROX_BEFORE})\s+)$", re.IGNORECASE)
_AFTER_MIN_RE = re.compile(r"^\s*trở lên\b", re.IGNORECASE)

# "80%", "80 - 85%", and spelled "80 phần trăm" / "tám mươi (80) phần trăm" (not "4 điểm phần trăm": a change)
_PCT_RE = re.compile(rf"(?<![\d/.,-])\(?({_NUM})\)?\s*(?:(?:-|–|đến)\s*\(?({_NUM})\)?\s*)?(?:%|phần trăm\b)",
                     re.IGNORECASE)
_VND_RE = re.compile(rf"(?<![\d/.,-])({_NUM})\s*(?:(?:-|–|đến)\s*({_NUM})\s*)?(nghìn|ngàn|triệu|tỷ|tỉ)?\s*"
                     r"(?:đồng|VNĐ|VND|vnđ)\b")
_LEVEL_RE = re.compile(r"\bmức độ\s+(\d)\b", re.IGNORECASE)
_WORDNUM = "|".join(_WORD_NUMBERS)
_COUNT_RE = re.compile(rf"(?<![\d/.,\-\w])(\d{{1,3}}(?:\.\d{{3}})+|\d{{1,4}}(?:/\d{{1,4}})?|{_WORDNUM})\s+([^\W\d_][\w]*)",
                       re.IGNORECASE)
_SCALE = {"nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9}

# words after a number that make it an age, a date or a duration rather than a count of things
_NOT_COUNT_NEXT = {"tuổi", "năm", "tháng", "ngày", "giờ", "phút", "tuần", "quý", "lần", "giai", "em", "trẻ",
                   "đồng", "triệu", "tỷ", "nghìn", "ngàn", "km", "m", "ha", "kg", "điểm", "giờ/năm"}
# "độ tuổi 15 - 60": the number after the dash ends an age range
_AGE_RANGE_END_RE = re.compile(r"\btuổi\s+(?:từ\s+)?\d{1,2}\s*(?:[-–]|đến)\s*$", re.IGNORECASE)
# words before a number that make it a reference, a date part, a rank or a level label
_NOT_COUNT_PREV = re.compile(r"(?:\bsố|\bmức độ|\bcấp|\bkhóa|\bđiều|\bkhoản|\bđiểm|\bngày|\btháng|\bnăm|\bquý|"
                             r"\bthứ|\bgiai đoạn|\btuổi|\blớp|\bchương|\bmục|\bphụ lục|\bkhu|\btổ|\bấp|\bthôn|"
                             r"\bxóm|\bbản|\bphường|\bquận|\bđường|\bnghị quyết|\bchỉ thị|\bquyết định|\btrang|\bbảng|\bbiểu|\bmẫu)\s*$",
                             re.IGNORECASE)

_YEAR_LINE_RE = re.compile(r"\b(?:đến hết năm|đến năm|trong năm|vào năm|năm|đến)\s+(20\d\d)\b", re.IGNORECASE)
_DEADLINE_YEAR_RE = re.compile(r"\b(?:trước|trong|đến|hết|cuối)\s+(?:tháng|quý)\s+[\dIVX]{1,4}\s*(?:/|năm)\s*(20\d\d)\b",
                               re.IGNORECASE)
_YEAR_SPAN_RE = re.compile(r"\bgiai đoạn\s+20\d\d\s*[-–]\s*(20\d\d)\b", re.IGNORECASE)
_DATE_BEFORE = re.compile(r"(?:tháng\s+\d{1,2}|\d{1,2}/\d{1,2})\s*$", re.IGNORECASE)
_QUOTED_RE = re.compile(r"“[^”]*”|\"[^\"]*\"")
_CELL_YEAR_RE = re.compile(r"\b(20\d\d)\b")
SCHOOL_YEAR_RE = re.compile(r"\bnăm\s+học\s+(20\d\d)\s*[-–/]\s*(20\d\d)\b", re.I)  # "Năm học 2026 - 2027"
_ORDINAL_HEADER_RE = re.compile(r"\s*(?:stt|tt|số tt|số thứ tự)\s*", re.IGNORECASE)
_UNIT_HEADER_RE = re.compile(r"^(?:đơn vị tính|đvt|đơn vị)$", re.IGNORECASE)
_BARE_FIGURE_RE = re.compile(rf"((?:{_MIN_BEFORE}|{_APPROX_BEFORE})\s+)?({_NUM})", re.IGNORECASE)  # "ít nhất 10"
_ROW_YEAR_RE = re.compile(r"(?:năm\s+)?20\d\d", re.IGNORECASE)  # a cell that only names a year
_UNIT_NOTE_RE = re.compile(r"\s*\((?:%|đơn vị[^)]{0,20}|đvt[^)]{0,20}|(?:nghìn|ngàn|triệu|tỷ|tỉ)\s+đồng|"
                           r"[^\W\d_]{1,12})\)\s*$", re.IGNORECASE)
# the same note inside a header: a group label's ("Tỷ lệ đạt danh hiệu (%) - Gia đình học tập")
_INNER_UNIT_NOTE_RE = re.compile(_UNIT_NOTE_RE.pattern.removesuffix(r"\)\s*$") + r"\)", re.IGNORECASE)
_SCALE_NOTE_RE = re.compile(r"\b(nghìn|ngàn|triệu|tỷ|tỉ)\s+đồng\b", re.IGNORECASE)

# clause boundaries inside a line: each clause holds one indicator
_CLAUSE_RE = re.compile(r";\s*|\.\s+(?=[A-ZĐÀ-Ỹ])|,\s*(?=trong đó\b)|\s+(?=[Tt]rong đó,)|"
                        r"\s+(?=[a-zđ][.)]\s+[A-ZĐÀ-Ỹ])|\bTrang \d+\s+")
_ITEM_RE = re.compile(r"\s+(?=[a-zđ][.)]\s+[A-ZĐÀ-Ỹ0-9])")
_LEAD_RE = re.compile(
    r"^(?:[-+•–*]\s*)*(?:[a-zđ0-9]{1,2}[.)]\s+)?(?:(?:trong đó|đồng thời|đặc biệt)\s*,?\s*)?"
    r"(?:(?:phấn đấu|phần đầu|duy trì|tiếp tục|bảo đảm|đảm bảo|có|đạt|đạt tỷ lệ|tỷ lệ|kết quả|"
    r"đến năm 20\d\d|năm 20\d\d|đến hết năm 20\d\d)\s*,?\s*)*",
    re.IGNORECASE)
_TAIL_CUT_RE = re.compile(
    r"\s+(?:theo (?:các )?(?:tiêu chí|quy định|hướng dẫn|chuẩn)|phù hợp|một cách|trở lên$)|"
    r",\s*(?:đảm bảo|bảo đảm|chuẩn bị|phấn đấu|góp phần|hoàn thành|trong đó|nhằm|tạo)\b|[.;:]\s*$",
    re.IGNORECASE)
_AFTER_LEAD_RE = re.compile(r"^(?:trở lên\s*)?(?:(?:các|số|tổng số|những)\s+)?", re.IGNORECASE)
_BEFORE_TAIL_RE = re.compile(r"\s*(?:đạt|là|ở mức|bằng|chiếm|lên|khoảng|trên|ít nhất|tối thiểu)?\s*$",
                             re.IGNORECASE)
_SCOPE_RES = [
    re.compile(r"trong độ tuổi (?:lao động|\d+\s*[-–]\s*\d+)", re.IGNORECASE),
    re.compile(r"từ \d+ tuổi trở lên", re.IGNORECASE),
    re.compile(r"^(?:các |mỗi )?((?:xã|phường|thị trấn|quận|huyện|thị xã|thành phố|tỉnh|thôn|tổ dân phố)"
               r"(?:\s*(?:,|và)\s*(?:xã|phường|thị trấn|quận|huyện|thị xã|thành phố|thôn|tổ dân phố))*)\b",
               re.IGNORECASE),
    re.compile(r"cán bộ, công chức, viên chức", re.IGNORECASE),
    re.compile(r"(?:trường|cơ sở giáo dục) công lập", re.IGNORECASE),
]
_BULLET_RE = re.compile(r"^\s*[-+•–*]\s")
_OBJECTIVE_TITLE = ("mục tiêu", "chỉ tiêu")
_OBJECTIVE_HEAD_RE = re.compile(r"^[\w.)]{1,6}\s+(?:các |một số )?(?:mục tiêu|chỉ tiêu)\b")
_SKIP_TITLE = ("mục đích", "yêu cầu", "căn cứ")


@dataclass(frozen=True)
class _Figure:
    start: int  # offsets within the clause
    end: int
    value: str
    number: float
    number_max: float | None
    unit: str
    bound: str


def _to_float(s: str) -> float:
    """ "55,55" → 55.55; "50.000.000" → 50000000; "1.5" → 1.5 (one dot and ≤2 decimals = decimal point)."""
    if s.lower() in _WORD_NUMBERS:
        return float(_WORD_NUMBERS[s.lower()])
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", s):
        return float(s.replace(".", ""))
    if re.fullmatch(r"\d{1,3}(?:,\d{3}){2,}", s):
        return float(s.replace(",", ""))
    return float(s.replace(",", "."))


def _qualify(clause: str, start: int, end: int, default: str) -> tuple[int, int, str]:
    """Extend a figure over its qualifier ("Khoảng", "ít nhất", "trên"; trailing "trở lên")."""
    bound = default
    m = _QUAL_RE.search(clause[:start])
    if m:
        word = fold(m.group(1).strip())
        start = m.start(1)
        bound = "approx" if re.fullmatch(_APPROX_BEFORE, word) else "min"
    t = _AFTER_MIN_RE.match(clause[end:])
    if t and bound != "range":
        end += t.end()
        bound = "min"
    return start, end, bound


def qual_word(before: str) -> str | None:
    m = _QUAL_RE.search(before)
    return fold(m.group(1).strip()) if m else None


# a percentage that changes a level rather than states one: "tăng (thêm) 5%", "giảm 10%", "… 5% so với năm 2025"
_CHANGE_BEFORE_RE = re.compile(r"\b(?:tăng|giảm|nâng|hạ)(?:\s+(?:thêm|ít nhất|tối thiểu|khoảng|trên|từ))?\s*$", re.I)
_RELATIVE_AFTER_RE = re.compile(r"\s*(?:trở lên\s*)?so với\b", re.I)


# units a share of places or bodies counts ("14/16 ấp", "6/8 thôn", "20/29 xã"): no date is followed by them
_SHARE_UNITS = {"xã", "phường", "thị", "thôn", "ấp", "bản", "xóm", "tổ", "khu", "làng", "buôn", "sóc", "trường",
                "đơn", "cơ", "huyện", "quận", "trung", "tthtcđ", "hộ", "dòng", "câu", "thư", "điểm"}


def _units_share(raw: str, nxt: str) -> bool:
    """"14/16 ấp": a share of units (not more than the whole) followed by the unit it counts."""
    a, _, b = raw.partition("/")
    return a.isdigit() and b.isdigit() and int(a) <= int(b) and nxt.lower() in _SHARE_UNITS


def _figures(clause: str, objective: bool) -> list[_Figure]:
    """The target figures in one clause, left to right."""
    found: list[_Figure] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in taken)

    for m in _PCT_RE.finditer(clause):
        if _CHANGE_BEFORE_RE.search(clause[:m.start()]) or _RELATIVE_AFTER_RE.match(clause[m.end():]):
            taken.append((m.start(), m.end()))
            continue  # "tăng 5% so với năm 2025" is a change, not the level to reach: no target value
        lo, hi = _to_float(m.group(1)), _to_float(m.group(2)) if m.group(2) else None
        s, e, bound = _qualify(clause, m.start(), m.end(), "range" if hi is not None else "eq")
        found.append(_Figure(s, e, clause[s:e], lo, hi, "%", bound))
        taken.append((m.start(), m.end()))
    for m in _VND_RE.finditer(clause):
        if not free(m.start(), m.end()):
            continue
        scale = _SCALE.get((m.group(3) or "").lower(), 1.0)
        lo = _to_float(m.group(1)) * scale
        hi = _to_float(m.group(2)) * scale if m.group(2) else None
        s, e, bound = _qualify(clause, m.start(), m.end(), "range" if hi is not None else "eq")
        found.append(_Figure(s, e, clause[s:e], lo, hi, "VND", bound))
        taken.append((m.start(), m.end()))
    for m in _COUNT_RE.finditer(clause):
        if not free(m.start(), m.end()):
            continue
        raw, nxt = m.group(1), m.group(2).lower()
        if re.fullmatch(r"(?:19|20)\d\d", raw) or ("/" in raw and qual_word(clause[:m.start()]) is None
                                                    and not _units_share(raw, nxt)) \
                or nxt in _NOT_COUNT_NEXT or _NOT_COUNT_PREV.search(clause[:m.start()]):
            continue
        if "tuổi" in clause[m.end(1):m.end(1) + 12].lower() or _AGE_RANGE_END_RE.search(clause[:m.start()]):
            continue
        qual = _QUAL_RE.search(clause[:m.start()])
        if qual is None and (not objective or raw.lower() in _WORD_NUMBERS or not raw.replace("/", "").isdigit()):
            continue  # outside the objectives only qualified counts ("ít nhất 02 lớp") are targets
        if qual is not None and fold(qual.group(1).strip()) == "từ":
            continue  # "từ 15 …" is an age or a range floor in a description, not a target
        s, e, bound = _qualify(clause, m.start(), m.end(1), "eq")
        found.append(_Figure(s, e, clause[s:e], _to_float(raw.split("/")[0]), None, "count", bound))
        taken.append((m.start(), m.end(1)))
    if not found and objective:
        for m in _LEVEL_RE.finditer(clause):
            found.append(_Figure(m.start(), m.end(), m.group(0), float(m.group(1)), None, "level", "eq"))
    return sorted(found, key=lambda f: f.start)


def _items(line: str) -> list[tuple[int, str]]:
    """Inline list items of a line ("a. … b. …" run together by the reader), each with its offset."""
    out, pos = [], 0
    for m in _ITEM_RE.finditer(line):
        out.append((pos, line[pos:m.start()]))
        pos = m.end()
    out.append((pos, line[pos:]))
    return [(p, c) for p, c in out if c.strip()]


def _clauses(line: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for m in _CLAUSE_RE.finditer(line):
        out.append((pos, line[pos:m.start()]))
        pos = m.end()
    out.append((pos, line[pos:]))
    return [(p, c) for p, c in out if c.strip()]


def _trim(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip(" ,.;:-–+•")


def indicator_phrase(clause: str, fig: _Figure, prev: int, nxt: int | None) -> str:
    """Shortest identifying phrase of what the figure measures: the words after it, else those before it
    (a level "mức độ 3" names its standard before it); ``prev``/``nxt`` bound it by the neighbouring figures."""
    after = clause[fig.end:nxt if nxt is not None else len(clause)]
    after = _AFTER_LEAD_RE.sub("", after.strip())
    cut = _TAIL_CUT_RE.search(after)
    if cut:
        after = after[:cut.start()]
    after = _trim(_YEAR_LINE_RE.sub("", after))
    if fig.unit == "count":
        before = clause[:fig.start]
        m = re.search(r"\bmỗi\b.*$", before, re.IGNORECASE)
        return _trim((m.group(0) if m else "") + " " + clause[fig.start:fig.end] + " " + after) if m else after
    if fig.unit != "level" and len(after.split()) >= 2 \
            and not re.match(r"^(?:trở lên|so với|trong đó)\b", after, re.IGNORECASE):
        return after
    before = re.sub(r"^\s*(?:và|,)\s*", "", clause[prev:fig.start])
    before = _BEFORE_TAIL_RE.sub("", before)
    before = _LEAD_RE.sub("", before.strip())
    return _trim(_YEAR_LINE_RE.sub("", before))


def _scope(indicator: str, clause: str) -> str:
    for rx in _SCOPE_RES:
        m = rx.search(indicator) or (rx.search(clause) if rx.pattern[0] != "^" else None)
        if m:
            return _trim(m.group(1) if m.groups() else m.group(0))
    return ""


def _line_year(line: str, at: int) -> int | None:
    """The year a line sets its figure for: the nearest "năm 20xx" before the figure, else the first after."""
    masked = _QUOTED_RE.sub(lambda m: " " * len(m.group(0)), line)
    years: list[tuple[int, int]] = []
    for m in _YEAR_LINE_RE.finditer(masked):
        if _DATE_BEFORE.search(masked[:m.start()]):
            continue
        years.append((m.start(), int(m.group(1))))
    years.extend((m.start(), int(m.group(1))) for m in _DEADLINE_YEAR_RE.finditer(masked))
    years.sort()
    if not years:
        return None
    before = [y for p, y in years if p < at]
    return before[-1] if before else years[0][1]


def _title_year(title: str) -> int | None:
    masked = _QUOTED_RE.sub(lambda m: " " * len(m.group(0)), title)
    m = _YEAR_SPAN_RE.search(masked)
    if m:
        return int(m.group(1))
    for m in _YEAR_LINE_RE.finditer(masked):
        if not _DATE_BEFORE.search(masked[:m.start()]):
            return int(m.group(1))
    return None


def school_year_ends(text: str) -> frozenset[int]:
    """The years the school years a text names end in ("năm học 2028 - 2029" → 2029): the year a school year's
    targets are set for, and the year a school year asked is."""
    return frozenset(int(m.group(2)) for m in SCHOOL_YEAR_RE.finditer(text))


def plan_year(doc: Document) -> int | None:
    """The single year of an annual plan ("Kế hoạch … năm 2026"), else None."""
    if doc.period and re.fullmatch(r"\d{4}", doc.period.strip()):
        return int(doc.period)
    if doc.period is None:
        m = re.search(r"\bnăm (20\d\d)\b", doc.title)
        if m and not _YEAR_SPAN_RE.search(doc.title):
            return int(m.group(1))
    return None


def _heading_year(doc: Document, sec: Section) -> int | None:
    sid: int | None = sec.id
    while sid is not None:
        s = doc.sections[sid]
        y = _title_year(s.title)
        if y:
            return y
        sid = s.parent
    return None


def _roman_of(doc: Document, sec: Section) -> Section | None:
    """The top part a section lies in: a roman part, or an appendix of targets ("PHỤ LỤC 01 - CHỈ TIÊU …"),
    whose table sets the plan's targets as the objectives do."""
    s = sec
    while s.parent is not None:
        s = doc.sections[s.parent]
    if s.kind == "appendix":
        return s if title_has(s.title, _OBJECTIVE_TITLE) else None
    return s if s.kind == "roman" else None


def _section_kind(doc: Document, sec: Section) -> str | None:
    """"objective" / "task" for sections that set targets; None for preamble, closing, purposes."""
    roman = _roman_of(doc, sec)
    if roman is None:
        return None
    if title_has(roman.title, _OBJECTIVE_TITLE) or any(_OBJECTIVE_HEAD_RE.match(fold(p)) for p in sec.path[1:]):
        return "objective"  # also "I. MỤC ĐÍCH, YÊU CẦU › 3. Mục tiêu cụ thể"
    if title_has(roman.title, _SKIP_TITLE):
        return None
    return "task"


def _line_spans(doc: Document) -> list[tuple[int, int]]:
    """Logical lines as (start, end); a bullet wrapped at a hyphen ("nghề nghiệp\\n- giáo dục …") is rejoined."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for ln in doc.text.split("\n"):
        spans.append((pos, pos + len(ln)))
        pos += len(ln) + 1
    out: list[tuple[int, int]] = []
    for s, e in spans:
        prev = doc.text[out[-1][0]:out[-1][1]] if out else ""
        cur = doc.text[s:e]
        if out and prev and not prev.rstrip().endswith((".", ";", ":", "!", "?")) \
                and re.match(r"^[-–]\s+[a-zđà-ỹ]", cur) and re.search(r"\d\s*%|\d", prev):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _owner(doc: Document, pos: int) -> Section | None:
    best = None
    for s in doc.sections:
        if s.start <= pos < s.end and (best is None or s.level >= best.level):
            best = s
    return best


def _row_cells(line: str) -> list[tuple[int, str, str]] | None:
    """A table row "Header: cell | Header: cell" → (offset of the cell value, header, value); else None."""
    if " | " not in line:
        return None
    out, pos = [], 0
    for part in line.split(" | "):
        m = re.match(r"\s*([^:|]{1,80}?)\s*:\s*(.*)$", part)
        if m:
            out.append((pos + m.start(2), m.group(1).strip(), m.group(2)))
        else:
            out.append((pos, "", part))
        pos += len(part) + 3
    return out if sum(1 for _, h, _ in out if h) >= 2 else None


def _pipe_row(line: str, header: list[str] | None) -> tuple[list[tuple[int, str, str]] | None, list[str] | None]:
    """A markdown table line "| 1 | Tỷ lệ … | 60% |" paired with the table's header line; also returns the
    header to carry to the next line (None once the table ends)."""
    s = line.strip()
    if not (s.startswith("|") and s.endswith("|") and s.count("|") >= 3):
        return None, None
    parts = s.strip("|").split("|")
    if all(re.fullmatch(r"\s*:?-{2,}:?\s*", p) for p in parts):
        return None, header
    if header is None:
        return None, [p.strip() for p in parts]
    cells, pos = [], line.index("|") + 1
    for h, v in zip(header, parts, strict=False):
        cells.append((pos, h, v))
        pos += len(v) + 1
    return cells, header


def extract_targets(doc: Document) -> list[Target]:
    """Every quantitative target of ``doc`` in document order (see the module docstring)."""
    year_of_plan = plan_year(doc)
    raw: list[dict] = []
    pipe_header: list[str] | None = None
    lead = ""  # "Tỷ lệ hộ gia đình đạt …:" above per-year bullets ("- Năm 2026: đạt 55%;"): what they measure
    for start, end in _line_spans(doc):
        line = doc.text[start:end]
        pipe, pipe_header = _pipe_row(line, pipe_header)
        bulleted = bool(_BULLET_RE.match(line))
        if not bulleted:
            lead = _trim(_LEAD_RE.sub("", line.strip()[:-1])) if line.rstrip().endswith(":") and not pipe else ""
        if not re.search(r"\d|\b(?:một|hai|ba|bốn|năm|mười)\b", line):
            continue
        sec = _owner(doc, start)
        if sec is None:
            continue
        kind = _section_kind(doc, sec)
        if kind is None:
            continue
        cells = pipe or (_row_cells(line) if sec.kind == "row" or " | " in line else None)
        if cells:
            raw.extend(_row_targets(doc, sec, kind, line, start, end, cells, year_of_plan))
            continue
        flat = line.replace("\n", " ")
        for _ipos, item in _items(flat):
            last = ""  # "…35% dân số …; đến năm 2030 đạt trên 45%": the indicator carries over
            found: list[tuple[str, str, dict]] = []  # (indicator or "", clause, target)
            for cpos, clause in _clauses(item):
                figs = _figures(clause, kind == "objective")
                for i, fig in enumerate(figs):
                    nxt = figs[i + 1].start if i + 1 < len(figs) else None
                    ind = indicator_phrase(clause, fig, figs[i - 1].end if i else 0, nxt) or last
                    if bulleted and lead and len(ind.split()) <= 1:  # "- Năm 2027: ít nhất 6 thôn" under its lead
                        ind = lead
                    last = ind
                    year = _line_year(item, cpos + fig.start) or _heading_year(doc, sec) or year_of_plan
                    found.append((ind, clause, dict(value=_trim(fig.value), number=fig.number,
                                                    number_max=fig.number_max, unit=fig.unit, bound=fig.bound,
                                                    year=year, sec=sec, kind=kind, text=line, start=start, end=end)))
            for k, (ind, clause, target) in enumerate(found):
                # a year's figure named only by a later one ("năm 2026 đạt 45%, năm 2027 đạt 50% công dân …",
                # "Năm 2026: 3 thôn; năm 2027: 5 thôn đạt danh hiệu …")
                later = [x for x, _, t in found[k + 1:] if x and t["unit"] == target["unit"]]
                if later and (not ind or (len(ind.split()) == 1 and later[0].startswith(ind + " "))):
                    ind = later[0]
                if ind:
                    raw.append(dict(indicator=ind, scope=_scope(ind, clause), **target))
    return _finish(doc, _dedupe(raw))


_RESULT_HEADER_RE = re.compile(r"\(\s*(?:ước\s+)?(?:thực hiện|kết quả|đạt được|thực tế|ước đạt)\s*\)|"
                               r"^\s*(?:kết quả|ước thực hiện|ước đạt|thực hiện|hiện trạng|thực trạng)\b|"
                               r"\b(?:actual|achieved|baseline)\b")


def _row_targets(doc: Document, sec: Section, kind: str, line: str, start: int, end: int,
                 cells: list[tuple[int, str, str]], year_of_plan: int | None) -> list[dict]:
    """Targets of one table row: each cell with a figure, its year from the cell's header."""
    def is_label(h: str, v: str) -> bool:
        if not v.strip() or _CELL_YEAR_RE.search(h) or _UNIT_HEADER_RE.match(fold(h)) \
                or _ORDINAL_HEADER_RE.fullmatch(fold(h)) or _BARE_FIGURE_RE.fullmatch(v.strip()):
            return False
        rest = v
        for f in _figures(v, True):
            rest = rest.replace(f.value, " ")
        return len(re.findall(r"[^\W\d_]+", rest)) >= 2

    # a table with years as rows ("Năm: 2025 | Tỷ lệ …: 60% | Số …: 5"): the year cell dates the row and each
    # other column header is an indicator
    year_cell = next((v for _, h, v in cells if _ROW_YEAR_RE.fullmatch(v.strip()) and not _CELL_YEAR_RE.search(h)),
                     None)
    row_year = int(_CELL_YEAR_RE.search(year_cell).group(1)) if year_cell is not None else None
    labels = [(h, v) for _, h, v in cells if v is not year_cell and is_label(h, v)]
    # the indicator column ("Chỉ tiêu") over a group column before it ("Nhóm chỉ tiêu: Kỹ năng số")
    label = next((v for h, v in labels if LABEL_HEADER_RE.match(fold(h))), labels[0][1] if labels else "")
    unit_cell = next((v.strip() for _, h, v in cells if _UNIT_HEADER_RE.match(fold(h))), "")
    indicator = _trim(_LEAD_RE.sub("", label.strip()))
    out = []
    for _, header, value in cells:
        if value is label or value is year_cell or _UNIT_HEADER_RE.match(fold(header)) \
                or _ORDINAL_HEADER_RE.fullmatch(fold(header)):
            continue
        column = _UNIT_NOTE_RE.sub("", header)
        inner = _INNER_UNIT_NOTE_RE.search(column)
        unit_note = unit_cell or header[len(column):] or (inner.group(0) if inner else "")
        column = _INNER_UNIT_NOTE_RE.sub("", column) if inner else column
        v = value.strip()
        figs = _figures(v, True)
        m = _BARE_FIGURE_RE.fullmatch(v)
        if not figs and m:  # a bare figure: its unit from the unit column or the header's note ("Tỷ lệ (%)")
            unit = "%" if "%" in unit_note else ("VND" if "đồng" in fold(unit_note) else "count")
            bound = "eq" if not m.group(1) else ("approx" if re.fullmatch(_APPROX_BEFORE, fold(m.group(1).strip()))
                                                 else "min")
            number = _to_float(m.group(2))
            scale = _SCALE_NOTE_RE.search(unit_note) if unit == "VND" else None
            if scale:  # "Kinh phí (triệu đồng): 30" is 30 triệu đồng
                v, number = f"{v} {fold(scale.group(1))} đồng", number * _SCALE[fold(scale.group(1))]
            if unit == "%":
                v += "%"  # "Tỷ lệ (%)" over "78": the target is 78%
            figs = [_Figure(0, len(v), v, number, None, unit, bound)]
        if not figs:
            continue
        # (a school year's column, "Năm học 2026 - 2027", is the year it ends in: its targets are met by then)
        ym = SCHOOL_YEAR_RE.search(header) or _CELL_YEAR_RE.search(header)
        year = int(ym.group(ym.lastindex or 1)) if ym else (row_year or _line_year(label, 0) or _heading_year(doc, sec) or year_of_plan)
        # a column of what was done ("Năm 2025 (thực hiện)", "Kết quả năm 2025") beside the targets: a result
        cell_kind = "result" if _RESULT_HEADER_RE.search(fold(header)) else kind
        what = indicator or (_trim(_LEAD_RE.sub("", column)) if row_year else header)
        for fig in figs:
            out.append(dict(indicator=what, value=_trim(fig.value), number=fig.number,
                            number_max=fig.number_max, unit=fig.unit, bound=fig.bound, year=year,
                            scope=_scope(what, label or column), sec=sec, kind=cell_kind, text=line, start=start,
                            end=end))
    return out


def _words(s: str) -> set[str]:
    return set(re.findall(r"\w+", fold(s)))


def _dedupe(raw: list[dict]) -> list[dict]:
    """Drop a task-section restatement of a target already set (same unit, number, year, similar wording)."""
    out: list[dict] = []
    for r in raw:
        dup = False
        for o in out:
            if (o["unit"], o["number"], o["year"]) != (r["unit"], r["number"], r["year"]):
                continue
            a, b = _words(o["indicator"]), _words(r["indicator"])
            same_line = o["start"] == r["start"] and o["indicator"] == r["indicator"]
            if same_line or (r["kind"] == "task" and a and b and len(a & b) / min(len(a), len(b)) >= 0.8):
                dup = True
                break
        if not dup:
            out.append(r)
    return out


def _finish(doc: Document, raw: list[dict]) -> list[Target]:
    return [Target(id=f"{doc.doc}#t{n}", doc=doc.doc, indicator=r["indicator"], value=r["value"], number=r["number"],
                   unit=r["unit"], bound=r["bound"], year=r["year"], scope=r["scope"],
                   section=PATH_SEP.join(r["sec"].path), section_id=r["sec"].id, text=r["text"], start=r["start"],
                   end=r["end"], number_max=r["number_max"], kind=r["kind"])
            for n, r in enumerate(raw)]
