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
        path = ingest_folder(settings)
    except IngestError as exc:
        print(f"Lỗi / Error: {exc}", file=sys.stderr)
        return 2
    manifest = json.loads((path / "manifest.json").read_text())
    print(f"Index {manifest['version']}: {len(manifest['documents'])} plans, {manifest['chunks']} chunks, "
          f"built in {time.perf_counter() - t0:.1f}s → {path}")
    return 0


def cmd_ask(args: argparse.Namespace) -> int:
    from chat.pipeline import Assistant

    assistant = Assistant.from_settings(_settings())
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
    return 0


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    p = argparse.ArgumentParser(prog="planqa", description="Hỏi đáp kế hoạch xây dựng xã hội học tập")
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("ingest", help="build the index over the plans folder")
    s.add_argument("--plans", help="plans folder (default: settings.plans_dir)")
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
    s.set_defaults(func=cmd_eval)
    args = p.parse_args(argv)
    return int(args.func(args) or 0)


if __name__ == "__main__":
    raise SystemExit(main())
