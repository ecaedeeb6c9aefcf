"""Years said relative to today ("năm nay", "năm sau", "last year") written as the calendar year they mean, so a
plan's targets are read for that year: "Năm nay Cần Thơ phấn đấu bao nhiêu %…?" asked in 2026 is asked of 2026,
which a 2024 plan does not set (refused), not of whatever year the plan's line carries.

"năm trước" / "năm qua" are left alone: in a conversation they mean the year before the one just asked
("so với năm trước?"), or the past years in general, not today's last year. In a follow-up of a turn that asked one
year ("Năm 2024 … bao nhiêu?" → "Năm sau nâng lên bao nhiêu?", "Năm trước đó thì …?"), the year after or before is
counted from that year (``conversation_years``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

# (offset from this year, pattern): the Vietnamese forms with and without accents, then English
_FORMS: tuple[tuple[int, str], ...] = (
    (0, r"năm nay|nam nay|this year|the current year"),
    (1, r"năm sau|nam sau|sang năm|sang nam|năm tới|nam toi|năm kế tiếp|nam ke tiep|next year|the coming year"),
    (-1, r"năm ngoái|nam ngoai|năm rồi|nam roi|last year|the previous calendar year"),
)
_RELATIVE_RE = re.compile("|".join(rf"(?P<o{i}>\b(?:{p})\b)" for i, (_, p) in enumerate(_FORMS)), re.I)


def this_year(today: date | None = None) -> int:
    """The calendar year questions are asked in (``today`` fixes it for a reproducible evaluation)."""
    return (today or date.today()).year


def absolute_years(text: str, year: int) -> tuple[str, list[str]]:
    """``text`` with each relative year replaced by "năm 2026" (English: "2026") and notes naming what was read."""
    notes: list[str] = []

    def repl(m: re.Match[str]) -> str:
        i = int(next(k for k, v in m.groupdict().items() if v)[1:])
        value = year + _FORMS[i][0]
        notes.append(f"relative-year:{m.group(0)}={value}")
        if m.group(0).lower().startswith(("this", "next", "last", "the")):
            return str(value)
        return f"{'Năm' if m.group(0)[0].isupper() else 'năm'} {value}"

    return _RELATIVE_RE.sub(repl, text), notes


# the year after / before the one the conversation is about ("năm sau nâng lên bao nhiêu?" after "Năm 2024 …?")
_FOLLOWING_RE = re.compile(r"\b(?:năm sau(?: đó)?|nam sau(?: do)?|năm tiếp theo|nam tiep theo|năm kế tiếp|nam ke tiep|"
                           r"sang năm|the following year|the next year|the year after)\b", re.I)
_PRECEDING_RE = re.compile(r"\b(?:năm trước(?: đó)?|nam truoc(?: do)?|the year before|the previous year)\b", re.I)
_YEAR_RE = re.compile(r"(?<![\d/.])(20\d\d)(?![\d/])")


def conversation_years(text: str, earlier: str | None) -> tuple[str, list[str]]:
    """``text`` with "năm sau / năm trước (đó)" as the year after / before the one year ``earlier`` (the latest
    question of the conversation, its own relative years already read) asks; unchanged when it asks none or
    several, or names a year itself."""
    years = set(_YEAR_RE.findall(earlier or ""))
    if len(years) != 1 or _YEAR_RE.search(text):
        return text, []
    base = int(years.pop())
    notes: list[str] = []

    def to(offset: int) -> Callable[[re.Match[str]], str]:
        def repl(m: re.Match[str]) -> str:
            value = base + offset
            notes.append(f"conversation-year:{m.group(0)}={value}")
            if m.group(0).lower().startswith("the"):
                return str(value)
            return f"{'Năm' if m.group(0)[0].isupper() else 'năm'} {value}"
        return repl

    return _PRECEDING_RE.sub(to(-1), _FOLLOWING_RE.sub(to(1), text)), notes
