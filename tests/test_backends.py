"""The key retrieval behaviour against both index backends: embedded FAISS + BM25 and Qdrant (local mode).

The Qdrant index is a second session-scoped build over the same plans; it starts from a copy of the FAISS
index folder, so its build reuses the passage vectors (only segmentation and the upload run).
"""

from __future__ import annotations

import json
import shutil

import numpy as np
import pytest

from index.backend import Scope
from index.segment import terms_of, tokenize, unaccented

from .conftest import ANLAO, CANTHO, HANOI, HUE, MYLOC
from .test_api import QUANG_NINH_PLAN

pytestmark = pytest.mark.slow


@pytest.fixture(scope="session")
def qdrant_settings(built_settings, tmp_path_factory, embedder):
    from chat.pipeline import ingest_folder

    home = tmp_path_factory.mktemp("planqa-qdrant")
    shutil.copytree(built_settings.plans_path, home / "plans")
    shutil.copytree(built_settings.index_path, home / "index")  # vectors reused by the qdrant build
    settings = built_settings.model_copy(update={
        "home": home, "plans_dir": home / "plans", "index_dir": home / "index", "feedback_db": home / "fb.sqlite3",
        "index_backend": "qdrant", "qdrant_path": home / "qdrant"})
    ingest_folder(settings, embedder)
    return settings


@pytest.fixture(scope="session")
def qdrant_assistant(qdrant_settings, embedder):
    from chat.pipeline import Assistant

    return Assistant(qdrant_settings, embedder=embedder)


@pytest.fixture(params=["faiss", "qdrant"])
def any_assistant(request):
    return request.getfixturevalue("assistant" if request.param == "faiss" else "qdrant_assistant")


def _top(assistant, q, k=5, **kw):
    ans = assistant.ask(q, **kw)
    return ans, [(c.doc, c.section) for c in ans.passages[:k]]


def test_qdrant_index_is_served_from_its_collection(qdrant_assistant, qdrant_settings):
    ix = qdrant_assistant.retriever.ix
    assert ix.manifest["backend"] == "qdrant"
    assert ix.manifest["qdrant_collection"] == f"planqa-{ix.version}"
    assert not (ix.path / "dense.faiss").exists()  # the passage vectors live in Qdrant


def test_sparse_bm25_in_qdrant_equals_the_embedded_candidates(assistant, qdrant_assistant, embedder):
    """Same rows, same dense and lexical signals: the sparse vectors + IDF modifier reproduce BM25."""
    faiss_ix, qdrant_ix = assistant.retriever.ix, qdrant_assistant.retriever.ix
    assert [c.id for c in faiss_ix.chunks] == [c.id for c in qdrant_ix.chunks]
    for q, scope in [("Sở Nội vụ phải làm gì?", Scope()), ("so tai chinh bo tri kinh phi", Scope()),
                     ("trung tâm học tập cộng đồng", Scope(plans=(MYLOC, ANLAO)))]:
        qvec = embedder.encode_queries([q])[0]
        terms = terms_of(tokenize(q))
        a = faiss_ix.engine.candidates(qvec, terms, unaccented(terms), 30, scope)
        b = qdrant_ix.engine.candidates(qvec, terms, unaccented(terms), 30, scope)
        assert len(set(a.rows) & set(b.rows)) >= 28, q  # ties at the cut may fall either way
        for i in set(a.rows) & set(b.rows):
            assert b.dense[i] == pytest.approx(float(a.dense[i]), abs=1e-5)
            assert b.lexical[i] == pytest.approx(float(a.lexical[i]), rel=1e-4, abs=1e-5)
        if scope.plans:
            assert {qdrant_ix.chunks[i].doc for i in b.rows} <= set(scope.plans)


def test_payload_filters_for_locality_and_level(qdrant_assistant, embedder):
    ix = qdrant_assistant.retriever.ix
    qvec = embedder.encode_queries(["Ủy ban nhân dân cấp xã"])[0]
    terms = terms_of(tokenize("Ủy ban nhân dân cấp xã"))
    found = ix.engine.candidates(qvec, terms, unaccented(terms), 20, Scope(levels=("huyện",)))
    assert found.rows and {ix.documents[ix.chunks[i].doc].level for i in found.rows} == {"huyện"}
    found = ix.engine.candidates(qvec, terms, unaccented(terms), 20, Scope(localities=("Hà Nội",)))
    assert found.rows and {ix.chunks[i].doc for i in found.rows} == {HANOI}


def test_agency_question_returns_each_plans_own_section(any_assistant):
    ans, top = _top(any_assistant, "Sở Nội vụ phải làm gì?")
    assert {d for d, _ in top[:4]} >= {HUE, HANOI, CANTHO}
    sections = {(d, s.split(" › ")[-1]) for d, s in top}
    assert {(HUE, "3. Sở Nội vụ"), (CANTHO, "2. Sở Nội vụ"), (HANOI, "3. Sở Nội vụ")} <= sections
    cited = {c.doc for c in ans.citations}
    assert cited >= {HUE, HANOI, CANTHO} and ANLAO not in cited


def test_no_diacritics_matches_accented_query(any_assistant):
    _, plain = _top(any_assistant, "so noi vu ha noi phai lam gi", k=1)
    _, accented = _top(any_assistant, "Sở Nội vụ Hà Nội phải làm gì", k=1)
    assert plain == accented == [(HANOI, "V. TỔ CHỨC THỰC HIỆN › 3. Sở Nội vụ")]


def test_plan_filter_restricts_retrieval(any_assistant):
    _, top = _top(any_assistant, "Kế hoạch 74/KH-BCĐ giao Sở Tài chính việc gì?", k=10)
    assert {d for d, _ in top} == {CANTHO}
    _, top = _top(any_assistant, "Sở Nội vụ Hà Nội phải làm gì?", k=10, plans=[HUE])
    assert {d for d, _ in top} == {HUE}


@pytest.mark.parametrize("question", ["Thời tiết Hà Nội hôm nay thế nào?", "Giá vé xe buýt ở Huế là bao nhiêu?"])
def test_off_topic_retrieves_nothing(any_assistant, question):
    ans = any_assistant.ask(question)
    assert ans.refused and ans.citations == [] and ans.passages == []


def _alias_target(settings) -> str | None:
    from index.backend_qdrant import QdrantBackend

    return QdrantBackend(settings).served()


def test_rebuild_swaps_the_alias_and_a_failed_build_keeps_the_old_one(qdrant_assistant, qdrant_settings,
                                                                      tmp_path, monkeypatch):
    """Runs last in this file: it adds a plan to the Qdrant index (the FAISS session index is untouched)."""
    from index.backend_qdrant import QdrantBackend

    before = qdrant_assistant.retriever.ix.version
    assert _alias_target(qdrant_settings) == f"planqa-{before}"
    upload = tmp_path / "quang_ninh_2025.txt"
    upload.write_text(QUANG_NINH_PLAN, encoding="utf-8")
    qdrant_assistant.reindex(extra_file=upload)
    after = qdrant_assistant.retriever.ix.version
    assert after != before and _alias_target(qdrant_settings) == f"planqa-{after}"
    ans = qdrant_assistant.ask("Sở Y tế tỉnh Quảng Ninh phải làm gì cho học viên?")
    assert "quang_ninh_2025.txt" in {c.doc for c in ans.citations}

    # a build that fails after its collection was written: alias, CURRENT and answers stay as they were
    def boom(self, version):
        raise RuntimeError("alias swap refused")

    monkeypatch.setattr(QdrantBackend, "activate", boom)
    collections = {c.name for c in QdrantBackend(qdrant_settings).call(lambda c: c.get_collections()).collections}
    with pytest.raises(RuntimeError, match="alias swap refused"):
        qdrant_assistant.reindex(remove_doc="quang_ninh_2025.txt")
    assert _alias_target(qdrant_settings) == f"planqa-{after}"
    assert (qdrant_settings.index_path / "CURRENT").read_text().strip() == after
    assert {c.name for c in QdrantBackend(qdrant_settings).call(lambda c: c.get_collections()).collections} \
        == collections  # the failed version's collection was dropped
    assert (qdrant_settings.plans_path / "quang_ninh_2025.txt").exists()
    assert {c.doc for c in qdrant_assistant.ask("Sở Nội vụ phải làm gì?").citations} >= {HUE, HANOI, CANTHO}
    manifest = json.loads((qdrant_settings.index_path / after / "manifest.json").read_text())
    assert manifest["backend"] == "qdrant" and np.isfinite(manifest["build_seconds"])
