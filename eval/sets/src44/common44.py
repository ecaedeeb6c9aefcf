"""Shared helpers for set 44's question and gold generators: the plans' extracted text (check_sets' readers) and an
accent-free form of it for the unanswerable probes."""
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SETS = os.path.dirname(HERE)
sys.path.insert(0, SETS)
import check_sets  # noqa: E402

A24 = "tuyan_08-KH-UBND_2024.docx"
B25 = "tuyan_15-KH-UBND_2025.pdf"
HUE = "000_4550be4bb11189cd.txt"
MYLOC = "001_7bafa58816a5de75.txt"
HN = "002_797e8de6131c77f9.txt"
CT = "003_1a817ee72b993e3e.txt"
AL = "004_b1b28019b71edc03.txt"
OURS = [A24, B25]
ALL_PLANS = [A24, B25, HUE, MYLOC, HN, CT, AL]
norm = check_sets.norm


def text(doc):
    return check_sets.text_of(doc)


def plain(s):
    """Accent-free, lower-case normalised text (for the unanswerable probes)."""
    s = norm(s).replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def check_span(doc, span):
    if norm(span) not in text(doc):
        raise SystemExit(f"MISSING in {doc}: {span!r}")
