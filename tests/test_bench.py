"""Smoke test of ``planqa bench`` on two small plans for a few seconds (scale runs live in docs/bench/)."""

from __future__ import annotations

import json

import pytest

from .conftest import MODEL_DIR, PLANS

pytestmark = pytest.mark.slow

KEYS = {"plans", "passages", "ingest_s", "embed_passages_per_s", "embed_reference_passages_per_s",
        "query_p50_ms", "query_p95_ms", "single_rps", "load", "peak_rss_mb"}


def test_synthesize_writes_distinct_relocalised_plans(tmp_path):
    from eval.bench import synthesize
    from ingest.load import load_plans

    written = synthesize(7, tmp_path, source_dir=PLANS)
    docs = load_plans(tmp_path)
    assert len(written) == len(docs) == 7
    localities = [d.locality for d in docs]
    assert len(set(localities)) == 7
    bundled = {d.locality for d in load_plans(PLANS)}
    assert not set(localities) & bundled
    assert len({d.text for d in docs}) == 7


def test_bench_smoke_on_two_plans(tmp_path):
    from eval.bench import run_bench
    from planqa.config import Settings

    plans = tmp_path / "plans"
    from eval.bench import synthesize

    synthesize(2, plans, source_dir=PLANS)
    questions = tmp_path / "q.jsonl"
    rows = [{"id": f"q{i}", "question": q, "type": "agency_tasks", "docs": [], "evidence": [], "answer": "",
             "key_facts": [], "history": []}
            for i, q in enumerate(["Sở Nội vụ phải làm gì?", "Mục tiêu đến năm 2030 là gì?"])]
    questions.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    served_index = tmp_path / "served"
    settings = Settings(home=tmp_path, model_dir=MODEL_DIR, index_dir=served_index)
    kept = tmp_path / "kept"
    out = run_bench(plans, clients=2, seconds=2, questions=questions, settings=settings, log=lambda m: None,
                    keep_index=kept)
    assert set(out) == KEYS
    assert out["plans"] == 2 and out["passages"] > 0
    assert out["embed_passages_per_s"] > 0 and out["embed_reference_passages_per_s"] > 0
    assert set(out["load"]) == {"clients", "requests", "errors", "rps", "p50_ms", "p95_ms"}
    assert out["load"]["clients"] == 2 and out["load"]["requests"] > 0 and out["load"]["errors"] == 0
    assert out["single_rps"] > 0 and out["query_p95_ms"] >= out["query_p50_ms"] > 0
    assert not served_index.exists()  # the bench never touches the served index
    # the kept index is measured again as it is (no rebuild): same corpus, the build's recorded time
    again = run_bench(plans, clients=2, seconds=1, questions=questions, settings=settings, log=lambda m: None,
                      existing_index=kept)
    assert set(again) == KEYS and again["passages"] == out["passages"] and again["plans"] == 2
    assert again["embed_passages_per_s"] > 0 and again["load"]["errors"] == 0
    assert len([p for p in kept.iterdir() if p.name.startswith("v")]) == 1
