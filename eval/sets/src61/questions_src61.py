"""Set 61 generator: writes eval/sets/bundled61.jsonl from the questions in qs61.py.

The set asks about the five bundled plans only (data/plans/*.txt). The plans are read with check_sets.py's
text_of/norm (FORMAT.md's normalisation). The script refuses to write if a span is missing from its plan, a key fact is
missing from its answer or from every span it cites, an answerable question has no evidence or key facts, a history is
not 2-4 turns alternating user/assistant from the user and ending with the assistant (or a follow_up has none), two
questions share an id or a text, a type falls below its minimum or the set below 150, an unanswerable question has
docs, evidence, key facts or no probe, or its probe regex matches the accent-free normalised text of the plans it is
about.

Run: python eval/sets/src61/questions_src61.py
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

import check_sets  # noqa: E402
from qs61 import PLANS, QUESTIONS  # noqa: E402

OUT = os.path.join(SETS, "bundled61.jsonl")
MINIMUM = {t: 5 for t in check_sets.TYPES}
MINIMUM.update({"english": 18, "follow_up": 15, "unanswerable": 30})
TOTAL_MIN = 150


def plain(s):
    """Accent-free, lower-case, FORMAT.md-normalised text (đ -> d)."""
    s = check_sets.norm(s).replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(ch for ch in s if unicodedata.category(ch) != "Mn")
    return s.lower()


def low(s):
    return check_sets.norm(s).lower()


def main():
    errors = []
    rows = []
    ids, texts = set(), set()
    counts = {}
    for n, q in enumerate(QUESTIONS, 1):
        qid = f"q61-{n:03d}"
        where = f"{qid} ({q['question'][:50]!r})"
        t = q["type"]
        if t not in check_sets.TYPES:
            errors.append(f"{where}: bad type {t}")
        counts[t] = counts.get(t, 0) + 1
        key = check_sets.norm(q["question"]).lower()
        if qid in ids or key in texts:
            errors.append(f"{where}: repeated id or text")
        ids.add(qid)
        texts.add(key)
        hist = q.get("history", [])
        if hist or t == "follow_up":
            if not (2 <= len(hist) <= 4) or len(hist) % 2:
                errors.append(f"{where}: history must be 2-4 turns ending with the assistant")
            for i, h in enumerate(hist):
                if set(h) != {"role", "content"} or h["role"] != ("user" if i % 2 == 0 else "assistant"):
                    errors.append(f"{where}: history turn {i} malformed or not alternating from the user")
                if not h.get("content", "").strip():
                    errors.append(f"{where}: empty history turn {i}")
        ev = []
        for k, span in q.get("evidence", []):
            doc = PLANS[k]
            if check_sets.norm(span) not in check_sets.text_of(doc):
                errors.append(f"{where}: span MISSING in {doc}: {span!r}")
            ev.append({"doc": doc, "span": span})
        docs = []
        for e in ev:
            if e["doc"] not in docs:
                docs.append(e["doc"])
        kfs = q.get("key_facts", [])
        if t == "unanswerable":
            if ev or kfs:
                errors.append(f"{where}: unanswerable with evidence or key facts")
            probe = q.get("probe")
            about = q.get("about")
            if not probe or not about:
                errors.append(f"{where}: unanswerable without probe/about")
            else:
                for k in about:
                    if re.search(probe, plain(check_sets.text_of(PLANS[k]))):
                        errors.append(f"{where}: probe {probe!r} MATCHES plan {k}")
        else:
            if not ev or not kfs:
                errors.append(f"{where}: answerable without evidence or key facts")
            for kf in kfs:
                if low(kf) not in low(q["answer"]):
                    errors.append(f"{where}: key fact {kf!r} not in the answer")
                if not any(low(kf) in low(e["span"]) for e in ev):
                    errors.append(f"{where}: key fact {kf!r} in no cited span")
        rows.append({"id": qid, "question": q["question"], "type": t, "docs": docs, "evidence": ev,
                     "answer": q["answer"], "key_facts": kfs, "history": hist})
    for t, m in MINIMUM.items():
        if counts.get(t, 0) < m:
            errors.append(f"type {t}: {counts.get(t, 0)} < {m}")
    if len(rows) < TOTAL_MIN:
        errors.append(f"only {len(rows)} questions < {TOTAL_MIN}")
    if errors:
        for e in errors:
            print(e)
        print(f"{len(errors)} errors; nothing written")
        return 1
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            line = json.dumps(r, ensure_ascii=False)
            f.write(unicodedata.normalize("NFC", line) + "\n")
    print(f"wrote {len(rows)} questions to {OUT}: {dict(sorted(counts.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
