"""The plans' structure as data: targets (with concepts) and the responsibility matrix, stored as
``structure.sqlite3`` inside an index version folder so it is swapped, rebuilt and pruned with it."""

from __future__ import annotations

import json
import logging
import sqlite3
from dataclasses import asdict, fields
from pathlib import Path

from index.concepts import assign_concepts
from index.embed import Embedder
from ingest.matrix import extract_matrix
from ingest.targets import extract_targets
from ingest.types import Assignment, Document, Target

STRUCTURE_FILE = "structure.sqlite3"
log = logging.getLogger(__name__)
_TUPLES = ("tasks", "deadlines")


def build_structure(docs: list[Document], embedder: Embedder) -> tuple[list[Target], list[Assignment]]:
    """Targets of every plan with their shared concept keys, and every plan's assignments. A plan whose
    structure cannot be read still gets indexed (its text stays answerable), with a warning."""
    targets: list[Target] = []
    assignments: list[Assignment] = []
    for d in docs:
        try:
            found_t, found_a = extract_targets(d), extract_matrix(d)
        except Exception:  # noqa: BLE001 - structure is an extra; never fail the index over it
            log.warning("structure extraction failed for %s", d.doc, exc_info=True)
            continue
        targets.extend(found_t)
        assignments.extend(found_a)
    return assign_concepts(targets, embedder), assignments


def _sql_type(name: str, cls: type) -> str:
    sample = {f.name: f.type for f in fields(cls)}[name]
    return "REAL" if "float" in str(sample) else ("INTEGER" if "int" in str(sample) or "bool" in str(sample)
                                                  else "TEXT")


def write_structure(path: Path, targets: list[Target], assignments: list[Assignment]) -> None:
    """Write both tables to a fresh SQLite file at ``path``."""
    path.unlink(missing_ok=True)
    con = sqlite3.connect(path)
    try:
        for table, cls, rows in (("targets", Target, targets), ("assignments", Assignment, assignments)):
            cols = [f.name for f in fields(cls)]
            con.execute(f"CREATE TABLE {table} ({', '.join(f'{c} {_sql_type(c, cls)}' for c in cols)})")
            con.executemany(
                f"INSERT INTO {table} VALUES ({', '.join('?' * len(cols))})",
                [[json.dumps(list(v), ensure_ascii=False) if k in _TUPLES else v for k, v in asdict(r).items()]
                 for r in rows])
        con.execute("CREATE INDEX targets_doc ON targets(doc)")
        con.execute("CREATE INDEX assignments_doc ON assignments(doc)")
        con.commit()
    finally:
        con.close()


def read_structure(path: Path) -> tuple[list[Target], list[Assignment]]:
    """Both tables, in insertion order; empty when the version predates the structure file."""
    if not path.exists():
        return [], []
    con = sqlite3.connect(path)
    con.row_factory = sqlite3.Row
    try:
        targets = [Target(**dict(r)) for r in con.execute("SELECT * FROM targets ORDER BY rowid")]
        assignments = []
        for r in con.execute("SELECT * FROM assignments ORDER BY rowid"):
            d = dict(r)
            for k in _TUPLES:
                d[k] = tuple(json.loads(d[k]))
            d["is_group"] = bool(d["is_group"])
            assignments.append(Assignment(**d))
    finally:
        con.close()
    return targets, assignments
