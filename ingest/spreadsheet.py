"""A plan's appendix kept as a workbook (.xlsx) and uploaded beside the plan: targets, budget, duties tables.

What is read is what an official sees in Excel: visible sheets only (a hidden draft sheet, hidden rows and columns
are not the plan), cached values of formulas (a ``SUM`` saved without one is summed here), numbers as the cell's
format shows them in Vietnamese (``0.85`` formatted ``0%`` is "85%", ``1250`` with a thousands format "1.250",
``2.5`` is "2,5"), a merged cell's value under every column and row it covers. A sheet's title rows (one value across
the row, "PHỤ LỤC 1 …", "(Kèm theo Kế hoạch số …)") become bold lines; its table pipe rows with the bold leading rows
as the header; notes under the table plain lines.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from typing import Any

from ingest.errors import UploadRejected
from ingest.readers import LAYOUT_RE, markdown_table
from ingest.sniff import check_zip

_SUM_RE = re.compile(r"^=\s*SUM\(\s*([A-Z]{1,3}\d+)\s*:\s*([A-Z]{1,3}\d+)\s*\)\s*$", re.IGNORECASE)
_MAX_CELLS = 200_000


def read_xlsx(data: bytes, name: str) -> str:
    """The visible sheets of a workbook as lines (see the module docstring)."""
    import openpyxl

    check_zip(data, name, ("xl/workbook.xml", "[Content_Types].xml"), "Excel")
    try:
        values = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
        formulas = openpyxl.load_workbook(io.BytesIO(data), data_only=False)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many types for a broken workbook
        raise UploadRejected("corrupt_file", f"Tệp Excel {name} bị hỏng hoặc không hợp lệ",
                             f"Excel file {name} is corrupt or invalid") from exc
    out: list[str] = []
    for ws in values.worksheets:
        if ws.sheet_state != "visible":
            continue
        if (ws.max_row or 0) * (ws.max_column or 0) > _MAX_CELLS:
            raise UploadRejected("corrupt_file", f"Trang tính {ws.title} của {name} quá lớn để là phụ lục kế hoạch",
                                 f"Sheet {ws.title} of {name} is too large to be a plan's appendix")
        out.extend(_sheet(ws, formulas[ws.title]))
    return "\n".join(out)


def _sheet(ws: Any, fws: Any) -> list[str]:
    from openpyxl.utils import get_column_letter

    cols = [c for c in range(1, (ws.max_column or 0) + 1)
            if not ws.column_dimensions[get_column_letter(c)].hidden]
    rows = [r for r in range(1, (ws.max_row or 0) + 1) if not ws.row_dimensions[r].hidden]
    merged = {}
    for rng in ws.merged_cells.ranges:
        top = (rng.min_row, rng.min_col)
        for r in range(rng.min_row, rng.max_row + 1):
            for c in range(rng.min_col, rng.max_col + 1):
                merged[(r, c)] = top
    grid: list[list[str]] = []
    bold: list[bool] = []
    for r in rows:
        texts, bolds = [], []
        for c in cols:
            at = merged.get((r, c), (r, c))
            cell = ws.cell(*at)
            texts.append(_shown(cell, fws.cell(*at), ws))
            if texts[-1]:
                bolds.append(bool(cell.font and cell.font.b))
        grid.append(texts)
        bold.append(bool(bolds) and all(bolds))
    out: list[str] = []
    table: list[list[str]] = []
    header = 0
    for texts, is_bold in zip(grid, bold, strict=True):
        distinct = list(dict.fromkeys(t for t in texts if t))
        if not distinct:
            if table:
                out.extend(_table(table, header))
                table, header = [], 0
            continue
        if len(distinct) == 1 and not table:
            out.append(f"**{distinct[0]}**" if is_bold else distinct[0])
        elif len(distinct) == 1 and len(table) > header and not texts[0] and not is_bold:
            out.extend(_table(table, header))  # a note under the table
            table, header = [], 0
            out.append(distinct[0])
        else:
            if is_bold and len(table) == header:
                header += 1
            table.append(texts)
    if table:
        out.extend(_table(table, header))
    return [*out, ""]


def _table(rows: list[list[str]], header: int) -> list[str]:
    if layout := _layout_lines(rows):
        return ["", *layout, ""]
    width = max((i + 1 for row in rows for i, t in enumerate(row) if t), default=0)
    rows = [row[:width] for row in rows]
    return ["", *markdown_table(rows, header if 0 < header < len(rows) else (1 if len(rows) > 1 else 0)), ""]


def _layout_lines(rows: list[list[str]]) -> list[str]:
    """A plan's letterhead (issuing body | national motto) or closing ("Nơi nhận:" list | signature) laid out as
    two blocks of merged cells, a line a row: each block's lines down the rows, the left block first — as the page
    reads, not row by row across. ``[]`` for a data table."""
    starts: list[list[tuple[int, str]]] = []
    for row in rows:
        firsts = [(i, t) for i, t in enumerate(row) if t and (i == 0 or row[i - 1] != t)]
        if len({t for _, t in firsts}) > 2:
            return []
        starts.append(firsts)
    if not any(LAYOUT_RE.search(t) for firsts in starts for _, t in firsts):
        return []
    # the right block begins where the second value of a two-block row starts
    split = min((firsts[1][0] for firsts in starts if len(firsts) == 2), default=len(rows[0]))
    return [t for right in (False, True) for firsts in starts for i, t in firsts if (i >= split) == right]


def _shown(cell: Any, fcell: Any, ws: Any) -> str:
    """The cell as Excel shows it (Vietnamese number format)."""
    value = cell.value
    if value is None and isinstance(fcell.value, str) and (m := _SUM_RE.match(fcell.value)):
        total = 0.0
        for row in ws[m.group(1):m.group(2)]:
            for c in row:
                if isinstance(c.value, (int, float)) and not isinstance(c.value, bool):
                    total += c.value
        value = total
    if value is None:
        return ""
    if isinstance(value, (dt.datetime, dt.date)):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, bool):
        return "Có" if value else "Không"
    if isinstance(value, (int, float)):
        return _number(float(value), cell.number_format or "General")
    return " ".join(str(value).split())


def _number(v: float, fmt: str) -> str:
    fmt = fmt.split(";")[0]
    decimals = len(m.group(1)) if (m := re.search(r"\.(0+)", fmt)) else None
    if "%" in fmt:
        return _vn(v * 100, decimals or 0, grouping=False) + "%"
    grouping = "," in fmt.split(".")[0] and "#" in fmt
    if decimals is None:
        decimals = 0 if fmt not in ("General", "@") or float(v).is_integer() else None
    return _vn(v, decimals, grouping)


def _vn(v: float, decimals: int | None, grouping: bool) -> str:
    """A number written the Vietnamese way: "." between thousands, "," before decimals."""
    if decimals is None:
        s = f"{v:.10f}".rstrip("0").rstrip(".")
    else:
        s = f"{v:.{decimals}f}"
    whole, _, frac = s.partition(".")
    sign = "-" if whole.startswith("-") else ""
    whole = whole.lstrip("-")
    if grouping:
        whole = f"{int(whole):,}".replace(",", ".")
    return f"{sign}{whole}{',' + frac if frac else ''}"
