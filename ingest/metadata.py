"""Plan metadata from the header and title: title, locality, level, number, year, period."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.clean import Line

_UNIT_RE = re.compile(r"\b(thành phố|tỉnh|huyện|quận|thị xã)\s+((?:[A-ZĐÀ-Ỹ][^\s,.;:()“”\"]*\s?){1,4})")
_NUMBER_RE = re.compile(r"Số\s*:\s*(\d+)\s*/\s*([A-ZĐ][A-ZĐ0-9\-]*)")
_DATE_YEAR_RE = re.compile(r"ngày\s+[\d\s]*tháng\s+[\d\s]*năm\s+(\d{4})")
_PERIOD_RE = re.compile(r"giai đoạn\s+(\d{4})\s*[-–]\s*(\d{4})")
_YEAR_RE = re.compile(r"\b(20\d{2}|19\d{2})\b")
_DISTRICT_UNITS = {"huyện", "quận", "thị xã"}


@dataclass(frozen=True)
class PlanMeta:
    title: str
    locality: str
    level: str
    number: str | None
    year: int | None
    period: str | None
    province: str | None


def _unit_matches(text: str) -> list[tuple[str, str]]:
    out = []
    for m in _UNIT_RE.finditer(text):
        name = m.group(2).strip()
        # stop at the first lower-case word: "Hà Nội từ nay" → "Hà Nội"
        words = []
        for w in name.split():
            if not w[0].isupper():
                break
            words.append(w)
        if words:
            out.append((m.group(1), " ".join(words)))
    return out


ISSUED_RE = re.compile(r"[^\W\d][\w\s]{1,30},\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}")


def header_facts(header: str) -> list[str]:
    """The header's citable facts: the plan's number and its place and date of issue, when filled in
    ("Số: 74 /KH-BCĐ", "Cần Thơ, ngày 04 tháng 5 năm 2024"); blank templates ("Số: /KH-UBND") are not."""
    out = []
    for raw in header.split("\n"):
        line = re.sub(r"[*#]", "", raw).strip()
        for m in (_NUMBER_RE.search(line), ISSUED_RE.search(line)):
            if m:
                out.append(re.sub(r"\s+", " ", m.group(0)).strip())
    return out


def extract_metadata(header: str, lines: list[Line], fallback_name: str) -> PlanMeta:
    """Read metadata from the header furniture (number, date) and the first lines (title, basis)."""
    title_line = ""
    for ln in lines[:4]:
        if re.fullmatch(r"KẾ\s+HOẠCH", ln.text.strip()):
            continue
        title_line = ln.text.strip()
        break
    title = ("Kế hoạch " + title_line[0].lower() + title_line[1:]) if title_line else fallback_name
    intro = " ".join(ln.text for ln in lines[:6])

    units = _unit_matches(title_line) or _unit_matches(intro)
    unit, locality = units[-1] if units else ("", "")
    level = "huyện" if unit in _DISTRICT_UNITS else "tỉnh/thành phố"
    province = None
    if level == "huyện":
        for u, name in _unit_matches(intro):
            if u in ("tỉnh", "thành phố") and name != locality:
                province = name
                break

    number = None
    m = _NUMBER_RE.search(header) or _NUMBER_RE.search(intro[:300])
    if m:
        number = f"{m.group(1)}/{m.group(2)}"

    year = None
    m = _DATE_YEAR_RE.search(header)
    if m:
        year = int(m.group(1))
    else:
        m = re.search(r"năm\s+(\d{4})", title_line)
        if m:
            year = int(m.group(1))
        else:
            years = [int(y) for y in _YEAR_RE.findall(intro)]
            year = max(years) if years else None

    period = _period(title_line, intro, year)
    return PlanMeta(title=title, locality=locality or fallback_name, level=level, number=number,
                    year=year, period=period, province=province)


def _period(title_line: str, intro: str, year: int | None) -> str | None:
    """The span the plan covers: from the title first (the intro cites parent programmes' periods)."""
    m = _PERIOD_RE.search(title_line)
    if m:
        return f"{m.group(1)}-{m.group(2)}"
    targets = [int(y) for y in re.findall(r"đến năm\s+(\d{4})", title_line)]
    if targets and year:
        return f"{year}-{min(targets)}"
    m = re.search(r"năm\s+(\d{4})", title_line)
    if m:
        return m.group(1)
    m = _PERIOD_RE.search(intro)
    if m:
        return f"{m.group(1)}-{m.group(2)}"
    return str(year) if year else None
