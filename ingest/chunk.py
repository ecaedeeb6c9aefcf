"""Section-aware chunking.

Every roman section, numbered item and sub-item starts a new chunk, so a chunk never straddles two
agencies or two roman sections. A block longer than ``max_chars`` is split at lettered items and
bullets (then at sentence ends) and each piece keeps its full heading path.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ingest.outline import inline_agency, is_heading_line
from ingest.types import PATH_SEP, Chunk, Document, Section

MAX_CHARS = 1100
ITEM_LINE = 100  # an item line longer than this says something beyond a title
_LETTER_START = re.compile(r"^[a-zđ]\)\s")
_BULLET_START = re.compile(r"^[-+•–]\s")
_MIN_PIECE = 250


def _splits(s: Section, doc: Document) -> bool:
    """Sections that always start a new chunk: everything but lettered items, unless they name an agency
    (as a heading, or inline: "d) Đề nghị Hội Liên hiệp Phụ nữ thành phố chỉ đạo …")."""
    if s.kind != "letter" or s.agency is not None:
        return True
    return _agency_of(doc, s) is not None and inline_agency(doc.text[s.start:s.body_start]) is not None


def _says_all(doc: Document, s: Section) -> bool:
    """An item with no items of its own whose one line is content, not a title: a body's run-in tasks, or a line
    that says a figure or runs long ("2. Sửa đổi điểm c … như sau: “c) Đến năm 2027, 65% …”")."""
    if s.kind not in ("number", "letter") or any(c.parent == s.id for c in doc.sections):
        return False
    body = doc.text[s.start:s.end].strip()[len(s.label):]
    if s.agency and body.partition(":")[2].strip():
        return True  # a body's run-in line holds its tasks ("- CA xã: tuyên truyền pháp luật …")
    return len(body) > ITEM_LINE or bool(re.search(r"\d", body))


def _blocks(doc: Document) -> list[tuple[Section, int, int]]:
    """(owning section, start, end) for each stretch between consecutive structural headings."""
    starts = sorted({s.start for s in doc.sections if _splits(s, doc)})  # (row ends are added below)
    by_start: dict[int, Section] = {}
    for s in doc.sections:  # the deepest structural section starting at an offset owns the block
        if _splits(s, doc):
            prev = by_start.get(s.start)
            if prev is None or s.level > prev.level:
                by_start[s.start] = s
    # after a table row, or a section that ends before its next sibling (a run-in agency "- Công an xã: …" followed
    # by a paragraph of its parent's), the text goes back to the nearest splitting ancestor that goes on past it
    # (not the group row "I. Công tác tuyên truyền" the last row closes)
    section_starts = {s.start for s in doc.sections}
    for s in doc.sections:
        ends_early = s.kind != "row" and s.end < len(doc.text) and s.end not in section_starts
        if s.kind == "row" or ends_early:
            resume = s.end + 1 if s.kind == "row" else s.end
            parent = doc.sections[s.parent] if s.parent is not None else None
            while parent is not None and (not _splits(parent, doc) or resume >= parent.end):
                parent = doc.sections[parent.parent] if parent.parent is not None else None
            if parent is not None and resume < parent.end and resume not in by_start:
                by_start[resume] = parent
                starts.append(resume)
    starts.sort()
    out = []
    for i, st in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(doc.text)
        owner = by_start[st]
        end = min(end, owner.end if owner.kind == "row" else _root_end(doc, owner))
        out.append((owner, st, end))
    return out


def _root_end(doc: Document, s: Section) -> int:
    while s.parent is not None:
        s = doc.sections[s.parent]
    return s.end


def _line_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans, pos = [], start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        if stop > pos:
            spans.append((pos, stop))
        pos = stop + 1
    return spans


def _split_long_line(text: str, a: int, b: int, max_chars: int) -> list[tuple[int, int]]:
    """Split one very long paragraph at sentence or clause ends."""
    pieces, cur = [], a
    while b - cur > max_chars:
        window = text[cur:cur + max_chars]
        cut = max(window.rfind(". "), window.rfind("; "))
        if cut < max_chars // 3:
            cut = window.rfind(" ")
        if cut <= 0:
            cut = max_chars
        pieces.append((cur, cur + cut + 1))
        cur = cur + cut + 1
        while cur < b and text[cur] == " ":
            cur += 1
    if cur < b:
        pieces.append((cur, b))
    return pieces


def _pack(text: str, start: int, end: int, max_chars: int) -> list[tuple[int, int]]:
    """Group the block's lines into pieces ≤ max_chars, preferring to cut before an item or bullet."""
    units: list[tuple[int, int]] = []
    for a, b in _line_spans(text, start, end):
        units.extend(_split_long_line(text, a, b, max_chars) if b - a > max_chars else [(a, b)])
    pieces: list[tuple[int, int]] = []
    cur_a = cur_b = None
    for a, b in units:
        if cur_a is None:
            cur_a, cur_b = a, b
            continue
        size = b - cur_a
        line = text[a:b]
        have = cur_b - cur_a
        if have >= 120 and (size > max_chars or (_LETTER_START.match(line) and have >= _MIN_PIECE)
                            or (_BULLET_START.match(line) and size > max_chars * 0.75)):
            pieces.append((cur_a, cur_b))
            cur_a = a
        cur_b = b
    if cur_a is not None:
        pieces.append((cur_a, cur_b))
    return pieces


def _deepest_containing(doc: Document, starts: list[int], order: list[Section], a: int, b: int,
                        owner: Section) -> Section:
    best = owner
    i = bisect_right(starts, a) - 1
    while i >= 0:
        s = order[i]
        if s.start <= a and s.end >= b and s.level > best.level and _is_descendant(doc, s, owner):
            best = s
        if s.start < owner.start:
            break
        i -= 1
    return best


def _is_descendant(doc: Document, s: Section, anc: Section) -> bool:
    while s.parent is not None:
        if s.parent == anc.id:
            return True
        s = doc.sections[s.parent]
    return False


def _agency_of(doc: Document, s: Section) -> str | None:
    cur: Section | None = s
    while cur is not None:
        if cur.agency:
            return cur.agency
        cur = doc.sections[cur.parent] if cur.parent is not None else None
    return None


SIGNATURE_SECTION = "Chữ ký (người ký kế hoạch)"


def signature_chunk(doc: Document) -> Chunk | None:
    """The signature block as a citable passage (``doc#sig``): it closes ``doc.text`` after every section, so
    it is never in an answer passage, but "who signed the plan?" can cite it with exact offsets."""
    if not doc.signature or not doc.text.endswith(doc.signature):
        return None
    start = len(doc.text) - len(doc.signature)
    return Chunk(id=f"{doc.doc}#sig", doc=doc.doc, title=doc.title, locality=doc.locality,
                 section=SIGNATURE_SECTION, section_id=max(len(doc.sections) - 1, 0), start=start,
                 end=len(doc.text), text=doc.signature, kind="signature")


RECIPIENTS_SECTION = "Nơi nhận"


def recipients_chunk(doc: Document) -> Chunk | None:
    """The "Nơi nhận" list as a citable passage (``doc#rcp``): it closes ``doc.text`` just before the signature
    block, after every section, so only "kế hoạch gửi đến những nơi nào?" cites it."""
    if not doc.recipients:
        return None
    tail = f"{doc.recipients}\n{doc.signature}" if doc.signature else doc.recipients
    if not doc.text.endswith(tail):
        return None
    start = len(doc.text) - len(tail)
    return Chunk(id=f"{doc.doc}#rcp", doc=doc.doc, title=doc.title, locality=doc.locality,
                 section=RECIPIENTS_SECTION, section_id=max(len(doc.sections) - 1, 0), start=start,
                 end=start + len(doc.recipients), text=doc.recipients, kind="recipients")


def chunk_document(doc: Document, max_chars: int = MAX_CHARS) -> list[Chunk]:
    """Cut a parsed plan into retrievable chunks with exact offsets into ``doc.text``."""
    order = sorted(doc.sections, key=lambda s: (s.start, s.level))
    starts = [s.start for s in order]
    chunks: list[Chunk] = []
    for owner, start, end in _blocks(doc):
        stretch = doc.text[start:end].strip()
        if owner.kind != "row" and "\n" not in stretch and is_heading_line(stretch) and not _says_all(doc, owner):
            continue  # heading-only stretch (e.g. "V. TỔ CHỨC THỰC HIỆN" before its first item)
        for a, b in _pack(doc.text, start, end, max_chars):
            while a < b and doc.text[a].isspace():
                a += 1
            while b > a and doc.text[b - 1].isspace():
                b -= 1
            if b <= a:
                continue
            sec = _deepest_containing(doc, starts, order, a, b, owner)
            chunks.append(Chunk(
                id=f"{doc.doc}#{len(chunks)}", doc=doc.doc, title=doc.title, locality=doc.locality,
                section=PATH_SEP.join(sec.path), section_id=sec.id, start=a, end=b, text=doc.text[a:b],
                agency=_agency_of(doc, sec), kind="row" if sec.kind == "row" else "body",
            ))
    return chunks
