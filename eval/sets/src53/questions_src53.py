"""Set 53: held-out questions on the five bundled plans (data/plans/*.txt), written blind to the product.

Shapes (see eval/sets/README.md, Set 53): slot questions inside a task line, shared / joint work of two bodies,
names after the 2025 reform, figures asked by value or threshold (numbers in words, fractions), priorities the plan
itself marks, counts of people vs percentages. Questions live in qs53.py; this script checks and writes
eval/sets/bundled53.jsonl. It refuses to write if a span is missing from its plan after FORMAT.md's normalisation,
a key fact is missing from its answer or from every span it cites, an answerable question has no docs/evidence, a
question with a history has a history outside 3-5 turns (or a follow_up has none), two questions share a text, a
type falls below its minimum, an unanswerable question has docs/evidence or no probe, or an unanswerable question's
probe regex matches the accent-free normalised text of the plans (or plan section) it is checked against.
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SETS = os.path.dirname(HERE)
ROOT = os.path.dirname(os.path.dirname(SETS))
sys.path.insert(0, SETS)
sys.path.insert(0, HERE)
from check_sets import norm  # noqa: E402
from qs53 import PLANS, QUESTIONS  # noqa: E402

OUT = os.path.join(SETS, "bundled53.jsonl")
MINIMUM = {"english": 16, "follow_up": 20, "unanswerable": 35}
TYPES = ["agency_tasks", "target", "deadline", "funding", "legal_basis", "purpose", "task_section", "cross_plan",
         "no_diacritics", "abbreviation", "paraphrase", "unanswerable", "english", "follow_up"]


def fold(s):
    """Accent-free, lower-case, FORMAT.md-normalised text (đ -> d)."""
    s = unicodedata.normalize("NFD", norm(s)).replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in s if unicodedata.category(c) != "Mn").lower()


def main():
    texts = {k: norm(open(os.path.join(ROOT, "data", "plans", f), encoding="utf-8").read()) for k, f in PLANS.items()}
    folded = {k: fold(t) for k, t in texts.items()}
    errors = []
    rows = []
    seen = set()
    counts = {}
    for n, q in enumerate(QUESTIONS, 1):
        qid = f"q53-{n:03d}"
        where = f"{qid} {q['question'][:60]!r}"
        key = norm(q["question"]).lower()
        if key in seen:
            errors.append(f"{where}: duplicate question text")
        seen.add(key)
        typ = q["type"]
        if typ not in TYPES:
            errors.append(f"{where}: bad type {typ}")
        counts[typ] = counts.get(typ, 0) + 1
        hist = q["history"]
        if typ == "follow_up" and not hist:
            errors.append(f"{where}: follow_up without history")
        if hist and not 3 <= len(hist) <= 5:
            errors.append(f"{where}: history of {len(hist)} turns")
        if hist and hist[-1]["role"] != "assistant":
            errors.append(f"{where}: history does not end with an assistant turn")
        evidence = [{"doc": PLANS[k], "span": s} for k, s in q["evidence"]]
        docs = []
        for k, _ in q["evidence"]:
            if PLANS[k] not in docs:
                docs.append(PLANS[k])
        if typ == "unanswerable":
            if evidence:
                errors.append(f"{where}: unanswerable with evidence")
            if not q.get("probe"):
                errors.append(f"{where}: unanswerable without probe")
            else:
                for k in q["probe_plans"]:
                    hay = folded[k]
                    sec = q.get("section")
                    if sec:
                        a = hay.find(fold(sec[0]))
                        b = hay.find(fold(sec[1]), a + 1)
                        if a < 0 or b < 0:
                            errors.append(f"{where}: section markers not found in {k}")
                            continue
                        hay = hay[a:b]
                    m = re.search(q["probe"], hay)
                    if m:
                        errors.append(f"{where}: probe {q['probe']!r} matches {k}: {hay[max(0, m.start() - 60):m.end() + 60]!r}")
        else:
            if not evidence or not q["key_facts"]:
                errors.append(f"{where}: answerable without evidence/key facts")
            for k, s in q["evidence"]:
                if norm(s) not in texts[k]:
                    errors.append(f"{where}: span not in {k}: {s!r}")
            ans = norm(q["answer"]).lower()
            spans = [norm(s).lower() for _, s in q["evidence"]]
            for kf in q["key_facts"]:
                f = norm(kf).lower()
                if f not in ans:
                    errors.append(f"{where}: key fact {kf!r} not in answer")
                if not any(f in s for s in spans):
                    errors.append(f"{where}: key fact {kf!r} in no cited span")
        rows.append({"id": qid, "question": q["question"], "type": typ, "docs": docs, "evidence": evidence,
                     "answer": q["answer"], "key_facts": q["key_facts"] if typ != "unanswerable" else [],
                     "history": hist})
    for t in TYPES:
        if counts.get(t, 0) < MINIMUM.get(t, 5):
            errors.append(f"type {t}: {counts.get(t, 0)} < {MINIMUM.get(t, 5)}")
    if errors:
        for e in errors:
            print(e)
        print(f"{len(errors)} errors; nothing written")
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(unicodedata.normalize("NFC", json.dumps(r, ensure_ascii=False)) + "\n")
    print(f"wrote {len(rows)} questions to {OUT}: {dict(sorted(counts.items()))}")


if __name__ == "__main__":
    main()
