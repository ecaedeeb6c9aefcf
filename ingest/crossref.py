"""Tasks given by reference to the plan's own items: "Phòng Nội vụ: chủ trì thực hiện nhiệm vụ tại điểm b khoản 3
và khoản 5 Mục III" — the body's tasks are the items it points to, which name no body themselves.

``references`` reads every such clause of a plan into the sections it points to (a "khoản" is a numbered item of the
roman part named, a "điểm" a lettered item under it; "mục 2, 3 phần III" is read alike). A clause pointing into
another document ("khoản 2 Mục IV Kế hoạch số 08/KH-UBND") is not resolved here: that text is not this plan's.
"""

from __future__ import annotations

import re

from ingest.types import Document, Reference, Section

# the list of items, then the roman part they are in ("tại khoản 1, điểm a và điểm c khoản 5 Mục III")
_CLAUSE_RE = re.compile(
    r"\b(?:tại|theo|ở)\s+(?P<items>(?:(?:các\s+)?(?:điểm|khoản|tiểu mục|mục)\s+[\w.]+"
    r"(?:\s*(?:,|và|;)\s*(?!(?:điểm|khoản|tiểu mục|mục|phần)\b)[\w.]{1,4})*\s*(?:,|và)?\s*)+)"
    r"(?:của\s+)?(?:Mục|Phần|phần|mục)\s+(?P<part>[IVX]+)\b(?!\s*(?:của\s+)?(?:Kế hoạch|Quyết định|Nghị quyết|"
    r"Chỉ thị|Thông tư|Nghị định)\s+(?:số\s+)?\d)")
# what the clause gives: tasks ("chủ trì thực hiện nhiệm vụ tại …", "phối hợp triển khai nội dung tại …")
_TASK_LEAD_RE = re.compile(r"\b(?:nhiệm vụ|nội dung|thực hiện|triển khai|chủ trì|phối hợp)\b(?![^;.:]*chỉ tiêu)[^;.:]*$")
_ITEM_RE = re.compile(r"(điểm|khoản|tiểu mục|mục)\s+([\w.]+(?:\s*(?:,|và)\s*(?!(?:điểm|khoản|tiểu mục|mục)\b)[\w.]{1,4})*)")


def _label(sec: Section) -> str:
    return sec.label.rstrip(".)").split(".")[-1].lower()


def _children(doc: Document, parent: int) -> list[Section]:
    return [s for s in doc.sections if s.parent == parent]


def resolve_items(doc: Document, part: str, items: str) -> list[int]:
    """The section ids a clause's items name inside roman part ``part`` ("điểm c" with no khoản after it: a lettered
    item right under the part)."""
    roman = next((s for s in doc.sections if s.kind == "roman" and s.label.rstrip(".") == part), None)
    if roman is None:
        return []
    out: list[int] = []
    letters: list[str] = []
    for m in _ITEM_RE.finditer(items):
        kind, values = m.group(1), [v.strip(".").lower() for v in re.split(r"\s*(?:,|và)\s*", m.group(2)) if v]
        if kind == "điểm":
            letters += values  # "điểm a và điểm c khoản 5": both under the khoản that follows
            continue
        for n in values:
            item = next((s for s in _children(doc, roman.id) if _label(s) == n), None)
            if item is None:
                continue
            if letters:
                out += [s.id for s in _children(doc, item.id) if _label(s) in letters]
            else:
                out.append(item.id)
        letters = []
    if letters:
        out += [s.id for s in _children(doc, roman.id) if _label(s) in letters]
    return out


def references(doc: Document) -> list[Reference]:
    """Every clause inside a body's section that points to items of the plan's own, with the sections they are."""
    out: list[Reference] = []
    for m in _CLAUSE_RE.finditer(doc.text):
        if not _TASK_LEAD_RE.search(doc.text[max(0, m.start() - 40):m.start()]):
            continue  # "cụ thể hóa chỉ tiêu được giao tại Bảng ở điểm d …": a figure pointed to, not a task given
        targets = resolve_items(doc, m.group("part"), m.group("items"))
        if not targets:
            continue
        holder = max((s for s in doc.sections if s.start <= m.start() < s.end), key=lambda s: s.level, default=None)
        if holder is None or any(holder.start <= doc.sections[t].start < holder.end for t in targets):
            continue  # (a part pointing inside itself is a cross-reference of the text, not a task given)
        if doc.body_at(holder.start) is None:
            continue  # a clause outside every body's section gives no body tasks
        out.append(Reference(m.start(), m.end(), holder.id, tuple(dict.fromkeys(targets))))
    return out


# items a question names itself ("Nội dung điểm b khoản 4 Mục III là gì?", "khoản 6 mục III giao ai?")
_NAMED_RE = re.compile(
    r"(?P<items>(?:(?:điểm|khoản|tiểu mục)\s+[\w.]{1,4}(?:\s*(?:,|và)\s*(?!(?:điểm|khoản|tiểu mục|mục|phần)\b)[\w.]{1,4})*"
    r"\s*(?:,|và)?\s*)+)(?:của\s+)?(?:Mục|Phần|mục|phần)\s+(?P<part>[IVX]+)\b", re.I)


def named_items(doc: Document, text: str) -> list[int]:
    """The sections of ``doc`` a question names as items of its own ("điểm b khoản 5 Mục III")."""
    out: list[int] = []
    for m in _NAMED_RE.finditer(text):
        out += [t for t in resolve_items(doc, m.group("part").upper(), m.group("items").lower()) if t not in out]
    return out
