"""Fusing rankings: reciprocal-rank fusion for candidate generation."""

from __future__ import annotations

from collections.abc import Sequence


def rrf(rankings: Sequence[Sequence[int]], k: int = 60, weights: Sequence[float] | None = None) -> dict[int, float]:
    """Reciprocal-rank fusion: robust to the different score scales of BM25 and cosine similarity."""
    weights = weights or [1.0] * len(rankings)
    out: dict[int, float] = {}
    for ranking, w in zip(rankings, weights, strict=True):
        for r, idx in enumerate(ranking):
            out[idx] = out.get(idx, 0.0) + w / (k + r + 1)
    return out
