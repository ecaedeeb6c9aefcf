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


# a count of years from today: "2 năm nữa", "hai năm nữa", "cách đây 3 năm", "3 năm trước", "in 2 years", "3 years ago"
# ("trong 2 năm nữa" and "5 năm tới" are spans of years, not one year; "năm trước" alone is left as above)
_COUNTS = {"một": 1, "mot": 1, "hai": 2, "ba": 3, "bốn": 4, "bon": 4, "tư": 4, "năm": 5, "nam": 5, "sáu": 6, "sau": 6,
           "bảy": 7, "bay": 7, "tám": 8, "tam": 8, "chín": 9, "chin": 9, "mười": 10, "muoi": 10, "one": 1, "two": 2,
           "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_N = r"(\d{1,2}|" + "|".join(_COUNTS) + r")"
_OFFSET_RE = re.compile(rf"(?<!\btrong )(?<!\bwithin )\b(?:{_N}\s+(?:năm|nam)\s+(?:nữa|nua)|"
                        rf"(?P<ago>(?:cách đây|cach day)\s+{_N}\s+(?:năm|nam)|{_N}\s+(?:năm|nam)\s+(?:trước|truoc)(?!\s+(?:đó|do)\b))|"
                        rf"in\s+{_N}\s+years(?:['’]\s*time)?|{_N}\s+years\s+from\s+now|(?P<en_ago>{_N}\s+years\s+ago))\b",
                        re.I)


def _offset_years(text: str, year: int, notes: list[str]) -> str:
    """``text`` with each count of years from today ("2 năm nữa", "3 years ago") as the calendar year it means."""
    def repl(m: re.Match[str]) -> str:
        n = re.search(rf"\b{_N}\b", m.group(0), re.I).group(1)  # type: ignore[union-attr]  # (the pattern has one)
        count = int(n) if n.isdigit() else _COUNTS[n.lower()]
        if not 0 < count <= 10:
            return m.group(0)
        value = year - count if (m.group("ago") or m.group("en_ago")) else year + count
        notes.append(f"relative-year:{m.group(0)}={value}")
        if re.search(r"years", m.group(0), re.I):
            return f"in {value}" if m.group(0).lower().startswith("in") else str(value)
        return f"năm {value}"
    return _OFFSET_RE.sub(repl, text)


def this_year(today: date | None = None) -> int:
    """The calendar year questions are asked in (``today`` fixes it for a reproducible evaluation)."""
    return (today or date.today()).year


def absolute_years(text: str, year: int) -> tuple[str, list[str]]:
    """``text`` with each relative year replaced by "năm 2026" (English: "2026") and notes naming what was read."""
    notes: list[str] = []

    def repl(m: re.Match[str]) -> str:
        i = int(next(k for k, v in m.groupdict().items() if v)[1:])
        if _FORMS[i][0] and re.search(rf"\b{_N}\s+$", text[:m.start()], re.I):
            return m.group(0)  # "5 năm tới", "3 năm sau": a span of years, or years after something else
        value = year + _FORMS[i][0]
        notes.append(f"relative-year:{m.group(0)}={value}")
        if m.group(0).lower().startswith(("this", "next", "last", "the")):
            return str(value)
        return f"{'Năm' if m.group(0)[0].isupper() else 'năm'} {value}"

    return _offset_years(_RELATIVE_RE.sub(repl, text), year, notes), notes


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
