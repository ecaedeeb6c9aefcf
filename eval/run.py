"""Run a test set through the product (``chat.pipeline.Assistant``) and both baselines; write the report.

Only public APIs are used, so the figures measure what a user of the CLI/API gets. Outputs:
``eval.json`` (every figure and, per question, what each system retrieved) and ``eval.md``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import resource
import sys
import time
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from eval.baselines import BaselineRun, run_baselines
from eval.dataset import DatasetError, QACase, load_cases
from eval.metrics import (
    ANSWER_KEYS,
    KS,
    MRR_K,
    RETRIEVAL_KEYS,
    RankedPassage,
    aggregate,
    answer_metrics,
    evidence_found,
    retrieval_metrics,
)
from planqa.config import Settings

log = logging.getLogger(__name__)

PRODUCT = "product"
SYSTEM_LABELS = {PRODUCT: "Product", "bm25-1000": "BM25-1000", "langchain-recipe": "LangChain recipe"}
LATENCY_KEYS = ("retrieve_ms", "e2e_ms")
DEPTH = max(max(KS), MRR_K)
SNIPPET = 500


# --------------------------------------------------------------------------- collecting


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far (ru_maxrss is KiB on Linux, bytes on macOS)."""
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def _as_ranked(citations: Sequence[Any]) -> list[RankedPassage]:
    return [
        RankedPassage(c.doc, c.text, r, c.score, id=c.id, section=c.section, start=c.start)
        for r, c in enumerate(citations, start=1)
    ]


def ask_product(assistant: Any, cases: Sequence[QACase]) -> dict[str, dict[str, Any]]:
    """Ask every question with its history; an exception is recorded for that question, not raised."""
    records: dict[str, dict[str, Any]] = {}
    if cases:  # warm-up (lazy model/tokenizer state), so latency is measured with everything loaded
        try:
            assistant.ask(cases[0].question, history=list(cases[0].history))
        except Exception:  # noqa: BLE001 - the real run below records the error
            pass
    for i, case in enumerate(cases, start=1):
        t0 = time.perf_counter()
        try:
            ans = assistant.ask(case.question, history=list(case.history))
        except Exception as exc:  # one broken question must not hide the other figures
            log.exception("product failed on %s", case.id)
            records[case.id] = {
                "answer": "", "refused": False, "citations": [], "passages": [], "mode": "error",
                "warnings": [], "retrieve_ms": None, "e2e_ms": (time.perf_counter() - t0) * 1000.0,
                "error": repr(exc),
            }
            continue
        wall_ms = (time.perf_counter() - t0) * 1000.0
        records[case.id] = {
            "answer": ans.answer,
            "refused": bool(ans.refused),
            "citations": _as_ranked(ans.citations),
            "passages": _as_ranked(ans.passages[:DEPTH]),
            "mode": ans.mode,
            "warnings": list(ans.warnings),
            "retrieve_ms": ans.timings_ms.get("retrieve"),
            "e2e_ms": wall_ms,
            "error": None,
        }
        log.info("[%d/%d] %s %.0f ms", i, len(cases), case.id, wall_ms)
    return records


# --------------------------------------------------------------------------- scoring


def _retrieved(case: QACase, passages: Sequence[RankedPassage]) -> list[dict[str, Any]]:
    """What a system returned, with which evidence spans each passage finds."""
    return [
        {
            "rank": p.rank,
            "doc": p.doc,
            "id": p.id,
            "section": p.section,
            "start": p.start,
            "score": p.score,
            "finds": [j for j, ev in enumerate(case.evidence) if evidence_found(ev, p)],
            "text": p.text[:SNIPPET],
        }
        for p in passages
    ]


def score_system(
    cases: Sequence[QACase], passages: dict[str, list[RankedPassage]], latency: dict[str, dict[str, Any]]
) -> list[dict[str, Any]]:
    """Per-question retrieval rows for one system (answer fields are added for the product)."""
    rows = []
    for case in cases:
        got = passages.get(case.id, [])[:DEPTH]
        row: dict[str, Any] = {"id": case.id, "type": case.type, "answerable": case.answerable}
        row.update(retrieval_metrics(case.evidence, got))
        row.update(latency.get(case.id, {}))
        row["retrieved"] = _retrieved(case, got)
        rows.append(row)
    return rows


def score_product(cases: Sequence[QACase], records: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    latency = {cid: {k: rec[k] for k in LATENCY_KEYS} for cid, rec in records.items()}
    rows = score_system(cases, {cid: rec["passages"] for cid, rec in records.items()}, latency)
    for case, row in zip(cases, rows, strict=True):
        rec = records[case.id]
        row.update(answer_metrics(case, rec["answer"], rec["refused"], rec["citations"], rec["passages"]))
        if rec["error"]:  # a crash is a failure on every figure, never a lucky "correctly empty"
            answerable = case.answerable
            row.update(false_refusal=True if answerable else None, wrongly_cut=True if answerable else None)
            row.update(empty_retrieval=None if answerable else False)
        row.update(
            answer=rec["answer"],
            refused=rec["refused"],
            mode=rec["mode"],
            warnings=rec["warnings"],
            error=rec["error"],
            citations=[{"n": c.rank, "doc": c.doc, "id": c.id, "section": c.section} for c in rec["citations"]],
            cited_docs=sorted({c.doc for c in rec["citations"]}),
        )
    return rows


def score_baseline(cases: Sequence[QACase], run: BaselineRun) -> list[dict[str, Any]]:
    # a baseline has no generation step: its retrieval time is its end-to-end time
    latency = {cid: {"retrieve_ms": ms, "e2e_ms": ms} for cid, ms in run.latency_ms.items()}
    return score_system(cases, run.passages, latency)


# --------------------------------------------------------------------------- report


def _fmt(value: Any, kind: str = "pct") -> str:
    if value is None:
        return "–"
    if kind == "pct":
        return f"{100 * value:.1f}%"
    if kind == "ms":
        return f"{value:.0f}"
    return f"{value:.3f}"


def _cell(text: str, limit: int = 120) -> str:
    text = " ".join(str(text).split())
    text = text if len(text) <= limit else text[: limit - 1] + "…"
    return text.replace("|", "\\|")


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return lines


def _failures(report: dict[str, Any]) -> list[list[str]]:
    out = []
    for q in report["questions"]:
        row = q[PRODUCT]
        reasons = []
        if row["answerable"] and row["hit@5"] is False:
            reasons.append("no hit in top 5")
        if row.get("missing_key_facts"):
            reasons.append("missing: " + ", ".join(row["missing_key_facts"]))
        if row.get("refusal_accuracy") is False:
            reasons.append("not refused" if not row["refused"] else "refused but cited")
        if row.get("error"):
            reasons.append("error: " + row["error"])
        if not reasons:
            continue
        top = row["retrieved"][0] if row["retrieved"] else None
        rank1 = f"`{top['doc']}` {top['section']} — {top['text']}" if top else "(nothing)"
        rank = row["first_hit_rank"]
        out.append(
            [q["id"], q["type"], _cell(q["question"], 70), _cell("; ".join(reasons), 90),
             "–" if rank is None else str(rank), _cell(rank1, 140)]
        )
    return out


def render_markdown(report: dict[str, Any]) -> str:
    """The human summary of ``eval.json``: overall, per type, answers, cost, failures."""
    systems = [s for s in SYSTEM_LABELS if s in report["systems"]]
    res = report["systems"]
    lines = [
        f"# Evaluation — `{report['cases_path']}`",
        "",
        f"{report['n_cases']} questions ({report['n_answerable']} answerable), {report['created']}. "
        "Retrieval figures are over answerable questions; a span is found by substring after normalisation "
        "or ≥80% of its word tokens in order (FORMAT.md).",
        "",
        "## Retrieval, overall",
        "",
    ]
    head = ["system", "n", *(f"Hit@{k}" for k in KS), "Recall@5", f"MRR@{MRR_K}", "Hit@5 (substring only)"]
    rows = []
    for s in systems:
        o = res[s]["overall"]
        n = str(o["support"].get("hit@1", 0))
        rows.append([SYSTEM_LABELS[s], n, *(_fmt(o[f"hit@{k}"]) for k in KS), _fmt(o["recall@5"]),
                     _fmt(o[f"mrr@{MRR_K}"], "f"), _fmt(o["strict_hit@5"])])
    lines += _table(head, rows)
    lines += ["", "Baselines see the question only (no history, no query analysis) and the same plan files."]
    for s in systems:
        for note in res[s].get("notes", []):
            lines.append(f"\n> **{SYSTEM_LABELS[s]}:** {note}")

    lines += ["", "## Retrieval by type", ""]
    head = ["type", "n", *(f"Hit@5 {SYSTEM_LABELS[s]}" for s in systems), *(f"MRR@10 {SYSTEM_LABELS[s]}" for s in systems)]
    rows = []
    for t, o in res[PRODUCT]["by_type"].items():
        by = [res[s]["by_type"].get(t, {}) for s in systems]
        rows.append([t, str(o["n"]), *(_fmt(b.get("hit@5")) for b in by), *(_fmt(b.get(f"mrr@{MRR_K}"), "f") for b in by)])
    lines += _table(head, rows)

    lines += ["", "## Answers by type (product)", ""]
    head = ["type", "n", "key facts", "citation precision", "plan accuracy", "cross-plan coverage",
            "refusal accuracy", "false refusals", "nothing retrieved (unanswerable)", "wrongly cut (answerable)"]
    keys = ["key_fact_coverage", "citation_precision", "plan_accuracy", "cross_plan_coverage",
            "refusal_accuracy", "false_refusal", "empty_retrieval", "wrongly_cut"]
    rows = [[t, str(o["n"]), *(_fmt(o[k]) for k in keys)] for t, o in res[PRODUCT]["by_type"].items()]
    o = res[PRODUCT]["overall"]
    rows.append(["**overall**", str(o["n"]), *(_fmt(o[k]) for k in keys)])
    lines += _table(head, rows)

    lines += ["", "## Cost", ""]
    head = ["system", "retrieval p50 ms", "retrieval p95 ms", "end-to-end p50 ms", "end-to-end p95 ms", "build s"]
    rows = []
    for s in systems:
        o = res[s]["overall"]
        build = report["cost"]["index_build_s"] if s == PRODUCT else res[s].get("build_s")
        rows.append([SYSTEM_LABELS[s], *(_fmt(o[f"{k}_{p}"], "ms") for k in LATENCY_KEYS for p in ("p50", "p95")),
                     "–" if build is None else f"{build:.1f}"])
    lines += _table(head, rows)
    cost = report["cost"]
    lines += [
        "",
        f"Peak memory (ru_maxrss): {cost['peak_rss_mb_product']:.0f} MB after the product run, "
        f"{cost['peak_rss_mb_total']:.0f} MB at the end (baselines included).",
        "",
        "Product latency by type:",
        "",
    ]
    head = ["type", "retrieval p50", "retrieval p95", "end-to-end p50", "end-to-end p95"]
    rows = [[t, *(_fmt(o[f"{k}_{p}"], "ms") for k in LATENCY_KEYS for p in ("p50", "p95"))]
            for t, o in res[PRODUCT]["by_type"].items()]
    lines += _table(head, rows)

    fails = _failures(report)
    lines += ["", f"## Failed questions ({len(fails)})", ""]
    if fails:
        lines += _table(["id", "type", "question", "why", "first hit", "rank 1 retrieved"], fails)
    else:
        lines.append("None.")
    if report["errors"]:
        lines += ["", "## Errors", "", *(f"- {e}" for e in report["errors"])]
    return "\n".join(lines) + "\n"


def _jsonable(obj: Any) -> Any:
    if isinstance(obj, RankedPassage):
        return asdict(obj)
    if isinstance(obj, Path):
        return str(obj)
    raise TypeError(f"not JSON serialisable: {type(obj).__name__}")


# --------------------------------------------------------------------------- entry points


def with_extra_plans(settings: Settings, folders: Sequence[Path]) -> Settings:
    """Settings whose (temporary) index holds the plans of ``plans_dir`` and of ``folders``."""
    import tempfile

    from index.embed import Embedder
    from index.store import build_index
    from ingest.load import load_plans

    docs = load_plans(settings.plans_path)
    for folder in folders:
        docs += load_plans(folder)
    out = settings.model_copy(update={"index_dir": Path(tempfile.mkdtemp(prefix="planqa-eval-index-"))})
    build_index(docs, out, Embedder.from_settings(out))  # the served numerics (int8, token cap), not fp32
    return out


def run_eval(
    cases_path: Path,
    settings: Settings,
    out_dir: Path,
    baselines: bool = True,
    index_build_s: float | None = None,
) -> dict:
    """Evaluate the product (and baselines) on a FORMAT.md test set; write eval.json + eval.md.

    ``index_build_s`` is the caller's measured index build time, reported as-is (the eval does not
    rebuild the index, so it measures the index users actually get).
    """
    cases = load_cases(cases_path)  # fail on a bad test set before loading any model

    from chat.pipeline import Assistant

    errors: list[str] = []
    assistant = Assistant.from_settings(settings)
    records = ask_product(assistant, cases)
    errors += [f"{cid}: {rec['error']}" for cid, rec in records.items() if rec["error"]]
    peak_product = peak_rss_mb()
    product_rows = score_product(cases, records)

    runs: list[BaselineRun] = []
    if baselines:
        model_dir: Path | None = None
        try:
            from index.e5_convert import ensure_model

            model_dir = ensure_model(settings.model_path)
        except Exception as exc:  # the BM25 baseline does not need the model
            errors.append(f"baselines: embedding model unavailable ({exc!r})")
        try:
            only: list[str] | None = [d.doc for d in assistant.documents()]
        except Exception as exc:
            errors.append(f"baselines: product documents unavailable, using every text file ({exc!r})")
            only = None
        runs = run_baselines(cases, settings.plans_path, model_dir, only=only, k=DEPTH)

    all_rows = {PRODUCT: product_rows} | {r.name: score_baseline(cases, r) for r in runs}
    systems: dict[str, Any] = {
        PRODUCT: aggregate(product_rows, RETRIEVAL_KEYS + ANSWER_KEYS, LATENCY_KEYS) | {"notes": []}
    }
    for r in runs:
        systems[r.name] = aggregate(all_rows[r.name], RETRIEVAL_KEYS, LATENCY_KEYS) | {
            "build_s": r.build_s,
            "notes": r.notes,
        }
    questions = [
        {"id": c.id, "type": c.type, "question": c.question, "docs": c.docs}
        | {name: rows[i] for name, rows in all_rows.items()}
        for i, c in enumerate(cases)
    ]
    report: dict[str, Any] = {
        "cases_path": str(cases_path),
        "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "n_cases": len(cases),
        "n_answerable": sum(c.answerable for c in cases),
        "settings": {
            k: getattr(settings, k) for k in ("top_k", "candidates", "per_plan_quota", "min_relevance", "llm", "llm_model")
        },
        "systems": systems,
        "cost": {
            "index_build_s": index_build_s,
            "peak_rss_mb_product": peak_product,
            "peak_rss_mb_total": peak_rss_mb(),
            "baseline_build_s": {r.name: r.build_s for r in runs},
        },
        "errors": errors,
        "questions": questions,
    }
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "eval.json").write_text(
        json.dumps(report, ensure_ascii=False, indent=2, default=_jsonable), encoding="utf-8"
    )
    report["markdown"] = render_markdown(report)
    (out_dir / "eval.md").write_text(report["markdown"], encoding="utf-8")
    return report


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m eval.run PATH.jsonl [--out DIR] [--no-baselines]``; prints the Markdown summary."""
    parser = argparse.ArgumentParser(prog="python -m eval.run", description="Evaluate planqa on a test set.")
    parser.add_argument("cases", type=Path, help="test set in FORMAT.md JSON Lines")
    parser.add_argument("--out", type=Path, default=None, help="output folder (default: data/eval under home)")
    parser.add_argument("--no-baselines", action="store_true", help="skip the BM25 and LangChain baselines")
    parser.add_argument("--plans", type=Path, action="append", help="extra plans folder beside plans_dir")
    args = parser.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    if not args.cases.is_file():
        print(f"error: no such test set: {args.cases}", file=sys.stderr)
        return 2
    settings = Settings()
    if args.plans:
        settings = with_extra_plans(settings, args.plans)
    out = args.out or settings.path(Path("data/eval"))
    try:
        report = run_eval(args.cases, settings, out, baselines=not args.no_baselines)
    except DatasetError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    sys.stdout.write(report["markdown"])
    print(f"\nwritten: {out / 'eval.json'}, {out / 'eval.md'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
