"""Follow-ups that point into the previous answer's list by position: "ý e nói gì?", "cái thứ ba có … không?",
"nhiệm vụ thứ hai ai phối hợp?", "cái cuối cùng báo cáo cho ai?", "the second one". The item pointed to, read out
of that answer (its bullet lines, or an inline "a) …; b) …" / "(1) …; (2) …" list), stands in for the pointer, so
the question is asked about what it names. A pointer the answer's list cannot resolve (no such letter, fewer
items) leaves the question as typed; "mục 9", "điểm b khoản 2 Mục III" point into the plan, not the answer."""

from __future__ import annotations

import re

_NUMBERS = {"nhất": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
            "chín": 9, "mười": 10, "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}
_HEADS = (r"(?:ý|mục|điểm|gạch(?:\s+đầu\s+dòng)?|dòng|cái|nhiệm\s+vụ|chỉ\s+tiêu|việc|nội\s+dung|mốc|hạn|cơ\s+quan|"
          r"đơn\s+vị|tổ\s+chức|bên|con\s+số|hoạt\s+động|giải\s+pháp)")
_POINTER_RE = re.compile(
    rf"\b{_HEADS}\s+(?:thứ\s+(?P<nth>nhất|một|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười|\d{{1,2}})\b|"
    r"(?P<last>cuối(?:\s+cùng)?)\b|(?P<first>đầu\s+tiên)\b|"
    r"(?P<letter>[a-hđ])(?![\w)])(?!\.?\s*(?:khoản|mục|phần|điều|kế hoạch)\b))|"
    r"\bthe\s+(?P<en>first|second|third|fourth|fifth|sixth|last)\s+(?:one|item|task|point|target|body|deadline|line)\b",
    re.I)
_BULLET_RE = re.compile(r"^\s*(?:[-•+*]\s+|(?P<num>\d{1,2})[.)]\s+|(?P<let>[a-hđ])\)\s+)(?P<text>.+)$")
_INLINE_RE = re.compile(r"(?:^|(?<=[\s;:.,]))(?:\((?P<num>\d{1,2})\)|(?P<let>[a-hđ])\))\s+")
_NOISE_RE = re.compile(r"\s*\[[^\]]*\]|\s*\((?:[IVX]+|mục|[IVX]+\.\d)[^()]*\)|\*\*|_")
_LEAD_FIGURE_RE = re.compile(r"^(?:\d[\d.,]*\s*%?\s+(?:of\s+)?)")
_GLOSS_RE = re.compile(r"\s+[–—]\s+.*$")  # "Công an Thành phố – literacy … classes": the item's body, not its gloss


def _items(answer: str) -> list[tuple[str, str]]:
    """(label, text) of the answer's listed items, in order: its bullet lines, else an inline enumeration."""
    lines = [m for ln in answer.split("\n") if (m := _BULLET_RE.match(ln))]
    if len(lines) >= 2:
        return [((m.group("num") or m.group("let") or "").lower(), m.group("text")) for m in lines]
    marks = list(_INLINE_RE.finditer(answer))
    if len(marks) < 2:
        return []
    out = []
    for m, nxt in zip(marks, [*marks[1:], None], strict=True):
        text = answer[m.end():nxt.start() if nxt else len(answer)].strip(" ;,.")
        out.append(((m.group("num") or m.group("let")).lower(), text))
    return out


def _pick(items: list[tuple[str, str]], m: re.Match[str]) -> str | None:
    if m.group("letter"):
        return next((t for label, t in items if label == m.group("letter").lower()), None)
    if m.group("last") or (m.group("en") or "").lower() == "last":
        return items[-1][1]
    if m.group("first"):
        return items[0][1]
    word = (m.group("nth") or m.group("en") or "").lower()
    n = int(word) if word.isdigit() else _NUMBERS.get(word, 0)
    by_label = next((t for label, t in items if label == str(n)), None)
    return by_label or (items[n - 1][1] if 0 < n <= len(items) else None)


def point_into(question: str, history: list[tuple[str, str]] | None, keep: bool = False) -> str:
    """The question with a pointer into the previous answer's list replaced by the item it points to (``keep``: the
    pointer kept and the item added after it in brackets, for a question read as a follow-up by its pointer)."""
    last = next((c for r, c in reversed(history or []) if r == "assistant" and c.strip()), "")
    m = _POINTER_RE.search(question)
    if not last or m is None:
        return question
    items = _items(last)
    if len(items) < 2:
        return question
    item = _pick(items, m)
    if not item:
        return question
    item = _LEAD_FIGURE_RE.sub("", " ".join(_NOISE_RE.sub("", item).split())).strip(" ;:,.")
    if (head := _GLOSS_RE.sub("", item)) and len(head.split()) <= 8:
        item = head
    words = item.split()
    item = " ".join(words[:30])
    if keep:
        return f"{question[:m.end()]} ({item}){question[m.end():]}"
    return f"{question[:m.start()]}{item}{question[m.end():]}"
