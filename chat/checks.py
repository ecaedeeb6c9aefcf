"""A figure the question puts forward to be checked ("… là 55,55% phải không?", "Is it true that … 50% …?").

The quoted lines answer it either way; the lead says plainly whether the plan states that figure, so an official
who asked to confirm a number does not read a different one as a yes.
"""

from __future__ import annotations

import re

from index.types import Query

_CHECK_RE = re.compile(r"\b(?:có\s+)?(?:phải|đúng|chính xác)\s+không\b|\bđúng chứ\b|\bà\s*\??\s*$|\bđúng không\b|"
                       r"\bis it (?:true|correct|right)\b|\bis that (?:true|correct|right)\b|\bright\?\s*$", re.I)
_FIGURE_RE = re.compile(r"(?<![\w/.,])(\d+(?:[.,]\d+)?)\s*%")
TEXTS = {
    "vi": {"yes": "Đúng: kế hoạch nêu mức {figure} (dòng trích dẫn dưới đây).",
           "no": "Không: kế hoạch không đặt mức {figure} cho nội dung được hỏi; mức kế hoạch đặt ra ở dòng trích dẫn dưới "
                 "đây."},
    "en": {"yes": "Yes: the plan states {figure} (quoted below).",
           "no": "No: the plan does not set {figure} for this; the figure it sets is in the line quoted below."},
}


def _as_number(figure: str) -> float:
    return float(figure.replace(",", "."))


def checked_figure_lead(query: Query, text: str, language: str) -> str | None:
    """"Đúng: …" / "Không: …" when the question checks one percentage and the answer quotes lines; else None."""
    if not text or not _CHECK_RE.search(f"{query.raw} {query.text}"):  # (typed unaccented: the restored text)
        return None
    asked = {m.group(1) for m in _FIGURE_RE.finditer(query.raw)}
    if len(asked) != 1:
        return None
    figure = asked.pop()
    stated = any(_as_number(m.group(1)) == _as_number(figure) for m in _FIGURE_RE.finditer(text))
    t = TEXTS.get(language, TEXTS["vi"])
    return t["yes" if stated else "no"].format(figure=f"{figure}%")
