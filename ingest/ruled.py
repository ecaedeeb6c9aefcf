"""Tables drawn with rules in a PDF (a grid of lines or cell borders), read cell by cell.

A text-layer extraction reads a ruled table line by line across its columns: a row whose cells wrap comes out as
the row number alone, then each cell's pieces one under another, so "Hằng năm, từ / tháng 9" and the next row run
together. pdfplumber finds the grid from the drawn lines and gives each cell's whole text; the page's text keeps
its own extraction and only the lines the table covers are replaced (``splice``).
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass

_MIN_ROWS, _MIN_COLS = 2, 2
_SETTINGS = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}
_SAME_LINE = 3.0  # points: words whose tops are this close are one line
SPLICE_FIT = 0.9  # share of the replaced lines' words a spliced table must hold (both PDF table readers)


@dataclass(frozen=True)
class RuledTable:
    """One ruled table of a page: its rows of cells and the text lines just above and below it (``None`` at the
    page's edge), by which its place in the page's plain text is found."""

    rows: list[list[str]]
    above: str | None
    below: str | None


def _line(words: list[dict], last: bool) -> str | None:
    if not words:
        return None
    top = max(w["top"] for w in words) if last else min(w["top"] for w in words)
    return " ".join(w["text"] for w in sorted((w for w in words if abs(w["top"] - top) < _SAME_LINE),
                                             key=lambda w: w["x0"]))


def _header(raw: list[list[str | None]]) -> tuple[list[str], int]:
    """The header as one row, and how many drawn rows it takes: a first row whose cell spans several columns
    ("Tỷ lệ đạt danh hiệu (%)" over "Gia đình | Khu phố") is read into each column it spans, before the second
    row's label, as a reader reads the two rows."""
    first = [" ".join((c or "").split()) for c in raw[0]]
    spans = any(c is None for c in raw[0][1:]) and len(raw) > 2
    if not spans:
        return first, 1
    top = []
    for j, c in enumerate(raw[0]):
        top.append(first[j] if c is not None else (top[-1] if top else ""))
    second = raw[1]
    row = []
    for j, c in enumerate(second):
        text = " ".join((c or "").split())
        row.append(top[j] if c is None or text == top[j] else f"{top[j]} {text}".strip())
    return row, 2


def _rows(raw: list[list[str | None]], down: list[list[bool]] | None = None) -> list[list[str]]:
    """Cells as text; a cell merged down from the row above (``down``) repeats that row's text, as a body shared
    by two task rows applies to both; a cell merged across from its left neighbour stays empty (a group row:
    "I | Công tác tuyên truyền" over the whole width)."""
    keep = [i for i, r in enumerate(raw) if any(r)]
    raw = [raw[i] for i in keep]
    down = [down[i] for i in keep] if down else [[False] * len(r) for r in raw]
    if not raw:
        return []
    head, taken = _header(raw)
    rows: list[list[str]] = [head]
    for cells, below in zip(raw[taken:], down[taken:], strict=True):
        rows.append([rows[-1][j] if c is None and below[j] and j < len(rows[-1]) else " ".join((c or "").split())
                     for j, c in enumerate(cells)])
    return rows


def _merged_down(table: object) -> list[list[bool]]:
    """Per row and column: does the drawn cell there start in a row above (a cell merged down)?"""
    boxes = table.cells  # type: ignore[attr-defined]
    centres = [(c.bbox[0] + c.bbox[2]) / 2 for c in table.columns]  # type: ignore[attr-defined]
    out = []
    for row in table.rows:  # type: ignore[attr-defined]
        _, top, _, bottom = row.bbox
        y = (top + bottom) / 2
        flags = []
        for j, box in enumerate(row.cells):
            cover = None if box is not None or j >= len(centres) else next(
                (c for c in boxes if c[0] <= centres[j] <= c[2] and c[1] <= y <= c[3]), None)
            flags.append(bool(cover and cover[1] < top - 1))
        out.append(flags)
    return out


def _wrapped(raw: list[list[str | None]]) -> bool:
    """Whether a cell runs over several lines: only then does the line-by-line extraction scramble the rows (a
    table of one-line rows reads well from the text layer and keeps that reading)."""
    return any("\n" in (c or "") for r in raw for c in r)


def _straight(obj: dict) -> bool:
    """Not a character drawn at a slant: a diagonal watermark ("BẢN SAO" across every page) is no text of the
    page, and its letters would fall into the cells and lines it crosses (upright and turned text stays)."""
    if obj.get("object_type") != "char":
        return True
    a, b = (obj.get("matrix") or (1.0, 0.0))[:2]
    return min(abs(a), abs(b)) <= 0.2 * max(abs(a), abs(b))


def ruled_tables(data: bytes) -> list[list[RuledTable]]:
    """Per page, the ruled tables of at least two rows and two columns (``[]`` for every page when the PDF's
    drawing cannot be read: the plain extraction then stands)."""
    try:
        import pdfplumber
    except ImportError:  # pragma: no cover - a declared dependency
        return []
    out: list[list[RuledTable]] = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for page in (p.filter(_straight) for p in pdf.pages):
                found: list[RuledTable] = []
                if page.lines or page.rects:
                    words = page.extract_words()
                    for table in page.find_tables(_SETTINGS):
                        raw = table.extract()
                        if not _wrapped(raw):
                            continue
                        rows = _rows(raw, _merged_down(table))
                        if len(rows) < _MIN_ROWS or max(len(r) for r in rows) < _MIN_COLS \
                                or sum(sum(bool(c) for c in r) >= 2 for r in rows) < _MIN_ROWS:
                            continue
                        _, top, _, bottom = table.bbox
                        found.append(RuledTable(rows, _line([w for w in words if w["bottom"] <= top + 1], True),
                                                _line([w for w in words if w["top"] >= bottom - 1], False)))
                out.append(found)
    except Exception:  # noqa: BLE001 - a drawing pdfplumber cannot read leaves the text extraction as it is
        return []
    return out


def _key(text: str) -> str:
    return re.sub(r"\s+", "", text)


def splice(plain: list[str], tables: list[RuledTable],
           write: Callable[[list[list[str]]], list[str]]) -> tuple[list[str], bool]:
    """``plain`` (a page's text lines) with each table's lines replaced by ``write(rows)``; whether any was.
    A table goes between the line matching its ``above`` and the one matching its ``below``, and only when the
    lines it replaces hold its words and it holds theirs (a table whose neighbours matched elsewhere, or whose
    drawing mixes the text of two cells — a header's "(%)" drawn over the row below gives "(4%0)" — is left out)."""
    keys = [_key(ln) for ln in plain]
    out: list[str] = []
    pos = 0
    done = False
    for t in tables:
        start: int | None = pos
        if t.above is not None:
            a = _key(t.above)
            start = next((k + 1 for k in range(pos, len(plain)) if a and (keys[k].endswith(a) or a.endswith(keys[k])
                                                                      and keys[k])), None)
        if start is None:
            continue
        stop: int | None = len(plain)
        if t.below is not None:
            b = _key(t.below)
            stop = next((k for k in range(start, len(plain)) if b and keys[k] and (keys[k].startswith(b)
                                                                                    or b.startswith(keys[k]))), None)
        if stop is None or stop <= start:
            continue
        words = set(" ".join(c for row in t.rows for c in row).split())
        replaced = " ".join(plain[start:stop]).split()
        if sum(w in words for w in replaced) < SPLICE_FIT * len(replaced) or not words <= set(replaced):
            continue  # the lines are not the table's, or a cell's text ran over a rule into another cell
        out += plain[pos:start] + write(t.rows)
        pos = stop
        done = True
    return out + plain[pos:], done
