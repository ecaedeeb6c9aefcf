"""Write eval/sets/bundled49.jsonl (set 49: quiz, counting, exclusion, role, deliverable and order questions on the
five bundled plans). The questions live in qs49.py; this script checks them and refuses to write on any problem.

    python eval/sets/src49/questions_src49.py
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SETS = os.path.dirname(HERE)
ROOT = os.path.dirname(os.path.dirname(SETS))
PLANS = os.path.join(ROOT, "data", "plans")
OUT = os.path.join(SETS, "bundled49.jsonl")
sys.path.insert(0, HERE)

from qs49 import DOCS, QUESTIONS  # noqa: E402

TYPES = {"agency_tasks", "target", "deadline", "funding", "legal_basis", "purpose", "task_section", "cross_plan",
         "no_diacritics", "abbreviation", "paraphrase", "unanswerable", "english", "follow_up"}
MINIMUM = {t: 5 for t in TYPES} | {"english": 16, "follow_up": 20, "unanswerable": 35}


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = s.replace("*", "").replace("#", "")
    return re.sub(r"\s+", " ", s).strip()


def plain(s):
    """accent-free, lower-case normalised text (for the unanswerable probes)"""
    s = unicodedata.normalize("NFD", norm(s).replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def main():
    text = {}
    for name in DOCS.values():
        with open(os.path.join(PLANS, name), encoding="utf-8") as f:
            text[name] = norm(f.read())
    problems, rows, seen = [], [], set()
    counts = {}
    for n, q in enumerate(QUESTIONS, 1):
        qid = f"q49-{n:03d}"
        t = q["type"]
        counts[t] = counts.get(t, 0) + 1
        if t not in TYPES:
            problems.append(f"{qid}: bad type {t}")
        key = norm(q["question"]).lower()
        if key in seen:
            problems.append(f"{qid}: duplicate question text")
        seen.add(key)
        docs = [DOCS[d] for d in q["docs"]]
        evidence = [{"doc": DOCS[d], "span": norm(s)} for d, s in q["evidence"]]
        for e in evidence:
            if e["span"] not in text[e["doc"]]:
                problems.append(f"{qid}: span not in {e['doc']}: {e['span'][:90]!r}")
            if e["doc"] not in docs:
                problems.append(f"{qid}: evidence doc {e['doc']} not in docs")
        answer = norm(q["answer"])
        hist = q.get("history", [])
        if t == "follow_up" and not 3 <= len(hist) <= 5:
            problems.append(f"{qid}: follow-up history of {len(hist)} turns (3-5 wanted)")
        if hist and not 3 <= len(hist) <= 5:
            problems.append(f"{qid}: history of {len(hist)} turns (3-5 wanted)")
        for h in hist:
            if h["role"] not in ("user", "assistant") or not h["content"].strip():
                problems.append(f"{qid}: bad history turn")
        if t == "unanswerable":
            if docs or evidence:
                problems.append(f"{qid}: unanswerable with docs/evidence")
            probe = q.get("probe")
            if not probe:
                problems.append(f"{qid}: unanswerable without a probe")
            else:
                for d in q.get("probe_docs") or list(DOCS):
                    m = re.search(probe, plain(text[DOCS[d]]))
                    if m:
                        problems.append(f"{qid}: probe {probe!r} matches {DOCS[d]}: {m.group(0)!r}")
        else:
            if not docs or not evidence:
                problems.append(f"{qid}: answerable without docs/evidence")
            for d in docs:
                if d not in {e["doc"] for e in evidence}:
                    problems.append(f"{qid}: doc {d} has no span")
        if not q["key_facts"] and t != "unanswerable":
            problems.append(f"{qid}: no key facts")
        for k in q["key_facts"]:
            kn = norm(k).lower()
            if kn not in answer.lower():
                problems.append(f"{qid}: key fact {k!r} not in answer")
            if not any(kn in e["span"].lower() for e in evidence):
                problems.append(f"{qid}: key fact {k!r} in no cited span")
        rows.append({"id": qid, "question": norm(q["question"]), "type": t, "docs": docs, "evidence": evidence,
                     "answer": answer, "key_facts": [norm(k) for k in q["key_facts"]],
                     "history": [{"role": h["role"], "content": norm(h["content"])} for h in hist]})
    for t, m in MINIMUM.items():
        if counts.get(t, 0) < m:
            problems.append(f"type {t}: {counts.get(t, 0)} questions (at least {m} wanted)")
    for p in problems:
        print(p)
    print(f"{len(problems)} problems; {dict(sorted(counts.items()))}; total {sum(counts.values())}")
    if problems:
        return 1
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
