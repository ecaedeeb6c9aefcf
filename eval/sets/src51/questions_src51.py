"""Write eval/sets/bundled51.jsonl (set 51) from src51/qs51.py.

    python eval/sets/src51/questions_src51.py

Refuses to write (exit 1, every problem printed) if a span is missing from its plan after FORMAT.md's normalisation,
a key fact is missing from its answer or from every span it cites, an answerable question has no docs/evidence or
cites a doc outside `docs`, a question with a history has a history outside 3-5 turns (or a follow_up has none), two
questions share a text, a type falls below its minimum (5; english 16, follow_up 20, unanswerable 35), an
unanswerable question has docs/evidence or no probe, or its probe regex matches the accent-free normalised text of the
plans it is checked against.
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SETS_DIR = os.path.dirname(HERE)
ROOT = os.path.dirname(os.path.dirname(SETS_DIR))
sys.path.insert(0, HERE)
sys.path.insert(0, SETS_DIR)

from check_sets import norm  # noqa: E402
from qs51 import DOCS, QUESTIONS  # noqa: E402

OUT = os.path.join(SETS_DIR, "bundled51.jsonl")
MINIMUM = {"english": 16, "follow_up": 20, "unanswerable": 35}
TYPES = ["agency_tasks", "target", "deadline", "funding", "legal_basis", "purpose", "task_section", "cross_plan",
         "no_diacritics", "abbreviation", "paraphrase", "unanswerable", "english", "follow_up"]


def plan_text(doc):
    with open(os.path.join(ROOT, "data", "plans", doc), encoding="utf-8") as f:
        return norm(f.read())


def plain(s):
    """Accent-free, lower-case, one space: what a probe regex is run on."""
    s = unicodedata.normalize("NFD", norm(s).lower().replace("đ", "d"))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s)


def main():
    texts = {k: plan_text(v) for k, v in DOCS.items()}
    plains = {k: plain(t) for k, t in texts.items()}
    problems, rows, seen = [], [], set()
    counts = dict.fromkeys(TYPES, 0)
    for n, q in enumerate(QUESTIONS, 1):
        qid = f"q51-{n:03d}"
        t = q["type"]
        if t not in counts:
            problems.append(f"{qid}: bad type {t}")
            continue
        counts[t] += 1
        key = norm(q["q"]).lower()
        if key in seen:
            problems.append(f"{qid}: duplicate question text")
        seen.add(key)
        hist = q.get("history", [])
        if t == "follow_up" and not hist:
            problems.append(f"{qid}: follow_up without history")
        if hist and not 3 <= len(hist) <= 5:
            problems.append(f"{qid}: history of {len(hist)} turns")
        for h in hist:
            if set(h) != {"role", "content"} or h["role"] not in ("user", "assistant"):
                problems.append(f"{qid}: bad history turn {h}")
        ev = [{"doc": DOCS[d], "span": s} for d, s in q.get("ev", [])]
        docs = [DOCS[d] for d in q.get("docs", [])]
        answer = q["a"]
        if t == "unanswerable":
            if docs or ev:
                problems.append(f"{qid}: unanswerable with docs/evidence")
            probe = q.get("probe")
            if not probe:
                problems.append(f"{qid}: unanswerable without probe")
            else:
                rx, about = probe
                for d in about:
                    if re.search(rx, plains[d]):
                        problems.append(f"{qid}: probe {rx!r} matches plan {d}")
        else:
            if not docs or not ev:
                problems.append(f"{qid}: answerable without docs/evidence")
            for d, s in q.get("ev", []):
                if d not in q.get("docs", []):
                    problems.append(f"{qid}: evidence doc {d} not in docs")
                if norm(s) not in texts[d]:
                    problems.append(f"{qid}: MISSING in {d}: {s!r}")
            for d in q.get("docs", []):
                if not any(e[0] == d for e in q.get("ev", [])):
                    problems.append(f"{qid}: doc {d} has no evidence")
            if not q["kf"]:
                problems.append(f"{qid}: no key facts")
            for kf in q["kf"]:
                k = norm(kf).lower()
                if k not in norm(answer).lower():
                    problems.append(f"{qid}: key fact {kf!r} not in answer")
                if not any(k in norm(s).lower() for _, s in q.get("ev", [])):
                    problems.append(f"{qid}: key fact {kf!r} in no cited span")
        rows.append({"id": qid, "question": unicodedata.normalize("NFC", q["q"]), "type": t, "docs": docs,
                     "evidence": ev, "answer": unicodedata.normalize("NFC", answer),
                     "key_facts": [unicodedata.normalize("NFC", k) for k in q["kf"]], "history": hist})
    for t in TYPES:
        if counts[t] < MINIMUM.get(t, 5):
            problems.append(f"type {t}: {counts[t]} < {MINIMUM.get(t, 5)}")
    print(f"{len(rows)} questions; by type: {counts}")
    if problems:
        for p in problems:
            print(p)
        print(f"{len(problems)} problems; nothing written")
        return 1
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
