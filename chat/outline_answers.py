"""Answers that list a part of a plan's outline: "Kế hoạch gồm những nhóm nhiệm vụ và giải pháp nào?",
"Các nhiệm vụ trọng tâm năm 2026 là gì?"; and an item asked by its number: "Nội dung mục 7 phần giải pháp?",
"nhiệm vụ thứ ba là gì?", "điểm b mục 2 phần V".

Such a question names one of the plan's roman parts by its heading ("III. NHIỆM VỤ VÀ GIẢI PHÁP", "III. NHIỆM VỤ
TRỌNG TÂM") and asks for its items, so the answer is the part's numbered items, each quoted from its first line
and cited at its passage; the retrieved lines of one item would answer only a piece of it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from chat.extractive import plan_heading
from chat.types import Answer, Citation
from index.query import CHANGES_ASK_RE, ITEM_COUNT_RE
from index.store import chunk_at
from index.types import Query
from ingest.clean import BULLET_MARK
from ingest.textnorm import fold, strip_accents
from ingest.types import Chunk, Document, Section

# a list is asked: "gồm những … nào", "các … là gì", "what are the …"
_LIST_ASK_RE = re.compile(r"\b(?:những|các|gồm|bao gồm)\b.*\b(?:nào|gì)\b|\bnhư thế nào\b|\bra sao\b|\bwhat are\b|"
                          r"\bwhich\b.*\b(?:groups|areas)\b|\b(?:kể tên|liệt kê)\b|" + ITEM_COUNT_RE.pattern, re.I)
# words of a list question that do not name the part asked for
_ASK_WORDS = set("""kế hoạch của gồm bao nhiêu mấy kể tên liệt kê từng những các nào gì là có được đề ra đặt nêu nhóm nội dung cụ thể thể chính
trong theo về và năm thị xã huyện tỉnh phường thành phố quận thị trấn quy định như thế ra sao phần mục cho đến
nói đề cập nêu những ý điểm vậy thế""".split())
ITEM_CHARS = 300  # an item whose heading runs on into its text is quoted up to here
MIN_ITEMS = 2
MAX_LINES = 10  # a part without numbered items is quoted whole up to this many lines
_BULLET_RE = re.compile(rf"^{BULLET_MARK}\s+")  # the answer adds its own bullet


# an item by its number: "mục 7", "nhiệm vụ thứ 3", "giải pháp số 2", "điểm b", "item 4", "task 3"
_ITEM_WORDS = r"mục|điểm|ý|khoản|phần|nhiệm vụ|giải pháp|nội dung|item|task|point|solution|measure"
# what a list's member is called only with its place in the list ("cơ quan thứ 10", "cái thứ hai", "việc thứ hai")
_PLACE_WORDS = r"cơ quan|đơn vị|đầu mục|cái|việc|nhóm|gạch(?: đầu dòng)?|dòng"
_ORDINALS = {"nhất": "1", "một": "1", "hai": "2", "ba": "3", "tư": "4", "bốn": "4", "năm": "5", "sáu": "6",
             "bảy": "7", "tám": "8", "chín": "9", "mười": "10"}
_ITEM_REF_RE = re.compile(rf"\b(?:{_ITEM_WORDS})\s+(?:(?:thứ|số|no\.?|number)\s*)?(\d{{1,2}}(?:\.\d{{1,2}})?)(?![\d/%])"
                          rf"|\b(?:{_ITEM_WORDS}|{_PLACE_WORDS})\s+thứ\s+({'|'.join(_ORDINALS)})\b"
                          rf"|\b(?:{_ITEM_WORDS})\s+(?:thứ\s+)?(\d{{1,2}})(?:st|nd|rd|th)\b"
                          rf"|\b(?:{_PLACE_WORDS})\s+thứ\s+(\d{{1,2}})\b", re.I)
# the first or the last of a list: "cơ quan được nêu đầu tiên", "ý cuối cùng", "the last item"
_END_REF_RE = re.compile(rf"\b(?:{_ITEM_WORDS}|{_PLACE_WORDS})\s+(?:(?:được\s+)?(?:nêu|kể|liệt kê|ghi)(?:\s+tên)?\s+)?"
                         r"(đầu tiên|thứ nhất|cuối cùng|sau cùng|cuối)\b|\b(?:the\s+)?(first|last)\s+(?:item|task|point|"
                         r"body|agency|office)\b", re.I)
LAST = "last"  # the label of the last item of a list
_LETTER_REF_RE = re.compile(r"\b(?:điểm|ý|point|letter)\s+([a-ik-mđ])\b(?!\s*\w\))", re.I)
# a roman part by its numeral ("mục III", "phần V", "section IV") or by its words ("phần giải pháp")
_PART_ROMAN_REF_RE = re.compile(r"\b(?i:mục|phần|section|part)\s+([IVX]{1,4})\b")
# an item by its full label, the part's numeral first: "mục III.2", "II.1", "III.2.a", "section V.3"
_FULL_LABEL_RE = re.compile(r"(?<![\w.])([IVX]{1,4})\.(\d{1,2}(?:\.\d{1,2})?)(?:\.?\s*([a-ik-mđ])\))?(?![\w/])")
# the answer when the plan has no part or item of the label asked
TEXTS = {
    "vi": "Kế hoạch của {plan} không có {label} (các mục của kế hoạch: {parts}).",
    "en": "The plan of {plan} has no {label} (its parts: {parts}).",
}
# the answer when the item named exists but has no such point ("điểm g khoản 15 Mục V" of a list a–e)
TEXTS_NO_POINT = {
    "vi": "Mục “{item}” của kế hoạch {plan} không có {asked} (chỉ có: {labels}).",
    "en": "Item “{item}” of the plan of {plan} has no {asked} (only: {labels}).",
}
# the answer when the part named has fewer items than the place asked
TEXTS_BEYOND = {
    "vi": "Phần “{part}” của kế hoạch {plan} chỉ có {n} mục, không có mục thứ {asked}.",
    "en": "Part “{part}” of the plan of {plan} has only {n} items, none numbered {asked}.",
}
_PLACED_RE = re.compile(rf"^(?:{_PLACE_WORDS}|mục|ý)\s+(?:thứ|được|đầu|cuối|sau)\b", re.I)
_PART_WORDS_RE = re.compile(r"\b(?:phần|mục|section on|part on)\s+((?:[^\W\d_]+\s*){1,4})", re.I)
_PART_NAMES = ("mục tiêu", "nhiệm vụ", "giải pháp", "tổ chức thực hiện", "kinh phí", "mục đích", "yêu cầu",
               "báo cáo", "kiểm tra")
_ENGLISH_PARTS = {"solution": "giải pháp", "measure": "giải pháp", "task": "nhiệm vụ", "target": "mục tiêu",
                  "objective": "mục tiêu", "goal": "mục tiêu", "implementation": "tổ chức thực hiện",
                  "funding": "kinh phí", "budget": "kinh phí", "purpose": "mục đích", "reporting": "báo cáo"}
ITEM_LINES = 20  # an item quoted whole up to this many lines
MIN_TOPIC_WORDS = 3  # an item named by fewer of its heading's words is not told apart from the plan's other lines
# the question asks what the plan says of a matter: "nói gì về", "có những gì", "nội dung …", "what does … say about"
_ABOUT_RE = re.compile(r"\b(?:nói gì về|đề cập gì về|nêu gì về|quy định gì về|có những gì|gồm những gì|nội dung"
                       r"|(?:gồm|có) (?:mấy|bao nhiêu) (?:ý|điểm|nội dung|việc)"
                       r"|bằng cách nào|bằng những cách nào|như thế nào|thế nào|ra sao"
                       r"|what does\b.*\bsay about|what is said about|how (?:does|will|do)\b)\b", re.I)


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", fold(text))


def _first_line(doc: Document, sec: Section) -> str:
    line = doc.text[sec.start:].split("\n", 1)[0].strip()
    return line if len(line) <= ITEM_CHARS else line[:ITEM_CHARS].rsplit(" ", 1)[0] + " …"


def _asked_part(query: Query, doc: Document) -> Section | None:
    """The plan's roman part whose heading holds every word the question uses for it (two or more)."""
    place = set(_words(f"{doc.locality} {doc.province or ''} {' '.join(doc.parents)} {doc.title} {query.issuer}"))
    want = {w for w in _words(query.text) if w not in _ASK_WORDS} - place
    if (m := _roman_ref(query)) and m.re is _PART_ROMAN_REF_RE:
        # "Mục III (Nhiệm vụ và giải pháp) có mấy nhiệm vụ, đầu và cuối là gì?": the part by its numeral, unless the
        # question names a topic inside it ("… mục III liên quan đến chuyển đổi số")
        sec = next((s for s in doc.sections if s.kind == "roman" and s.label.rstrip(".:") == m.group(1)), None)
        if sec is not None and len(want - set(_words(sec.title)) - set(_words(m.group(0)))) <= 2:
            return sec
    if len(want) < 2:
        return None
    for sec in doc.sections:
        if sec.kind == "roman" and want <= set(_words(sec.title)):
            return sec
    return None


_FIRST_ITEM_RE = re.compile(r"\b(?:nhiệm vụ|nhóm|mục|nội dung|giải pháp)\s+(?:đầu tiên|đầu|thứ nhất)\b", re.I)
_LAST_ITEM_RE = re.compile(r"\b(?:nhiệm vụ|nhóm|mục|nội dung|giải pháp)\s+(?:cuối cùng|cuối)\b", re.I)


# the plan's make-up asked ("gồm mấy phần, là những phần nào?", "bố cục kế hoạch thế nào?", "What are the main parts
# of …?"): its roman parts (and appendices), not one part's items
_STRUCTURE_ASK_RE = re.compile(r"\b(?:gồm|có)\s+(?:mấy|bao nhiêu|những|các)\s+phần\b(?!\s+(?:trăm|việc|kinh phí|nội dung))|"
                               r"\bbố cục\b|\bcấu trúc\s+(?:của\s+)?"
                               r"(?:kế hoạch|văn bản)\b|\b(?:các|những)\s+phần\s+(?:chính|lớn)\b|\btên\s+(?:từng|các)\s+phần\b|"
                               r"\bmain\s+(?:parts|sections)\b|\bhow\s+is\b[^?]{0,60}\bstructured\b|"
                               r"\bwhat\s+(?:parts|sections)\s+does\b", re.I)
_STRUCTURE_LEAD = {"vi": "Kế hoạch {place} gồm {n} phần:", "en": "The plan of {place} has {n} parts:"}


def structure_answer(query: Query, documents: dict[str, Document],
                     chunks_of: Callable[[str], Sequence[Chunk]], language: str = "vi") -> Answer | None:
    """The roman parts (and appendices) of the one plan asked about, counted, each cited at its heading; ``None``
    unless its make-up is asked."""
    if query.agency or query.value or not query.plans or len(query.plans) != 1 \
            or not _STRUCTURE_ASK_RE.search(query.raw):
        return None
    doc = documents.get(query.plans[0])
    parts = [sec for sec in doc.sections if sec.kind in ("roman", "appendix") and sec.level == 1] if doc else []
    if doc is None or len(parts) < MIN_ITEMS:
        return None
    chunks = chunks_of(doc.doc)
    # (a part's heading line may stand outside its passages: each is cited at the part's first passage)
    starts = [next((c.start for c in chunks if c.start <= sec.start < c.end or sec.start <= c.start < sec.end), sec.start)
              for sec in parts]
    quoted = _quoted(doc, [(at, _first_line(doc, sec)) for at, sec in zip(starts, parts, strict=True)], chunks)
    if quoted is None or len(quoted[1]) < len(parts):
        return None
    cites, lines = quoted
    lead = _STRUCTURE_LEAD.get(language, _STRUCTURE_LEAD["vi"]).format(place=doc.locality, n=len(parts))
    text = "\n".join([lead, "", plan_heading(doc, cites[0], language), *lines])
    return Answer(answer=text, refused=False, citations=cites, passages=list(cites), language=language)


def outline_answer(query: Query, documents: dict[str, Document],
                   chunks_of: Callable[[str], Sequence[Chunk]], language: str = "vi") -> Answer | None:
    """The items of the roman part a list question names, for the one plan asked about; ``None`` otherwise."""
    counted = query.value == "count" and bool(ITEM_COUNT_RE.search(query.text))  # "có mấy nhiệm vụ": its items
    if query.intent not in ("general", "target") or query.agency or (query.value and not counted) or not query.plans \
            or len(query.plans) != 1 or language != "vi" or (query.intent == "target" and not counted):
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
        items = _part_items(doc, part)
        heading = part.heading
    if part is None and len(items) < MIN_ITEMS:
        return None
    counted = bool(ITEM_COUNT_RE.search(query.text)) and len(items) >= MIN_ITEMS
    if counted and (ends := [sec for sec, rx in ((items[0], _FIRST_ITEM_RE), (items[-1], _LAST_ITEM_RE))
                             if rx.search(query.text)]):
        # "có mấy nhóm, nhóm cuối là gì?": the count, then the items asked for by their place
        spans = [(sec.start, _first_line(doc, sec)) for sec in ends]
    elif len(items) >= MIN_ITEMS:
        spans = [(sec.start, _first_line(doc, sec)) for sec in items]
    elif part is not None:  # a part written as a few bullets or paragraphs: its lines
        spans = _lines(doc, part.body_start, part.end)
        if not MIN_ITEMS <= len(spans) <= MAX_LINES:
            return None
    quoted = _quoted(doc, spans, chunks_of(doc.doc))
    if quoted is None or len(quoted[1]) < len(spans):
        return None  # a line outside every passage cannot be cited: the ordinary answer stands
    answer = _answer(doc, heading, *quoted, language)
    if counted:  # "có mấy mục?": the count, then the items
        answer.answer = f"Phần “{heading}” của kế hoạch {doc.locality} có {len(items)} mục:\n\n{answer.answer}"
    return answer


def _quoted(doc: Document, spans: Sequence[tuple[int, str]],
            chunks: Sequence[Chunk]) -> tuple[list[Citation], list[str]] | None:
    """Each line as a bullet cited at the passage holding it (a line outside every passage is left out), one
    citation per passage; ``None`` when no line can be cited."""
    cites: dict[str, Citation] = {}
    lines = []
    for pos, text in spans:
        chunk = chunk_at(chunks, pos)
        if chunk is None:
            continue
        cite = cites.setdefault(chunk.id, Citation(
            n=len(cites) + 1, doc=doc.doc, title=doc.title, locality=doc.locality, section=chunk.section,
            text=chunk.text, start=chunk.start, end=chunk.end, score=1.0, id=chunk.id))
        lines.append(f"- {_BULLET_RE.sub('', text)} [{cite.n}]")
    return (list(cites.values()), lines) if cites else None


def _answer(doc: Document, heading: str, cites: list[Citation], lines: list[str], language: str) -> Answer:
    text = "\n".join([plan_heading(doc, cites[0], language), f"_{heading}_", *lines])
    return Answer(answer=text, refused=False, citations=cites, passages=list(cites), language=language)


def _item_label(query: Query, text: str | None = None) -> tuple[str, str] | None:
    """(number, letter) of the item a question asks for by number ("mục 7", "điểm b khoản 2"), else None."""
    text = _asked(query) if text is None else text
    if (full := _FULL_LABEL_RE.search(text)):
        return full.group(2), (full.group(3) or "").lower()
    m = _ITEM_REF_RE.search(text)
    number = (m.group(1) or _ORDINALS.get((m.group(2) or "").lower()) or m.group(3) or m.group(4)) if m else None
    if number is None and (end := _END_REF_RE.search(text)):
        number = "1" if fold(end.group(1) or end.group(2)) in ("đầu tiên", "thứ nhất", "first") else LAST
    letter = (lm.group(1).lower() if (lm := _LETTER_REF_RE.search(text)) else "")
    if number is None and not letter:
        return None
    return number or "", letter


def _asked(query: Query) -> str:
    """The question's own words; for an item asked by its place in the list the previous turn was about ("cái
    thứ hai là gì?"), the question as the conversation completed it ("… trong mục Tổ chức thực hiện")."""
    return query.text if "list-from-history" in query.notes else query.raw


def _named_parts(query: Query, doc: Document) -> list[Section]:
    """The roman parts the question points at: by numeral, else by a heading word it uses ("phần giải pháp")."""
    romans = [s for s in doc.sections if s.kind == "roman"]
    if (m := _roman_ref(query)):
        return [s for s in romans if s.label.rstrip(".:") == m.group(1)]
    said = fold(_asked(query))
    if query.language == "en":  # "item 4 of the solutions part": the part's Vietnamese heading word
        said = " ".join(_ENGLISH_PARTS.get(w.rstrip("s"), w) for w in re.findall(r"[\w']+", said))
    names = [n for n in _PART_NAMES if re.search(rf"\b{n}\b", said)]
    if (m := _PART_WORDS_RE.search(said)):
        names = [n for n in names if n in m.group(1)] or names
    return [s for s in romans if any(n in fold(s.title) for n in names)]


def _roman_ref(query: Query) -> re.Match[str] | None:
    """The question's roman part reference, group 1 its numeral: "mục III.2" (a full label) or "mục III"."""
    return _FULL_LABEL_RE.search(_asked(query)) or _PART_ROMAN_REF_RE.search(_asked(query))


def _part_items(doc: Document, part: Section) -> list[Section]:
    """The numbered, lettered and group items right under a roman part."""
    return [s for s in doc.sections if s.parent == part.id and s.kind in ("number", "letter", "group")]


def _missing_label(query: Query, doc: Document, ref: tuple[str, str] | None) -> str | None:
    """The label asked ("mục VII", "mục III.9") when the plan, whose outline was read (two roman parts or more),
    has no such part or no such item under the part named by its numeral; ``None`` when it may have it."""
    romans = [s for s in doc.sections if s.kind == "roman"]
    m = _roman_ref(query)
    if len(romans) < 2 or m is None:
        return None
    if not any(s.label.rstrip(".:") == m.group(1) for s in romans):
        return f"mục {m.group(1)}"
    if ref and m.re is _FULL_LABEL_RE:
        return f"mục {m.group(0).strip()}"
    return None


def _child(doc: Document, parent: Section, label: str, full: str = "") -> Section | None:
    """The item labelled ``label`` right under ``parent`` ("2.1." under "2." is asked as "1" of "2.1": ``full``)."""
    if label == LAST:
        return (_part_items(doc, parent) or [None])[-1]
    return next((s for s in doc.sections if s.parent == parent.id
                 and s.label.rstrip(".):").lower() in (label, full)), None)


def _numbered_item(query: Query, doc: Document, number: str, letter: str) -> list[Section]:
    parts = _named_parts(query, doc) or [s for s in doc.sections if s.kind == "roman"]
    found: list[Section] = []
    for part in parts:
        sec: Section | None = part
        steps = number.split(".")
        for i, label in enumerate(steps):
            sec = _child(doc, sec, label, ".".join(steps[:i + 1])) if sec is not None and label else sec
        if sec is not None and letter:
            sec = _child(doc, sec, letter)
        if sec is not None and sec is not part:
            found.append(sec)
    return found


def _titled_item(query: Query, doc: Document) -> list[Section]:
    """The task items whose heading holds every word the question uses for its topic ("KH nói gì về đẩy mạnh
    hoạt động của TT học tập cộng đồng?" → "5. Đẩy mạnh hoạt động của các Trung tâm học tập cộng đồng")."""
    if query.intent != "general" or query.value or query.years or not _ABOUT_RE.search(query.text):
        return []
    place = set(_words(f"{doc.locality} {doc.province or ''} {' '.join(doc.parents)} {doc.title} {query.issuer}"))
    want = {w for w in _words(_ABOUT_RE.sub(" ", query.text)) if w not in _ASK_WORDS} - place
    if len(want) < MIN_TOPIC_WORDS:
        return []
    # one word may be the asker's own shorthand ("TT" for "Trung tâm") when the rest is the heading's
    missing = 1 if len(want) >= 2 * MIN_TOPIC_WORDS else 0
    found = [s for s in doc.sections if s.kind in ("number", "letter") and not s.agency
             and len(want - set(_words(s.title))) <= missing]
    # (an item and its own points named alike — "6. … hợp tác quốc tế" over "a) Thúc đẩy hợp tác quốc tế …": the item)
    ids = {s.id for s in found}
    return [s for s in found if s.parent not in ids]


# a dash line of an item by its place ("gạch đầu dòng thứ sáu dưới Phòng GD&ĐT (khoản 1 Mục III)", "gạch cuối")
_DASH_REF_RE = re.compile(rf"\bgạch(?:\s+đầu\s+dòng)?\s+(?:thứ\s+(?P<nth>{'|'.join(_ORDINALS)}|\d{{1,2}})\b|"
                          r"(?P<first>đầu tiên)\b|(?P<last>cuối(?: cùng)?)\b)", re.I)
_DASH_LINE_RE = re.compile(r"^[-–•+]\s*\S")
TEXTS_FEW_DASHES = {
    "vi": "Mục “{item}” của kế hoạch {plan} chỉ có {n} gạch đầu dòng, không có gạch thứ {asked}.",
    "en": "Item “{item}” of the plan of {plan} has only {n} dash lines, no line {asked}.",
}


def _dash_lines(doc: Document, sec: Section) -> list[tuple[int, str]]:
    """The dash lines of an item's body, with their offsets."""
    return [(pos, ln) for pos, ln in _lines(doc, sec.body_start, sec.end) if _DASH_LINE_RE.match(ln)]


def _dash_place(m: re.Match[str], n: int) -> int:
    """The place (1-based) a dash reference asks of an item with ``n`` dash lines ("thứ sáu", "đầu tiên", "cuối")."""
    if m.group("last"):
        return n
    if m.group("first"):
        return 1
    word = (m.group("nth") or "").lower()
    return int(word) if word.isdigit() else int(_ORDINALS.get(word, "0"))


def _without(m: re.Match[str], text: str) -> str:
    """The text with the match taken out (what is left names the item the dash line is of)."""
    return text[:m.start()] + " " + text[m.end():]


def dash_answer(query: Query, documents: dict[str, Document], chunks_of: Callable[[str], Sequence[Chunk]],
                language: str = "vi", body_sections: Callable[[], Sequence[int]] | None = None) -> Answer | None:
    """The dash line of one item asked by its place ("gạch đầu dòng thứ sáu" of "khoản 1 Mục III", or of the body
    named), quoted alone; refused plainly when the item has fewer; ``None`` when the item is not told."""
    asked = _asked(query)
    m = _DASH_REF_RE.search(asked)
    if m is None or not query.plans or len(query.plans) != 1 or (doc := documents.get(query.plans[0])) is None:
        return None
    ref = _item_label(query, _without(m, asked))
    found = _numbered_item(query, doc, *ref) if ref else []
    if not found and query.agency and body_sections:
        found = [s for i in body_sections() for s in doc.sections if s.id == i][:1]
    if len(found) != 1 or any(s.parent == found[0].id for s in doc.sections):
        return None  # no item told, or one whose dashes sit under its own points
    sec = found[0]
    dashes = _dash_lines(doc, sec)
    if len(dashes) < MIN_ITEMS:
        return None
    at = _dash_place(m, len(dashes))
    lang = language if language in TEXTS_FEW_DASHES else "vi"
    if not 0 < at <= len(dashes):
        if not _roman_ref(query):
            return None  # an item found through the conversation's body, not an address: not told for sure
        return Answer(answer=TEXTS_FEW_DASHES[lang].format(item=sec.heading, plan=doc.locality, n=len(dashes), asked=at),
                      refused=True, citations=[], passages=[], language=lang)
    quoted = _quoted(doc, [dashes[at - 1]], chunks_of(doc.doc))
    return _answer(doc, sec.path_str, *quoted, language) if quoted else None


def address_refusal(query: Query, documents: dict[str, Document]) -> Answer | None:
    """A question that names an item by its full address in the one plan asked ("điểm g khoản 15 Mục V", "tiểu mục
    2.3 Mục II", "gạch thứ năm của khoản 3 Mục III") where the plan has no such item: refused plainly, before any
    other reading of its words (its topic, its year) can quote lines of some other item."""
    if not query.plans or len(query.plans) != 1 or (doc := documents.get(query.plans[0])) is None \
            or not _roman_ref(query):
        return None
    asked = _asked(query)
    dash = _DASH_REF_RE.search(asked)
    ref = _item_label(query, _without(dash, asked) if dash else asked)
    lang = query.language if query.language in TEXTS_NO_POINT else "vi"
    if ref is None:
        return None
    found = _numbered_item(query, doc, *ref)
    if not found:
        gap = _no_such_point(query, doc, *ref) or (_beyond_list(query, doc, ref[0]) if ref[0] and not ref[1] else None)
        return Answer(answer=gap, refused=True, citations=[], passages=[], language=lang) if gap else None
    if dash and len(found) == 1 and not any(s.parent == found[0].id for s in doc.sections):
        dashes = _dash_lines(doc, found[0])
        at = _dash_place(dash, len(dashes))
        if len(dashes) >= MIN_ITEMS and at > len(dashes):
            return Answer(answer=TEXTS_FEW_DASHES[lang].format(item=found[0].heading, plan=doc.locality,
                                                               n=len(dashes), asked=at),
                          refused=True, citations=[], passages=[], language=lang)
    return None


# an annex asked ("Phụ lục kèm theo kế hoạch", "the plan's annex"): refused when the plan neither holds nor names one
_ANNEX_ASK_RE = re.compile(r"\b(?:phụ lục|annex(?:es)?|appendix|appendices)\b", re.I)
_ANNEX_WORDS_RE = re.compile(r"\b(?:phu luc|annex|appendix)", re.I)  # in the plan's accent-free text
# an article of the plan itself ("Điều 2 của kế hoạch"), not of a law or decree the question names after it
_ARTICLE_ASK_RE = re.compile(r"\b(?:điều|article)\s+(\d{1,2})\b(?!\s*(?:,\s*)?(?:khoản\s+\d+\s+)?(?:của\s+|of\s+(?:the\s+)?)?"
                             r"(?:luật|bộ luật|nghị định|nghị quyết|thông tư|quyết định|hiến pháp|chỉ thị|law|decree|"
                             r"decision|resolution|circular|constitution)\b)", re.I)
TEXTS_NO_ARTICLE = {
    "vi": "Kế hoạch của {plan} không chia thành các điều, không có Điều {n}.",
    "en": "The plan of {plan} is not divided into articles; it has no Article {n}.",
}
TEXTS_NO_ANNEX = {
    "vi": "Kế hoạch của {plan} không có và không nhắc tới phụ lục nào kèm theo.",
    "en": "The plan of {plan} has no annex and mentions none.",
}


def annex_refusal(query: Query, documents: dict[str, Document]) -> Answer | None:
    """A question about the annex of the one plan asked, whose text neither holds an appendix nor mentions one,
    or about an article ("Điều 2 của kế hoạch") the plan does not have (a decision has articles, a plan mostly
    none): refused plainly, before its other words ("nhiệm vụ", "thời gian") quote the plan's body as if it were
    that part. (A plan that mentions an annex it does not hold is answered by that mention.)"""
    if not query.plans or len(query.plans) != 1 or (doc := documents.get(query.plans[0])) is None:
        return None
    lang = query.language if query.language in TEXTS_NO_ANNEX else "vi"
    if (article := _ARTICLE_ASK_RE.search(query.raw)) and not re.search(
            rf"^\W*(?:điều|article)\s+{article.group(1)}\b", doc.text, re.I | re.M):
        return Answer(answer=TEXTS_NO_ARTICLE[lang].format(plan=doc.locality, n=article.group(1)), refused=True,
                      citations=[], passages=[], language=lang)
    if not _ANNEX_ASK_RE.search(fold(query.raw)) or any(s.kind == "appendix" for s in doc.sections) \
            or _ANNEX_WORDS_RE.search(strip_accents(fold(doc.text))):
        return None
    return Answer(answer=TEXTS_NO_ANNEX[lang].format(plan=doc.locality), refused=True, citations=[], passages=[],
                  language=lang)


def item_answer(query: Query, documents: dict[str, Document],
                chunks_of: Callable[[str], Sequence[Chunk]], language: str = "vi",
                body_sections: Callable[[], Sequence[int]] | None = None) -> Answer | None:
    """The whole text of the item a question names by its number ("Nội dung mục 7 phần giải pháp của An Lão?")
    or by its heading's words ("KH Mỹ Lộc nói gì về đẩy mạnh hoạt động của TT học tập cộng đồng?"), for the one
    plan asked about; ``None`` when the question names no item or the plan has no such item."""
    if not query.plans or len(query.plans) != 1:
        return None
    doc = documents.get(query.plans[0])
    ref = _item_label(query)
    if ref is not None and ITEM_COUNT_RE.search(query.text):
        return None  # "Mục III có mấy nhiệm vụ, nhiệm vụ đầu và cuối là gì?": the part's items, counted, answer all
    # ("Cơ quan thứ 10 trong mục Tổ chức thực hiện": a place in a list, no body's name)
    agency = None if query.agency and _PLACED_RE.match(query.agency) else query.agency
    if doc is not None and agency and ref is not None:
        # "ý b) của Phòng LĐ-TB&XH", "việc thứ hai của Đoàn Thanh niên": an item of the body's own section
        secs = [s for i in (body_sections() if body_sections else ()) for s in doc.sections if s.id == i]
        return _body_item(doc, secs[0], ref, chunks_of, language) if secs else None
    # a body named is asked for its own tasks, unless the question asks how a task about it is done ("… nâng cao
    # hiệu quả Trung tâm học tập cộng đồng bằng cách nào?")
    if doc is None or (agency and query.intent == "agency"):
        return None
    found = _numbered_item(query, doc, *ref) if ref else _titled_item(query, doc)
    if not found and ref and ref[0] and not ref[1] and (beyond := _beyond_list(query, doc, ref[0])):
        return Answer(answer=beyond, refused=True, citations=[], passages=[], language=language)
    if not found and ref and (gap := _no_such_point(query, doc, *ref)):
        return Answer(answer=gap, refused=True, citations=[], passages=[], language=language)
    part = _PART_ROMAN_REF_RE.search(_asked(query)) if not ref and not found else None
    if part and (whole := [s for s in doc.sections if s.kind == "roman" and s.label.rstrip(".:") == part.group(1)]):
        # "Mục IV của kế hoạch nói gì?": the part itself — its items' first lines, or its lines when it has none
        items = _part_items(doc, whole[0])
        if len(items) >= MIN_ITEMS:
            quoted = _quoted(doc, [(sec.start, _first_line(doc, sec)) for sec in items], chunks_of(doc.doc))
            return _answer(doc, whole[0].heading, *quoted, language) if quoted else None
        found = whole
    if not found and (missing := _missing_label(query, doc, ref)):
        lang = language if language in TEXTS else "vi"
        parts = ", ".join(s.label.rstrip(".:") for s in doc.sections if s.kind == "roman")
        return Answer(answer=TEXTS[lang].format(plan=doc.locality, label=missing, parts=parts), refused=True,
                      citations=[], passages=[], language=lang)
    if len(found) != 1:  # no such item, or several the question does not tell apart
        return None
    return _whole(doc, found[0], chunks_of, language)


# how many bodies the plan gives tasks to: "giao nhiệm vụ cho bao nhiêu cơ quan", "how many agencies"
_BODY_COUNT_RE = re.compile(r"(?:bao nhiêu|\bmấy)\s+(?:cơ quan|đơn vị|sở(?:,? ngành)?|ngành|phòng(?:,? ban)?|"
                            r"tổ chức|bộ phận|chủ thể)\b|\bhow many\s+(?:\w+\s+)?(?:agencies|bodies|departments|"
                            r"offices|units|organi[sz]ations)\b", re.I)
_ASSIGNED_RE = re.compile(r"\b(?:giao|phân công|nhiệm vụ|trách nhiệm|tham gia thực hiện|được nêu|assign\w*|tasks?|"
                          r"duties|responsib\w*|named|listed)\b", re.I)
_TARGET_COUNT_RE = re.compile(r"công nhận|danh hiệu|\bđạt\b|phấn đấu|chỉ tiêu|%|\brecogni[sz]ed\b|\btarget", re.I)
TEXTS_COUNT = {
    "vi": "Phần “{part}” của kế hoạch {plan} giao nhiệm vụ cho {n} cơ quan, đơn vị (mỗi mục một cơ quan hoặc "
          "nhóm cơ quan):",
    "en": "Part “{part}” of the plan of {plan} assigns tasks to {n} bodies (one item each):",
}


def count_answer(query: Query, documents: dict[str, Document],
                 chunks_of: Callable[[str], Sequence[Chunk]], language: str = "vi") -> Answer | None:
    """How many bodies one plan gives tasks to: the agency items of its implementation part, counted and each
    quoted by its heading; ``None`` when the question counts something else or the plan names no bodies."""
    asked = f"{query.raw} {query.text}"
    # ("bao nhiêu đơn vị được công nhận “Đơn vị học tập”": a target's count, not the plan's bodies)
    if not _ASSIGNED_RE.search(asked) or _TARGET_COUNT_RE.search(asked):
        return None
    if not query.plans or len(query.plans) != 1 or not _BODY_COUNT_RE.search(asked) \
            or (query.agency and not _PLACED_RE.match(query.agency) and "cơ quan" not in query.agency.lower()):
        return None
    doc = documents.get(query.plans[0])
    if doc is None:
        return None
    by_parent: dict[int | None, list[Section]] = {}
    for sec in doc.sections:
        if sec.agency and sec.kind in ("number", "letter", "group"):
            by_parent.setdefault(sec.parent, []).append(sec)
    if not by_parent:
        return None
    parent, items = max(by_parent.items(), key=lambda kv: len(kv[1]))
    if len(items) < MIN_ITEMS:
        return None
    part = next((s for s in doc.sections if s.id == parent), None)
    chunks = chunks_of(doc.doc)

    def cited_at(sec: Section) -> int:  # a group's heading line may sit outside every passage: its first one
        if any(c.start <= sec.start < c.end for c in chunks):
            return sec.start
        return min((c.start for c in chunks if sec.start <= c.start < sec.end), default=sec.start)

    quoted = _quoted(doc, [(cited_at(sec), _first_line(doc, sec)) for sec in items], chunks)
    if quoted is None or len(quoted[1]) < len(items):
        return None
    lang = language if language in TEXTS_COUNT else "vi"
    lead = TEXTS_COUNT[lang].format(part=part.heading if part else "", plan=doc.locality, n=len(items))
    answer = _answer(doc, part.path_str if part else "", *quoted, language)
    answer.answer = f"{lead}\n\n{answer.answer}"
    return answer


def _lines(doc: Document, start: int, end: int) -> list[tuple[int, str]]:
    return [(start + m.start(), m.group().strip()) for m in re.finditer(r"[^\n]+", doc.text[start:end])
            if m.group().strip()]


def _whole(doc: Document, sec: Section, chunks_of: Callable[[str], Sequence[Chunk]], language: str) -> Answer | None:
    """The item quoted whole (up to ``ITEM_LINES`` lines), cited at its passages."""
    lines = _lines(doc, sec.start, sec.end)
    quoted = _quoted(doc, lines[:ITEM_LINES], chunks_of(doc.doc))
    if quoted is None:
        return None
    cites, out = quoted
    if len(lines) > ITEM_LINES:
        out.append("- …")
    return _answer(doc, sec.path_str, cites, out, language)


def _body_item(doc: Document, body: Section, ref: tuple[str, str], chunks_of: Callable[[str], Sequence[Chunk]],
               language: str) -> Answer | None:
    """The item of a body's section asked by its label or place: its lettered or numbered item, else — a section
    of plain task lines — the line at that place ("việc thứ hai" of a body given two paragraphs)."""
    number, letter = ref
    item = _child(doc, body, letter or number) if (letter or number) else None
    if item is not None:
        return _whole(doc, item, chunks_of, language)
    if letter or "." in number or doc.children(body.id):
        return None
    lines = _lines(doc, body.body_start, body.end)
    at = len(lines) - 1 if number == LAST else int(number) - 1
    if not lines or not 0 <= at < len(lines) or len(lines) < MIN_ITEMS:
        return None
    quoted = _quoted(doc, [lines[at]], chunks_of(doc.doc))
    return _answer(doc, body.path_str, *quoted, language) if quoted else None


def _no_such_point(query: Query, doc: Document, number: str, letter: str) -> str | None:
    """The plain refusal when the one roman part the question names by its numeral holds the numbered item asked
    but not the point under it ("điểm g khoản 15 Mục V" where the points run a–e; "tiểu mục 2.3" under "2." with
    2.1 and 2.2): the plan has no such point; ``None`` when that cannot be told (an item not found at all)."""
    if number == LAST or not _roman_ref(query) or len(parts := _named_parts(query, doc)) != 1:
        return None
    steps = [x for x in number.split(".") if x]
    labels = steps + ([letter] if letter else [])
    sec: Section = parts[0]
    for i, label in enumerate(labels):
        nxt = _child(doc, sec, label, ".".join(steps[:i + 1]) if i < len(steps) else "")
        if nxt is None:
            kids = [s.label.rstrip(".):") for s in doc.sections if s.parent == sec.id and s.kind in ("number", "letter")]
            if i == 0 or len(kids) < MIN_ITEMS:
                return None  # the part itself lacks the item: the beyond-list refusal's, or not told
            lang = query.language if query.language in TEXTS_NO_POINT else "vi"
            said = label if label.isalpha() else ".".join(steps[:i + 1])
            asked = f"{'điểm' if label.isalpha() else 'tiểu mục'} {said}" if lang == "vi" else \
                f"{'point' if label.isalpha() else 'sub-item'} {said}"
            return TEXTS_NO_POINT[lang].format(item=sec.heading, plan=doc.locality, asked=asked, labels=", ".join(kids))
        sec = nxt
    return None


def _beyond_list(query: Query, doc: Document, number: str) -> str | None:
    """The plain refusal when the one part the question names has fewer items than the place asked ("nhiệm vụ
    thứ 12" of a part of nine): the plan has no such item; ``None`` when that cannot be told."""
    parts = _named_parts(query, doc)
    if len(parts) != 1 or number == LAST or "." in number:
        return None
    items = _part_items(doc, parts[0])
    if len(items) < MIN_ITEMS or int(number) <= len(items):
        return None
    lang = query.language if query.language in TEXTS_BEYOND else "vi"
    return TEXTS_BEYOND[lang].format(plan=doc.locality, part=parts[0].heading, n=len(items), asked=number)


# bodies of one kind the plan gives tasks to, asked as a list or a count ("những hội nào được giao việc?", "giao việc
# cho bao nhiêu đoàn thể ở mục 9? kể tên", "liệt kê các sở được giao nhiệm vụ")
_KINDS = r"hội|sở|phòng|ban|đoàn thể|tổ chức chính trị\s*-\s*xã hội|tổ chức xã hội"
# ("hội nghị", "hội thảo", "hội thi", "hội viên", "hội đồng": a conference, a contest, members, a council — no hội)
_NOT_A_BODY = r"(?!\s+(?:nghị|thảo|thi|diễn|chợ|viên|đồng)\b)"
_KIND_ASK_RE = re.compile(
    rf"(?:những|các)\s+(?P<a>{_KINDS})\b(?:\s*,\s*(?:{_KINDS}))*\s+nào\b|"
    rf"(?:bao nhiêu|mấy)\s+(?P<b>{_KINDS})\b{_NOT_A_BODY}|"
    rf"(?:liệt kê|kể\s+(?:hết|tên))\s+(?:tất cả\s+|hết\s+)?(?:các|những)\s+(?P<c>{_KINDS})\b", re.I)
_GIVEN_RE = re.compile(r"\b(?:giao|phân công|đề nghị|nhiệm vụ|tham gia|được nêu)\b", re.I)
# a particular task or its absence asked ("… KHÔNG được giao phối hợp với Sở GD&ĐT"): the lines answer, not the list
_ONE_TASK_RE = re.compile(r"\bkhông\b|\bphối hợp với\b|\bcùng với\b|\bchủ trì (?:việc|tổ chức)\b", re.I)
_HEADS = {"hội": ("Hội",), "sở": ("Sở",), "phòng": ("Phòng",), "ban": ("Ban",)}
_MASS_HEADS = ("Hội", "Đoàn", "Liên đoàn", "Ủy ban Mặt trận", "Ủy ban MTTQ")
# a body's name in a heading: from its head word to the next comma, colon or " và <another body>"
_NAME_RE = re.compile(r"(?<![\w])(Hội|Sở|Phòng|Ban|Đoàn|Liên đoàn|Ủy ban Mặt trận|Ủy ban MTTQ)\s+"
                      r"(?:(?!\s+và\s+(?:Hội|Sở|Phòng|Ban|Đoàn|Liên đoàn|Ủy ban|các)\b)[^,;:()\n])+")
_CUT_RE = re.compile(r"\s+(?:phối hợp|chủ trì|thực hiện|có trách nhiệm|tham mưu|căn cứ|theo|chỉ đạo|vận động|tuyên truyền|"
                     r"tổ chức|triển khai|đẩy mạnh|tiếp tục|hướng dẫn|xây dựng|là|lồng ghép|được|cung cấp|nghiên cứu)\b.*$")
_PART_NO_RE = re.compile(r"\b(?:mục|khoản|điểm)\s+(\d{1,2})\b", re.I)
TEXTS_KIND = {
    "vi": "Phần “{part}” của kế hoạch {plan} giao việc cho {n} {kind}:",
    "en": "Part “{part}” of the plan of {plan} gives tasks to {n} bodies of that kind ({kind}):",
}


def bodies_of_kind_answer(query: Query, documents: dict[str, Document],
                          chunks_of: Callable[[str], Sequence[Chunk]], language: str = "vi") -> Answer | None:
    """The bodies of one kind (hội, sở, phòng, ban, đoàn thể) one plan's implementation part gives tasks to, each
    named as its heading writes it and cited there; ``None`` when the question asks no such list or the part
    names fewer than one."""
    m = _KIND_ASK_RE.search(fold(query.raw))
    if m is None or not _GIVEN_RE.search(query.raw) or _ONE_TASK_RE.search(query.raw):
        return None
    if not query.plans or len(query.plans) != 1 or (doc := documents.get(query.plans[0])) is None:
        return None
    kind = re.sub(r"\s+", " ", m.group("a") or m.group("b") or m.group("c"))
    heads = _HEADS.get(kind, _MASS_HEADS)
    part = next((s for s in doc.sections if s.kind == "roman" and "tổ chức thực hiện" in fold(s.heading)), None)
    if part is None:
        return None
    secs = [s for s in doc.sections if part.start < s.start < part.end and s.kind in ("number", "letter", "group")]
    if (no := _PART_NO_RE.search(query.raw)) and (item := next((s for s in secs if s.parent == part.id
                                                                and s.label.rstrip(".)") == no.group(1)), None)):
        secs = [s for s in secs if item.start <= s.start < item.end]  # "… ở mục 9": that item's bodies only
    found: dict[str, tuple[int, str]] = {}
    for sec in secs:
        head = _first_line(doc, sec).split(":", 1)[0]
        for n in _NAME_RE.finditer(head):
            name = _CUT_RE.sub("", n.group(0)).strip(" .")
            if n.group(1) in heads or (kind not in _HEADS and n.group(0).startswith(heads)):
                found.setdefault(fold(name), (sec.start, name))
    if not found:
        return None
    chunks = chunks_of(doc.doc)
    quoted = _quoted(doc, sorted(found.values()), chunks)
    if quoted is None:
        return None
    lang = language if language in TEXTS_KIND else "vi"
    lead = TEXTS_KIND[lang].format(part=part.heading, plan=doc.locality, n=len(found), kind=kind)
    answer = _answer(doc, part.path_str, *quoted, language)
    answer.answer = f"{lead}\n\n{answer.answer}"
    return answer
