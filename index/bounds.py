"""The bound a question puts on the targets' values: "những chỉ tiêu từ 90% trở lên", "cái nào dưới 70%?",
"which are at eighty percent or above?". Read once at analysis and carried on the Query, so the answer lists the
targets past it and the premise check does not take "70%" for a figure the question asserts."""

from __future__ import annotations

import re

from index.spoken import english_numbers, spoken_numbers

# a percentage with the words that bound it, before ("trên", "at least") or after ("trở lên", "or more")
BOUND_RE = re.compile(
    r"(?:(?P<pre>từ|trên|hơn|dưới|ít nhất|tối thiểu|không dưới|không quá|tối đa|cao hơn|thấp hơn|lớn hơn|nhỏ hơn|"
    r"over|above|below|under|at least|at most|more than|less than|higher than|lower than)\s+)?"
    r"(?P<n>\d+(?:[.,]\d+)?)\s*%(?:\s+(?P<post>trở lên|trở xuống|or (?:more|above|higher|over|less|below|lower|under)|"
    r"and (?:above|over|below)))?", re.I)
_AT_LEAST = ("trở lên", "or more", "or above", "or higher", "or over", "and above", "and over",
             "ít nhất", "tối thiểu", "không dưới", "at least")
_AT_MOST = ("trở xuống", "or less", "or below", "or lower", "or under", "and below", "không quá", "tối đa", "at most")
_ABOVE = ("trên", "hơn", "cao hơn", "lớn hơn", "over", "above", "more than", "higher than")
_BELOW = ("dưới", "thấp hơn", "nhỏ hơn", "below", "under", "less than", "lower than")


def asked_bound(raw: str) -> tuple[str, float] | None:
    """("<", 70.0) for "dưới 70%" or "below seventy percent"; ``None`` when no percentage is bounded ("từ 60%" alone
    starts a range, "60%" is a value)."""
    for m in BOUND_RE.finditer(english_numbers(spoken_numbers(raw))):
        words = f"{(m.group('pre') or '').lower()} {(m.group('post') or '').lower()}"
        n = float(m.group("n").replace(",", "."))
        for op, cues in ((">=", _AT_LEAST), ("<=", _AT_MOST), (">", _ABOVE), ("<", _BELOW)):
            if any(re.search(rf"(?<!\w){c}(?!\w)", words) for c in cues):
                return op, n
    return None
