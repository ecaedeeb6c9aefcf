"""How much one indicator changes between two years of one plan: "tăng bao nhiêu điểm phần trăm từ 2025 đến
2030?", "How much does the target rise between 2025 and 2030?". The lines that set both values are quoted by the
ordinary path; this says the two values and their plain difference first (percentage points for shares), so an
official does not do the arithmetic. Ranges are not subtracted (which ends would be meant is not said)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from chat.extractive import with_full_forms
from chat.target_answers import _question_words, _words, place_words, shown_value
from chat.types import Citation
from index.types import Query
from ingest.textnorm import fold
from ingest.types import Document, Target

# matched on the question as typed ("tăng" is no "tặng", "nền tảng"), accent-free only when typed without accents
_CHANGE_RE = re.compile(r"\b(?:tăng|giảm|nâng lên|chênh lệch|chênh|khác nhau|cách nhau|(?:cao|thấp|nhiều|ít) hơn)\b"
                        r"[^?.]{0,30}\b(?:bao nhiêu|mấy|thế nào)\b|"
                        r"\bbao nhiêu\b[^?.]{0,20}\b(?:điểm phần trăm|điểm %)|"
                        r"\b(?:tang|giam|nang len|chenh lech|chenh|khac nhau|cach nhau|(?:cao|thap|nhieu|it) hon)\b"
                        r"[^?.]{0,30}\b(?:bao nhieu|may|the nao)\b|"
                        r"\bbao nhieu\b[^?.]{0,20}\b(?:diem phan tram|diem %)|"
                        r"\b(?:how much|by how many|how many (?:percentage )?points)\b[^?]*"
                        r"\b(?:rise|rises|increase|increases|grow|grows|go up|goes up|fall|falls|drop|drops|"
                        r"decrease|decreases|change|changes|higher|lower|more)\b|"
                        r"\b(?:difference|change|increase|gap)\b[^?]*\bbetween\b|"
                        # "So với năm 2025 thì sao?" after a 2030 figure: the two years compared
                        r"\bso (?:với|voi) (?:năm |nam )?(?:19|20)\d\d\b|\bcompared (?:with|to) (?:19|20)\d\d\b")
TEXTS = {
    "vi": {"up": "tăng {d}", "down": "giảm {d}", "same": "không đổi", "pp": " điểm phần trăm",
           "lead": "**{indicator}: {v1} (năm {y1}) → {v2} (năm {y2}), {change}.** [{n1}{n2}]"},
    "en": {"up": "up {d}", "down": "down {d}", "same": "unchanged", "pp": " percentage points",
           "lead": "**{indicator}: {v1} ({y1}) → {v2} ({y2}), {change}.** [{n1}{n2}]"},
}


def _number(x: float, language: str) -> str:
    text = f"{x:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if language == "vi" else text


def _named(qwords: set[str], t: Target) -> tuple[float, int, float] | None:
    """How well the question names a target's indicator: most of its content words are the indicator's (a short
    indicator phrase — "kỹ năng số" — need not be a fair part of a long indicator: two years of it are asked)."""
    iwords = _words(with_full_forms(t.indicator))
    overlap = len(qwords & iwords)
    if overlap < 2 or not qwords or overlap / len(qwords) < 0.6:
        return None
    return (overlap / len(qwords), overlap, overlap / len(iwords))


def change_lead(query: Query, citations: Sequence[Citation], targets: Sequence[Target],
                documents: dict[str, Document], language: str = "vi") -> str:
    """"A (năm X) → B (năm Y), tăng D điểm phần trăm" for the one indicator whose two years' values the cited
    passages hold; "" when no change is asked, the question names no two years, or the values do not subtract."""
    years = sorted(set(query.years))
    if len(years) != 2 or not (_CHANGE_RE.search(fold(query.raw)) or _CHANGE_RE.search(fold(query.text))):
        return ""
    docs = list(dict.fromkeys(c.doc for c in citations))
    if len(docs) != 1 or docs[0] not in documents:
        return ""
    doc = documents[docs[0]]
    # the official's own words: the glossary's additions ("(xóa mù chữ)") would name a neighbouring indicator
    qwords = (_words(query.indicator) or _question_words(query, doc)) if query.language == "en" else \
        _words(query.raw) - place_words(doc)
    if len(qwords) < 2 and any(n.startswith("followup:") for n in query.notes):
        qwords = _words(query.text) - place_words(doc)  # "So với năm 2025 thì sao?": the earlier question's
    # the indicator is chosen among all the plan's targets: one the answer does not quote is not stood in for
    cited = {t.id: c.n for c in citations for t in targets if t.doc == doc.doc and c.start <= t.start < c.end}
    scored = [(s, t) for t in targets
              if t.doc == doc.doc and t.year in years and t.unit in ("%", "count")
              and (s := _named(qwords, t)) is not None]
    if not scored:
        return ""
    top = max(s for s, _ in scored)
    concepts = {t.concept for s, t in scored if s == top}
    if len(concepts) != 1:
        return ""
    by_year = {y: [t for s, t in scored if t.concept in concepts and t.year == y] for y in years}
    if any(len(ts) != 1 for ts in by_year.values()):
        return ""
    a, b = by_year[years[0]][0], by_year[years[1]][0]
    if a.id not in cited or b.id not in cited:
        return ""
    if a.unit != b.unit or "range" in (a.bound, b.bound):
        return ""
    lang = language if language in TEXTS else "vi"
    t = TEXTS[lang]
    diff = round(b.number - a.number, 2)
    unit = t["pp"] if a.unit == "%" else ""
    change = t["same"] if diff == 0 else t["up" if diff > 0 else "down"].format(d=_number(abs(diff), lang) + unit)
    n1, n2 = cited[a.id], cited[b.id]
    return t["lead"].format(indicator=b.indicator, v1=shown_value(a, lang), y1=a.year, v2=shown_value(b, lang),
                            y2=b.year, change=change, n1=n1, n2="" if n2 == n1 else f"][{n2}")
