"""Write eval/sets/bundled69.jsonl from src69/qs69.py (set 69, held out, five bundled plans, no gold).

    python eval/sets/src69/questions_src69.py

Refuses to write if: a span is missing from its plan (check_sets.py's text_of/norm, FORMAT.md's normalisation); a
key fact is missing from its answer or from every span it cites; an answerable question has no evidence or key facts;
a history is not 2-4 turns alternating user/assistant from the user and ending with the assistant (or a follow_up has
none); two questions share an id or a text; a type falls below its minimum (5; english 18, follow_up 15,
unanswerable 30) or the set below 150; an unanswerable question has docs, evidence, key facts or no probe, or its
probe regex matches the accent-free normalised text of the plans it is about.
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

import qs69  # noqa: E402
from check_sets import norm, text_of  # noqa: E402

MIN = {"english": 18, "follow_up": 15, "unanswerable": 30}
TYPES = ["agency_tasks", "target", "deadline", "funding", "legal_basis", "purpose", "task_section", "cross_plan",
         "no_diacritics", "abbreviation", "paraphrase", "unanswerable", "english", "follow_up"]


def plain(s):
    s = unicodedata.normalize("NFD", norm(s).lower()).replace("đ", "d").replace("\u0111", "d")
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return s.replace("đ", "d")


def main():
    problems, out, ids, texts, counts = [], [], set(), set(), {}
    for n, q in enumerate(qs69.QUESTIONS, 1):
        qid = f"q69-{n:03d}"
        where = f"{qid} {q['question'][:50]!r}"
        if q["question"] in texts:
            problems.append(f"{where}: repeated question text")
        texts.add(q["question"])
        ids.add(qid)
        t = q["type"]
        if t not in TYPES:
            problems.append(f"{where}: bad type {t}")
        counts[t] = counts.get(t, 0) + 1
        h = q.get("history", [])
        if h or t == "follow_up":
            if not 2 <= len(h) <= 4 or len(h) % 2:
                problems.append(f"{where}: history of {len(h)} turns")
            for i, turn in enumerate(h):
                if turn["role"] != ("user" if i % 2 == 0 else "assistant") or not turn["content"].strip():
                    problems.append(f"{where}: history turn {i} malformed")
        ev = [{"doc": d, "span": s} for d, s in q.get("evidence", [])]
        docs = []
        for e in ev:
            if e["doc"] not in docs:
                docs.append(e["doc"])
        kf = q.get("key_facts", [])
        if t == "unanswerable":
            if ev or kf:
                problems.append(f"{where}: unanswerable with evidence or key facts")
            if not q.get("probe") or not q.get("probe_plans"):
                problems.append(f"{where}: unanswerable without probe")
            else:
                for d in q["probe_plans"]:
                    m = re.search(q["probe"], plain(text_of(d)))
                    if m:
                        problems.append(f"{where}: probe {q['probe']!r} matches {d}: {m.group(0)!r}")
        else:
            if not ev or not kf:
                problems.append(f"{where}: answerable without evidence or key facts")
            for e in ev:
                if norm(e["span"]) not in text_of(e["doc"]):
                    problems.append(f"{where}: span missing in {e['doc']}: {e['span']!r}")
            for k in kf:
                if norm(k).lower() not in norm(q["answer"]).lower():
                    problems.append(f"{where}: key fact {k!r} not in answer")
                if not any(norm(k).lower() in norm(e["span"]).lower() for e in ev):
                    problems.append(f"{where}: key fact {k!r} in no cited span")
        rec = {"id": qid, "question": q["question"], "type": t, "docs": docs, "evidence": ev,
               "answer": q["answer"], "key_facts": kf, "history": h}
        out.append(unicodedata.normalize("NFC", json.dumps(rec, ensure_ascii=False)))
    for t in TYPES:
        if counts.get(t, 0) < MIN.get(t, 5):
            problems.append(f"type {t}: {counts.get(t, 0)} < {MIN.get(t, 5)}")
    if len(out) < 150:
        problems.append(f"only {len(out)} questions")
    if problems:
        print("\n".join(problems))
        print(f"{len(problems)} problems; NOT written")
        return 1
    with open(os.path.join(SETS, "bundled69.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print(f"wrote {len(out)} questions: {dict(sorted(counts.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
