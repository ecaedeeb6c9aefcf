"""Write eval/sets/bundled63.jsonl from the questions in qs63.py (set 63, five bundled plans, no gold).

    python eval/sets/src63/questions_src63.py

Refuses to write (exit 1, nothing written) if: a span is missing from its plan after FORMAT.md's normalisation; a key
fact is missing from the reference answer or from every span the question cites; an answerable question has no
evidence or key facts; a history is not 2-4 turns alternating user/assistant from the user and ending with the
assistant (or a follow_up has none); two questions share an id or a text; a type falls below its minimum (5 each;
english 18, follow_up 15, unanswerable 30) or the set is below 150; an unanswerable question has docs, evidence, key
facts or no probe, or its probe regex matches the accent-free normalised text of the plans it is about.
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

import qs63  # noqa: E402
from check_sets import TYPES, norm, text_of  # noqa: E402

OUT = os.path.join(SETS, "bundled63.jsonl")
MIN = {t: 5 for t in TYPES}
MIN.update({"english": 18, "follow_up": 15, "unanswerable": 30})
TOTAL_MIN = 150


def plain(s):
    """Accent-free, lower-case, normalised text (đ -> d)."""
    s = norm(s).lower().replace("đ", "d")
    s = unicodedata.normalize("NFD", s)
    return "".join(c for c in s if unicodedata.category(c) != "Mn")


def main():
    problems, rows, ids, texts, counts = [], [], set(), set(), {}
    for n, q in enumerate(qs63.QUESTIONS, 1):
        qid = f"q63-{n:03d}"
        where = f"{qid} ({q['question'][:50]!r})"
        t = q["type"]
        if t not in TYPES:
            problems.append(f"{where}: bad type {t}")
        counts[t] = counts.get(t, 0) + 1
        if qid in ids or q["question"] in texts:
            problems.append(f"{where}: repeated id or text")
        ids.add(qid)
        texts.add(q["question"])
        ev = [{"doc": qs63.DOC[d], "span": s} for d, s in q.get("ev", [])]
        docs = []
        for e in ev:
            if e["doc"] not in docs:
                docs.append(e["doc"])
        kf = q.get("kf", [])
        hist = [{"role": r, "content": c} for r, c in q.get("hist", [])]
        if hist:
            if not 2 <= len(hist) <= 4 or hist[-1]["role"] != "assistant" or any(
                    h["role"] != ("user" if i % 2 == 0 else "assistant") for i, h in enumerate(hist)):
                problems.append(f"{where}: malformed history")
        if t == "follow_up" and not hist:
            problems.append(f"{where}: follow_up without history")
        for e in ev:
            if norm(e["span"]) not in text_of(e["doc"]):
                problems.append(f"{where}: span MISSING in {e['doc']}: {e['span']!r}")
        if t == "unanswerable":
            if ev or kf:
                problems.append(f"{where}: unanswerable with evidence or key facts")
            probe = q.get("probe")
            if not probe:
                problems.append(f"{where}: unanswerable without probe")
            else:
                for d in q["about"]:
                    if re.search(probe, plain(text_of(qs63.DOC[d]))):
                        problems.append(f"{where}: probe {probe!r} matches plan {d}")
        else:
            if not ev or not kf:
                problems.append(f"{where}: answerable without evidence or key facts")
            for k in kf:
                if norm(k).lower() not in norm(q["answer"]).lower():
                    problems.append(f"{where}: key fact {k!r} not in answer")
                if not any(norm(k).lower() in norm(e["span"]).lower() for e in ev):
                    problems.append(f"{where}: key fact {k!r} in no cited span")
        rows.append({"id": qid, "question": unicodedata.normalize("NFC", q["question"]), "type": t, "docs": docs,
                     "evidence": ev, "answer": unicodedata.normalize("NFC", q["answer"]), "key_facts": kf,
                     "history": hist})
    for t, m in MIN.items():
        if counts.get(t, 0) < m:
            problems.append(f"type {t}: {counts.get(t, 0)} < {m}")
    if len(rows) < TOTAL_MIN:
        problems.append(f"set: {len(rows)} < {TOTAL_MIN}")
    if problems:
        print("\n".join(problems))
        print(f"{len(problems)} problems; nothing written")
        return 1
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {OUT}: {len(rows)} questions; {dict(sorted(counts.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
