"""Okapi BM25 over pre-tokenised documents: one small, obvious class."""

from __future__ import annotations

import math
from collections import Counter

import numpy as np


class BM25:
    """BM25 with the usual k1/b; ``scores`` returns one score per document."""

    def __init__(self, corpus_tokens: list[list[str]], k1: float = 1.2, b: float = 0.75) -> None:
        self.k1, self.b = k1, b
        self.n_docs = len(corpus_tokens)
        self.doc_len = np.array([len(t) for t in corpus_tokens], dtype=np.float32)
        self.avgdl = float(self.doc_len.mean()) if self.n_docs else 0.0
        self.postings: dict[str, list[tuple[int, int]]] = {}
        for i, toks in enumerate(corpus_tokens):
            for term, tf in Counter(toks).items():
                self.postings.setdefault(term, []).append((i, tf))
        self.idf = {
            t: math.log(1 + (self.n_docs - len(p) + 0.5) / (len(p) + 0.5)) for t, p in self.postings.items()
        }

    def scores(self, query_tokens: list[str]) -> np.ndarray:
        out = np.zeros(self.n_docs, dtype=np.float32)
        if not self.n_docs:
            return out
        norm = self.k1 * (1 - self.b + self.b * self.doc_len / max(self.avgdl, 1e-9))
        for term, qtf in Counter(query_tokens).items():
            plist = self.postings.get(term)
            if not plist:
                continue
            idx = np.fromiter((d for d, _ in plist), dtype=np.int64, count=len(plist))
            tf = np.fromiter((f for _, f in plist), dtype=np.float32, count=len(plist))
            out[idx] += qtf * self.idf[term] * tf * (self.k1 + 1) / (tf + norm[idx])
        return out

    def vocabulary(self) -> set[str]:
        return set(self.postings)
