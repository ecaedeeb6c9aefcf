"""Set 65 (held out again): writes eval/sets/bundled65.jsonl from src65/qs65.py.

    python eval/sets/src65/questions_src65.py

Refuses to write if an evidence span is missing from its plan (after FORMAT.md's normalisation, via check_sets.py's
text_of/norm), a key fact is missing from its answer or from every span it cites, an answerable question has no evidence
or key facts, a history is not 2-4 turns alternating user/assistant from the user and ending with the assistant (or a
follow_up has none), two questions share an id or a text, a type falls below its minimum, the set is below 150, or an
unanswerable question has evidence, key facts or no probe, or its probe regex matches the accent-free normalised text
of the plans it is about."""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SETS = os.path.dirname(HERE)
sys.path.insert(0, SETS)
sys.path.insert(0, HERE)
from check_sets import norm, text_of  # noqa: E402
from qs65 import DOCS, QUESTIONS  # noqa: E402

OUT = os.path.join(SETS, "bundled65.jsonl")
MINIMA = {"english": 18, "follow_up": 15, "unanswerable": 30}
TYPES = ["agency_tasks", "target", "deadline", "funding", "legal_basis", "purpose", "task_section", "cross_plan",
         "no_diacritics", "abbreviation", "paraphrase", "unanswerable", "english", "follow_up"]


def flat(s):
    """Accent-free, lower-case, whitespace-collapsed text (for probes)."""
    s = norm(s).replace("đ", "d").replace("Đ", "D")
    s = "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s).lower()


def hist(turns):
    out = []
    for i, t in enumerate(turns):
        out.append({"role": "user" if i % 2 == 0 else "assistant", "content": t})
    return out


def main():
    problems, rows, ids, texts = [], [], set(), set()
    counts = {t: 0 for t in TYPES}
    for n, q in enumerate(QUESTIONS, 1):
        qid = f"q65-{n:03d}"
        where = f"{qid} ({q['q'][:50]!r})"
        typ = q["t"]
        if typ not in TYPES:
            problems.append(f"{where}: bad type {typ}")
            continue
        counts[typ] += 1
        if q["q"] in texts:
            problems.append(f"{where}: repeated question text")
        texts.add(q["q"])
        ids.add(qid)
        h = hist(q.get("h", []))
        if h:
            if not (2 <= len(h) <= 4) or h[-1]["role"] != "assistant":
                problems.append(f"{where}: history must be 2-4 turns ending with the assistant")
        elif typ == "follow_up":
            problems.append(f"{where}: follow_up without history")
        evidence = [{"doc": DOCS[d], "span": s} for d, s in q.get("ev", [])]
        docs = []
        for e in evidence:
            if e["doc"] not in docs:
                docs.append(e["doc"])
        kfs = q.get("k", [])
        if typ == "unanswerable":
            if evidence or kfs:
                problems.append(f"{where}: unanswerable with evidence or key facts")
            probe = q.get("p")
            if not probe:
                problems.append(f"{where}: unanswerable without a probe")
            else:
                rx, about = probe
                for d in (DOCS if about == "ALL" else about):
                    if re.search(rx, flat(text_of(DOCS[d]))):
                        problems.append(f"{where}: probe {rx!r} matches {DOCS[d]}")
        else:
            if not evidence or not kfs:
                problems.append(f"{where}: answerable without evidence or key facts")
            for e in evidence:
                if norm(e["span"]) not in text_of(e["doc"]):
                    problems.append(f"{where}: span missing in {e['doc']}: {e['span']!r}")
            for kf in kfs:
                k = norm(kf).lower()
                if k not in norm(q["a"]).lower():
                    problems.append(f"{where}: key fact {kf!r} not in answer")
                if not any(k in norm(e["span"]).lower() for e in evidence):
                    problems.append(f"{where}: key fact {kf!r} in no cited span")
        rows.append({"id": qid, "question": q["q"], "type": typ, "docs": docs, "evidence": evidence,
                     "answer": q["a"], "key_facts": kfs, "history": h})
    for t in TYPES:
        if counts[t] < MINIMA.get(t, 5):
            problems.append(f"type {t}: {counts[t]} < {MINIMA.get(t, 5)}")
    if len(rows) < 150:
        problems.append(f"only {len(rows)} questions (< 150)")
    if problems:
        print("\n".join(problems))
        print(f"{len(problems)} problems; nothing written")
        return 1
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(unicodedata.normalize("NFC", json.dumps(r, ensure_ascii=False)) + "\n")
    print(f"wrote {len(rows)} questions to {OUT}: {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
