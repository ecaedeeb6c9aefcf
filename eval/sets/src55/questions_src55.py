"""Set 55: chained, place-alias, answer-format, plan-structure and long-conversation questions on the five bundled plans.

    python eval/sets/src55/questions_src55.py     # writes eval/sets/bundled55.jsonl

The questions are in qs55.py. This script reads the five bundled plans with check_sets.py's own reader and norm(),
and refuses to write if: a span is missing from its plan after FORMAT.md's normalisation; a key fact is missing from
its answer or from every span it cites; an answerable question has no evidence or no key facts; an unanswerable one
has evidence or no probe, or its probe regex matches the accent-free normalised text of the plans it is checked
against; a question with a history has one outside 3-5 turns, not alternating, or not ending with an assistant turn
(and every follow_up has one); two questions share a text; a type falls below its minimum (5 each; english 16,
follow_up 20, unanswerable 35).
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
from qs55 import ITEMS  # noqa: E402

DOCS = {"H": "000_4550be4bb11189cd.txt", "ML": "001_7bafa58816a5de75.txt", "HN": "002_797e8de6131c77f9.txt",
        "CT": "003_1a817ee72b993e3e.txt", "AL": "004_b1b28019b71edc03.txt"}
MINIMUM = {t: 5 for t in check_sets.TYPES}
MINIMUM.update({"english": 16, "follow_up": 20, "unanswerable": 35})
OUT = os.path.join(SETS_DIR, "bundled55.jsonl")


def fold(s):
    s = check_sets.norm(s).lower().replace("đ", "d")
    s = unicodedata.normalize("NFD", s)
    return "".join(c for c in s if unicodedata.category(c) != "Mn")


def low(s):
    return check_sets.norm(s).lower()


def history_of(turns):
    out = []
    for t in turns:
        role, content = t
        out.append({"role": {"u": "user", "a": "assistant"}[role], "content": content})
    return out


def build():
    problems = []
    rows = []
    seen = set()
    counts = {}
    texts = {code: check_sets.text_of(name) for code, name in DOCS.items()}
    folded = {code: fold(t) for code, t in texts.items()}
    for n, it in enumerate(ITEMS, 1):
        qid = f"q55-{n:03d}"
        kind = it["kind"]
        qtype = it["type"]
        q = unicodedata.normalize("NFC", it["q"])
        where = f"{qid} ({q[:60]!r})"
        if q in seen:
            problems.append(f"{where}: duplicate question text")
        seen.add(q)
        hist = history_of(it.get("h", []))
        if hist:
            if not 3 <= len(hist) <= 5:
                problems.append(f"{where}: history of {len(hist)} turns")
            if hist[-1]["role"] != "assistant":
                problems.append(f"{where}: history does not end with an assistant turn")
            for a, b in zip(hist, hist[1:], strict=False):
                if a["role"] == b["role"]:
                    problems.append(f"{where}: history turns do not alternate")
        if qtype == "follow_up" and not hist:
            problems.append(f"{where}: follow_up without history")
        answer = unicodedata.normalize("NFC", it["a"])
        if kind == "Q":
            ev = it["ev"]
            kf = it["kf"]
            if not ev or not kf:
                problems.append(f"{where}: answerable without evidence or key facts")
            docs = []
            evidence = []
            for code, span in ev:
                span = unicodedata.normalize("NFC", span)
                if check_sets.norm(span) not in texts[code]:
                    problems.append(f"{where}: span missing in {code}: {span!r}")
                if DOCS[code] not in docs:
                    docs.append(DOCS[code])
                evidence.append({"doc": DOCS[code], "span": span})
            for k in kf:
                if low(k) not in low(answer):
                    problems.append(f"{where}: key fact {k!r} not in answer")
                if not any(low(k) in low(s) for _, s in ev):
                    problems.append(f"{where}: key fact {k!r} in no cited span")
            if qtype == "unanswerable":
                problems.append(f"{where}: answerable item typed unanswerable")
        else:
            docs, evidence, kf = [], [], []
            if qtype != "unanswerable":
                problems.append(f"{where}: U item not typed unanswerable")
            probe = it.get("probe")
            on = it.get("on")
            if not probe or not on:
                problems.append(f"{where}: unanswerable without probe")
            else:
                codes = list(DOCS) if on == "all" else on
                for code in codes:
                    m = re.search(probe, folded[code])
                    if m:
                        problems.append(f"{where}: probe {probe!r} matches {code}: {folded[code][max(0, m.start() - 40):m.end() + 40]!r}")
        counts[qtype] = counts.get(qtype, 0) + 1
        rows.append({"id": qid, "question": q, "type": qtype, "docs": docs, "evidence": evidence, "answer": answer,
                     "key_facts": [unicodedata.normalize("NFC", k) for k in kf], "history": hist})
    for t, m in MINIMUM.items():
        if counts.get(t, 0) < m:
            problems.append(f"type {t}: {counts.get(t, 0)} < {m}")
    return rows, counts, problems


def main():
    rows, counts, problems = build()
    for p in problems:
        print(p)
    print(f"{len(rows)} questions; {dict(sorted(counts.items()))}")
    if problems:
        print(f"{len(problems)} problems: not written")
        return 1
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
