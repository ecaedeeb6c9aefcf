"""The highest or lowest target of one plan: "Chỉ tiêu nào của Hà Nội cao nhất năm 2025?", "chỉ tiêu thấp nhất
trong mục tiêu 2025 của Mỹ Lộc?", "Which Hue target is the lowest?". Only percentages are ranked (a count of
classes and a share of citizens are not on one scale); the answer names the value and its indicator for each year
asked (each year of the plan when none is), and quotes the line that sets it. A plan with no percentage target
(for that year) has no highest one: refused plainly, never answered with the nearest figures."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from chat.target_answers import _indicator_score, _question_words, quoted_lines, shown_value
from chat.types import Answer
from index.store import plan_lines
from index.types import Query
from ingest.textnorm import fold, strip_accents
from ingest.types import Chunk, Document, Target

_HIGH_RE = re.compile(r"\b(?:cao nhat|lon nhat|highest|largest|biggest|top)\b")
_LOW_RE = re.compile(r"\b(?:thap nhat|nho nhat|lowest|smallest)\b")
# it is a target that is asked for ("chỉ tiêu nào …", "which target …"), not a plan, a place or a body
_TARGET_RE = re.compile(r"\b(?:chi tieu|muc tieu|ty le|ti le|con so|so lieu|targets?|indicators?|goals?|figures?)\b")
_WHO_RE = re.compile(r"\b(?:noi nao|ke hoach nao|dia phuong nao|tinh nao|huyen nao|thanh pho nao|co quan nao|"
                     r"don vi nao|ai|which (?:plans?|cit(?:y|ies)|provinces?|districts?|places?|bod(?:y|ies)|"
                     r"agenc(?:y|ies))|who)\b")
# the question asks which one ("chỉ tiêu nào", "… là gì", "which target"), not when or how much
_WHICH_RE = re.compile(r"\b(?:nao|gi|which|what)\b")
_WHEN_RE = re.compile(r"\b(?:nam nao|khi nao|luc nao|which year|what year|when)\b")
# "mà không phải 100%", "ngoài các chỉ tiêu 100%", "other than 100%": the full-coverage targets left out
_NOT_FULL_RE = re.compile(r"\b(?:khong phai|ngoai|tru|khong tinh|chua tinh|khong ke|duoi|other than|except|"
                          r"excluding|besides|apart from|below|under|not)\b[^?.]{0,25}?\b100\s*%")
_RANK_WORDS = set("cao thap nhat lon nho highest lowest largest smallest biggest top khong phai ngoai tru tinh ke "
                  "duoi other than except excluding besides apart from below under not".split())
TEXTS = {
    "vi": {"high": "cao nhất", "low": "thấp nhất", "year": "năm {year}", "any": "trong kế hoạch",
           "lead": "Chỉ tiêu tỷ lệ {which} {when} của kế hoạch {plan}{note}: {items}.",
           "note": " (không tính các chỉ tiêu 100%)",
           "none": "Kế hoạch {plan} không đặt chỉ tiêu tỷ lệ (%) nào{year}{note}, nên không có chỉ tiêu {which} để "
                   "so. Đã tìm trong 1 kế hoạch: {plan} ({title}).",
           "none_year": " cho năm {years}"},
    "en": {"high": "highest", "low": "lowest", "year": "for {year}", "any": "in the plan",
           "lead": "The {which} percentage target {when} of the plan of {plan}{note}: {items}.",
           "note": " (leaving out the 100% targets)",
           "none": "The plan of {plan} sets no percentage target{year}{note}, so it has no {which} one to name. "
                   "Plans searched (1): {plan} ({title}).",
           "none_year": " for {years}"},
}


def _asked(query: Query) -> str | None:
    """"high" / "low" when the question asks one plan's highest / lowest target, else ``None``."""
    asked = strip_accents(fold(query.raw))
    if not _TARGET_RE.search(asked) or not _WHICH_RE.search(asked) or _WHO_RE.search(asked) or _WHEN_RE.search(asked):
        return None
    high, low = bool(_HIGH_RE.search(asked)), bool(_LOW_RE.search(asked))
    if high == low:  # neither, or both ("cao nhất và thấp nhất"): not one ranking
        return None
    return "high" if high else "low"


def _names_indicator(query: Query, doc: Document, targets: Sequence[Target]) -> bool:
    """The question names one indicator ("tỷ lệ lao động qua đào tạo cao nhất là bao nhiêu"): its own figure is
    asked, or a ranking within a group, not the plan's top target."""
    qwords = _question_words(query, doc) - _RANK_WORDS
    return any(_indicator_score(qwords, x) is not None for x in targets if x.doc == doc.doc)


def _line_of(lines: Sequence[tuple[int, str]], t: Target) -> tuple[int, str] | None:
    """The plan line (of ``plan_lines``) holding a target's figure (a table row is its own line)."""
    return next(((pos, line) for pos, line in lines if pos <= t.start < pos + len(line) + 1), None)


def superlative_answer(query: Query, documents: dict[str, Document], targets: Sequence[Target],
                       chunks_of: Callable[[str], Sequence[Chunk]], language: str = "vi") -> Answer | None:
    """The named plan's highest / lowest percentage target per year asked, cited at its line; a plain refusal when
    the plan sets no percentage target; ``None`` when the question is not such a ranking of one plan's targets."""
    which = _asked(query)
    if which is None or not query.plans or len(query.plans) != 1 or query.agency:
        return None
    doc = documents.get(query.plans[0])
    if doc is None or _names_indicator(query, doc, targets):
        return None
    lang = language if language in TEXTS else "vi"
    t = TEXTS[lang]
    not_full = bool(_NOT_FULL_RE.search(strip_accents(fold(query.raw))))
    ranked = [x for x in targets if x.doc == doc.doc and x.unit == "%" and not (not_full and x.number >= 100)]
    if query.years:
        ranked = [x for x in ranked if x.year in query.years]
    note = t["note"] if not_full else ""
    if not ranked:
        year = t["none_year"].format(years=", ".join(map(str, query.years))) if query.years else ""
        return Answer(answer=t["none"].format(plan=doc.locality, year=year, note=note, which=t[which],
                                              title=doc.title),
                      refused=True, citations=[], passages=[], language=lang)
    leads, lines, all_lines = [], [], plan_lines(doc)
    for year in sorted({x.year for x in ranked}, key=lambda y: y or 0):
        of_year = [x for x in ranked if x.year == year]
        best = (max if which == "high" else min)(x.number for x in of_year)
        top = [x for x in of_year if x.number == best]
        items = "; ".join(f"{shown_value(x, lang)} — {x.indicator}" for x in top)
        when = t["year"].format(year=year) if year else t["any"]
        leads.append(t["lead"].format(which=t[which], when=when, plan=doc.locality, note=note, items=items))
        for x in top:
            line = _line_of(all_lines, x)
            if line is not None and line not in lines:
                lines.append(line)
    quoted = quoted_lines(doc, sorted(lines), chunks_of, lang)
    if quoted is None:
        return None
    quoted.answer = "\n".join(leads) + "\n\n" + quoted.answer
    quoted.passages = list(quoted.citations)
    return quoted
