"""Shared helpers for set 46's question and gold generators: the plans' extracted text (check_sets' readers), whole
extracted lines picked by their start, and an accent-free form of the text for the unanswerable probes."""
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SETS = os.path.dirname(HERE)
sys.path.insert(0, SETS)
import check_sets  # noqa: E402

D = "lacduong_36-KH-UBND_2025.html"
C = "dasar_15-KH-UBND_2025.xlsx"
HUE = "000_4550be4bb11189cd.txt"
MYLOC = "001_7bafa58816a5de75.txt"
HN = "002_797e8de6131c77f9.txt"
CT = "003_1a817ee72b993e3e.txt"
AL = "004_b1b28019b71edc03.txt"
OURS = [D, C]
ALL_PLANS = [D, C, HUE, MYLOC, HN, CT, AL]
norm = check_sets.norm


def text(doc):
    return check_sets.text_of(doc)


def line(doc, start):
    """The one extracted line of doc that starts with `start` (as extracted, before normalisation)."""
    hits = [ln for ln in check_sets.extract(doc).split("\n") if ln.startswith(start)]
    if len(hits) != 1:
        raise SystemExit(f"{len(hits)} lines of {doc} start with {start!r}")
    return hits[0]


def plain(s):
    """Accent-free, lower-case normalised text (for the unanswerable probes)."""
    s = norm(s).replace("đ", "d").replace("Đ", "D").replace("’", "'")
    s = unicodedata.normalize("NFD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def check_span(doc, span):
    if norm(span) not in text(doc):
        raise SystemExit(f"MISSING in {doc}: {span!r}")
