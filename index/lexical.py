"""Okapi BM25 over pre-tokenised documents, as a sparse matrix (``bm25s``), saved with the index version.

Scores are precomputed per (term, document) at build time, so a query costs one sparse-column sum per
query term: independent of the number of documents that do not contain it.
"""

from __future__ import annotations

import logging
from pathlib import Path

import numpy as np

logging.getLogger("bm25s").setLevel(logging.ERROR)


class BM25:
    """BM25 (k1=1.2, b=0.75, Lucene idf); ``scores`` returns one score per document.

    Scores equal the classic ``qtf · idf · tf·(k1+1) / (tf + k1·(1 − b + b·dl/avgdl))`` (a repeated query
    term counts once per repeat).
    """

    def __init__(self, corpus_tokens: list[list[str]] | None = None, k1: float = 1.2, b: float = 0.75) -> None:
        import bm25s

        self.k1, self.b = k1, b
        self._bm = bm25s.BM25(k1=k1, b=b, method="lucene")
        self.n_docs = 0
        if corpus_tokens is not None:
            self.n_docs = len(corpus_tokens)
            if self.n_docs and any(corpus_tokens):
                scores, vocab = self._bm.build_index_from_tokens(corpus_tokens, show_progress=False)
                self._bm.scores, self._bm.vocab_dict = scores, vocab
            else:
                self._bm.vocab_dict = {}

    def scores(self, query_tokens: list[str]) -> np.ndarray:
        """One score per document for the query's tokens (unknown tokens score nothing)."""
        ids = [self._bm.vocab_dict[t] for t in query_tokens if t in self._bm.vocab_dict]
        if not ids:
            return np.zeros(self.n_docs, dtype=np.float32)
        m = self._bm.scores  # CSC: one column of precomputed scores per term
        indptr = m["indptr"]
        rows = np.concatenate([np.arange(indptr[i], indptr[i + 1]) for i in ids])
        out = np.bincount(m["indices"][rows], weights=m["data"][rows], minlength=self.n_docs)
        return out.astype(np.float32) * np.float32(self.k1 + 1)

    def vocabulary(self) -> set[str]:
        return set(self._bm.vocab_dict)

    def __contains__(self, term: str) -> bool:
        return term in self._bm.vocab_dict

    def save(self, folder: Path) -> None:
        """Write the sparse score matrix, vocabulary and parameters into ``folder``."""
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "n_docs").write_text(str(self.n_docs))
        if self._bm.vocab_dict:
            self._bm.save(str(folder), show_progress=False)

    @classmethod
    def load(cls, folder: Path, mmap: bool = False) -> BM25:
        """Load what ``save`` wrote (``mmap``: leave the matrix on disk, paged in on demand)."""
        import bm25s

        out = cls(None)
        out.n_docs = int((folder / "n_docs").read_text())
        if (folder / "params.index.json").exists():
            out._bm = bm25s.BM25.load(str(folder), mmap=mmap, show_progress=False)
            out.k1, out.b = float(out._bm.k1), float(out._bm.b)
        else:
            out._bm.vocab_dict = {}
        return out
