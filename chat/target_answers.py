"""Comparison and "which plans" questions about a target, answered from the targets table.

"So sánh chỉ tiêu tỷ lệ công dân học tập giữa các kế hoạch" wants one row per loaded plan: the values it sets
for that indicator, each cited at its own line, and "không đặt chỉ tiêu này" for a plan that sets none (no
citation: there is nothing to cite). The indicator is found among the table's concepts by the question's
content words (accent-free), so any plan's wording works; the table was built at ingest, so a question only
matches words against it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence

from chat.extractive import TEXTS, plan_heading
from chat.types import Answer, Citation
from index.types import Query
from ingest.textnorm import fold, strip_accents
from ingest.types import Chunk, Document, Target

_COMPARE_RE = re.compile(
    r"so sánh|giữa các|các kế hoạch|kế hoạch nào|những kế hoạch|mỗi kế hoạch|từng kế hoạch|các địa phương|"
    r"địa phương nào|nơi nào|which plans?|compare|across (?:the )?plans|each plan", re.I)
_FIGURE_RE = re.compile(r"chỉ tiêu|tỷ lệ|tỉ lệ|bao nhiêu|phần trăm|%|mục tiêu|target|rate|share|percent|how (?:high|much|many)",
                        re.I)
# words every indicator question or phrase may carry: they do not say which indicator
_GENERIC = set("""ty ti le chi tieu dat so cac ke hoach nam muc phan tram bao nhieu giua sanh nao nhung moi tung
dia phuong noi va cua cho trong ve de voi mot theo duoc co la gi the nhu the nao phan dau den toi thieu it nhat
khoang tren tro len tinh thanh pho huyen quan thi xa tran phuong province district commune city target targets rate share percent which plans plan compare across each how high much many the
of a in to for set sets what do does""".split())
NO_TARGET_VI = "không đặt chỉ tiêu này"
NO_TARGET_EN = "sets no such target"


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", strip_accents(fold(text))) if len(w) > 1 and not w.isdigit()} - _GENERIC


def _pick_concept(query: Query, targets: Sequence[Target], places: frozenset[str] = frozenset()) -> str | None:
    """The concept whose wording the question names: most of the question's content words are in the indicator
    (so "công dân học tập" never lands on "gia đình học tập" for sharing "học tập"), at least two of them, and
    they are a fair part of the indicator; best coverage of the question first, then overlap."""
    # an English question is matched by the plans' wording its glossary terms added, not its English words
    qwords = _words(query.text.replace(query.raw, "")) if query.language == "en" else _words(query.text) | _words(query.raw)
    qwords -= places  # "… của tỉnh Quảng Trị và xã Cẩm Bình": the places choose plans, not the indicator
    best: tuple[float, int, float] | None = None
    found = None
    for t in targets:
        iwords = _words(t.indicator)
        overlap = len(qwords & iwords)
        if overlap < 2 or not qwords:
            continue
        score = (overlap / len(qwords), overlap, overlap / len(iwords))
        if score[0] >= 0.6 and score[2] >= 0.3 and (best is None or score > best):
            best, found = score, t.concept
    return found


def _chunk_at(chunks: Sequence[Chunk], t: Target) -> Chunk | None:
    return next((c for c in chunks if c.start <= t.start < c.end), None)


def target_comparison(query: Query, documents: dict[str, Document], targets: Sequence[Target],
                      chunks_of: Callable[[str], Sequence[Chunk]], language: str = "vi") -> Answer | None:
    """A plan × value table for a comparison / which-plans question about one indicator, or ``None`` when the
    question is not one or names no indicator of the targets table."""
    text = f"{query.raw} {query.text}"
    if not (_COMPARE_RE.search(text) and _FIGURE_RE.search(text)):
        return None
    if query.plans is not None and len(query.plans) < 2 or any(n.startswith("unknown-place") for n in query.notes):
        return None  # one named plan is the ordinary path's; a place with no plan is refused there
    places = frozenset(w for d in documents.values() for name in (d.locality, *d.parents) for w in _words(name))
    concept = _pick_concept(query, targets, places)
    if concept is None:
        return None
    plans = list(query.plans) if query.plans else sorted(documents)
    chosen = [t for t in targets if t.concept == concept and t.doc in plans]
    if query.years:  # "năm 2025": that year's values, when any plan sets one for it
        dated = [t for t in chosen if t.year in query.years]
        chosen = dated or chosen
    by_doc: dict[str, list[Target]] = defaultdict(list)
    for t in sorted(chosen, key=lambda t: (t.doc, t.year or 0, t.start)):
        by_doc[t.doc].append(t)
    if not by_doc:
        return None
    by_chunk: dict[str, int] = {}
    citations: list[Citation] = []
    en = language == "en"
    rows = []
    for doc_id in plans:
        doc = documents[doc_id]
        cells = []
        for t in by_doc.get(doc_id, []):
            chunk = _chunk_at(chunks_of(doc_id), t)  # the plan's own passages, not every plan's
            if chunk is None:
                continue
            if chunk.id not in by_chunk:
                by_chunk[chunk.id] = len(citations) + 1
                citations.append(Citation(n=by_chunk[chunk.id], doc=doc_id, title=doc.title, locality=doc.locality,
                                          section=chunk.section, text=chunk.text, start=chunk.start, end=chunk.end,
                                          score=1.0, id=chunk.id))
            year = f" ({'year' if en else 'năm'} {t.year})" if t.year else ""
            cells.append(f"{t.value}{year} [{by_chunk[chunk.id]}]")
        rows.append(f"| {doc.locality} | {'; '.join(cells) if cells else (NO_TARGET_EN if en else NO_TARGET_VI)} |")
    label = max((t.indicator for t in chosen), key=lambda s: (sum(t.indicator == s for t in chosen), -len(s)))
    if en:
        head = (f"Target \u201c{label}\u201d across the loaded plans (values quoted from the plans; "
                f"{len(by_doc)} of {len(plans)} plans set it):")
        table = "| Plan | Value |\n|---|---|"
    else:
        head = f"Chỉ tiêu \u201c{label}\u201d trong các kế hoạch đã nạp ({len(by_doc)}/{len(plans)} kế hoạch đặt chỉ tiêu này):"
        table = "| Kế hoạch | Giá trị |\n|---|---|"
    return Answer(answer=f"{head}\n\n{table}\n" + "\n".join(rows), refused=False, citations=citations,
                  language=language)


_UNIT_OF_VALUE = {"percent": "%", "count": "count", "amount": "VND"}


def _fits(query: Query, t: Target, qwords: set[str]) -> float:
    """How well a target answers the question: the share of the question's content words its line holds,
    when the target's own indicator shares at least two words with the question and half of its words."""
    iwords = _words(t.indicator)
    shared = qwords & iwords
    if len(shared) < min(2, len(iwords)) or len(shared) < 0.5 * len(iwords):
        return 0.0
    return len(qwords & (iwords | _words(t.text))) / len(qwords)


def plan_target_answer(query: Query, documents: dict[str, Document], targets: Sequence[Target],
                       chunks_of: Callable[[str], Sequence[Chunk]], language: str = "vi") -> Answer | None:
    """A figure asked of one named plan, answered from its own targets table when the quoted passages did not
    state it: the lines of the targets that measure what was asked (a percentage, a count, an amount), each
    cited at its passage. ``None`` when the plan sets no such target: then the refusal stands.

    A target answers neither the present state ("hiện nay có bao nhiêu") nor another year than the one asked."""
    unit = _UNIT_OF_VALUE.get(query.value or "")
    if unit is None or query.current or not query.plans or len(query.plans) != 1 or query.unknown_agency:
        return None
    doc = documents.get(query.plans[0])
    if doc is None:
        return None
    places = frozenset(w for name in (doc.locality, doc.province or "", *doc.parents) for w in _words(name))
    qwords = (_words(query.text.replace(query.raw, "")) if query.language == "en" else _words(query.text)) - places
    if query.recipient:  # an amount for a body: only a line naming that body answers
        qwords |= _words(query.recipient)
    if len(qwords) < 2:
        return None
    scored = [(_fits(query, t, qwords), t) for t in targets
              if t.doc == doc.doc and t.unit == unit and not (query.years and t.year and t.year not in query.years)]
    scored = [(f, t) for f, t in scored if f >= 0.6 and (not query.recipient or _words(query.recipient) <= _words(t.text))]
    if not scored:
        return None
    top = max(f for f, _ in scored)
    chosen = sorted({t.start: t for f, t in scored if f >= top - 0.1}.values(), key=lambda t: t.start)
    citations: list[Citation] = []
    lines: list[str] = []
    seen: set[str] = set()
    for t in chosen:
        chunk = _chunk_at(chunks_of(doc.doc), t)
        if chunk is None or t.text in seen:
            continue
        seen.add(t.text)
        cite = next((c for c in citations if c.id == chunk.id), None)
        if cite is None:
            cite = Citation(n=len(citations) + 1, doc=doc.doc, title=doc.title, locality=doc.locality,
                            section=chunk.section, text=chunk.text, start=chunk.start, end=chunk.end, score=1.0,
                            id=chunk.id)
            citations.append(cite)
            lines.append(f"_{cite.section}_")
        lines.append(f"- {t.text} [{cite.n}]")
    if not citations:
        return None
    head = plan_heading(doc, citations[0], language if language in TEXTS else "vi")
    return Answer(answer="\n".join([head, *lines]), refused=False, citations=citations, language=language)
