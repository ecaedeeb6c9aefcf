"""Score the product's targets table and responsibility matrix against a gold folder
(``targets.jsonl`` + ``agencies.jsonl``, format in ``shared/eval/gold/README.md``).

Metrics (all in [0, 1]):

- **targets precision / recall** — one-to-one matching of product and gold targets on the same plan,
  the same ``number`` and the same ``year`` (unit breaks ties).
- **concept agreement** — for every gold ``concept`` whose targets come from 3+ plans: the number of its
  gold targets whose matched product target carries the concept most common among them, pooled over
  those concepts and divided by all their gold targets (an unmatched gold target counts as a miss).
  **concept purity** is the converse guard against one catch-all concept: for every product concept,
  the share of its matched targets that belong to its most common gold concept (pooled).
- **agencies precision / recall** — one-to-one matching on the same plan by normalised name (accent-free,
  no courtesy "Đề nghị", no punctuation; equal or contained) or, failing that, by the same function
  with overlapping names.
- **function agreement** — for every gold function (``canonical``) held by 3+ plans: the share of its
  agencies whose matched product row (``key``) is the one most common among them (pooled, unmatched =
  miss); **function purity** is the converse, as for concepts.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ingest.textnorm import fold, strip_accents
from ingest.types import Assignment, Target

if TYPE_CHECKING:
    from planqa.config import Settings


def load_gold(gold_dir: Path) -> tuple[list[dict], list[dict]]:
    def read(name: str) -> list[dict]:
        p = gold_dir / name
        return [json.loads(line) for line in p.read_text(encoding="utf-8").splitlines() if line.strip()] \
            if p.exists() else []
    return read("targets.jsonl"), read("agencies.jsonl")


def _greedy(pairs: list[tuple[float, int, int]]) -> dict[int, int]:
    """Best-first one-to-one matching: {gold index: product index}."""
    used_g: set[int] = set()
    used_p: set[int] = set()
    out: dict[int, int] = {}
    for _, g, p in sorted(pairs, key=lambda x: -x[0]):
        if g not in used_g and p not in used_p:
            out[g] = p
            used_g.add(g)
            used_p.add(p)
    return out


def match_targets(gold: list[dict], product: list[Target]) -> dict[int, int]:
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(product):
            if p.doc == g["doc"] and abs(p.number - float(g["number"])) < 1e-6 and p.year == g.get("year"):
                pairs.append((1.0 + (p.unit == g.get("unit")) + (p.value == g.get("value")) * 0.5, gi, pi))
    return _greedy(pairs)


def norm_agency(name: str) -> str:
    s = strip_accents(fold(name))
    s = re.sub(r"^\s*de nghi\s+", "", s)
    s = re.sub(r"[^\w\s]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def _agency_score(g: dict, p: Assignment) -> float:
    a, b = norm_agency(g["agency"]), norm_agency(p.agency)
    if a == b:
        return 3.0
    if a and b and (a in b or b in a):
        return 2.0
    wa, wb = set(a.split()), set(b.split())
    overlap = len(wa & wb) / max(1, min(len(wa), len(wb)))
    if p.key == g.get("canonical") and overlap >= 0.5:
        return 1.0 + overlap
    return 0.0


def match_agencies(gold: list[dict], product: list[Assignment]) -> dict[int, int]:
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(product):
            if p.doc == g["doc"]:
                s = _agency_score(g, p)
                if s > 0:
                    pairs.append((s, gi, pi))
    return _greedy(pairs)


def _agreement(gold: list[dict], field: str, labels: list[str | None], min_plans: int = 3) -> tuple[float, dict]:
    """Pooled share of gold items (grouped by ``field``, groups from ``min_plans``+ plans) whose product label
    is their group's most common one; ``labels[i]`` is the product label of gold item i (None = unmatched)."""
    groups: dict[str, list[int]] = defaultdict(list)
    for i, g in enumerate(gold):
        groups[g[field]].append(i)
    hit = total = 0
    per: dict[str, float] = {}
    for key, idx in groups.items():
        if len({gold[i]["doc"] for i in idx}) < min_plans:
            continue
        got = Counter(labels[i] for i in idx if labels[i] is not None)
        top = got.most_common(1)[0][1] if got else 0
        hit += top
        total += len(idx)
        per[key] = round(top / len(idx), 3)
    return (hit / total if total else 1.0), per


def _purity(gold: list[dict], field: str, labels: list[str | None]) -> float:
    by_label: dict[str, Counter] = defaultdict(Counter)
    for i, lab in enumerate(labels):
        if lab is not None:
            by_label[lab][gold[i][field]] += 1
    n = sum(sum(c.values()) for c in by_label.values())
    return sum(c.most_common(1)[0][1] for c in by_label.values()) / n if n else 1.0


def _pr(n_match: int, n_product: int, n_gold: int) -> tuple[float, float]:
    return (n_match / n_product if n_product else 1.0), (n_match / n_gold if n_gold else 1.0)


def score_structure(targets: list[Target], assignments: list[Assignment], gold_targets: list[dict],
                    gold_agencies: list[dict], docs: Iterable[str] | None = None) -> dict[str, Any]:
    """All metrics of the module docstring; ``docs`` restricts the product side to the gold's plans."""
    keep = set(docs) if docs is not None else {g["doc"] for g in gold_targets + gold_agencies}
    targets = [t for t in targets if t.doc in keep]
    assignments = [a for a in assignments if a.doc in keep]
    tm = match_targets(gold_targets, targets)
    am = match_agencies(gold_agencies, assignments)
    tp, tr = _pr(len(tm), len(targets), len(gold_targets))
    ap, ar = _pr(len(am), len(assignments), len(gold_agencies))
    concepts = [targets[tm[i]].concept if i in tm else None for i in range(len(gold_targets))]
    keys = [assignments[am[i]].key if i in am else None for i in range(len(gold_agencies))]
    ca, ca_per = _agreement(gold_targets, "concept", concepts)
    fa, fa_per = _agreement(gold_agencies, "canonical", keys)
    matched_t = set(tm.values())
    matched_a = set(am.values())
    return {
        "targets": {"precision": round(tp, 4), "recall": round(tr, 4), "product": len(targets),
                    "gold": len(gold_targets), "matched": len(tm)},
        "concepts": {"agreement": round(ca, 4), "purity": round(_purity(gold_targets, "concept", concepts), 4),
                     "per_concept": ca_per},
        "agencies": {"precision": round(ap, 4), "recall": round(ar, 4), "product": len(assignments),
                     "gold": len(gold_agencies), "matched": len(am)},
        "functions": {"agreement": round(fa, 4), "purity": round(_purity(gold_agencies, "canonical", keys), 4),
                      "per_function": fa_per},
        "unmatched": {
            "gold_targets": [f"{g['doc']} {g['year']} {g['value']} {g['indicator'][:60]}"
                             for i, g in enumerate(gold_targets) if i not in tm],
            "product_targets": [f"{t.doc} {t.year} {t.value} {t.indicator[:60]}"
                                for i, t in enumerate(targets) if i not in matched_t],
            "gold_agencies": [f"{g['doc']} {g['agency']}" for i, g in enumerate(gold_agencies) if i not in am],
            "product_agencies": [f"{a.doc} {a.agency}" for i, a in enumerate(assignments) if i not in matched_a],
        },
    }


def structure_of_plans(plans_dir: Path, settings: Settings) -> tuple[list[str], list[Target], list[Assignment]]:
    """Plan ids, targets (with concepts) and the matrix of a folder of plans, built as the index build does
    (the same embedder settings, so concept clustering sees the served numerics)."""
    from index.embed import Embedder
    from index.tables import build_structure
    from ingest.load import load_plans

    docs = load_plans(plans_dir)
    targets, assignments = build_structure(docs, Embedder.from_settings(settings))
    return [d.doc for d in docs], targets, assignments


def plans_for(gold_dir: Path, default: Path) -> Path:
    """The plans a gold folder describes: ``gold/plans``, else a sibling ``plans/``, else ``default``."""
    for p in (gold_dir / "plans", gold_dir.parent / "plans"):
        if p.is_dir() and any(p.iterdir()):
            return p
    return default


def evaluate(gold_dir: Path, plans_dir: Path, settings: Settings) -> dict[str, Any]:
    """Extract from ``plans_dir`` and score against ``gold_dir`` (every plan in the folder counts)."""
    docs, targets, assignments = structure_of_plans(plans_dir, settings)
    gt, ga = load_gold(gold_dir)
    report = score_structure(targets, assignments, gt, ga, docs=docs)
    report["gold"], report["plans"] = str(gold_dir), str(plans_dir)
    return report


def render(report: dict[str, Any]) -> str:
    t, c, a, f = report["targets"], report["concepts"], report["agencies"], report["functions"]
    return "\n".join([
        "| structure | precision | recall | agreement | purity |",
        "|---|---|---|---|---|",
        f"| targets ({t['matched']}/{t['gold']} gold, {t['product']} product) | {t['precision']:.3f} | "
        f"{t['recall']:.3f} | {c['agreement']:.3f} (concepts) | {c['purity']:.3f} |",
        f"| agencies ({a['matched']}/{a['gold']} gold, {a['product']} product) | {a['precision']:.3f} | "
        f"{a['recall']:.3f} | {f['agreement']:.3f} (functions) | {f['purity']:.3f} |",
    ])


def main(argv: list[str] | None = None) -> int:
    from planqa.config import Settings

    p = argparse.ArgumentParser(prog="planqa eval-structure", description=__doc__.split("\n")[0])
    p.add_argument("gold", help="folder with targets.jsonl and agencies.jsonl")
    p.add_argument("--plans", help="plans folder to extract from (default: gold/plans or a sibling plans/ "
                                   "folder, else settings.plans_dir)")
    p.add_argument("--json", action="store_true")
    args = p.parse_args(argv)
    settings = Settings()
    gold_dir = Path(args.gold)
    plans = Path(args.plans) if args.plans else plans_for(gold_dir, settings.plans_path)
    report = evaluate(gold_dir, plans, settings)
    print(json.dumps(report, ensure_ascii=False, indent=2) if args.json else render(report))
    return 0


def as_records(items: Iterable[Target | Assignment]) -> list[dict]:
    return [asdict(x) for x in items]


if __name__ == "__main__":
    sys.exit(main())
