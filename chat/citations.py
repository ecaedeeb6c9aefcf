"""Turning retrieval hits into numbered citations: the only place passages get their ``[n]``."""

from __future__ import annotations

from chat.types import Citation
from index.types import Hit


def to_citations(hits: list[Hit]) -> list[Citation]:
    """Number the ranked hits 1..n; the answer's markers refer to these numbers."""
    return [
        Citation(n=i, doc=h.chunk.doc, title=h.chunk.title, locality=h.chunk.locality, section=h.chunk.section,
                 text=h.chunk.text, start=h.chunk.start, end=h.chunk.end, score=round(float(h.score), 4),
                 id=h.chunk.id)
        for i, h in enumerate(hits, 1)
    ]
