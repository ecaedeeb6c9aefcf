"""Write eval/sets/bundled67.jsonl from the questions in qs67.py, refusing to write if anything is off.

    python eval/sets/src67/questions_src67.py

Checks (any failure: print every problem, write nothing): each evidence span is found in its plan's text as
check_sets.py extracts it, after FORMAT.md's normalisation; every key fact is in the reference answer and in at least
one span the question cites (normalised, case-insensitive); an answerable question has evidence and key facts; a
history is 2-4 turns alternating user/assistant from the user and ending with the assistant (a follow_up must have
one); ids and question texts are unique; each type reaches its minimum (5; english 18, follow_up 15, unanswerable 30)
and the set 150; an unanswerable question has no docs, evidence or key facts, and has a probe: an accent-free regex
that must NOT match the accent-free normalised text of the plans it is about (proof the plans are silent).
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SETS = os.path.dirname(HERE)
sys.path.insert(0, SETS)
sys.path.insert(0, HERE)
from check_sets import TYPES, norm, text_of  # noqa: E402
from qs67 import PLANS, QUESTIONS  # noqa: E402

OUT = os.path.join(SETS, "bundled67.jsonl")
MINIMUM = {t: 5 for t in TYPES}
MINIMUM.update({"english": 18, "follow_up": 15, "unanswerable": 30})
TOTAL_MIN = 150


def fold(s):
    s = norm(s).lower().replace("đ", "d")
    s = unicodedata.normalize("NFD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def main():
    problems, rows, ids, texts, counts = [], [], set(), set(), {}
    for n, q in enumerate(QUESTIONS, 1):
        qid = f"q67-{n:03d}"
        where = f"{qid} ({q['question'][:50]!r})"
        t = q["type"]
        if t not in TYPES:
            problems.append(f"{where}: bad type {t}")
        counts[t] = counts.get(t, 0) + 1
        if qid in ids:
            problems.append(f"{where}: duplicate id")
        ids.add(qid)
        key = norm(q["question"]).lower()
        if key in texts:
            problems.append(f"{where}: duplicate question text")
        texts.add(key)
        ev = [{"doc": PLANS[d], "span": s} for d, s in q.get("ev", [])]
        docs = []
        for e in ev:
            if e["doc"] not in docs:
                docs.append(e["doc"])
            if norm(e["span"]) not in text_of(e["doc"]):
                problems.append(f"{where}: span not in {e['doc']}: {e['span']!r}")
        kfs = q.get("kf", [])
        for kf in kfs:
            if norm(kf).lower() not in norm(q["answer"]).lower():
                problems.append(f"{where}: key fact {kf!r} not in answer")
            if not any(norm(kf).lower() in norm(e["span"]).lower() for e in ev):
                problems.append(f"{where}: key fact {kf!r} in no cited span")
        hist = q.get("history", [])
        if hist:
            roles = [h["role"] for h in hist]
            want = ["user", "assistant"] * (len(hist) // 2)
            if not (2 <= len(hist) <= 4) or roles != want:
                problems.append(f"{where}: malformed history {roles}")
        elif t == "follow_up":
            problems.append(f"{where}: follow_up without history")
        if t == "unanswerable":
            if ev or kfs:
                problems.append(f"{where}: unanswerable with evidence or key facts")
            if not q.get("probe") or not q.get("about"):
                problems.append(f"{where}: unanswerable without probe/about")
            else:
                for d in q["about"]:
                    if re.search(q["probe"], fold(text_of(PLANS[d]))):
                        problems.append(f"{where}: probe {q['probe']!r} matches plan {d}")
        else:
            if not ev or not kfs:
                problems.append(f"{where}: answerable without evidence or key facts")
        rows.append({"id": qid, "question": unicodedata.normalize("NFC", q["question"]), "type": t, "docs": docs,
                     "evidence": ev, "answer": unicodedata.normalize("NFC", q["answer"]),
                     "key_facts": [unicodedata.normalize("NFC", k) for k in kfs],
                     "history": [{"role": h["role"], "content": unicodedata.normalize("NFC", h["content"])}
                                 for h in hist]})
    for t, m in MINIMUM.items():
        if counts.get(t, 0) < m:
            problems.append(f"type {t}: {counts.get(t, 0)} < {m}")
    if len(rows) < TOTAL_MIN:
        problems.append(f"only {len(rows)} questions (< {TOTAL_MIN})")
    if problems:
        for p in problems:
            print(p)
        print(f"{len(problems)} problems; nothing written. counts {dict(sorted(counts.items()))}, total {len(rows)}")
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {OUT}: {len(rows)} questions {dict(sorted(counts.items()))}")


if __name__ == "__main__":
    main()
