"""The targets table and responsibility matrix as the API serves them: filtered JSON records, a
plan × function grid, and CSV (UTF-8 with BOM, so Excel shows Vietnamese) / XLSX downloads."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict

from ingest.textnorm import fold, strip_accents
from ingest.types import Assignment, Target

TARGET_COLUMNS = ["id", "doc", "indicator", "value", "number", "number_max", "unit", "bound", "year", "scope",
                  "concept", "kind", "section", "section_id", "text", "start", "end"]
MATRIX_COLUMNS = ["key", "label", "doc", "agency", "level", "role", "section", "tasks", "deadlines", "id",
                  "is_group", "parent"]


def _plain(s: str) -> str:
    return strip_accents(fold(s))


def select_targets(targets: Iterable[Target], doc: str | None = None, concept: str | None = None,
                   year: int | None = None, q: str | None = None) -> list[Target]:
    """Targets matching every given filter; ``q`` matches words of the indicator or concept key,
    with or without accents."""
    words = re.findall(r"\w+", _plain(q)) if q else []
    out = []
    for t in targets:
        if (doc and t.doc != doc) or (concept and t.concept != concept) or (year is not None and t.year != year):
            continue
        hay = set(re.findall(r"\w+", _plain(f"{t.indicator} {t.concept.replace('_', ' ')}")))
        if all(w in hay for w in words):
            out.append(t)
    return out


def filter_targets(targets: Iterable[Target], doc: str | None = None, concept: str | None = None,
                   year: int | None = None, q: str | None = None) -> list[dict]:
    """The records of :func:`select_targets`, as the API serves them."""
    return [asdict(t) for t in select_targets(targets, doc, concept, year, q)]


def matrix_view(assignments: Iterable[Assignment], plans: Sequence[str]) -> dict:
    """``{"plans": [...], "rows": [{"key", "label", "cells": {doc: [cell, ...]}}]}``, rows in first-seen order."""
    rows: dict[str, dict] = {}
    for a in assignments:
        row = rows.setdefault(a.key, {"key": a.key, "label": a.label, "cells": {}})
        row["cells"].setdefault(a.doc, []).append({
            "agency": a.agency, "level": a.level, "role": a.role, "section": a.section, "tasks": list(a.tasks),
            "deadlines": list(a.deadlines), "id": a.id, "is_group": a.is_group, "parent": a.parent})
    return {"plans": list(plans), "rows": list(rows.values())}


def matrix_records(view: dict) -> list[dict]:
    """The grid flattened to one record per cell entry (for CSV/XLSX)."""
    return [{"key": r["key"], "label": r["label"], "doc": doc, **{k: v for k, v in c.items()}}
            for r in view["rows"] for doc, cells in r["cells"].items() for c in cells]


def _cell(v: object) -> object:
    if isinstance(v, (list, tuple)):
        return "\n".join(str(x) for x in v)
    return "" if v is None else v


def to_csv(records: list[dict], columns: list[str]) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(columns)
    for r in records:
        w.writerow([_cell(r.get(c)) for c in columns])
    return buf.getvalue().encode("utf-8-sig")


def to_xlsx(records: list[dict], columns: list[str], title: str) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = title[:31]
    ws.append(columns)
    for r in records:
        ws.append([_cell(r.get(c)) for c in columns])
    ws.freeze_panes = "A2"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
