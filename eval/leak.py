"""Citation leak into look-alike plans: the same test set evaluated on the bundled plans alone and with many
re-localised copies loaded beside them (``planqa bench --synthesize``), compared on the questions that name one
place: their citation precision, and the share of their citations that stay in the asked plan.

    python -m eval.leak FIVE/eval.json MANY/eval.json [--index data/index]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ingest.textnorm import fold, strip_accents
from planqa.config import Settings


def _plain(text: str) -> str:
    return strip_accents(fold(text)).replace(" ", "")


def compare(five: dict, many: dict, localities: dict[str, str]) -> dict:
    """Per-question figures of two eval.json reports, over the answerable questions whose single gold plan's
    locality the question names."""
    other = {q["id"]: q for q in many["questions"]}
    rows = []
    for q in five["questions"]:
        a, b = q["product"], other[q["id"]]["product"]
        if not a["answerable"] or len(q["docs"]) != 1 or q["docs"][0] not in localities:
            continue
        if _plain(localities[q["docs"][0]]) not in _plain(q["question"]):
            continue

        def own(p: dict, doc: str = q["docs"][0]) -> float | None:
            cited = p.get("cited_docs") or []
            return sum(d == doc for d in cited) / len(cited) if cited else None

        rows.append({"id": q["id"], "precision": (a["citation_precision"], b["citation_precision"]),
                     "in_asked_plan": (own(a), own(b))})

    def mean(i: int, key: str) -> float:
        vals = [r[key][i] for r in rows if r[key][i] is not None]
        return round(sum(vals) / len(vals), 3) if vals else 0.0

    return {"questions": len(rows),
            "citation_precision": {"five": mean(0, "precision"), "many": mean(1, "precision")},
            "citations_in_asked_plan": {"five": mean(0, "in_asked_plan"), "many": mean(1, "in_asked_plan")},
            "changed": [r for r in rows if r["precision"][0] != r["precision"][1]]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.leak", description=__doc__.split("\n\n")[0])
    parser.add_argument("five", type=Path, help="eval.json on the bundled plans")
    parser.add_argument("many", type=Path, help="eval.json with the look-alike plans loaded too")
    parser.add_argument("--index", type=Path, help="an index holding the bundled plans (default: settings)")
    args = parser.parse_args(argv)
    from index.store import load_index

    settings = Settings()
    if args.index:
        settings = settings.model_copy(update={"index_dir": args.index})
    localities = {d.doc: d.locality for d in load_index(settings).documents.values()}
    report = compare(json.loads(args.five.read_text()), json.loads(args.many.read_text()), localities)
    print(json.dumps(report, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
