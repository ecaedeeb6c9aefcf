"""Index backends: where passage vectors (and their lexical postings) live and how candidates come out.

Two implementations: ``faiss`` (embedded, the default: a flat inner-product index + BM25 in the version
folder, ``index/backend_faiss.py``) and ``qdrant`` (a Qdrant server, cluster or qdrant-client's local mode,
``index/backend_qdrant.py``). Either way the version folder (documents, chunks, terms, section vectors)
stays the source of truth for the rest of retrieval; a backend only turns a question into ranked
candidate rows (row = position in the version's ``chunks``) with their dense, lexical and fused signals.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import numpy as np

from index.lexical import BM25
from ingest.types import Chunk, Document
from planqa.config import Settings

# BM25 parameters shared by both backends (index.lexical.BM25's defaults)
K1 = 1.2
B = 0.75
PLAIN_WEIGHT = 0.5  # the accent-free copy's share of the lexical score


@dataclass(frozen=True)
class Scope:
    """A payload filter: passages of these plans / localities / levels only (empty = any)."""

    plans: tuple[str, ...] = ()
    localities: tuple[str, ...] = ()
    levels: tuple[str, ...] = ()

    def allows(self, doc: Document) -> bool:
        return ((not self.plans or doc.doc in self.plans) and (not self.localities or doc.locality in self.localities)
                and (not self.levels or doc.level in self.levels))


@dataclass
class Candidates:
    """Candidate rows and their signals: passage cosine, lexical score (BM25 + ``PLAIN_WEIGHT`` × BM25 of
    the accent-free copy; 0 when no term matches) and reciprocal-rank-fusion score (0 for ``include`` rows
    that fusion did not rank)."""

    rows: list[int]
    dense: dict[int, float] = field(default_factory=dict)
    lexical: dict[int, float] = field(default_factory=dict)
    fused: dict[int, float] = field(default_factory=dict)


class CandidateSource(Protocol):
    """One loaded index version's candidate generation."""

    def candidates(self, qvec: np.ndarray, terms: list[str], plain_terms: list[str], k: int, scope: Scope,
                   include: Sequence[int] = ()) -> Candidates:
        """The top ``k`` rows by RRF of the dense top ``k`` and the lexical top ``k`` within ``scope``,
        plus ``include`` (rows the caller wants scored anyway), each with its signals."""
        ...


class IndexBackend(Protocol):
    """Build side (called by ``index.store.build_index``) and load side (``load_index``)."""

    name: str

    def write(self, path: Path, version: str, chunks: list[Chunk], docs: dict[str, Document],
              terms: list[list[str]], vectors: np.ndarray) -> dict:
        """Store a version's passages while its folder ``path`` is being written; returns manifest extras."""
        ...

    def activate(self, version: str) -> None:
        """Make ``version`` the served one (its folder is complete); atomic."""
        ...

    def discard(self, version: str) -> None:
        """Forget a version whose build failed (no-op if nothing was stored)."""
        ...

    def prune(self, keep: set[str]) -> None:
        """Drop stored versions other than ``keep``."""
        ...

    def passage_vectors(self, path: Path) -> np.ndarray:
        """A version's passage vectors in row order (reused by the next build); empty if unavailable."""
        ...

    def open(self, path: Path, manifest: dict, chunks: list[Chunk], docs: dict[str, Document],
             bm25: BM25, bm25_plain: BM25) -> CandidateSource:
        """The candidate source of a built version; raises ``index.store.IndexMissing`` if it is not stored."""
        ...


def make_backend(settings: Settings) -> IndexBackend:
    """The backend ``settings.index_backend`` names (qdrant-client is imported only when used)."""
    if settings.index_backend == "qdrant":
        from index.backend_qdrant import QdrantBackend

        return QdrantBackend(settings)
    from index.backend_faiss import FaissBackend

    return FaissBackend()
