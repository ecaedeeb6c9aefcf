"""Tables whose columns are only runs of spaces, as ``pdftotext -layout`` and plain-text exports write them.

    Chỉ tiêu                                   ĐVT      2026      2028      2030
    1. Tỷ lệ gia đình đạt danh hiệu             %        62        70        78
       “Gia đình học tập”

Read as lines, a row is a label followed by loose numbers and a wrapped label's second line stands alone. Here a
block of rows with two or more figure cells, under a header line with as many columns, becomes markdown pipe rows
(the header, its separator, one row per table row, a wrapped label joined to its row), which the cleaner reads as
any other table. Cells are placed in the header's columns by position, so an empty cell stays empty.
"""

from __future__ import annotations

import re

from ingest.mdexport import pipe_row, separator_row

_GAP_RE = re.compile(r"\S+(?: \S+)*")  # a cell: words parted by single spaces
_FIGURE_RE = re.compile(r"^(?:[≥≤<>~]\s*)?\d[\d.,]*\s*%?$|^[-–—…]$")
_NOTE_RE = re.compile(r"\s*(?:Ghi chú|Chú thích|Lưu ý|Nguồn|Đơn vị tính|\*)", re.I)  # under a table: no wrapped label
MIN_COLUMNS = 3  # a header and its rows: a label and at least two figures
MIN_FIGURES = 2


def _cells(line: str) -> list[tuple[int, int, str]]:
    """The line's cells (start, end, text), parted by runs of two or more spaces."""
    return [(m.start(), m.end(), m.group(0)) for m in _GAP_RE.finditer(line)]


def _figures(cells: list[tuple[int, int, str]]) -> int:
    return sum(1 for *_, t in cells[1:] if _FIGURE_RE.match(t))


def _is_row(cells: list[tuple[int, int, str]]) -> bool:
    return len(cells) >= MIN_COLUMNS and _figures(cells) >= MIN_FIGURES and not _FIGURE_RE.match(cells[0][2])


def _place(cells: list[tuple[int, int, str]], header: list[tuple[int, int, str]]) -> list[str]:
    """The row's cells in the header's columns: the label first, each other cell under the header cell its
    span overlaps most (figures are right- or centre-aligned under their heading)."""
    out = [""] * len(header)
    out[0] = cells[0][2]
    for start, end, text in cells[1:]:
        best = max(range(1, len(header)), key=lambda i: (min(end, header[i][1]) - max(start, header[i][0]),
                                                         -abs((start + end) / 2 - (header[i][0] + header[i][1]) / 2)))
        out[best] = f"{out[best]} {text}".strip()
    return out


def _tabs_as_spaces(lines: list[str]) -> list[str]:
    """Runs of tab-separated rows (a plain-text export of a Word table: "Chỉ tiêu<TAB>Năm 2025<TAB>Năm 2030") laid
    out in padded columns: a tab has no width, so the cells would not stand under their headings."""
    out = list(lines)
    rowlike = [not ln.startswith("\t") and len(re.split(r"\t+", ln.strip())) >= MIN_COLUMNS for ln in lines]
    i = 0
    while i < len(out):
        j = i
        while j < len(out) and rowlike[j]:
            j += 1
        if j - i >= 2:
            rows = [re.split(r"\t+", ln.strip()) for ln in out[i:j]]
            widths = [max(len(r[k]) for r in rows if k < len(r)) for k in range(max(map(len, rows)))]
            out[i:j] = ["   ".join(c.ljust(widths[k]) for k, c in enumerate(r)).rstrip() for r in rows]
        i = j + 1 if j == i else j
    return out


def spaced_tables(text: str) -> str:
    """Every space-aligned table of the text as pipe rows (see the module docstring); other lines unchanged."""
    lines = text.split("\n")
    grid = _tabs_as_spaces(lines)  # read for columns; a line that is no table row is kept as written
    out: list[str] = []
    i = 0
    while i < len(lines):
        header = _cells(grid[i])
        nxt = _cells(grid[i + 1]) if i + 1 < len(lines) else []
        # a header: as many columns, its figure cells (if any) years ("2026  2028  2030"), and rows under it
        years_only = all(re.fullmatch(r"(?:19|20)\d\d", t) for *_, t in header[1:] if _FIGURE_RE.match(t))
        if len(header) < MIN_COLUMNS or "|" in lines[i] or not _is_row(nxt) or not years_only:
            out.append(lines[i])
            i += 1
            continue
        rows: list[list[str]] = []
        j = i + 1
        while j < len(lines):
            cells = _cells(grid[j])
            if _is_row(cells):
                rows.append(_place(cells, header))
            elif rows and len(cells) == 1 and cells[0][0] < header[1][0] and not lines[j].strip().startswith("|") \
                    and not _NOTE_RE.match(lines[j]):
                rows[-1][0] = f"{rows[-1][0]} {cells[0][2]}"  # a label wrapped onto its own line
            else:
                break
            j += 1
        out += ["", pipe_row([t for *_, t in header]), separator_row(len(header)), *map(pipe_row, rows), ""]
        i = j
    return "\n".join(out)
