"""Tasks asked by a period rather than a date: "việc nào phải làm hằng năm?", "trong quý IV/2026 còn việc gì có
hạn?", "tháng 11 và tháng 12 có những mốc báo cáo nào?", "which tasks recur every year?".

The answer is every line of the named plan dated in that period (a date in its months, the quarter named, or a
yearly cadence), each cited at its passage; a plan with no such line sets nothing for that period, and the
question is refused plainly rather than answered with the nearest dated lines.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from chat.types import Answer
from chat.value_lookup import cited_lines
from index.store import plan_lines
from index.types import Query
from ingest.textnorm import fold, strip_accents
from ingest.types import Chunk, Document

# the question lists tasks, deadlines or milestones (accent-free, folded)
_WHICH_RE = re.compile(r"\b(?:viec|nhiem vu|hoat dong|cong viec|moc)\s+(?:\w+\s+){0,2}?(?:nao|gi)\b|"
                       r"\bnhung (?:viec|nhiem vu|moc|han|hoat dong)\b|"
                       # "có hạn nộp gì …?" (not "vào thời hạn nào?": when one thing is due)
                       r"(?<!thoi )\bhan\s+(?:nop\s+|bao cao\s+)?(?:gi|nao)\b(?!\s+(?:nop|phai|bao cao))|"
                       r"\b(?:which|what)\s+(?:\w+\s+){0,2}?(?:tasks?|activit(?:y|ies)|things|deadlines?|milestones?|"
                       r"reports?)\b")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_QUARTER_RE = re.compile(r"\bquy\s+(iv|i{1,3}|[1-4])\b(?:\s*(?:/|-|nam)\s*((?:19|20)\d\d))?|"
                         r"\bq([1-4])\b(?:\s*(?:/|-)?\s*((?:19|20)\d\d))?|"
                         r"\b(first|second|third|fourth|last)\s+quarter\b(?:\s+of\s+((?:19|20)\d\d))?")
# (not a day's month: "hạn 10 tháng 12", "mùng 10 tháng 12" name one date, asked by chat.value_lookup)
_MONTHS_RE = re.compile(r"(?<!\d )(?<!\d)\bthang\s+(\d{1,2})(?:\s*(?:va|,|-|–|den|toi)\s*(?:thang\s+)?(\d{1,2}))?"
                        r"(?:\s*/\s*((?:19|20)\d\d)|\s+nam\s+((?:19|20)\d\d))?\b")
_HALF_RE = re.compile(r"\b(?:6 thang|sau thang|nua)\s+(dau|cuoi)\s+nam\b|\b(first|second)\s+half\b")
_YEARLY_ASK_RE = re.compile(r"\b(?:hang nam|moi nam|dinh ky|every year|each year|annually|yearly|annual|"
                            r"periodic(?:ally)?)\b")
_YEARLY_LINE_RE = re.compile(r"\b(?:hằng năm|hàng năm|mỗi năm|thường niên)\b", re.I)
# "định kỳ" is periodic, not yearly: it answers only a question that asks it ("hằng năm hoặc định kỳ")
_PERIODIC_ASK_RE = re.compile(r"\b(?:dinh ky|periodic(?:ally)?|regularly|routine)\b")
_PERIODIC_LINE_RE = re.compile(r"\bđịnh kỳ\b", re.I)
# a month that dates the plan itself ("kế hoạch ban hành tháng 3/2025"), not its tasks
_DESCRIBED_RE = re.compile(r"\b(?:ban hanh|ky ngay|ky thang|issued|dated|signed)\b[^?]{0,20}\b(?:thang|quy|q[1-4])\b")
_CITED_DATE_RE = re.compile(r"\b(?:so|ke hoach|quyet dinh|nghi quyet|thong bao|cong van|chi thi|thong tu|"
                            r"chuong trinh)\s+"
                            r"(?:so\s+)?\d+[^\s,;]*\s+ngay\s+\d{1,2}(?:\s*/\s*\d{1,2}\s*/\s*\d{4}|"
                            r"\s+thang\s+\d{1,2}(?:\s+(?:nam|thang)\s+\d{4})?)")
# an activity named by the question: its own timing is asked, not every yearly task of the plan
_NAMED_ACTIVITY_RE = re.compile(r"\b(?:bao cao|kiem tra|so ket|tong ket|khen thuong|hoi nghi|hoi thi|reports?|"
                                r"inspections?|reviews?)\b")
_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4}
TEXTS = {
    "vi": {"lead": "Các việc {period} trong kế hoạch {plan}:",
           "none": "Kế hoạch {plan} không ghi việc nào {period}. Đã tìm trong 1 kế hoạch: {plan} ({title}).",
           "yearly": "làm hằng năm", "periodic": "làm hằng năm hoặc định kỳ", "months": "có hạn trong {months}",
           "month": "tháng {m}", "span": "tháng {a}–{b}", "quarter": "quý {q}"},
    "en": {"lead": "Tasks {period} in the plan of {plan}:",
           "none": "The plan of {plan} sets no task {period}. Plans searched (1): {plan} ({title}).",
           "yearly": "done every year", "periodic": "done every year or periodically", "months": "due in {months}",
           "month": "month {m}", "span": "months {a}–{b}", "quarter": "Q{q}"},
}
_QUARTER_NAMES = ("I", "II", "III", "IV")


def _last(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    return next(reversed(list(pattern.finditer(text))), None)


def _asked_period(asked: str) -> tuple[str, set[int], int | None] | None:
    """("months", the months, the year) or ("yearly", ∅, None) of the question, or None."""
    # (the last one named: "Quý II đã qua rồi. Vậy trong quý IV …")
    if m := _last(_QUARTER_RE, asked):
        q = _ROMAN.get(m.group(1) or "", 0) or int(m.group(1) or m.group(3) or 0) or _ORDINAL.get(m.group(5) or "", 0)
        year = m.group(2) or m.group(4) or m.group(6)
        if q:
            return "quarter", set(range(3 * q - 2, 3 * q + 1)), int(year) if year else None
    if m := _HALF_RE.search(asked):
        first = (m.group(1) or m.group(2)) in ("dau", "first")
        return "months", set(range(1, 7)) if first else set(range(7, 13)), None
    if m := _last(_MONTHS_RE, asked):
        a, b = int(m.group(1)), int(m.group(2) or m.group(1))
        year = m.group(3) or m.group(4)
        if 1 <= a <= b <= 12:
            return "months", set(range(a, b + 1)), int(year) if year else None
    if _YEARLY_ASK_RE.search(asked):
        return "yearly", set(), None
    return None


def _dated_in(line: str, months: set[int], year: int | None, quarter: int | None) -> bool:
    """Does the line set something in those months (of that year, when asked): a date in them ("15/12",
    "ngày 10 tháng 12", "tháng 11/2026"), or the quarter by name ("Quý IV năm 2026")?"""
    plain = _CITED_DATE_RE.sub(" ", strip_accents(fold(line)))  # (a cited document's date dates no task)
    for m in re.finditer(r"(?<![\d/])(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{4}))?(?![\d/])", plain):
        if int(m.group(2)) in months and (year is None or m.group(3) is None or int(m.group(3)) == year):
            return True
    for m in re.finditer(r"\bthang\s+(\d{1,2})(?:\s*(?:/|nam)\s*(\d{4}))?\b", plain):
        if int(m.group(1)) in months and (year is None or m.group(2) is None or int(m.group(2)) == year):
            return True
    # a quarter by name inside the months asked ("hoàn thành trong Quý II năm 2026" of the first half-year)
    for m in re.finditer(r"\bquy\s+(iv|i{1,3}|[1-4])\b(?:\s*(?:/|nam)\s*(\d{4}))?", plain):
        q = _ROMAN.get(m.group(1)) or int(m.group(1))
        if (q == quarter or set(range(3 * q - 2, 3 * q + 1)) <= months) and (
                year is None or m.group(2) is None or int(m.group(2)) == year):
            return True
    return False


def period_answer(query: Query, documents: dict[str, Document],
                  chunks_of: Callable[[str], Sequence[Chunk]], language: str = "vi") -> Answer | None:
    """The one named plan's lines for the asked period, a plain refusal when it has none, or ``None`` when the
    question does not list tasks by a period (nor names one plan, or asks one body's: its section answers)."""
    asked = strip_accents(fold(f"{query.raw} {query.text}"))
    if not query.plans or len(query.plans) != 1 or query.plans[0] not in documents or query.agency \
            or query.value not in (None, "cadence") or not _WHICH_RE.search(asked):
        return None
    period = _asked_period(asked)
    if period is None or _DESCRIBED_RE.search(asked):
        return None
    kind, months, year = period
    if kind == "yearly" and _NAMED_ACTIVITY_RE.search(asked):
        return None  # "báo cáo định kỳ vào những mốc nào?": one named activity's dates, found by retrieval
    doc = documents[query.plans[0]]
    quarter = (min(months) + 2) // 3 if kind == "quarter" else None
    periodic = kind == "yearly" and _PERIODIC_ASK_RE.search(asked) is not None
    if kind == "yearly":
        lines = [(pos, ln) for pos, ln in plan_lines(doc)
                 if _YEARLY_LINE_RE.search(ln) or (periodic and _PERIODIC_LINE_RE.search(ln))]
    else:
        lines = [(pos, ln) for pos, ln in plan_lines(doc) if _dated_in(ln, months, year, quarter)]
    lines = [(pos, ln) for pos, ln in lines if not re.match(r"(?i)(?:căn cứ|thực hiện)\b", ln.lstrip("- "))]
    lang = language if language in TEXTS else "vi"
    t = TEXTS[lang]
    if kind == "yearly":
        label = t["periodic" if periodic else "yearly"]
    elif quarter:
        label = t["months"].format(months=t["quarter"].format(q=_QUARTER_NAMES[quarter - 1]))
    elif len(months) > 2 and max(months) - min(months) == len(months) - 1:
        label = t["months"].format(months=t["span"].format(a=min(months), b=max(months)))
    else:
        label = t["months"].format(months=", ".join(t["month"].format(m=m) for m in sorted(months)))
    if year and kind != "yearly":
        label += f"/{year}"
    if not lines:
        return Answer(answer=t["none"].format(plan=doc.locality, period=label, title=doc.title), refused=True,
                      citations=[], passages=[], language=lang)
    return cited_lines(doc, lines, t["lead"].format(plan=doc.locality, period=label), chunks_of, lang)
