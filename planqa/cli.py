"""`planqa` command line: ingest, ask, serve, eval. Builds Settings once and passes it down."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path


def _settings():  # noqa: ANN202 - local import keeps `planqa --help` fast
    from planqa.config import Settings

    return Settings()


def cmd_ingest(args: argparse.Namespace) -> int:
    from chat.pipeline import ingest_folder
    from ingest.errors import IngestError

    settings = _settings()
    if args.plans:
        settings.plans_dir = Path(args.plans).resolve()
    t0 = time.perf_counter()
    try:
        path = ingest_folder(settings, show_progress=sys.stderr.isatty() or args.progress)
    except IngestError as exc:
        print(f"Lỗi / Error: {exc}", file=sys.stderr)
        return 2
    manifest = json.loads((path / "manifest.json").read_text())
    print(f"Index {manifest['version']}: {len(manifest['documents'])} plans, {manifest['chunks']} chunks, "
          f"{manifest.get('embedded', '?')} texts embedded ({manifest.get('reused_vectors', 0)} reused, "
          f"{manifest.get('embed_mode', '')}), built in {time.perf_counter() - t0:.1f}s → {path}")
    return 0


def cmd_ask(args: argparse.Namespace) -> int:
    from chat.pipeline import Assistant
    from index.store import IndexMissing

    try:
        assistant = Assistant.from_settings(_settings())
    except IndexMissing as exc:
        print(f"Lỗi / Error: {exc}", file=sys.stderr)
        return 3
    answer = assistant.ask(args.question, plans=args.plan or None)
    if args.json:
        d = answer.to_dict()
        print(json.dumps(d, ensure_ascii=False, indent=2))
        return 0
    print(answer.answer)
    if answer.citations:
        print("\n---")
        for c in answer.citations:
            print(f"[{c.n}] {c.locality} — {c.section} ({c.doc}, {c.start}-{c.end})")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from web.serve import serve

    settings = _settings()
    settings.host = args.host or settings.host
    settings.port = args.port or settings.port
    serve(settings)
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from eval.run import run_eval, with_extra_plans

    settings = _settings()
    if args.plans:  # extra plan folders beside plans_dir: evaluated on a temporary index over all of them
        settings = with_extra_plans(settings, [Path(p) for p in args.plans])
    report = run_eval(Path(args.path), settings, Path(args.out), baselines=not args.no_baselines)
    print(report.get("markdown", ""))
    gold = Path(args.gold) if args.gold else Path(args.path).parent / "gold"
    if (gold / "targets.jsonl").exists() or (gold / "agencies.jsonl").exists():
        _print_structure(gold, Path(args.gold_plans) if args.gold_plans else None, settings, Path(args.out))
    return 0


def _print_structure(gold: Path, plans: Path | None, settings, out: Path | None = None) -> None:  # noqa: ANN001
    from eval.structure import evaluate, plans_for, render

    report = evaluate(gold, plans or plans_for(gold, settings.plans_path), settings)
    print(f"\n## Structure (targets table and responsibility matrix) vs {gold}\n\n{render(report)}")
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
        (out / "structure.json").write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")


def cmd_eval_structure(args: argparse.Namespace) -> int:
    _print_structure(Path(args.gold), Path(args.plans) if args.plans else None, _settings(),
                     Path(args.out) if args.out else None)
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    from eval.bench import DEFAULT_QUESTIONS, run_bench, synthesize

    if args.synthesize is not None:
        if not args.dir:
            print("planqa bench --synthesize N DIR: DIR is required", file=sys.stderr)
            return 2
        written = synthesize(args.synthesize, Path(args.dir), include_bundled=args.include_bundled)
        print(f"{len(written)} plans written to {args.dir}")
        return 0
    settings = _settings()
    plans_dir = Path(args.plans_dir) if args.plans_dir else settings.plans_path
    result = run_bench(plans_dir, clients=args.clients, seconds=args.seconds,
                       questions=Path(args.questions) if args.questions else DEFAULT_QUESTIONS, settings=settings,
                       keep_index=Path(args.keep_index) if args.keep_index else None,
                       existing_index=Path(args.index) if args.index else None)
    text = json.dumps(result, ensure_ascii=False, indent=2)
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(text + "\n")
    print(text)
    return 0


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    p = argparse.ArgumentParser(prog="planqa", description="Hỏi đáp kế hoạch xây dựng xã hội học tập")
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("ingest", help="build the index over the plans folder")
    s.add_argument("--plans", help="plans folder (default: settings.plans_dir)")
    s.add_argument("--progress", action="store_true", help="progress bars even when stderr is not a terminal")
    s.set_defaults(func=cmd_ingest)
    s = sub.add_parser("ask", help="answer one question with citations")
    s.add_argument("question")
    s.add_argument("--plan", action="append", help="restrict to a plan id (repeatable)")
    s.add_argument("--json", action="store_true", help="print the answer contract as JSON")
    s.set_defaults(func=cmd_ask)
    s = sub.add_parser("serve", help="serve the API, the Gradio chat and the widget")
    s.add_argument("--host")
    s.add_argument("--port", type=int)
    s.set_defaults(func=cmd_serve)
    s = sub.add_parser("eval", help="score a Q&A set (FORMAT.md) against the product and two baselines")
    s.add_argument("path")
    s.add_argument("--out", default="docs/eval")
    s.add_argument("--no-baselines", action="store_true")
    s.add_argument("--plans", action="append", help="extra plans folder loaded beside plans_dir (repeatable)")
    s.add_argument("--gold", help="structure gold folder (default: gold/ beside the Q&A set, when present)")
    s.add_argument("--gold-plans", help="plans the structure gold describes (default: gold/plans, a sibling plans/, "
                                        "or settings.plans_dir)")
    s.set_defaults(func=cmd_eval)
    s = sub.add_parser("eval-structure", help="score the targets table and responsibility matrix against a gold folder")
    s.add_argument("gold")
    s.add_argument("--plans")
    s.add_argument("--out", help="also write structure.json here")
    s.set_defaults(func=cmd_eval_structure)
    s = sub.add_parser("bench", help="benchmark a fresh index of a plans folder (ingest, embedding, latency, load)")
    s.add_argument("--plans-dir", help="plans folder (default: settings.plans_dir)")
    s.add_argument("--clients", type=int, default=16, help="concurrent HTTP clients for the load test")
    s.add_argument("--seconds", type=float, default=20.0, help="duration of the load test")
    s.add_argument("--json", help="also write the result to this file")
    s.add_argument("--keep-index", metavar="DIR", help="build the index into DIR (new/empty) and keep it")
    s.add_argument("--index", metavar="DIR", help="measure an index built earlier (e.g. by --keep-index) instead")
    s.add_argument("--questions", help="questions for latency and load (default: ../shared/eval/dev.jsonl)")
    s.add_argument("--synthesize", type=int, metavar="N", help="instead: write N re-localised plan copies into DIR")
    s.add_argument("--include-bundled", action="store_true", help="with --synthesize: copy the bundled plans too")
    s.add_argument("dir", nargs="?", help="output folder for --synthesize")
    s.set_defaults(func=cmd_bench)
    args = p.parse_args(argv)
    return int(args.func(args) or 0)


if __name__ == "__main__":
    raise SystemExit(main())
