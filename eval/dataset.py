"""Test-set loading (``../shared/eval/FORMAT.md``): one JSON object per line, validated strictly.

Held-out sets arrive in the same format, so a malformed line must fail loudly with its line number
rather than silently shrink the test set.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from chat.types import Turn

UNANSWERABLE = "unanswerable"
CROSS_PLAN = "cross_plan"
FIELDS = ("id", "question", "type", "docs", "evidence", "answer", "key_facts", "history")


class DatasetError(ValueError):
    """A test-set line that does not follow FORMAT.md."""


@dataclass(frozen=True)
class Evidence:
    doc: str  # file name of the plan holding the span
    span: str  # verbatim text a correct answer must rest on


@dataclass
class QACase:
    id: str
    question: str
    type: str
    docs: list[str]
    evidence: list[Evidence]
    answer: str
    key_facts: list[str]
    history: list[Turn] = field(default_factory=list)

    @property
    def answerable(self) -> bool:
        """FORMAT.md: ``docs`` is ``[]`` exactly when the plans do not answer the question."""
        return bool(self.docs)


def _nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def _str(obj: dict[str, Any], key: str, where: str, *, allow_empty: bool = True) -> str:
    if key not in obj:
        raise DatasetError(f"{where}: missing field '{key}'")
    value = obj[key]
    if not isinstance(value, str):
        raise DatasetError(f"{where}: field '{key}' must be a string, got {type(value).__name__}")
    if not allow_empty and not value.strip():
        raise DatasetError(f"{where}: field '{key}' must not be empty")
    return _nfc(value)


def _list(obj: dict[str, Any], key: str, where: str) -> list[Any]:
    if key not in obj:
        raise DatasetError(f"{where}: missing field '{key}'")
    value = obj[key]
    if not isinstance(value, list):
        raise DatasetError(f"{where}: field '{key}' must be a list, got {type(value).__name__}")
    return value


def _str_list(obj: dict[str, Any], key: str, where: str) -> list[str]:
    items = _list(obj, key, where)
    if not all(isinstance(x, str) for x in items):
        raise DatasetError(f"{where}: field '{key}' must be a list of strings")
    return [_nfc(x) for x in items]


def parse_case(obj: Any, where: str) -> QACase:
    """Validate one decoded JSON object; ``where`` (e.g. ``file:3``) prefixes every error."""
    if not isinstance(obj, dict):
        raise DatasetError(f"{where}: expected a JSON object, got {type(obj).__name__}")
    if missing := [k for k in FIELDS if k not in obj]:
        raise DatasetError(f"{where}: missing field{'s' if len(missing) > 1 else ''} " + ", ".join(f"'{k}'" for k in missing))
    evidence = []
    for i, ev in enumerate(_list(obj, "evidence", where)):
        ew = f"{where}: evidence[{i}]"
        if not isinstance(ev, dict):
            raise DatasetError(f"{ew}: expected an object with 'doc' and 'span'")
        evidence.append(Evidence(doc=_str(ev, "doc", ew, allow_empty=False), span=_str(ev, "span", ew, allow_empty=False)))
    history = []
    for i, turn in enumerate(_list(obj, "history", where)):
        tw = f"{where}: history[{i}]"
        if not isinstance(turn, dict):
            raise DatasetError(f"{tw}: expected an object with 'role' and 'content'")
        role = _str(turn, "role", tw)
        if role not in ("user", "assistant"):
            raise DatasetError(f"{tw}: role must be 'user' or 'assistant', got {role!r}")
        history.append(Turn(role=role, content=_str(turn, "content", tw)))
    return QACase(
        id=_str(obj, "id", where, allow_empty=False),
        question=_str(obj, "question", where, allow_empty=False),
        type=_str(obj, "type", where, allow_empty=False),
        docs=_str_list(obj, "docs", where),
        evidence=evidence,
        answer=_str(obj, "answer", where),
        key_facts=_str_list(obj, "key_facts", where),
        history=history,
    )


def load_cases(path: Path) -> list[QACase]:
    """Read a JSONL test set; blank lines are skipped, duplicate ids are an error."""
    cases: list[QACase] = []
    seen: dict[str, int] = {}
    with Path(path).open(encoding="utf-8-sig") as fh:
        for lineno, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            where = f"{path}:{lineno}"
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise DatasetError(f"{where}: invalid JSON ({exc.msg} at column {exc.colno})") from exc
            case = parse_case(obj, where)
            if case.id in seen:
                raise DatasetError(f"{where}: duplicate id {case.id!r} (first on line {seen[case.id]})")
            seen[case.id] = lineno
            cases.append(case)
    return cases
