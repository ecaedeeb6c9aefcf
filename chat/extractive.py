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


def _answers_whole(h: Hit, query: Query) -> bool:
    """A passage that answers as a whole: the asked agency's own section, or the section on the asked topic."""
    sig = h.signals
    if query.intent == "agency" and sig.get("agency", 0) >= 0.6:
        return True
    if sig.get("heading", 0) >= 0.5 and query.intent not in ("target", "deadline"):
        return True
    return bool(sig.get("intent_section")) and query.intent in ("funding", "purpose", "legal")


def compose(query: Query, hits: list[Hit], citations: list[Citation], documents: dict[str, Document],
            language: str = "vi") -> tuple[str, list[Citation]]:
    """Return the answer text and the citations it actually uses."""
    t = TEXTS.get(language, TEXTS["vi"])
    qterms = _terms(query.text)
    by_doc: dict[str, list[tuple[Hit, Citation]]] = {}
    for h, c in zip(hits, citations, strict=True):
        by_doc.setdefault(c.doc, []).append((h, c))
    raw = {d: max(h.signals.get("score", h.score) for h, _ in pairs) for d, pairs in by_doc.items()}
    top = max(raw.values())
    def own(h: Hit) -> bool:
        return h.signals.get("agency", 0) >= 0.6 and not h.signals.get("agency_alias")

    exact_agency = query.intent == "agency" and any(own(h) for h in hits)

    named = set(query.plans or []) if query.plans and len(query.plans) > 1 else set()

    def answers(d: str) -> bool:
        pairs = by_doc[d]
        if d in named:
            return True  # the question names several plans (a comparison): each one answers
        if query.intent == "agency" and any(h.signals.get("agency", 0) >= 0.6 for h, _ in pairs):
            # district counterparts (Phòng ↔ Sở) only when no plan has the exact agency
            return not exact_agency or any(own(h) for h, _ in pairs)
        if query.intent == "agency" and any(h.signals.get("mention") for h, _ in pairs):
            return raw[d] >= top - 0.5  # the agency is named in this plan's tasks, under another heading
        return raw[d] >= top - 0.15

    answering = sorted((d for d in by_doc if answers(d)), key=lambda d: -raw[d])
    used: dict[int, Citation] = {}
    blocks: list[str] = []
    table_rows: list[tuple[str, str]] = []
    agency_plans: list[str] = []
    for d in answering:
        pairs = by_doc[d]
        groups = _select(query, pairs, qterms)
        if not groups:
            continue
        if query.intent == "agency" and any(h.signals.get("agency", 0) >= 0.6 for h, _ in pairs):
            agency_plans.append(pairs[0][1].locality)
        lines_out = [plan_heading(documents.get(d), pairs[0][1], language)]
        for c, lines in groups:
            used[c.n] = c
            lines_out.append(f"_{c.section}_")
            lines_out.extend(f"- {ln.text} [{ln.n}]" for ln in lines)
        blocks.append("\n".join(lines_out))
        if query.intent in ("target", "deadline"):
            first = groups[0][1][0]
            table_rows.append((pairs[0][1].locality, f"{first.text} [{first.n}]"))

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


def _line_score(query: Query, line: str, qterms: set[str]) -> float:
    score = len(_terms(line) & qterms) / (len(qterms) or 1)
    if query.intent == "target":
        score += 0.5 if _PERCENT_RE.search(line) else -0.5
    if query.intent == "deadline":
        score += 0.5 if _DATE_RE.search(line) else 0.0
    return score


def _select(query: Query, pairs: list[tuple[Hit, Citation]], qterms: set[str]) -> list[tuple[Citation, list[_Line]]]:
    """Per passage, the verbatim lines of one plan that bear on the question (passages in rank order)."""
    years = {str(y) for y in query.years}
    top = pairs[0][0].signals.get("score", pairs[0][0].score)
    whole = [(h, c) for h, c in pairs if _answers_whole(h, query)]
    if whole:  # the plan's own section on the asked agency/topic answers; quote it, not its neighbours
        best = max(h.signals.get("score", h.score) for h, _ in whole)
        chosen = [(h, c) for h, c in whole if h.signals.get("score", h.score) >= best - 0.2][:3]
        return [(c, [_Line(ln, c.n, 1.0) for ln in _body_lines(c)][:10]) for _, c in chosen]
    scored: list[tuple[Citation, _Line]] = []
    seen: set[str] = set()
    for h, c in pairs:
        if h.signals.get("score", h.score) < top - 0.25:
            break
        path_years = set(re.findall(r"\b20\d{2}\b", c.section))
        if years and path_years and not (years & path_years):
            continue  # a target for another year
        for line in _body_lines(c):
            key = fold(line)
            if key in seen:
                continue
            seen.add(key)
            sc = _line_score(query, line, qterms) + 0.3 * (h.signals.get("score", h.score) - top + 0.25)
            if sc > 0.15:
                scored.append((c, _Line(line, c.n, sc)))
    if not scored:
        return []
    scored.sort(key=lambda x: -x[1].score)
    limit = 3 if query.intent in ("target", "deadline") else 5
    cut = scored[0][1].score * 0.6
    keep = [(c, ln) for c, ln in scored if ln.score >= cut][:limit]
    groups: dict[int, tuple[Citation, list[_Line]]] = {}
    for c, ln in keep:
        groups.setdefault(c.n, (c, []))[1].append(ln)
    return list(groups.values())


def _body_lines(c: Citation) -> list[str]:
    lines = _lines(c)
    return [ln for ln in lines if not (_is_heading(ln, c) and len(lines) > 1)]


def refusal(documents: dict[str, Document], plans: list[str] | None, language: str = "vi") -> str:
    t = TEXTS.get(language, TEXTS["vi"])
    docs = [documents[d] for d in (plans or documents) if d in documents] or list(documents.values())
    names = "; ".join(f"{d.locality} ({d.title})" for d in docs)
    return t["refuse"] + " " + t["searched"].format(n=len(docs), plans=names)
