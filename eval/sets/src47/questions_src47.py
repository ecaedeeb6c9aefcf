"""Set 47: questions on the five bundled plans (data/plans/*.txt), written blind to the product.

    python eval/sets/src47/questions_src47.py      # writes eval/sets/bundled47.jsonl

"Today" is 2026-12-04 for every time-relative question. The script refuses to write if a span is missing from its
plan after FORMAT.md's normalisation, a key fact is missing from its answer or from every cited span, a follow-up has
no history or a history outside 3-5 turns, two questions share a text, a type falls below its minimum, an
unanswerable question has evidence or no probe, or a probe regex matches the accent-free normalised text of the
plans it is checked against.
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SETS = os.path.dirname(HERE)
sys.path.insert(0, SETS)
import check_sets  # noqa: E402
from qs47 import QUESTIONS  # noqa: E402

D = {"HUE": "000_4550be4bb11189cd.txt", "ML": "001_7bafa58816a5de75.txt", "HN": "002_797e8de6131c77f9.txt",
     "CT": "003_1a817ee72b993e3e.txt", "AL": "004_b1b28019b71edc03.txt"}
MINIMUM = {"english": 16, "follow_up": 20, "unanswerable": 35}
OUT = os.path.join(SETS, "bundled47.jsonl")


def fold(s):
    s = unicodedata.normalize("NFD", check_sets.norm(s).replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in s if not unicodedata.combining(ch)).lower()


def low(s):
    return check_sets.norm(s).lower()


def build():
    problems, out, seen = [], [], set()
    for n, q in enumerate(QUESTIONS, 1):
        qid = f"q47-{n:03d}"
        typ, text = q["type"], q["q"]
        if text in seen:
            problems.append(f"{qid}: duplicate question text")
        seen.add(text)
        ev = [{"doc": D[c], "span": s} for c, s in q.get("ev", [])]
        docs = []
        for e in ev:
            if e["doc"] not in docs:
                docs.append(e["doc"])
            if check_sets.norm(e["span"]) not in check_sets.text_of(e["doc"]):
                problems.append(f"{qid}: span missing in {e['doc']}: {e['span']!r}")
        hist = [{"role": r, "content": t} for r, t in q.get("hist", [])]
        if typ == "follow_up" and not hist:
            problems.append(f"{qid}: follow_up without history")
        if hist and not 3 <= len(hist) <= 5:
            problems.append(f"{qid}: history of {len(hist)} turns")
        kfs = q.get("kf", [])
        for kf in kfs:
            if low(kf) not in low(q["a"]):
                problems.append(f"{qid}: key fact {kf!r} not in answer")
            if ev and not any(low(kf) in low(e["span"]) for e in ev):
                problems.append(f"{qid}: key fact {kf!r} in no cited span")
        if typ == "unanswerable":
            if ev:
                problems.append(f"{qid}: unanswerable with evidence")
            if not q.get("probe"):
                problems.append(f"{qid}: unanswerable without probe")
            else:
                for c in q.get("pdocs", list(D)):
                    if re.search(q["probe"], fold(check_sets.text_of(D[c]))):
                        problems.append(f"{qid}: probe {q['probe']!r} matches {c}")
        else:
            if not ev or not kfs:
                problems.append(f"{qid}: answerable without evidence or key facts")
        out.append({"id": qid, "question": text, "type": typ, "docs": docs, "evidence": ev, "answer": q["a"],
                    "key_facts": kfs, "history": hist})
    counts = {}
    for r in out:
        counts[r["type"]] = counts.get(r["type"], 0) + 1
    for t in check_sets.TYPES:
        if counts.get(t, 0) < MINIMUM.get(t, 5):
            problems.append(f"type {t}: {counts.get(t, 0)} < {MINIMUM.get(t, 5)}")
    return out, counts, problems


def main():
    out, counts, problems = build()
    for p in problems:
        print(p)
    print(f"{len(out)} questions; {dict(sorted(counts.items()))}; {len(problems)} problems")
    if problems:
        return 1
    with open(OUT, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
