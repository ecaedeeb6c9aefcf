"""Lines of a plan amending its own items: an annex issued later with a decision ("PHỤ LỤC ĐIỀU CHỈNH (Ban hành kèm
theo Quyết định số 35/QĐ-UBND …) … 1. Điều chỉnh chỉ tiêu tại điểm c Mục II: … từ “ít nhất 60%” thành “ít nhất
75%”"). The item amended still reads its old words, so an answer quoting it must quote the amending line too; the
link is read once here and stored with the index.

Only an item named down to its khoản or điểm is linked: "Bổ sung chỉ tiêu tại Mục II" adds a line of its own, it
changes none of the part's lines. A clause naming another document's items ("khoản 2 Mục IV Kế hoạch số 08/KH-UBND")
is that document's, not this plan's.
"""

from __future__ import annotations

import re

from ingest.crossref import resolve_items
from ingest.types import Amendment, Document

# the line's own act first ("1. Điều chỉnh …", "- Sửa đổi, bổ sung …", "b) Thay thế …")
_ACT_RE = re.compile(r"^\s*(?:\d{1,2}[.)]\s*|[a-zđ]\)\s*|[-+•]\s*)?(?:Điều chỉnh|Sửa đổi|Sửa|Thay thế|Thay đổi|Bãi bỏ|"
                     r"Bổ sung|Hủy bỏ|Huỷ bỏ)\b", re.I)
# the items it names, then the roman part they are in ("tại điểm c Mục II", "khoản 5 Mục III", "khoản 2, khoản 3 Phần V")
_ITEMS_RE = re.compile(
    r"(?P<items>(?:(?:điểm|khoản|tiểu mục|mục)\s+[\w.]{1,4}(?:\s*(?:,|và)\s*(?!(?:điểm|khoản|tiểu mục|mục|phần)\b)"
    r"[\w.]{1,4})*\s*(?:,|và)?\s*)+)(?:của\s+)?(?:Mục|Phần|mục|phần)\s+(?P<part>[IVX]+)\b"
    r"(?!\s*(?:của\s+)?(?:Kế hoạch|Quyết định|Nghị quyết|Chỉ thị|Thông tư|Nghị định|Hướng dẫn|Chương trình)\s+(?:số\s+)?\d)")
# the line stating what the amendment was issued with ("(Ban hành kèm theo Quyết định số 35/QĐ-UBND ngày …)")
_BASIS_RE = re.compile(r"\b(?:kèm theo|ban hành theo|theo)\s+(?:Quyết định|Nghị quyết|Văn bản|Công văn)\s+(?:số\s+)?\d",
                       re.I)


def amendments(doc: Document) -> list[Amendment]:
    """Every line that amends an item of the plan's own, with the items it amends and the line stating the act it
    was issued with (if the part holding it has one)."""
    out: list[Amendment] = []
    for sec in doc.sections:
        if sec.parent is not None:
            continue  # each top part is read once, its items with it
        lines = doc.lines(sec.start, sec.end)
        basis = next(((s, e) for s, e in lines if _BASIS_RE.search(doc.text[s:e])), None)
        for s, e in lines:
            line = doc.text[s:e]
            if not _ACT_RE.match(line) or not (m := _ITEMS_RE.search(line)):
                continue
            targets = [t for t in resolve_items(doc, m.group("part").upper(), m.group("items").lower())
                       if doc.sections[t].kind != "roman" and doc.sections[t].end <= s]
            if not targets:
                continue  # a part named whole, an item not found, or one that comes after the line: no amendment
            holder = max((x for x in doc.sections if x.start <= s < x.end), key=lambda x: x.level)
            out.append(Amendment(s, e, holder.id, tuple(dict.fromkeys(targets)),
                                 basis if basis and basis[0] < s else None))
    return out
