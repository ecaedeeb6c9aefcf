"""A plan's own abbreviations ("CHỮ VIẾT TẮT": HKH — Hội Khuyến học, BĐD — Ban đại diện …), read once at ingest.

A plan that writes its bodies and titles by its own short forms ("BTV HKH tỉnh", "CHKH", "QKH") is asked in full
words ("Ban Thường vụ Hội Khuyến học tỉnh", "chi hội khuyến học"); the legend lets the index, the body names and
the question meet. Only the plan's own legend is read: a table row ("Viết tắt: HKH | Nội dung: Hội Khuyến học")
or a line "HKH: Hội Khuyến học" under a heading that announces one."""

from __future__ import annotations

import re

from ingest.textnorm import fold

# a legend row as a table row reads: "Viết tắt: HKH | Nội dung: Hội Khuyến học" (any header naming the short form)
_ROW_RE = re.compile(r"^(?:[^|:]*(?:viết tắt|ký hiệu)[^|:]*):\s*(?P<short>[^|]{1,15}?)\s*\|\s*[^|:]{1,30}:\s*(?P<full>[^|]{3,120}?)\s*$",
                     re.I)
# a legend announced by its heading ("CHỮ VIẾT TẮT DÙNG TRONG KẾ HOẠCH", "Danh mục từ viết tắt"), then "X: Y" lines
_HEADING_RE = re.compile(r"^\W*(?:chữ|từ|danh mục (?:các )?(?:chữ|từ))\s+viết tắt\b", re.I)
_LINE_RE = re.compile(r"^\W*(?P<short>[A-ZĐ][A-ZĐ&\-]{1,9})\s*[:\-–=]\s*(?P<full>[A-ZĐÀ-Ỹa-zđà-ỹ][^:;|]{2,120}?)\s*[;.]?\s*$")
_SHORT_RE = re.compile(r"^[A-ZĐ][A-ZĐ&\-]{1,9}$")  # an abbreviation: capitals (and & or -), no lower-case letter
MAX_LEGEND_GAP = 2  # lines of a heading-announced legend that may be something else before it ends


def plan_abbreviations(text: str) -> tuple[tuple[str, str], ...]:
    """(short, full) pairs the plan defines for itself, in the order it defines them."""
    out: dict[str, str] = {}
    lines = text.split("\n")
    under, gap = False, 0
    for ln in lines:
        s = ln.strip()
        m = _ROW_RE.match(s) or (_LINE_RE.match(s) if under else None)
        if m and _SHORT_RE.match(short := m.group("short").strip()) and fold(short) != fold(m.group("full")):
            out.setdefault(short, m.group("full").strip().rstrip("."))
            gap = 0
            continue
        if _HEADING_RE.match(s):
            under, gap = True, 0
        elif under and s:
            gap += 1
            under = gap <= MAX_LEGEND_GAP and not out
    return tuple(out.items())


def expand(text: str, abbreviations: tuple[tuple[str, str], ...]) -> str:
    """The text with each of the plan's short forms (a whole word, as written) replaced by its full form."""
    for short, full in sorted(abbreviations, key=lambda kv: -len(kv[0])):
        text = re.sub(rf"(?<![\w&\-]){re.escape(short)}(?![\w&\-])", full, text)
    return text
