"""Officials' 👍/👎 on answers, kept in SQLite so answer quality can be reviewed later.

One short-lived connection per call: writes are rare, and this keeps the module safe to use from
FastAPI's thread pool and Gradio's workers without sharing a connection across threads.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

RATINGS = ("up", "down")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at TEXT NOT NULL,
    question TEXT NOT NULL,
    answer_id TEXT NOT NULL,
    rating TEXT NOT NULL CHECK (rating IN ('up', 'down')),
    comment TEXT,
    source TEXT NOT NULL DEFAULT 'api'
)
"""


def _connect(db_path: Path) -> sqlite3.Connection:
    db_path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(db_path, timeout=10)
    conn.execute(_SCHEMA)
    return conn


def save_feedback(
    db_path: Path,
    question: str,
    answer_id: str,
    rating: str,
    comment: str | None = None,
    source: str = "api",
) -> int:
    """Store one rating and return its row id; ``rating`` must be "up" or "down"."""
    if rating not in RATINGS:
        raise ValueError(f"rating must be one of {RATINGS}, got {rating!r}")
    with closing(_connect(db_path)) as conn, conn:
        cur = conn.execute(
            "INSERT INTO feedback (created_at, question, answer_id, rating, comment, source) VALUES (?, ?, ?, ?, ?, ?)",
            (datetime.now(UTC).isoformat(timespec="seconds"), question, answer_id, rating, comment, source),
        )
        return int(cur.lastrowid)


def list_feedback(db_path: Path, limit: int = 100) -> list[dict]:
    """Most recent ratings first (for review scripts and tests)."""
    if not db_path.exists():
        return []
    with closing(_connect(db_path)) as conn:
        conn.row_factory = sqlite3.Row
        rows = conn.execute("SELECT * FROM feedback ORDER BY id DESC LIMIT ?", (limit,)).fetchall()
        return [dict(r) for r in rows]
