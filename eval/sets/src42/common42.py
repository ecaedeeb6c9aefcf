"""Shared helpers for set 42's question and gold generators: the extracted text of the plans (check_sets' readers)
and the rows of the two tables as a reader of the page gets them (merged-over cells and hidden text add nothing)."""
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SETS = os.path.dirname(HERE)
sys.path.insert(0, SETS)
import check_sets  # noqa: E402

KM = "kinhmon_146-KH-UBND_2024.docx"
CC = "monson_14-KH-UBND_2026.rtf"
HUE = "000_4550be4bb11189cd.txt"
MYLOC = "001_7bafa58816a5de75.txt"
HN = "002_797e8de6131c77f9.txt"
CT = "003_1a817ee72b993e3e.txt"
AL = "004_b1b28019b71edc03.txt"
ALL_PLANS = [KM, CC, HUE, MYLOC, HN, CT, AL]
norm = check_sets.norm


def text(doc):
    return check_sets.text_of(doc)


def plain(s):
    """Accent-free, lower-case normalised text (for the unanswerable probes)."""
    s = norm(s).replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def _rows(src):
    with open(os.path.join(HERE, src), encoding="utf-8") as f:
        lines = [line.rstrip("\n") for line in f if line.startswith("|")]
    out = []
    for line in lines:
        cells = line[1:].split("|")
        vis = [re.sub(r"\{\{h:.*?\}\}", "", c) for c in cells if c not in ("^", ">", "")]
        out.append(norm(" ".join(vis)))
    return out


KM_ROWS = _rows("kinhmon.txt")  # [0] header, [n] task row n
CC_ROWS = _rows("monson.txt")  # [0], [1] header rows, [2..] years 2026, 2027, 2028, 2030
KM_HEAD = KM_ROWS[0]
CC_HEAD = norm(CC_ROWS[0] + " " + CC_ROWS[1])
CC_YEAR = {int(r.split()[0]): r for r in CC_ROWS[2:]}
