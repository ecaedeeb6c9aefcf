"""Set 57: asker's-role, yes/no-premise, years-from-today, two-body / two-indicator and as-typed questions on the five
bundled plans.

    python eval/sets/src57/questions_src57.py     # writes eval/sets/bundled57.jsonl

The questions are in qs57.py (Q = answerable, U = unanswerable). The five plans are read with check_sets.py's own
reader and norm(). The script refuses to write when: a span is not in its plan after FORMAT.md's normalisation; a key
fact is not in the answer or not in any span the question cites; an answerable question lacks evidence or key facts;
an unanswerable one has no probe, or its probe (an accent-free regex of what the plan would have to say for the
question to be answerable) matches the accent-free normalised text of the plans it is about; a history is not 2-4
turns alternating user/assistant and ending with the assistant (every follow_up needs one); two questions share a
text; a type is below its minimum (5 each; english 18, follow_up 20, unanswerable 35); fewer than 150 questions.
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SETS_DIR = os.path.dirname(HERE)
sys.path.insert(0, SETS_DIR)
sys.path.insert(0, HERE)

import check_sets  # noqa: E402
from qs57 import ITEMS  # noqa: E402

DOCS = {"H": "000_4550be4bb11189cd.txt", "ML": "001_7bafa58816a5de75.txt", "HN": "002_797e8de6131c77f9.txt",
        "CT": "003_1a817ee72b993e3e.txt", "AL": "004_b1b28019b71edc03.txt"}
MINIMUM = {t: 5 for t in check_sets.TYPES}
MINIMUM.update({"english": 18, "follow_up": 20, "unanswerable": 35})
TOTAL_MIN = 150
OUT = os.path.join(SETS_DIR, "bundled57.jsonl")


def fold(s):
    """Accent-free, lower-case, normalised text (đ -> d), for the probes."""
    s = check_sets.norm(s).lower().replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def low(s):
    return check_sets.norm(s).lower()


def check_history(where, h, errors):
    if not h:
        return
    if not 2 <= len(h) <= 4:
        errors.append(f"{where}: history of {len(h)} turns (2-4 wanted)")
    want = "user"
    for turn in h:
        if turn["role"] != want:
            errors.append(f"{where}: history turns do not alternate user/assistant")
            break
        want = "assistant" if want == "user" else "user"
    if h[-1]["role"] != "assistant":
        errors.append(f"{where}: history does not end with an assistant turn")


def build():
    errors, rows, seen = [], [], set()
    for n, it in enumerate(ITEMS, 1):
        qid = f"q57-{n:03d}"
        where = f"{qid} {it['q'][:60]!r}"
        if it["type"] not in check_sets.TYPES:
            errors.append(f"{where}: bad type {it['type']}")
        key = low(it["q"])
        if key in seen:
            errors.append(f"{where}: question text repeated")
        seen.add(key)
        hist = [{"role": r, "content": c} for r, c in it["h"]]
        check_history(where, hist, errors)
        if it["type"] == "follow_up" and not hist:
            errors.append(f"{where}: follow_up without history")
        if it["kind"] == "Q":
            if not it["ev"] or not it["kf"]:
                errors.append(f"{where}: answerable without evidence or key facts")
            ev = []
            for code, span in it["ev"]:
                if check_sets.norm(span) not in check_sets.text_of(DOCS[code]):
                    errors.append(f"{where}: span not in {code}: {span[:80]!r}")
                ev.append({"doc": DOCS[code], "span": span})
            docs = []
            for code, _ in it["ev"]:
                if DOCS[code] not in docs:
                    docs.append(DOCS[code])
            for kf in it["kf"]:
                if low(kf) not in low(it["a"]):
                    errors.append(f"{where}: key fact {kf!r} not in the answer")
                if not any(low(kf) in low(span) for _, span in it["ev"]):
                    errors.append(f"{where}: key fact {kf!r} in no cited span")
            kfs = it["kf"]
        else:
            if not it["probe"]:
                errors.append(f"{where}: unanswerable without a probe")
            on = list(DOCS) if it["on"] == "all" else it["on"]
            for code in on:
                if re.search(it["probe"], fold(check_sets.text_of(DOCS[code]))):
                    errors.append(f"{where}: probe {it['probe']!r} matches {code}")
            docs, ev, kfs = [], [], []
        rows.append({"id": qid, "question": it["q"], "type": it["type"], "docs": docs, "evidence": ev,
                     "answer": it["a"], "key_facts": kfs, "history": hist})
    counts = {}
    for r in rows:
        counts[r["type"]] = counts.get(r["type"], 0) + 1
    for t, m in MINIMUM.items():
        if counts.get(t, 0) < m:
            errors.append(f"type {t}: {counts.get(t, 0)} < {m}")
    if len(rows) < TOTAL_MIN:
        errors.append(f"{len(rows)} questions < {TOTAL_MIN}")
    return rows, counts, errors


def main():
    rows, counts, errors = build()
    for e in errors:
        print(e)
    print(f"{len(rows)} questions; by type: {dict(sorted(counts.items()))}")
    if errors:
        print(f"{len(errors)} problems: not written")
        return 1
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(unicodedata.normalize("NFC", json.dumps(r, ensure_ascii=False)) + "\n")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
