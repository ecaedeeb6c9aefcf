"""Amounts a plan states only as shares of a total ("48 tỷ đồng, trong đó: ngân sách tỉnh 60%, …"), worked out.

An official asking what the province budget gives wants the amount, not the arithmetic; the lead line says the
share, the total and the product, marked as computed from the quoted line, which stays cited beside it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from chat.types import Citation
from index.types import Query
from ingest.textnorm import fold, strip_accents

_NUM = r"\d+(?:[.,]\d+)?"
_TOTAL_RE = re.compile(rf"\btổng\b[^.;]{{0,120}}?({_NUM})\s*(tỷ|tỉ|triệu|nghìn|ngàn)\s+đồng", re.IGNORECASE)
_SHARE_RE = re.compile(rf"([^\W\d_][^,;:%\d]{{1,60}}?)\s*(?:chiếm\s+|khoảng\s+)?({_NUM})\s*%")
_LEAD_WORDS_RE = re.compile(r"^(?:trong đó|gồm|bao gồm|từ|nguồn)\s*:?\s*", re.IGNORECASE)
_SENTENCE_END_RE = re.compile(r"\.(?!\d)")
_ALL_RE = re.compile(r"\b(?:từng|mỗi|các|từng)\s+nguồn\b|\beach source\b|\bby source\b", re.IGNORECASE)


def _number(s: str) -> float:
    return float(s.replace(".", "").replace(",", ".")) if "," in s else float(s)


def _shown(x: float) -> str:
    """28.8 → "28,8"; 12.0 → "12" (Vietnamese decimal comma)."""
    s = f"{x:.2f}".rstrip("0").rstrip(".")
    return s.replace(".", ",")


def _words(s: str) -> set[str]:
    return set(re.findall(r"[^\W\d_]+", strip_accents(fold(s))))


def split_shares(text: str) -> list[tuple[str, float, str, str, float]]:
    """(source, total, scale word, total as written, share %) for each "name P%" after a stated total."""
    out = []
    for m in _TOTAL_RE.finditer(text):
        end = _SENTENCE_END_RE.search(text, m.end())
        tail = text[m.end(): end.start() if end else len(text)]
        for s in _SHARE_RE.finditer(tail):
            name = _LEAD_WORDS_RE.sub("", s.group(1).strip(" ,;:")).strip()
            if name and len(name.split()) <= 8:
                out.append((name, _number(m.group(1)), m.group(2), f"{m.group(1)} {m.group(2)} đồng",
                            _number(s.group(2))))
    return out


def share_lead(query: Query, citations: Sequence[Citation], language: str = "vi") -> str:
    """Lead lines with the amount of each share of a total the question names (see module docstring)."""
    if query.value not in (None, "amount", "figure", "percent"):
        return ""
    asked = _words(f"{query.raw} {query.text}")
    every = bool(_ALL_RE.search(query.raw))
    out = []
    for c in citations:
        for name, total, scale, written, pct in split_shares(c.text):
            if not every and not (_words(name) <= asked):
                continue
            amount = f"{_shown(total * pct / 100)} {scale} đồng"
            name = name[:1].upper() + name[1:]
            if language == "en":
                out.append(f"**{name}: {_shown(pct)}% of {written} ≈ {amount}** [{c.n}] "
                           "_(computed from the shares the plan states)_")
            else:
                out.append(f"**{name}: {_shown(pct)}% của {written} ≈ {amount}** [{c.n}] "
                           "_(tính từ tỷ lệ kế hoạch nêu)_")
    return "\n".join(dict.fromkeys(out))


# "tăng 4 điểm phần trăm so với năm 2024 (năm 2024 đạt 68%)": a change in points from a base the line states
_POINTS_RE = re.compile(rf"\b(tăng|giảm)\s+(?:thêm\s+)?(?:ít nhất\s+)?({_NUM})\s+điểm\s+phần\s+trăm\s+so\s+với\s+"
                        rf"(?:năm\s+)?(20\d\d)\b", re.IGNORECASE)
_BASE_RE = r"\(?\s*(?:năm\s+)?{year}\s*(?:đạt|là|:)\s*({num})\s*%"


def points_lead(query: Query, answer: str, language: str = "vi") -> str:
    """The level a target set as a change in percentage points reaches, when the quoted clause also states the
    base year's share; marked as computed, the quoted line cited beside it. Only the answer's quoted lines are
    read (the ones chosen for the asked indicator), and nothing is said when they hold more than one such target."""
    if query.value not in (None, "percent", "figure") or query.intent != "target":
        return ""
    out = []
    for line in answer.split("\n"):
        quote = re.match(r"^- (.*) \[(\d+)\]$", line)
        if not quote:
            continue
        text, n = quote.group(1), quote.group(2)
        for m in _POINTS_RE.finditer(text):
            end = re.search(r"[;.](?:\s|$)", text[m.end():])
            clause = text[m.end(): m.end() + end.start() if end else len(text)]
            base = re.search(_BASE_RE.format(year=m.group(3), num=_NUM), clause, re.IGNORECASE)
            if not base:
                continue
            sign = 1 if fold(m.group(1)) == "tăng" else -1
            level = _number(base.group(1)) + sign * _number(m.group(2))
            if language == "en":
                out.append(f"**Level to reach: {_shown(level)}%** [{n}] _(computed: {base.group(1)}% in "
                           f"{m.group(3)} {'+' if sign > 0 else '−'} {m.group(2)} percentage points)_")
            else:
                out.append(f"**Mức cần đạt: {_shown(level)}%** [{n}] _(tính từ kế hoạch: {base.group(1)}% năm "
                           f"{m.group(3)} {'+' if sign > 0 else '−'} {m.group(2)} điểm phần trăm)_")
    out = list(dict.fromkeys(out))
    return out[0] if len(out) == 1 else ""
