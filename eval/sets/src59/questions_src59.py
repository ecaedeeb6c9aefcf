"""Write eval/sets/bundled59.jsonl (set 59, held out) from the questions in qs59.py.

    python eval/sets/src59/questions_src59.py

The plans are read with check_sets.py's text_of/norm (FORMAT.md's normalisation). The script refuses to write if
 - an evidence span is missing from its plan;
 - a key fact is missing from the reference answer, or from every span the question cites;
 - an answerable question has no evidence or no key facts;
 - a history is not 2-4 turns alternating user/assistant, starting with the user and ending with the assistant
   (or a follow_up has no history);
 - two questions share an id or a text;
 - a type falls below its minimum (5; english 18, follow_up 15, unanswerable 30) or the set below 150;
 - an unanswerable question has evidence or key facts, has no probe, or its probe regex matches the accent-free
   normalised text of the plans it is about.
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

import qs59  # noqa: E402
from check_sets import FIELDS, TYPES, norm, text_of  # noqa: E402

OUT = os.path.join(SETS, "bundled59.jsonl")
MINIMUM = {t: 5 for t in TYPES}
MINIMUM.update({"english": 18, "follow_up": 15, "unanswerable": 30})
TOTAL_MIN = 150


def plain(s):
    """Accent-free, lower-case, whitespace-normalised text (đ -> d)."""
    s = norm(s).replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return s.lower()


def main():
    problems, rows, seen_ids, seen_texts, counts = [], [], set(), set(), {}
    for n, q in enumerate(qs59.QUESTIONS, 1):
        qid = f"q59-{n:03d}"
        where = f"{qid} {q['question'][:60]!r}"
        t = q["type"]
        if t not in TYPES:
            problems.append(f"{where}: bad type {t}")
        counts[t] = counts.get(t, 0) + 1
        key = norm(q["question"]).lower()
        if key in seen_texts:
            problems.append(f"{where}: repeated question text")
        seen_texts.add(key)
        if qid in seen_ids:
            problems.append(f"{where}: repeated id")
        seen_ids.add(qid)
        hist = q.get("history", [])
        if hist or t == "follow_up":
            if not 2 <= len(hist) <= 4:
                problems.append(f"{where}: history of {len(hist)} turns")
            for i, h in enumerate(hist):
                want = "user" if i % 2 == 0 else "assistant"
                if set(h) != {"role", "content"} or h["role"] != want or not h["content"].strip():
                    problems.append(f"{where}: history turn {i} malformed")
            if hist and hist[-1]["role"] != "assistant":
                problems.append(f"{where}: history does not end with the assistant")
        ev = q.get("evidence", [])
        if t == "unanswerable":
            if ev or q.get("key_facts"):
                problems.append(f"{where}: unanswerable with evidence or key facts")
            if not q.get("probe") or not q.get("about"):
                problems.append(f"{where}: unanswerable without probe")
            else:
                for d in q["about"]:
                    if re.search(q["probe"], plain(text_of(d))):
                        problems.append(f"{where}: probe {q['probe']!r} matches {d}")
        else:
            if not ev or not q.get("key_facts"):
                problems.append(f"{where}: answerable without evidence or key facts")
            for d, span in ev:
                if norm(span) not in text_of(d):
                    problems.append(f"{where}: span missing in {d}: {span!r}")
            for kf in q["key_facts"]:
                k = norm(kf).lower()
                if k not in norm(q["answer"]).lower():
                    problems.append(f"{where}: key fact {kf!r} not in answer")
                if not any(k in norm(s).lower() for _, s in ev):
                    problems.append(f"{where}: key fact {kf!r} in no cited span")
        docs = []
        for d, _ in ev:
            if d not in docs:
                docs.append(d)
        row = {"id": qid, "question": q["question"], "type": t, "docs": docs,
               "evidence": [{"doc": d, "span": s} for d, s in ev], "answer": q["answer"],
               "key_facts": list(q.get("key_facts", [])), "history": hist}
        assert list(row) == FIELDS
        rows.append(row)
    for t, m in MINIMUM.items():
        if counts.get(t, 0) < m:
            problems.append(f"type {t}: {counts.get(t, 0)} < {m}")
    if len(rows) < TOTAL_MIN:
        problems.append(f"only {len(rows)} questions (< {TOTAL_MIN})")
    if problems:
        print("\n".join(problems))
        print(f"{len(problems)} problems; NOT written")
        return 1
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(unicodedata.normalize("NFC", json.dumps(r, ensure_ascii=False)) + "\n")
    print(f"wrote {OUT}: {len(rows)} questions; {dict(sorted(counts.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
