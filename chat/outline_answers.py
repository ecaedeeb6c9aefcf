"""Answers that list a part of a plan's outline: "Kế hoạch gồm những nhóm nhiệm vụ và giải pháp nào?",
"Các nhiệm vụ trọng tâm năm 2026 là gì?".

Such a question names one of the plan's roman parts by its heading ("III. NHIỆM VỤ VÀ GIẢI PHÁP", "III. NHIỆM VỤ
TRỌNG TÂM") and asks for its items, so the answer is the part's numbered items, each quoted from its first line
and cited at its passage; the retrieved lines of one item would answer only a piece of it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from chat.extractive import plan_heading
from chat.types import Answer, Citation
from index.query import CHANGES_ASK_RE
from index.types import Query
from ingest.clean import BULLET_MARK
from ingest.textnorm import fold
from ingest.types import Chunk, Document, Section

# a list is asked: "gồm những … nào", "các … là gì", "what are the …"
_LIST_ASK_RE = re.compile(r"\b(?:những|các|gồm|bao gồm)\b.*\b(?:nào|gì)\b|\bnhư thế nào\b|\bra sao\b|\bwhat are\b|"
                          r"\bwhich\b.*\b(?:groups|areas)\b", re.I)
# words of a list question that do not name the part asked for
_ASK_WORDS = set("""kế hoạch của gồm bao những các nào gì là có được đề ra đặt nêu nhóm nội dung cụ thể thể chính
trong theo về và năm thị xã huyện tỉnh phường thành phố quận thị trấn quy định như thế ra sao phần mục cho đến""".split())
ITEM_CHARS = 300  # an item whose heading runs on into its text is quoted up to here
MIN_ITEMS = 2
MAX_LINES = 10  # a part without numbered items is quoted whole up to this many lines
_BULLET_RE = re.compile(rf"^{BULLET_MARK}\s+")  # the answer adds its own bullet


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", fold(text))


def _first_line(doc: Document, sec: Section) -> str:
    line = doc.text[sec.start:].split("\n", 1)[0].strip()
    return line if len(line) <= ITEM_CHARS else line[:ITEM_CHARS].rsplit(" ", 1)[0] + " …"


def _asked_part(query: Query, doc: Document) -> Section | None:
    """The plan's roman part whose heading holds every word the question uses for it (two or more)."""
    place = set(_words(f"{doc.locality} {doc.province or ''} {' '.join(doc.parents)} {doc.title} {query.issuer}"))
    want = {w for w in _words(query.text) if w not in _ASK_WORDS} - place
    if len(want) < 2:
        return None
    for sec in doc.sections:
        if sec.kind == "roman" and want <= set(_words(sec.title)):
            return sec
    return None


def outline_answer(query: Query, documents: dict[str, Document],
                   chunks_of: Callable[[str], Sequence[Chunk]], language: str = "vi") -> Answer | None:
    """The items of the roman part a list question names, for the one plan asked about; ``None`` otherwise."""
    if query.intent != "general" or query.agency or query.value or not query.plans or len(query.plans) != 1 \
            or language != "vi":
        return None
    doc = documents.get(query.plans[0])
    changes = doc is not None and bool(doc.amends) and bool(CHANGES_ASK_RE.search(query.text)) \
        and bool(re.search(r"\b(?:gì|nào|những|các)\b", query.text, re.I))
    if not changes and not _LIST_ASK_RE.search(query.text):
        return None
    part = None if changes or doc is None else _asked_part(query, doc)
    if doc is not None and changes:
        # the changes an amending plan makes: its own items, each changing a part of the plan it amends
        items = [s for s in doc.sections if s.kind == "roman"]
        heading = doc.title
    elif doc is None or part is None:
        return None
    else:
        items = [s for s in doc.sections if s.parent == part.id and s.kind in ("number", "letter", "group")]
        heading = part.heading
    if part is None and len(items) < MIN_ITEMS:
        return None
    if len(items) >= MIN_ITEMS:
        spans = [(sec.start, _first_line(doc, sec)) for sec in items]
    elif part is not None:  # a part written as a few bullets or paragraphs: its lines
        body = doc.text[part.body_start:part.end]
        spans = [(part.body_start + m.start(), m.group().strip()) for m in re.finditer(r"[^\n]+", body) if m.group().strip()]
        if not MIN_ITEMS <= len(spans) <= MAX_LINES:
            return None
    chunks = chunks_of(doc.doc)
    cites: dict[str, Citation] = {}
    lines = []
    for pos, text in spans:
        chunk = next((c for c in chunks if c.start <= pos < c.end), None)
        if chunk is None:
            return None  # a line outside every passage cannot be cited: the ordinary answer stands
        cite = cites.setdefault(chunk.id, Citation(
            n=len(cites) + 1, doc=doc.doc, title=doc.title, locality=doc.locality, section=chunk.section,
            text=chunk.text, start=chunk.start, end=chunk.end, score=1.0, id=chunk.id))
        lines.append(f"- {_BULLET_RE.sub('', text)} [{cite.n}]")
    text = "\n".join([plan_heading(doc, next(iter(cites.values())), language), f"_{heading}_", *lines])
    return Answer(answer=text, refused=False, citations=list(cites.values()), passages=list(cites.values()),
                  language=language)
