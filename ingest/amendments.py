"""Lines of a plan amending its own items: an annex issued later with a decision ("PHỤ LỤC ĐIỀU CHỈNH (Ban hành kèm
theo Quyết định số 35/QĐ-UBND …) … 1. Điều chỉnh chỉ tiêu tại điểm c Mục II: … từ “ít nhất 60%” thành “ít nhất
75%”"). The item amended still reads its old words, so an answer quoting it must quote the amending line too; the
link is read once here and stored with the index.

Only an item named down to its khoản or điểm is linked: "Bổ sung chỉ tiêu tại Mục II" adds a line of its own, it
changes none of the part's lines. A clause naming another document's items ("khoản 2 Mục IV Kế hoạch số 08/KH-UBND")
is that document's, not this plan's.

A correction notice printed above the plan ("ĐÍNH CHÍNH (theo Thông báo số 03/TB-HLG …) … Tại Mục IV: cụm từ “do Sở
Tài chính bố trí” được sửa thành “do Bảo hiểm xã hội tỉnh hỗ trợ”", a portal posting the uncorrected text below it)
is kept as the plan's opening lines (``correction_notice``), and each of its lines amends the item holding the words
it quotes, in the part it names, or the items it names.
"""

from __future__ import annotations

import re

from ingest.clean import MARKER_RE
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
# the line stating what the amendment was issued with ("(Ban hành kèm theo Quyết định số 35/QĐ-UBND ngày …)", "ĐÍNH
# CHÍNH (theo Thông báo số 03/TB-HLG …)")
_BASIS_RE = re.compile(r"\b(?:kèm theo|ban hành theo|theo)\s+(?:Quyết định|Nghị quyết|Văn bản|Công văn|Thông báo)\s+"
                       r"(?:số\s+)?\d", re.I)
# a line correcting words of the plan, whatever it opens with ("Tại điểm a khoản 1 Mục II: cụm từ “…” được sửa thành …")
_CORRECTED_RE = re.compile(r"\b(?:được\s+)?(?:sửa(?:\s+lại)?|đính chính|điều chỉnh|thay)\s+(?:thành|bằng)\b", re.I)
# the words corrected, quoted before the verb
_OLD_WORDS_RE = re.compile(r"[“\"]([^”\"]{3,160})[”\"]\s*(?:được\s+)?(?:sửa|đính chính|điều chỉnh|thay)", re.I)
# a roman part named alone ("Tại Mục IV: …")
_PART_RE = re.compile(r"\b(?:Mục|Phần|mục|phần)\s+([IVX]+)\b")
# the heading of a correction notice (its numbered lines' marks are ``MARKER_RE``'s)
_NOTICE_RE = re.compile(r"^\W*(?:ĐÍNH CHÍNH|Đính chính)\b")


def correction_notice(header: str) -> list[str]:
    """The lines of a correction notice in the text above the plan's title (a portal's "ĐÍNH CHÍNH" box), its own
    list numbers dropped (they number the notice, not the plan's items); [] when there is none. It runs to the first
    blank or all-capital line after its opening (the letterhead)."""
    lines = header.split("\n")
    start = next((i for i, ln in enumerate(lines) if _NOTICE_RE.match(ln)), None)
    if start is None:
        return []
    out = [lines[start].strip()]
    for ln in lines[start + 1:start + 20]:
        if not ln.strip() or not any(ch.islower() for ch in ln):
            break
        out.append(MARKER_RE.sub("", ln.strip(), count=1))
    return out


def _phrase_targets(doc: Document, part: str, words: str) -> list[int]:
    """The innermost section of roman part ``part`` whose text holds the quoted words, found first."""
    roman = next((s for s in doc.sections if s.kind == "roman" and s.label.rstrip(".") == part), None)
    if roman is None:
        return []
    at = doc.text.find(words, roman.start, roman.end)
    if at < 0:
        return []
    return [max((x for x in doc.sections if x.start <= at < x.end), key=lambda x: x.level).id]


def amendments(doc: Document) -> list[Amendment]:
    """Every line that amends an item of the plan's own, with the items it amends and the line stating the act it
    was issued with (if the part holding it has one)."""
    out: list[Amendment] = []
    for sec in doc.sections:
        if sec.parent is not None:
            continue  # each top part is read once, its items with it
        lines = doc.lines(sec.start, sec.end)
        basis = next(((s, e) for s, e in lines if _BASIS_RE.search(doc.text[s:e])), None)
        above = sec.kind == "preamble"  # a notice above the plan corrects what comes after it
        for s, e in lines:
            line = doc.text[s:e]
            if not _ACT_RE.match(line) and not _CORRECTED_RE.search(line):
                continue
            old = _OLD_WORDS_RE.search(line)
            targets: list[int] = []
            if m := _ITEMS_RE.search(line):
                targets = [t for t in resolve_items(doc, m.group("part").upper(), m.group("items").lower())
                           if doc.sections[t].kind != "roman" and (above or doc.sections[t].end <= s)]
            elif old and (part := _PART_RE.search(line)):
                targets = [t for t in _phrase_targets(doc, part.group(1).upper(), old.group(1))
                           if above or doc.sections[t].end <= s]
            if not targets:
                continue  # a part named whole, an item not found, or one that comes after the line: no amendment
            holder = max((x for x in doc.sections if x.start <= s < x.end), key=lambda x: x.level)
            out.append(Amendment(s, e, holder.id, tuple(dict.fromkeys(targets)),
                                 basis if basis and basis[0] < s else None))
    return out
