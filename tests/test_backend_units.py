"""Both backends on a tiny synthetic index (no model): same candidates, same BM25, payload filters, alias swap."""

from __future__ import annotations

from pathlib import Path

import faiss
import numpy as np
import pytest

from index.backend import Scope
from index.backend_faiss import FaissCandidates
from index.lexical import BM25
from index.segment import unaccented
from ingest.types import Chunk, Document
from planqa.config import Settings

TERMS = [["sở", "nội_vụ", "nội", "vụ", "tổ_chức"], ["sở", "tài_chính", "tài", "chính", "kinh_phí", "kinh", "phí"],
         ["kinh_phí", "kinh", "phí", "huy_động"], ["học_tập", "suốt_đời"] * 3, ["noi", "vu", "sở"]]


def _doc(doc: str, locality: str, level: str) -> Document:
    return Document(doc=doc, title=doc, locality=locality, level=level, number=None, year=None, period=None, text="")


@pytest.fixture
def pair(tmp_path):
    from index.backend_qdrant import QdrantBackend

    docs = {"a": _doc("a", "Huế", "tỉnh/thành phố"), "b": _doc("b", "Mỹ Lộc", "huyện")}
    chunks = [Chunk(id=f"{d}#{i}", doc=d, title=d, locality=docs[d].locality, section="s", section_id=0, start=0,
                    end=0, text="t") for i, d in enumerate("ababa")]
    vecs = np.random.default_rng(0).normal(size=(len(chunks), 8)).astype(np.float32)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
    backend = QdrantBackend(Settings(home=tmp_path, index_backend="qdrant", qdrant_path=tmp_path / "q",
                                     qdrant_collection="unit"))
    backend.write(tmp_path, "v1", chunks, docs, TERMS, vecs)
    backend.activate("v1")
    index = faiss.IndexFlatIP(8)
    index.add(vecs)
    embedded = FaissCandidates(index, vecs, chunks, docs, BM25(TERMS), BM25([unaccented(t) for t in TERMS]))
    qdrant = backend.open(Path(tmp_path / "v1"), {"qdrant_collection": "unit-v1"}, chunks, docs, None, None)
    return backend, embedded, qdrant, vecs


@pytest.mark.parametrize("terms,scope", [
    (["kinh_phí", "kinh", "phí"], Scope()),
    (["nội_vụ", "nội", "vụ", "sở"], Scope()),
    (["sở"], Scope(plans=("b",))),
    (["sở", "kinh"], Scope(levels=("tỉnh/thành phố",))),
    (["sở"], Scope(localities=("Mỹ Lộc",))),
])
def test_qdrant_candidates_equal_the_embedded_ones(pair, terms, scope):
    _, embedded, qdrant, vecs = pair
    q = vecs[0] * 0.6 + vecs[2] * 0.4
    q /= np.linalg.norm(q)
    k = 2
    a = embedded.candidates(q, terms, unaccented(terms), k, scope, include=[1])
    b = qdrant.candidates(q, terms, unaccented(terms), k, scope, include=[1])
    assert sorted(a.rows) == sorted(b.rows)
    for i in a.rows:
        if np.isfinite(a.dense[i]):  # a row included from outside the scope has no embedded score
            assert b.dense[i] == pytest.approx(float(a.dense[i]), abs=1e-5)
            assert b.lexical[i] == pytest.approx(float(a.lexical[i]), rel=1e-5, abs=1e-6)


def test_alias_swap_and_prune(pair):
    backend, _, _, vecs = pair
    assert backend.served() == "unit-v1"
    assert backend.passage_vectors(Path("/x/v1")) == pytest.approx(vecs, abs=1e-6)
    backend.discard("v2")  # nothing stored: no-op
    backend.prune({"v1"})
    assert backend.served() == "unit-v1"
