"""The default answer: verbatim lines from the retrieved passages, grouped by plan, each with its [n].

No model is involved, so every sentence is traceable by construction. The composer chooses *which*
lines answer the question (task lines for an agency, figures for a target, dated lines for a deadline)
and how to lay them out (a list per plan, a count across plans, or a plan × value table).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from chat.types import Citation
from index.types import Hit, Query
from ingest.textnorm import fold, strip_accents
from ingest.types import Document

_BULLET_RE = re.compile(r"^(?:[-+•–]|[a-zđ]\)|\d{1,2}(?:\.\d{1,2})*\.)\s*")
_PERCENT_RE = re.compile(r"\d+(?:[.,]\d+)?\s*%")
_DATE_RE = re.compile(r"(?:ngày\s+\d{1,2}(?:\s+tháng\s+\d{1,2}|/\d{1,2}(?:/\d{2,4})?)|\bquý\s+[IV1-4]+|"
                      r"tháng\s+\d{1,2}\s+hằng năm)", re.I)
_STOP = set("của và các cho trong tại theo để đến từ là có được những nhằm với về gì nào ai bao nhiêu phải làm "
            "thì sao còn kế hoạch ở năm đã sẽ như thế nào the of what is to under plan do must".split())

TEXTS = {
    "vi": {
        "refuse": "Các kế hoạch đã nạp không đề cập đến nội dung này, nên tôi không có căn cứ để trả lời.",
        "searched": "Đã tìm trong {n} kế hoạch: {plans}.",
        "plan_count": "Có {n} kế hoạch giao nhiệm vụ cho {agency}: {plans}.",
        "plan": "Kế hoạch",
        "value": "Nội dung",
        "year": "năm",
    },
    "en": {
        "refuse": "The loaded plans do not cover this, so there is no basis for an answer.",
        "searched": "Searched {n} plans: {plans}.",
        "plan_count": "{n} plans assign tasks to {agency}: {plans}.",
        "plan": "Plan",
        "value": "Passage",
        "year": "year",
    },
}


@dataclass
class _Line:
    text: str
    n: int
    score: float


def _terms(text: str) -> set[str]:
    return {strip_accents(w) for w in re.findall(r"\w+", fold(text)) if w not in _STOP and len(w) > 1}


def _lines(c: Citation) -> list[str]:
    """Split a passage into quotable units: items/bullets, and sentences of long paragraphs."""
    out = []
    for raw in c.text.split("\n"):
        raw = re.sub(r"^[-+•–]\s*", "", raw.strip())  # the bullet mark is layout, not content
        if raw:
            out.append(raw)
    return out


def _is_heading(line: str, c: Citation) -> bool:
    last = c.section.split(" › ")[-1]
    return fold(line).rstrip(" .:") == fold(last).rstrip(" .:") or (len(line) < 90 and not line.endswith((".", ";", ":")) and
                                                                     _BULLET_RE.match(line) is not None and
                                                                     line[:3] in last[:3])


def plan_heading(doc: Document | None, c: Citation, language: str) -> str:
    year = f", {TEXTS[language]['year']} {doc.year}" if doc and doc.year else ""
    return f"**{c.locality}** — {c.title}{year}"


def compose(query: Query, hits: list[Hit], citations: list[Citation], documents: dict[str, Document],
            language: str = "vi") -> tuple[str, list[Citation]]:
    """Return the answer text and the citations it actually uses."""
    t = TEXTS.get(language, TEXTS["vi"])
    qterms = _terms(query.text)
    by_doc: dict[str, list[tuple[Hit, Citation]]] = {}
    for h, c in zip(hits, citations, strict=True):
        by_doc.setdefault(c.doc, []).append((h, c))
    best = {d: max(h.score for h, _ in pairs) for d, pairs in by_doc.items()}
    top = max(best.values())
    # plans that answer: near the best plan, or holding the asked agency's own section
    answering = [d for d in by_doc if best[d] >= top - 0.25 or any(h.signals.get("agency", 0) >= 0.6 for h, _ in by_doc[d])]
    answering.sort(key=lambda d: -best[d])

    used: dict[int, Citation] = {}
    blocks: list[str] = []
    table_rows: list[tuple[str, str]] = []
    agency_plans: list[str] = []
    for d in answering:
        pairs = by_doc[d]
        lines = _select(query, pairs, qterms)
        if not lines:
            continue
        if any(h.signals.get("agency", 0) >= 0.6 for h, _ in pairs):
            agency_plans.append(pairs[0][1].locality)
        for ln in lines:
            used[ln.n] = next(c for _, c in pairs if c.n == ln.n)
        heading = plan_heading(documents.get(d), pairs[0][1], language)
        blocks.append(heading + "\n" + "\n".join(f"- {ln.text} [{ln.n}]" for ln in lines))
        if query.intent in ("target", "deadline"):
            first = lines[0]
            table_rows.append((f"{pairs[0][1].locality}", f"{first.text} [{first.n}]"))

    if not blocks:
        return "", []
    parts: list[str] = []
    if query.intent == "agency" and query.agency and len(agency_plans) > 1:
        parts.append(t["plan_count"].format(n=len(agency_plans), agency=query.agency, plans=", ".join(agency_plans)))
    if len(table_rows) > 1:
        parts.append(f"| {t['plan']} | {t['value']} |\n|---|---|\n" + "\n".join(
            f"| {loc} | {cell.replace('|', '/')} |" for loc, cell in table_rows))
    parts.extend(blocks)
    return "\n\n".join(parts), [used[n] for n in sorted(used)]


def _select(query: Query, pairs: list[tuple[Hit, Citation]], qterms: set[str]) -> list[_Line]:
    """The lines of one plan's passages that bear on the question, best first, verbatim."""
    whole_section = query.intent == "agency" and any(h.signals.get("agency", 0) >= 0.6 for h, _ in pairs)
    out: list[_Line] = []
    seen: set[str] = set()
    top = pairs[0][0].score
    years = {str(y) for y in query.years}
    for h, c in pairs:
        if h.score < top - 0.3 and out:
            break
        own_agency = h.signals.get("agency", 0) >= 0.6
        if whole_section and not own_agency:
            continue  # the agency's own section answers; other passages stay available as citations
        path_years = set(re.findall(r"\b20\d{2}\b", c.section))
        if years and path_years and not (years & path_years):
            continue  # a target for another year
        for line in _lines(c):
            key = fold(line)
            if key in seen:
                continue
            if _is_heading(line, c) and len(_lines(c)) > 1:
                continue
            lt = _terms(line)
            overlap = len(lt & qterms) / (len(qterms) or 1)
            score = overlap
            if query.intent == "target":
                score += 0.5 if _PERCENT_RE.search(line) else -0.5
            if query.intent == "deadline":
                score += 0.5 if _DATE_RE.search(line) else 0.0
            if whole_section and own_agency:
                score += 1.0  # every task line of the agency's own section answers "what must X do"
            if score <= 0.15 and not (whole_section and own_agency):
                continue
            seen.add(key)
            out.append(_Line(line, c.n, score))
    if not out:
        return []
    out.sort(key=lambda ln: -ln.score)
    limit = 8 if whole_section else (3 if query.intent in ("target", "deadline") else 4)
    cut = out[0].score * 0.5
    chosen = [ln for ln in out if ln.score >= cut][:limit]
    order = {id(ln): i for i, ln in enumerate(out)}
    if whole_section:  # keep the section's own order for task lists
        chosen.sort(key=lambda ln: (ln.n, order[id(ln)]))
    return chosen


def refusal(documents: dict[str, Document], plans: list[str] | None, language: str = "vi") -> str:
    t = TEXTS.get(language, TEXTS["vi"])
    docs = [documents[d] for d in (plans or documents) if d in documents] or list(documents.values())
    names = "; ".join(f"{d.locality} ({d.title})" for d in docs)
    return t["refuse"] + " " + t["searched"].format(n=len(docs), plans=names)
