"""A target asked by its figure: "Chỉ tiêu nào của Hà Nội đạt 70% vào năm 2030?", "ở Huế chỉ tiêu nào là 40%?",
"Which Hanoi indicators are set at 80% for 2030?". The answer is every line of the named plan that sets that figure
(for that year, when one is asked), each cited at its passage; a plan with no such line has no such target, and the
question is refused plainly rather than answered with the nearest figures."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from chat.target_answers import quoted_lines
from chat.types import Answer
from index.store import plan_lines
from index.types import Query
from ingest.textnorm import fold, strip_accents
from ingest.types import Chunk, Document, Target

# the question asks which target holds the figure, not what the figure of a named target is
_WHICH_RE = re.compile(r"\b(?:chi tieu|muc tieu|tieu chi|noi dung|ty le|ti le)\s+(?:nao|gi)\b|"
                       r"\b(?:la|thuoc)\s+(?:chi tieu|muc tieu|tieu chi)\s+(?:nao|gi)\b|"
                       r"\bwhich\b[^?]*\b(?:indicators?|targets?|goals?|objectives?)\b|"
                       r"\bwhat\s+(?:indicators?|targets?|goals?)\b[^?]*\b(?:set at|reach|at)\b")
# a figure the question compares instead ("cao nhất", "trên 70%"): another question
_NOT_EXACT_RE = re.compile(r"\b(?:cao nhat|thap nhat|lon nhat|nho nhat|tren|duoi|hon|it nhat|toi thieu|highest|"
                           r"lowest|above|below|more than|less than|at least|"
                           # a check or a count of a named group ("có phải chỉ tiêu nào cũng là 100% không?")
                           r"co phai|phai khong|dung khong|cung la|bao nhieu chi tieu|may chi tieu|is it true)\b")
_YEAR_CELL_RE = re.compile(r"(?:^|\| )[^|:]*?\b((?:19|20)\d\d)\s*:\s*([^|]+)")
_PERCENT_RE = re.compile(r"(?<![\d.,])(\d{1,3}(?:[.,]\d{1,2})?)\s*%")
TEXTS = {
    "vi": {"lead": "Các chỉ tiêu đặt mức {value}{year} trong kế hoạch {plan}:",
           "none": "Kế hoạch {plan} không đặt chỉ tiêu nào ở mức {value}{year}. Đã tìm trong 1 kế hoạch: {plan} "
                   "({title}).",
           "year": " cho năm {years}"},
    "en": {"lead": "Targets set at {value}{year} in the plan of {plan}:",
           "none": "The plan of {plan} sets no target at {value}{year}. Plans searched (1): {plan} ({title}).",
           "year": " for {years}"},
}


# a task asked by its date: "việc nào phải xong trước 15/12?", "nhiệm vụ gì có hạn 30/6/2026?"
_WHICH_TASK_RE = re.compile(r"\b(?:viec|nhiem vu|noi dung|hoat dong|cong viec|bao cao|giai phap)\s+(?:nao|gi)\b|"
                            r"\bwhich\s+(?:tasks?|activit(?:y|ies)|reports?|events?)\b|\bwhat\s+(?:happens|takes place|is held|is on)\b")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
# "6 October", "October 6th", "the 6th of October": a date an English question names
_EN_DATE_RE = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({'|'.join(_MONTHS)})\b|"
                         rf"\b({'|'.join(_MONTHS)})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b", re.I)
_ASKED_DATE_RE = re.compile(r"(?<![\d/])(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{4}))?(?![\d/])|"
                            r"\bngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?", re.I)
DATE_TEXTS = {
    "vi": {"lead": "Các việc có thời hạn {date} trong kế hoạch {plan}:",
           "none": "Kế hoạch {plan} không đặt việc nào có thời hạn {date}. Đã tìm trong 1 kế hoạch: {plan} ({title})."},
    "en": {"lead": "Tasks dated {date} in the plan of {plan}:",
           "none": "The plan of {plan} sets no task dated {date}. Plans searched (1): {plan} ({title})."},
}


def _date_re(day: int, month: int, year: int | None) -> re.Pattern[str]:
    """The date as a plan writes it: "15/12", "15/12/2026", "ngày 15 tháng 12 (năm 2026)"."""
    other_year = rf"(?!\s*/\s*(?!{year})\d{{4}})" if year else ""  # (an empty lookahead would refuse every date)
    return re.compile(rf"(?<![\d/])0?{day}\s*/\s*0?{month}(?!\s*/\s*\d{{1,2}}\b){other_year}(?![\d])|"
                      rf"ngày\s+0?{day}\s+tháng\s+0?{month}(?!\d)(?!\s+năm\s+(?!{year or 0})\d{{4}})", re.I)


def date_lookup_answer(query: Query, documents: dict[str, Document],
                       chunks_of: Callable[[str], Sequence[Chunk]], language: str = "vi") -> Answer | None:
    """The named plan's lines with the asked date ("việc nào phải xong trước 15/12?"); a plain refusal when none
    has it; ``None`` when the question does not ask a task by its date."""
    asked = strip_accents(fold(f"{query.raw} {query.text}"))
    dates = {(m.group(1) or m.group(4), m.group(2) or m.group(5), m.group(3) or m.group(6))
             for m in _ASKED_DATE_RE.finditer(query.raw)}
    dates |= {(m.group(1) or m.group(4), str(_MONTHS.index((m.group(2) or m.group(3)).lower()) + 1), None)
              for m in _EN_DATE_RE.finditer(query.raw)}
    if len(dates) != 1 or not query.plans or len(query.plans) > 2 or not _WHICH_TASK_RE.search(asked) \
            or any(d not in documents for d in query.plans):
        return None
    day, month, year = dates.pop()
    pattern = _date_re(int(day), int(month), int(year) if year else None)
    found = {d: [(pos, line) for pos, line in plan_lines(documents[d])
                 if pattern.search(line) and not re.match(r"(?i)căn cứ\b", line)] for d in query.plans}
    # one place's two plans asked: the one with lines on that date answers ("ngày 06/10": the event week's)
    dated = [d for d, lines in found.items() if lines]
    if len(query.plans) > 1 and len(dated) != 1:
        return None
    doc = documents[dated[0] if dated else query.plans[0]]
    lines = found[doc.doc]
    lang = language if language in DATE_TEXTS else "vi"
    t = DATE_TEXTS[lang]
    date = f"{day}/{month}" + (f"/{year}" if year else "")
    if not lines:
        return Answer(answer=t["none"].format(plan=doc.locality, date=date, title=doc.title), refused=True,
                      citations=[], passages=[], language=lang)
    return cited_lines(doc, lines, t["lead"].format(plan=doc.locality, date=date), chunks_of, lang)


def _value_re(value: str) -> re.Pattern[str]:
    """The figure as a plan writes it: "70%", "70 %", "70,0%", or one end of a range "70-75%", "65 - 70%"."""
    num = re.escape(value).replace(r"\,", "[.,]").replace(r"\.", "[.,]")
    return re.compile(rf"(?<![\d.,]){num}(?:[.,]0+)?\s*(?:%|[-–]\s*\d{{1,3}}(?:[.,]\d+)?\s*%)"
                      rf"|\d{{1,3}}(?:[.,]\d+)?\s*[-–]\s*{num}(?:[.,]0+)?\s*%")


def _line_years(doc: Document, pos: int, line: str, targets: Sequence[Target]) -> set[int]:
    """The years a line's figure is for: its targets' years, else the years its heading path or the line names."""
    years = {t.year for t in targets if t.year and (t.start <= pos < t.end or pos <= t.start < pos + len(line))}
    if years:
        return {y for y in years if y}
    sec = max((s for s in doc.sections if s.start <= pos < s.end), key=lambda s: s.level, default=None)
    where = f"{sec.path_str if sec else ''} {line}"
    return {int(y) for y in re.findall(r"(?<![\d/.])(20\d\d)(?!\d)", where)}


def value_lookup_answer(query: Query, documents: dict[str, Document], targets: Sequence[Target],
                        chunks_of: Callable[[str], Sequence[Chunk]], language: str = "vi") -> Answer | None:
    """The named plan's lines that set the asked figure; a plain refusal when none does; ``None`` when the
    question does not ask a target by its figure."""
    asked = strip_accents(fold(f"{query.raw} {query.text}"))
    values = sorted({m.group(1) for m in _PERCENT_RE.finditer(query.text)})
    if len(values) != 1 or not query.plans or len(query.plans) != 1 or query.agency \
            or not _WHICH_RE.search(asked) or _NOT_EXACT_RE.search(asked):
        return None
    doc = documents.get(query.plans[0])
    if doc is None:
        return None
    pattern = _value_re(values[0])
    mine = [t for t in targets if t.doc == doc.doc]
    lines = []
    for pos, line in plan_lines(doc):
        if not pattern.search(line) or re.match(r"(?i)căn cứ\b", line):
            continue
        cells = _YEAR_CELL_RE.findall(line)
        if cells and query.years:  # a table row read with its headers: the asked year's cell holds the figure
            if any(int(y) in query.years and pattern.search(v) for y, v in cells):
                lines.append((pos, line))
            continue
        years = _line_years(doc, pos, line, mine)
        if query.years and years and not years & set(query.years):
            continue
        lines.append((pos, line))
    lang = language if language in TEXTS else "vi"
    t = TEXTS[lang]
    year = t["year"].format(years=", ".join(map(str, query.years))) if query.years else ""
    value = f"{values[0]}%"
    if not lines:
        return Answer(answer=t["none"].format(plan=doc.locality, value=value, year=year, title=doc.title),
                      refused=True, citations=[], passages=[], language=lang)
    return cited_lines(doc, lines, t["lead"].format(plan=doc.locality, value=value, year=year), chunks_of, lang)


def cited_lines(doc: Document, lines: Sequence[tuple[int, str]], lead: str,
                chunks_of: Callable[[str], Sequence[Chunk]], lang: str) -> Answer | None:
    """The lead, then the lines as ``target_answers.quoted_lines`` quotes them (a passage's lines share its [n])."""
    quoted = quoted_lines(doc, lines, chunks_of, lang)
    if quoted is None:
        return None
    quoted.answer = f"{lead}\n\n{quoted.answer}"
    quoted.passages = list(quoted.citations)
    return quoted
