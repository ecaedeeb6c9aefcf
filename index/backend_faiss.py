"""The embedded backend: a flat FAISS inner-product index (``dense.faiss``) in the version folder + BM25 in memory."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import faiss
import numpy as np

from index.backend import PLAIN_WEIGHT, Candidates, Scope
from index.hybrid import rrf
from index.lexical import BM25
from ingest.types import Chunk, Document

DENSE_FILE = "dense.faiss"


def _top(scores: np.ndarray, k: int) -> list[int]:
    """Indices of the ``k`` highest scores, best first (a partial sort: no full sort of every passage)."""
    if k <= 0:
        return []
    if k < len(scores):
        part = np.argpartition(-scores, k - 1)[:k]
        return [int(i) for i in part[np.argsort(-scores[part], kind="stable")]]
    return [int(i) for i in np.argsort(-scores, kind="stable")]


class FaissCandidates:
    """Exact dense scores over all passages, BM25 over all passages, RRF of both top-k lists."""

    def __init__(self, index: faiss.Index, vectors: np.ndarray, chunks: list[Chunk], docs: dict[str, Document],
                 bm25: BM25, bm25_plain: BM25) -> None:
        self.index = index
        self.vectors = vectors
        self.docs = docs
        self.bm25, self.bm25_plain = bm25, bm25_plain
        self._n = len(chunks)
        rows: dict[str, list[int]] = {}
        for i, c in enumerate(chunks):
            rows.setdefault(c.doc, []).append(i)
        self._rows_of_doc = {d: np.array(r, dtype=np.int64) for d, r in rows.items()}  # once, not per question

    def _allowed(self, scope: Scope) -> np.ndarray:
        if scope == Scope():
            return np.ones(self._n, dtype=bool)
        allowed = np.zeros(self._n, dtype=bool)
        for d, doc in self.docs.items():
            if d in self._rows_of_doc and scope.allows(doc):
                allowed[self._rows_of_doc[d]] = True
        return allowed

    def candidates(self, qvec: np.ndarray, terms: list[str], plain_terms: list[str], k: int, scope: Scope,
                   include: Sequence[int] = ()) -> Candidates:
        allowed = self._allowed(scope)
        dense = self.vectors @ qvec
        lex = self.bm25.scores(terms)
        lex_plain = self.bm25_plain.scores(plain_terms)
        lex_all = lex + PLAIN_WEIGHT * lex_plain
        for arr in (dense, lex_all):
            arr[~allowed] = -np.inf
        by_dense = _top(dense, k)
        by_lex = [i for i in _top(lex_all, k) if lex_all[i] > 0]
        fused = rrf([by_dense, by_lex])
        extra = sorted(include, key=lambda i: -dense[i])[:k]  # an agency every plan has: its closest sections
        rows = list(set(list(sorted(fused, key=lambda i: -fused[i]))[:k]) | set(extra))
        # numpy scalars kept as they are, so re-scoring computes exactly what it did before backends existed
        return Candidates(rows=rows, dense={i: dense[i] for i in rows}, lexical={i: lex_all[i] for i in rows},
                          fused={i: fused.get(i, 0.0) for i in rows})


class FaissBackend:
    """Everything in the version folder; ``CURRENT`` (written by ``index.store``) is the only pointer."""

    name = "faiss"

    def write(self, path: Path, version: str, chunks: list[Chunk], docs: dict[str, Document],
              terms: list[list[str]], vectors: np.ndarray) -> dict:
        index = faiss.IndexFlatIP(int(vectors.shape[1]))
        index.add(vectors)
        faiss.write_index(index, str(path / DENSE_FILE))
        return {}

    def activate(self, version: str) -> None:
        return None

    def discard(self, version: str) -> None:
        return None

    def prune(self, keep: set[str]) -> None:
        return None

    def passage_vectors(self, path: Path) -> np.ndarray:
        index = faiss.read_index(str(path / DENSE_FILE))
        return index.reconstruct_n(0, index.ntotal)

    def open(self, path: Path, manifest: dict, chunks: list[Chunk], docs: dict[str, Document],
             bm25: BM25, bm25_plain: BM25) -> FaissCandidates:
        if not (path / DENSE_FILE).exists():
            from index.store import IndexMissing

            raise IndexMissing(f"{path.name} không có {DENSE_FILE} (dựng với backend khác?): hãy chạy `planqa ingest` / "
                               f"{path.name} has no {DENSE_FILE} (built for another backend?): run `planqa ingest`")
        index = faiss.read_index(str(path / DENSE_FILE))
        vectors = index.reconstruct_n(0, index.ntotal) if index.ntotal else np.zeros((0, manifest["dim"]), np.float32)
        return FaissCandidates(index, np.asarray(vectors, dtype=np.float32), chunks, docs, bm25, bm25_plain)
