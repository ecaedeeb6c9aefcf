"""Benchmark: cold index build time and peak memory, then retrieval / end-to-end latency (model loaded).

    python -m eval.bench [--questions ../shared/eval/dev.jsonl] [--repeat 3] [--out docs/bench]

Speed targets are checked here, never by timed unit tests.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import tempfile
import time
from pathlib import Path

from chat.pipeline import Assistant, ingest_folder
from eval.dataset import load_cases
from index.embed import Embedder
from planqa.config import Settings


def _pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return round(s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))], 1) if s else 0.0


def run_bench(questions: Path, repeat: int, settings: Settings) -> dict:
    t0 = time.perf_counter()
    embedder = Embedder(settings.model_path, settings.embed_batch_size)
    load_s = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as tmp:
        cold = settings.model_copy(update={"index_dir": Path(tmp) / "index"})
        t0 = time.perf_counter()
        path = ingest_folder(cold, embedder)
        build_s = time.perf_counter() - t0
        manifest = json.loads((path / "manifest.json").read_text())
        t0 = time.perf_counter()
        ingest_folder(cold, embedder)  # unchanged plans: vectors are reused
        rebuild_s = time.perf_counter() - t0
        assistant = Assistant(cold, embedder=embedder)
        cases = load_cases(questions)
        for c in cases[:3]:
            assistant.ask(c.question, c.history)  # warm-up
        retrieve, end_to_end = [], []
        for _ in range(repeat):
            for c in cases:
                t = time.perf_counter()
                ans = assistant.ask(c.question, c.history)
                end_to_end.append((time.perf_counter() - t) * 1000)
                retrieve.append(ans.timings_ms["retrieve"])
    return {
        "questions": str(questions), "n": len(retrieve), "model_load_s": round(load_s, 1),
        "plans": len(manifest["documents"]), "chunks": manifest["chunks"],
        "index_build_cold_s": round(build_s, 1), "index_rebuild_unchanged_s": round(rebuild_s, 1),
        "retrieve_ms": {"p50": _pct(retrieve, 50), "p95": _pct(retrieve, 95), "mean": round(statistics.mean(retrieve), 1)},
        "end_to_end_ms": {"p50": _pct(end_to_end, 50), "p95": _pct(end_to_end, 95)},
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m eval.bench")
    p.add_argument("--questions", default="../shared/eval/dev.jsonl")
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--out", default="docs/bench")
    a = p.parse_args(argv)
    result = run_bench(Path(a.questions), a.repeat, Settings())
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "bench.json").write_text(json.dumps(result, ensure_ascii=False, indent=2))
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
