"""Write set 54's questions (newplans54.jsonl) from src54/qs54.py, checked against the plans as check_sets.py extracts them.

    python eval/sets/src54/questions_src54.py

Refuses to write if: a span is missing from its plan after FORMAT.md's normalisation; a key fact is missing from its
answer or from every span it cites (answerable questions); an answerable question has no docs/evidence or cites a doc
outside its docs; a follow_up has no history; two questions share a text; a type is below the brief's minimum; an
unanswerable question has docs/evidence/key facts or no probe, or its probe regex matches the accent-free normalised text
of the plans it is checked against.
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
from check_sets import extract, norm  # noqa: E402
from qs54 import ALL, PROBE_SCOPE, Q  # noqa: E402
from spans54 import E, P  # noqa: E402

OUT = os.path.join(SETS, "newplans54.jsonl")
MINIMUM = {"agency_tasks": 12, "target": 10, "deadline": 6, "funding": 5, "legal_basis": 4, "purpose": 3,
           "task_section": 4, "cross_plan": 5, "no_diacritics": 6, "abbreviation": 6, "paraphrase": 4, "english": 18,
           "follow_up": 14, "unanswerable": 28}
SCOPES = {"E": [E], "P": [P], "EP": [E, P], "ALL": ALL}


def fold(s):
    s = unicodedata.normalize("NFD", norm(s).lower()).replace("đ", "d")
    return "".join(c for c in s if unicodedata.category(c) != "Mn")


def main():
    text = {d: norm(extract(d)) for d in ALL}
    folded = {d: fold(t) for d, t in text.items()}
    problems, out, seen = [], [], set()
    scopes = iter(PROBE_SCOPE)
    counts = {}
    for i, (typ, question, docs, spans, answer, facts, history, probe) in enumerate(Q, 1):
        qid = f"e54-{i:03d}"
        counts[typ] = counts.get(typ, 0) + 1
        if question in seen:
            problems.append(f"{qid}: duplicate question")
        seen.add(question)
        if typ == "follow_up" and not history:
            problems.append(f"{qid}: follow_up without history")
        if typ == "unanswerable":
            if docs or spans or facts:
                problems.append(f"{qid}: unanswerable with docs/evidence/key facts")
            if not probe:
                problems.append(f"{qid}: unanswerable without probe")
            else:
                for d in SCOPES[next(scopes)]:
                    m = re.search(probe, folded[d])
                    if m:
                        problems.append(f"{qid}: probe {probe!r} matches {d}: {folded[d][max(0, m.start() - 60):m.end() + 60]!r}")
        else:
            if not docs or not spans:
                problems.append(f"{qid}: answerable without docs/evidence")
            for d, s in spans:
                if d not in docs:
                    problems.append(f"{qid}: span doc {d} not in docs")
                if norm(s) not in text[d]:
                    problems.append(f"{qid}: span missing from {d}: {s[:80]!r}")
            for k in facts:
                nk = norm(k).lower()
                if nk not in norm(answer).lower():
                    problems.append(f"{qid}: key fact {k!r} not in answer")
                if not any(nk in norm(s).lower() for _, s in spans):
                    problems.append(f"{qid}: key fact {k!r} in no cited span")
        out.append({"id": qid, "question": question, "type": typ, "docs": docs,
                    "evidence": [{"doc": d, "span": s} for d, s in spans], "answer": answer, "key_facts": facts,
                    "history": history or []})
    if next(scopes, None) is not None:
        problems.append("more probe scopes than unanswerable questions")
    for t, n in MINIMUM.items():
        if counts.get(t, 0) < n:
            problems.append(f"type {t}: {counts.get(t, 0)} < {n}")
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(out), "questions;", ", ".join(f"{t} {counts[t]}" for t in MINIMUM))


if __name__ == "__main__":
    main()
