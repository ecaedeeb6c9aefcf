"""The default answer: verbatim lines from the retrieved passages, grouped by plan, each with its [n].

No model is involved, so every sentence is traceable by construction. The composer chooses *which*
lines answer the question (task lines for an agency, figures for a target, dated lines for a deadline)
and how to lay them out (a list per plan, a count across plans, or a plan × value table). Lines quoted
from one section become one citation, so "[n]" points at the section the official would look up.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from chat.types import Citation
from index.glossary import glosses
from index.query import (
    AGE_SPAN_RE,
    BUDGET_SOURCE_RE,
    CADENCE_RE,
    MONEY_WORDS_RE,
    PER_UNIT_RE,
    SANCTION_RE,
    WHO_RE,
    budget_source,
    expand_abbreviations,
    puts_forward,
)
from index.retrieve import BASIS_WORDS, DATE_RE, DOC_MATTER_RE, MONEY_RE
from index.store import plan_lines
from index.types import Hit, Query
from ingest.chunk import recipients_chunk
from ingest.clean import BULLET_MARK
from ingest.crossref import named_items
from ingest.matrix import row_deadline
from ingest.metadata import ISSUED_RE, number_digits
from ingest.outline import LABEL_HEADER_RE, is_heading_line
from ingest.outline import PREAMBLE_TITLE as PREAMBLE_SECTION
from ingest.targets import school_year_ends
from ingest.textnorm import fold, plain_words, squash_spaces, strip_accents
from ingest.types import PATH_SEP, Document, Section, Target

_BULLET_RE = re.compile(rf"^(?:{BULLET_MARK}|[a-zđ]\)|\d{{1,2}}(?:\.\d{{1,2}})*\.|\d{{1,2}}\))\s*")
_PERCENT_RE = re.compile(r"\d+(?:[.,]\d+)?\s*%|\d+(?:[.,]\d+)?\)?\s*phần trăm\b")  # "95%", "tám mươi (80) phần trăm"
_STOP = set("của và các cho trong tại theo để đến từ là có được những nhằm với về gì nào ai bao nhiêu phải làm "
            "thì sao còn kế hoạch ở năm đã sẽ như thế nào the of what is to under plan do must ngày tháng trên đâu "
            "dựa vào".split())
_STOP_PLAIN = {strip_accents(w) for w in _STOP}
_HAS_TARGET_ASK_RE = re.compile(r"\bcó\s+(?:đặt\s+|đề ra\s+)?(?:chỉ tiêu|mục tiêu)\b[^?]*\b(?:không|chưa)\s*\??\s*$|"
                                r"^\s*(?:does|do|is there|are there)\b[^?]*\b(?:target|goal|aim)", re.I)
_TARGET_ASK_WORDS = {"chỉ", "tiêu", "chi", "tieu", "mục", "muc", "target", "targets"}
MAX_SECTION_LINES = 12  # a whole agency section is quoted up to this many lines
MAX_EXTRA_LINES = 2  # strongly matching lines from other sections, beside a whole section
SPAN_PART_BONUS = 0.3  # a span asked: the plan's own "Thời gian" part over a dated task line with a span
MIN_DATED_OVERLAP = 0.3  # "trước ngày nào …?": share of the question a dated line must be about
WHICH_PLANS_FIT = 0.8  # "which plans …?": share of the best plan's line overlap another plan must reach
# a figure asked for one indicator: share of the indicator's (corpus-idf weighted) words the figure's line
# must have; below it, the plan sets no figure for that indicator (see docs/refusals.md)
INDICATOR_FIT = 0.5
INDICATOR_FIT_EN = 0.35
INDICATOR_KEEP = 0.8  # a further line for a figure must fit the asked indicator this well, beside the best
WHO_BONUS = 0.3  # "ai / cơ quan nào …?": a line of an agency's own section names who
SUBJECT_BONUS = 0.3  # a date asked for a body: a dated line whose subject is that body
MIN_GAIN = 0.2  # share of the question's (idf-weighted) words a line from another section must add
RESTATES = 0.6  # share of word pairs two lines share to state the same task
PER_UNIT_BONUS = 0.5  # an amount asked per unit: a line stating one unit's amount
LINE_MEANING = 0.4  # weight of a line's e5 closeness to the question beside its word overlap
# e5 cosines of question and line: below the floor a line is not about the question, at the top it is
MEANING_FLOOR, MEANING_TOP = 0.80, 0.90

TEXTS = {
    "vi": {
        "refuse": "Các kế hoạch đã nạp không đề cập đến nội dung này, nên tôi không có căn cứ để trả lời.",
        "no_place": "Chưa nạp kế hoạch nào của {place}, nên tôi không thể trả lời về {place}.",
        "no_agency": "Kế hoạch được hỏi không nhắc đến {agency}.",
        "no_place_part": "Chưa nạp kế hoạch nào của {place}; dưới đây chỉ là các kế hoạch đã nạp.",
        "catch_all": "Kế hoạch không có mục riêng cho {agency}; phần dưới đây giao chung cho {kind}.",
        "no_value": "Kế hoạch được hỏi không nêu {kind} cho nội dung này.",
        "no_year": "Kế hoạch của {plan} (thời kỳ {period}) không nêu số liệu nào cho năm {years}.",
        "no_target_year": "Kế hoạch của {plan} đặt chỉ tiêu cho năm {keyed}, không đặt chỉ tiêu cho năm {years}.",
        "kinds": {"percent": "tỷ lệ (chỉ tiêu phần trăm)", "count": "con số", "amount": "số tiền", "figure": "chỉ tiêu (con số)",
                  "date": "thời hạn (ngày)", "sanction": "hình thức xử lý", "cadence": "tần suất (bao lâu một lần)"},
        "searched": "Đã tìm trong {n} kế hoạch: {plans}.",
        "more_plans": "và {n} kế hoạch khác",
        "plan_count": "Có {n} kế hoạch giao nhiệm vụ cho {agency}: {plans}.",
        "plan": "Kế hoạch",
        "value": "Nội dung",
        "year": "ban hành năm",
        "number": "số",
        "terms": "",
        "more": "_(và {k} dòng nữa trong đoạn [{n}])_",
        "amended": "một số nội dung đã được điều chỉnh, bổ sung bởi Kế hoạch số {numbers} (trích ở trên)",
    },
    "en": {
        "refuse": "The loaded plans do not cover this, so there is no basis for an answer.",
        "no_place": "No plan of {place} is loaded, so I cannot answer about {place}.",
        "no_agency": "The plan asked about does not mention {agency}.",
        "no_place_part": "No plan of {place} is loaded; below are the loaded plans only.",
        "catch_all": "The plan has no item of its own for {agency}; the item below is addressed to {kind} as a whole.",
        "no_value": "The plan asked about states no {kind} for this.",
        "no_year": "The plan of {plan} (period {period}) states no figure for {years}.",
        "no_target_year": "The plan of {plan} sets targets for {keyed}, none for {years}.",
        "kinds": {"percent": "percentage target", "count": "figure", "amount": "amount of money", "figure": "target figure",
                  "date": "date", "sanction": "sanction", "cadence": "frequency"},
        "searched": "Plans searched ({n}): {plans}.",
        "more_plans": "and {n} more",
        "plan_count": "{n} plans assign tasks to {agency}: {plans}.",
        "plan": "Plan",
        "value": "Passage",
        "year": "issued",
        "number": "No.",
        "terms": "Key terms (quotes are verbatim Vietnamese): ",
        "more": "_({k} more lines in passage [{n}])_",
        "amended": "parts amended by Plan No. {numbers} (quoted above)",
    },
}


@dataclass
class _Quote:
    """One verbatim line chosen from a retrieved passage."""

    text: str
    hit: Hit
    cite: Citation
    score: float
    pos: int  # offset in the plan's text, for document order
    whole: bool = False  # quoted as part of a whole section (``cite`` is that section)
    sid: int | None = None  # the section quoted whole; else the passage's own section
    amending: bool = False  # a line amending a quoted item, or the act it came with (``_with_amendments``)

    @property
    def section_id(self) -> int:
        return self.sid if self.sid is not None else self.hit.chunk.section_id

    @property
    def section(self) -> str:
        return self.cite.section


@dataclass
class _Source:
    """The quotes taken from one section of one plan: they share one citation."""

    doc: str
    section_id: int
    quotes: list[_Quote] = field(default_factory=list)
    more: int = 0  # lines of a whole section left out of the answer (still in its citation)

    @property
    def best(self) -> float:
        return max(q.score for q in self.quotes)


def _own_phrase_words(asked: str, title: str) -> set[str]:
    """The title words the question pairs in an order the title never has (ask words aside)."""
    def pairs(text: str) -> list[tuple[str, str]]:
        # (numbers and "số" aside: "Nghị quyết 23" is the title's "Nghị quyết số 23-NQ/TU", no phrase of its own)
        words = [w for w in re.findall(r"\w+", text) if not any(ch.isdigit() for ch in w) and w not in ("số", "so")]
        return list(zip(words, words[1:], strict=False))
    in_title = set(pairs(title))
    words = {w for pair in in_title for w in pair}
    skip = _STOP | _STOP_PLAIN | _TARGET_ASK_WORDS
    # (both words the title's, in an order it never has them: "huyện học tập" of "… học tập … huyện Mỹ Lộc")
    return {w for pair in pairs(asked) if pair not in in_title and set(pair) <= words and not (set(pair) & skip)
            for w in pair}


def _terms(text: str) -> set[str]:
    """Content words, with their accents: "mạng" (network) is not "mang"/"cách mạng"'s "mạng"'s twin."""
    return {w for w in re.findall(r"\w+", fold(text))
            if len(w) > 1 and w not in _STOP and not (w.isascii() and w in _STOP_PLAIN)}


def _matched(qterms: set[str], line_terms: set[str]) -> set[str]:
    """Question terms the line has; a term typed without accents ("mang") matches any accented form."""
    plain = {strip_accents(w) for w in line_terms}
    return {t for t in qterms if t in line_terms or (t == strip_accents(t) and t in plain)}


def _weight(t: str, idf: dict[str, float]) -> float:
    return idf.get(t, idf.get("~" + t, 0.0))


def _text_lines(text: str, start: int) -> list[tuple[str, int]]:
    """Quotable units of a stretch of a plan (items, bullets, paragraphs) with their offsets in its text."""
    out = []
    offset = 0
    for raw in text.split("\n"):
        at = offset
        offset += len(raw) + 1
        line = re.sub(rf"^{BULLET_MARK}\s*", "", raw.strip())  # the bullet mark is layout, not content
        if line and line.upper() != "KẾ HOẠCH":  # the document-type label above the title says nothing
            out.append((line, start + at))
    return out


def _lines(c: Citation) -> list[tuple[str, int]]:
    return _text_lines(c.text, c.start)


_KEM_THEO_RE = re.compile(r"^\(?\s*(?:Kèm|Ban hành kèm) theo\b", re.I)
_APPENDIX_PATH_RE = re.compile(r"(?:phụ lục|phụ biểu|biểu)\b")  # a passage of an appendix or attached chart
_KEM_THEO_TAIL_RE = re.compile(r"\(\s*(?:Kèm|Ban hành kèm) theo\b[^()]*\)\s*$", re.I)  # the note after the title


def _capitals(line: str) -> bool:
    """Is the line written in capitals (a title), not a row of figures?"""
    return line.upper() == line and any(ch.isalpha() for ch in line)


def _is_heading(line: str, c: Citation) -> bool:
    """Is the line the passage's own heading (which answers nothing by itself)? An item that is a sentence stating
    a figure, an amount or a date ("5. Tổng kinh phí … điều chỉnh thành 5.100 triệu đồng.") is content, even with
    lines under it."""
    if line.rstrip().endswith((".", ";")) and (MONEY_RE.search(line) or _PERCENT_RE.search(line) or DATE_RE.search(line)):
        return False
    last = c.section.split(" › ")[-1]
    in_appendix = _APPENDIX_PATH_RE.match(fold(c.section)) is not None
    if (in_appendix and (_KEM_THEO_RE.match(line) or _KEM_THEO_TAIL_RE.search(line) or _capitals(line))) or (
            fold(line).startswith(fold(last)) and line.upper() == line and len(last) >= 4):
        # an appendix's own title ("PHỤ LỤC 1. CHỈ TIÊU …", "DANH SÁCH XÃ THÍ ĐIỂM", "Phân bổ chỉ tiêu theo cụm (Kèm
        # theo Kế hoạch số …)") and its note "(Kèm theo Kế hoạch số …)" (the plan's own "(Ban hành kèm theo Quyết
        # định số …)" says which decision issued it)
        return True
    _, colon, rest = line.partition(": ")
    if colon and len(rest.split()) >= 2 and fold(rest.strip(" .;")) not in fold(last):
        return False  # "3. Phó Giám đốc: ông Lê Văn Tư, …": the heading runs on into what it says
    line = re.sub(r"^(\d{1,2})\)", r"\1.", line)  # "1) Chỉ tiêu" is the heading "1. Chỉ tiêu"
    if fold(line).rstrip(" .:") == fold(last).rstrip(" .:"):
        return True
    return (len(line) < 90 and not line.endswith((".", ";", ":")) and _BULLET_RE.match(line) is not None
            and line[:3] in last[:3])


def _body_lines(c: Citation) -> list[tuple[str, int]]:
    """The passage's lines without its heading: a heading alone answers nothing — unless the item says all in
    its one line, a sentence ("6. 70% người dân … có kỹ năng số cơ bản."), and is its own heading."""
    lines = _lines(c)
    body = [(ln, p) for ln, p in lines if not _is_heading(ln, c)]
    if not body and len(lines) == 1 and lines[0][0].rstrip().endswith((".", ";")):
        return lines
    return body


def _has_body(h: Hit, c: Citation, doc: Document | None) -> bool:
    """Does the passage say something beyond its headings? An appendix's title passage does when its section's
    rows follow in passages of their own."""
    if _body_lines(c):
        return True
    sec = doc.sections[h.chunk.section_id] if doc and h.chunk.section_id < len(doc.sections) else None
    return bool(sec and sec.kind == "appendix" and sec.end > c.end and doc.text[c.end:sec.end].strip())


def plan_heading(doc: Document | None, c: Citation, language: str, amended_by: Sequence[Document] = ()) -> str:
    # the year of issue the plan prints (a title's or a cited document's year is no date of issue)
    year = f", {TEXTS[language]['year']} {doc.issued_year}" if doc and doc.issued_year else ""
    if doc and doc.number and doc.number not in c.title:  # the number an official cites the plan by
        year = f" ({TEXTS[language]['number']} {doc.number}){year}"
    note = TEXTS[language]["amended"].format(numbers=", ".join(a.number or a.doc for a in amended_by))
    return f"**{c.locality}** — {c.title}{year}" + (f" — _{note}_" if amended_by else "")


def amending(doc: Document, documents: dict[str, Document]) -> list[Document]:
    """The loaded plans that amend ``doc`` (their titles name its number; same place): what they change replaces
    what ``doc`` says, the rest of ``doc`` stands."""
    if not doc.number:
        return []
    return [a for a in documents.values() if a.amends_plan(doc)]


def _score(h: Hit) -> float:
    return h.signals.get("score", h.score)


def _answers_whole(h: Hit, query: Query, quoted: list[str], who: bool = False) -> bool:
    """A passage that answers as a whole: the asked agency's own section, or the section on the asked topic
    (not when the question asks who: "ai bố trí ngân sách …?" is answered by an agency's line, not "IV. KINH PHÍ")."""
    if quoted:  # a quoted name: its own section answers whole ("mục “Đẩy mạnh hoạt động …” nêu gì?"),
        heading = fold(h.chunk.section.split(PATH_SEP)[-1])  # elsewhere only the lines that contain it
        # (the path keeps a heading's label alone, "2. Chương trình 2": its whole line is the passage's first)
        first = fold(h.chunk.text.lstrip().split("\n", 1)[0])
        return any(q in heading or (q in first and first.startswith(heading)) for q in quoted)
    sig = h.signals
    if query.intent == "agency" and sig.get("agency", 0) >= 0.6:
        return True
    if query.intent == "funding" and not query.value and sig.get("agency", 0) >= AGENCY_NAMED:
        return True  # "Sở Tài chính lo kinh phí thế nào?": the body's own section
    if sig.get("heading", 0) >= 0.5 and sig.get("heading_shared", 0) >= 2 and query.intent not in ("target", "deadline") \
            and not who:  # "cơ quan nào chịu trách nhiệm đào tạo nghề …?": a body's line, not the topic's section
        return True
    return bool(sig.get("intent_section")) and query.intent in ("funding", "purpose", "legal") and not who


def _own_lines(h: Hit, lines: list[tuple[str, int]], query: Query) -> list[tuple[str, int]]:
    """A section's body lines; where the agency is named inline ("- Công an Thành phố: …"), only its lines."""
    if not (h.signals.get("agency_inline") and query.agency):
        return lines
    want = _terms(query.agency)
    mine = [(ln, p) for ln, p in lines
            if _matched(want, _terms(" ".join(re.split(r"[:;,]", ln, maxsplit=1)[0].split()[:14]))) == want]
    return mine or lines


_IDF_CACHE: dict[tuple[str, int], dict[str, float]] = {}


def _line_idf(lines: list[str]) -> dict[str, float]:
    """Inverse line frequency of each word (and, as "~word", of its accent-free form)."""
    df: dict[str, int] = {}
    for ln in lines:
        terms = _terms(ln)
        for t in terms | {"~" + strip_accents(w) for w in terms}:
            df[t] = df.get(t, 0) + 1
    return {t: math.log((len(lines) + 1) / (c + 0.5)) for t, c in df.items()}


def _idf(doc: Document | None) -> dict[str, float]:
    """Term rarity within one plan: "chuyển đổi số" singles out a line, "triển khai" does not."""
    if doc is None:
        return {}
    key = (doc.doc, hash(doc.text))
    if key not in _IDF_CACHE:
        _IDF_CACHE[key] = _line_idf([ln for ln in _stat_text(doc).split("\n") if ln.strip()])
    return _IDF_CACHE[key]


def _stat_text(doc: Document) -> str:
    """The text a plan's term rarity is counted over: its recipients list is cited, never read for words."""
    listed = recipients_chunk(doc)
    return doc.text if listed is None else doc.text[:listed.start] + doc.text[listed.end:]


def _corpus_key(documents: dict[str, Document]) -> str:
    return str(hash(tuple(sorted((d.doc, hash(d.text)) for d in documents.values()))))


def _corpus_idf(documents: dict[str, Document]) -> dict[str, float]:
    """Term rarity over all loaded plans: to compare plans with each other, a term one plan lacks
    ("UNESCO") must still weigh in that plan's score."""
    key = ("", hash(_corpus_key(documents)))
    if key not in _IDF_CACHE:
        _IDF_CACHE[key] = _line_idf([ln for d in documents.values() for ln in _stat_text(d).split("\n") if ln.strip()])
    return _IDF_CACHE[key]


def _overlap(line: str, qterms: set[str], idf: dict[str, float]) -> float:
    """Share of the question's (idf-weighted) terms that the line contains; terms the plan lacks don't count."""
    return _overlap_terms(_terms(line), qterms, idf)


def _overlap_terms(line_terms: set[str], qterms: set[str], idf: dict[str, float]) -> float:
    got = _matched(qterms, line_terms)
    if not idf:
        return len(got) / (len(qterms) or 1)
    total = sum(_weight(t, idf) for t in qterms)
    return sum(_weight(t, idf) for t in got) / total if total else 0.0


def _word_pairs(words: list[str]) -> set[tuple[str, str]]:
    """Consecutive word pairs: syllables recur across indicators, pairs of them much less."""
    return set(zip(words, words[1:], strict=False))


def _bigrams(text: str) -> set[tuple[str, str]]:
    return _word_pairs(re.findall(r"\w+", fold(text)))


KEY_CELL_BONUS = 0.5
_KEY_CELL_RE = re.compile(r"^([^|:\d]{2,20}):\s*([^|:]{1,20}?)\s*(?:\||$)")  # a row's first cell: "Tháng: 3 | …"


def _line_score(query: Query, line: str, qterms: set[str], quoted: list[str], idf: dict[str, float],
                phrases: set[tuple[str, str]] = frozenset(), heading: str = "") -> float:
    """How well a line answers: weighted term overlap (the line read under its heading), the question's word
    pairs kept in order ("công dân học tập" is not "công … học tập"), quoted names, the figure or date asked
    for, and, when a date is asked for a body, whether that body is the line's subject."""
    score = _overlap(with_full_forms(f"{heading} {line}"), qterms, idf)  # "Các phòng GD&ĐT" in full words too
    if phrases:
        score += 0.5 * len(phrases & _bigrams(line)) / len(phrases)
    if quoted and any(q in fold(line) for q in quoted):
        score += 1.0
    if (key := _KEY_CELL_RE.match(line)) and re.search(
            rf"(?<!\w){re.escape(fold(key.group(1)))}\s+{re.escape(fold(key.group(2)))}(?!\w)", fold(query.text)):
        score += KEY_CELL_BONUS  # "tháng 3" asked: the row whose first cell is "Tháng: 3"
    if query.per_unit:
        # "hỗ trợ mỗi trung tâm bao nhiêu?": one unit's amount ("12 triệu đồng/trung tâm"), not a group's total
        score += PER_UNIT_BONUS if any(_per_unit(line, m) for m in MONEY_RE.finditer(line)) else 0.0
    if query.document_kind and re.search(rf"\b{query.document_kind}\s+(?:số\s*)?\d", fold(line)):
        score += 1.0  # "Thông tư nào …?": a line citing a circular by its number
    if query.intent == "target" and query.percent:
        score += 0.5 if _PERCENT_RE.search(line) else -0.5
    elif query.intent == "target" and not (query.value is None and _HAS_TARGET_ASK_RE.search(query.raw)):
        # "bao nhiêu đơn vị": a count, written with digits ("có chỉ tiêu … không?" asks whether one is set: the
        # line setting it may have none — "Huyện được công nhận danh hiệu huyện học tập")
        # (a document's number, a date or a year is no figure: "Kế hoạch số 471/KH-UBND ngày 22 tháng 12 …")
        figure = re.search(r"\d", _NOT_FIGURE_RE.sub(" ", line))
        score += 0.3 if figure else -0.3
    if query.intent == "deadline":  # a date of something to do, not a cited document's date; a row's time cell
        score += 0.5 if _event_date(line) or row_deadline(line) else 0.0
    if query.intent == "agency" and query.agency and not heading:
        # a body with no section of its own: the lines it is the subject of ("Giao Trung tâm … chủ trì …") say
        # its tasks, a line naming it as the one reported to does not
        score += SUBJECT_BONUS if _subject(query.agency, line, "") else -SUBJECT_BONUS if _reported_to(
            query.agency, line) else 0.0
    if (query.intent == "deadline" or query.day) and query.agency:
        if _subject(query.agency, line, heading):
            score += SUBJECT_BONUS
        elif _reported_to(query.agency, line):
            score -= SUBJECT_BONUS  # named further on, as the body reported to ("… về Phòng GD&ĐT để tổng hợp")
    return score


# how long something runs asked ("diễn ra khi nào", "từ ngày nào đến ngày nào", "kéo dài bao lâu", "take place"),
# matched accent-free; and a line stating a span of days ("từ ngày 01 tháng 10 … đến hết ngày 07 tháng 10")
_SPAN_ASK_RE = re.compile(r"\btu (?:ngay|khi|luc|thang) nao\b.{0,20}\bden\b|\bdien ra\b|\bkeo dai\b"
                          r"|\bthoi gian to chuc\b|\bt(?:ake|akes|ook) place\b|\bfrom when\b")
_DATE_SPAN_RE = re.compile(r"\btừ\s+(?:ngày\s+)?\d{1,2}(?:/\d{1,2}|\s+tháng\s+\d{1,2}).{0,60}?"
                           r"\bđến\s+(?:hết\s+)?(?:ngày\s+)?\d{1,2}(?:/\d{1,2}|\s+tháng\s+\d{1,2})", re.I)
# (and "đến nay đã diễn ra chưa?": whether it is over is the span against today)
_SPAN_TERMS = {"diễn", "ra", "kéo", "dài", "tổ", "chức", "thời", "gian", "khi", "lúc", "bao", "lâu", "giờ", "nay", "chưa",
               "dien", "keo", "dai", "to", "chuc", "thoi", "luc", "lau", "gio", "chua"}
_TWO_INDICATORS_RE = re.compile(r"\s*,\s*|\s+và\s+|\s+(?=Dòng họ học tập|Cộng đồng học tập|Đơn vị học tập|Công dân học tập)")
_TIME_HEADING_RE = re.compile(r"(?:[\dIVX]+[.)]\s*)*thời gian\b", re.I)  # "2. Thời gian", "Thời gian tổ chức"
_GIVES_RE = re.compile(r"\b(?:[Gg]iao|[Đđ]ề nghị|[Yy]êu cầu)\s+(?:cho\s+)?(?=[A-ZĐÀ-Ỹ]|các\s)")


# a lead-in naming a year, whose items follow it: "• Năm 2025:", "a) Đến năm 2030:", "Đến hết năm 2026:"
# ("b) Mục tiêu đến năm 2030", "Chỉ tiêu năm 2026:")
_YEAR_LEAD_RE = re.compile(r"^(?:[a-zđ]\)\s*)?(?:(?:mục tiêu|chỉ tiêu|phấn đấu)\s+(?:cụ thể\s+)?)?"
                           r"(?:(?:đến|tới)\s+(?:hết\s+)?|trong\s+)?năm\s+(20\d\d)\s*:?$", re.I)


def _under_other_year(query: Query, leads: dict[int, int | None], ln: str, p: int) -> bool:
    """A year's lead-in itself, or a line under another year's ("• Năm 2025:" › "o 70% …") than those asked."""
    return p in leads and (leads[p] is None or (leads[p] not in query.years
                                                 and not any(str(y) in ln for y in query.years)))


def _lead_years(lines: list[tuple[str, int]]) -> dict[int, int | None]:
    """For the lines under a year's lead-in, that year (by line offset); the lead-in itself maps to None."""
    out: dict[int, int | None] = {}
    lead: int | None = None
    for ln, p in lines:
        m = _YEAR_LEAD_RE.match(ln.strip())
        if m:
            lead = int(m.group(1))
            out[p] = None
        elif lead is not None:
            out[p] = lead
    return out


# the closing sentence that names the plan once more ("Trên đây là Kế hoạch …", "Trên đây là nội dung Kế hoạch …")
_RESTATED_PLAN_RE = re.compile(r"^[-–•*+]?\s*Trên đây là\s+(?:(?:toàn bộ\s+)?nội dung\s+)?(?:Kế hoạch|KH)\b", re.I)


def _document_matter(line: str, doc: Document | None) -> bool:
    """A preamble line about the document itself: its number, place and date, title, bases, articles, the
    sentence issuing it ("… ban hành Kế hoạch … như sau:")."""
    return bool(DOC_MATTER_RE.match(line) or ISSUED_RE.match(line) or line.isupper()
                or re.search(r"như sau\s*:?\s*$", line) or (doc is not None and fold(line) in fold(doc.title)))


def _acting(agency: str, sources: list[_Source]) -> list[_Source]:
    """The sources' lines naming the body other than as the one reported or sent to."""
    out = []
    for src in sources:
        keep = [q for q in src.quotes if _names_loosely(agency, with_full_forms(f"{_heading_of(q.cite)} {q.text}"))
                and not _reported_to(agency, with_full_forms(q.text), loose=True)]
        if keep:
            out.append(replace(src, quotes=keep))
    return out


_BODY_LEVELS = {"xa", "huyen", "tinh", "phuong", "quan", "cap"}


def _names_loosely(body: str, text: str) -> bool:
    """The body's head word and two thirds of its identity words in the text ("Trường PTDTBT THCS" is the plan's
    "Trường Phổ thông Dân tộc bán trú Trung học cơ sở")."""
    # (its name's words before its level, four at most: a place carried on after the name — "Hội Khuyến học Long
    # Mỹ", "Đoàn Thanh niên xã Dương Minh Châu" — is not its identity)
    words = re.findall(r"[a-z]+", strip_accents(fold(body)))
    cut = next((i for i, w in enumerate(words) if i and (w in _BODY_LEVELS or words[i:i + 2] == ["thanh", "pho"])),
               len(words))
    words = words[:cut]
    while len(words) > 2 and " ".join(words[:2]) in ("luc luong", "co quan", "don vi", "bo phan"):
        words = words[2:]  # a generic head ("Lực lượng biên phòng"): its name is what the plan writes
    want = words[:4]
    have = set(re.findall(r"[a-z]+", strip_accents(fold(text))))
    return bool(want) and want[0] in have and sum(w in have for w in want) >= 2 / 3 * len(want)


def _reported_to(agency: str, line: str, loose: bool = False) -> bool:
    """Is the body named in the line as the one reported or sent to ("… báo cáo … về Phòng GD&ĐT …")?"""
    words = fold(agency).split()[:2]
    if len(words) < 2 or not names_body(agency, line):
        return False
    if re.search(rf"\b(?:về|lên|tới|đến)\s+(?:cho\s+)?{re.escape(' '.join(words))}\b", fold(line)):
        return True
    # (``loose``: "báo cáo Ủy ban nhân dân tỉnh và Bộ GD&ĐT …", the body further on in the reporting clause)
    return loose and bool(re.search(rf"\b(?:báo cáo|gửi|trình)\b[^;.:]{{0,60}}?\b{re.escape(' '.join(words))}\b",
                                    fold(line)))


_LEVEL_PHRASE_RE = re.compile(r"\b(?:thành phố|thanh pho|thị xã|thi xa|thị trấn|thi tran|xã|huyện|tỉnh|phường|quận|"
                              r"cấp|năm)\b")


def _head(name: str) -> str:
    """A body's head word ("Các phòng GD&ĐT" → "phòng", "Sở Nội vụ" → "sở")."""
    words = re.sub(r"^(?:các|những)\s+", "", fold(name).strip()).split()
    return words[0] if words else ""


def _subject(agency: str, line: str, heading: str) -> bool:
    """Is the body the line's subject: its section's heading, or named at the line's start ("Sở Giáo dục và
    Đào tạo tổng hợp, báo cáo …"), not further on as the one reported to ("… về Sở Giáo dục và Đào tạo")?"""
    # the level is the place's, not the body's name ("Phòng GD&ĐT thành phố" is the plan's "Phòng GD&ĐT"); as words
    # in place: "Thanh tra" keeps its "thanh"
    want = _terms(_LEVEL_PHRASE_RE.sub(" ", fold(agency)))
    if not want:
        return False
    n = len(agency.split()) + 3
    # the line's subject: its first words, or the body a clause gives the task ("Giao Phòng GD&ĐT chủ trì …")
    starts = [re.sub(r"^[\w.]+[.)]\s+", "", line)] + [line[m.end():] for m in _GIVES_RE.finditer(line)]
    return _matched(want, _terms(with_full_forms(heading))) == want or any(
        _matched(want, _terms(with_full_forms(" ".join(s.split()[:n])))) == want
        and not _other_level(agency, " ".join(s.split()[:n + 3])) for s in starts)


_BODY_LEVEL_RE = re.compile(r"\s+(?:(?:các|mọi)\s+)?(xã|phường|thị trấn|huyện|quận|thị xã|tỉnh|thành phố)\b")


def _other_level(agency: str, words: str) -> bool:
    """Does the text name the body's head at another level than the one asked ("… báo cáo Ủy ban nhân dân huyện"
    is not "Ủy ban nhân dân xã")?"""
    asked = _BODY_LEVEL_RE.search(fold(agency))
    if not asked or asked.end() != len(fold(agency).rstrip()):
        return False
    head = re.escape(fold(agency)[:asked.start()].strip())
    named = [m.group(1) for m in re.finditer(rf"{head}{_BODY_LEVEL_RE.pattern}", fold(_expanded(words)))]
    return bool(named) and asked.group(1) not in named


_QUOTED_NAME_RE = re.compile(r"[“\"]([^”\"]{3,80})[”\"]")
_DOCUMENT_ASK_RE = re.compile(r"số mấy|văn bản|quyết định|nghị quyết|kế hoạch số|thông tư|chỉ thị|công văn", re.I)
_ISSUED_ASK_RE = re.compile(r"(?<!phải )(?<!cần )(?<!sẽ )ban hành|\bký\b|issued|signed", re.I)
_DOC_REF_RE = re.compile(r"số\s*\d+(?:\s*/\s*[\w\-]+)+\s*$")


def _event_date(line: str) -> bool:
    """A date of something to do ("trước ngày 15/12", "Quý II"), not the date of a cited document
    ("Kế hoạch số 288/KH-UBND ngày 25 tháng 8 năm 2023")."""
    return any(not _DOC_REF_RE.search(line[max(0, m.start() - 40):m.start()].rstrip(" ,"))
               for m in DATE_RE.finditer(line))


def _year_conflict(query: Query, c: Citation) -> bool:
    """A passage under a heading for another year ("Mục tiêu đến năm 2030" when 2025 is asked)."""
    years = {str(y) for y in query.years}
    if any(int(a) <= y <= int(b) for a, b in re.findall(r"\b(20\d\d)\s*[-–]\s*(20\d\d)\b", c.section)
           for y in query.years):
        return False  # "Dự kiến kinh phí giai đoạn 2025 - 2030 …" holds the asked year
    path_years = set(re.findall(r"\b20\d{2}\b", c.section))
    if any(re.search(rf"\b{y}\s*:", c.text) for y in years):
        return False  # a row whose own cells are labelled by the asked year ("Chỉ tiêu 2026: 76%") under "NĂM 2025"
    return bool(years and path_years and not (years & path_years))


def _answer_section(h: Hit, doc: Document) -> Section:
    """The section a whole-section hit stands for: the matched agency's section, else the passage's own."""
    sid = h.signals.get("agency_section", h.signals.get("topic_section"))
    return doc.sections[int(sid)] if sid is not None else doc.sections[h.chunk.section_id]


def _whole_sections(chosen: list[tuple[Hit, Citation]], doc: Document, query: Query,
                    sids: list[int] | None = None) -> list[_Quote]:
    """Quote the chosen hits' sections (``sids``, else the sections they stand for) in full, from the plan's
    text, each section once, outermost first."""
    secs: dict[int, tuple[Section, Hit, int]] = {}
    for r, (h, _) in enumerate(chosen):
        sec = doc.sections[sids[r]] if sids else _answer_section(h, doc)
        secs.setdefault(sec.id, (sec, h, r))
    quotes: list[_Quote] = []
    for sec, h, r in secs.values():
        if any(o.id != sec.id and o.start <= sec.start and sec.end <= o.end for o, _, _ in secs.values()):
            continue  # an item inside another chosen section is quoted with it
        cite = Citation(n=0, doc=doc.doc, title=doc.title, locality=doc.locality, section=sec.path_str,
                        text=doc.text[sec.start:sec.end], start=sec.start, end=sec.end, score=round(h.score, 4),
                        id=f"{doc.doc}#s{sec.id}")
        # a one-paragraph item ("1. Kinh phí … hiện hành.") is its own content, not just a heading; so is a body's
        # run-in line, however short ("- HND xã: mở 3 lớp tập huấn …")
        head = doc.text[sec.start:sec.body_start].strip()
        runin = bool(sec.agency and head.partition(":")[2].strip())
        start = sec.body_start if sec.kind not in ("preamble", "closing", "row") and not runin and is_heading_line(
            head) else sec.start  # our "Phần mở đầu" has no heading line
        body = _text_lines(doc.text[start:sec.end], start)
        if sec.kind == "preamble" and query.intent == "legal":
            # the bases, not the header's number, date and title lines around them
            body = _bases(body) or body
        quotes += [_Quote(ln, h, cite, 10.0 - r, p, whole=True, sid=sec.id) for ln, p in _own_lines(h, body, query)]
    return quotes


def _bases(lines: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The lines stating what the document rests on, each with the lines a hard wrap broke it into."""
    out: list[tuple[str, int]] = []
    kept = False  # the line before was kept
    for ln, p in lines:
        after = kept and out[-1][0].rstrip()
        kept = bool(_BASIS_RE.match(ln) or _GLUED_BASIS_RE.search(ln)
                    or (after and not after.endswith((";", ".", ":")) and not ln.isupper())
                    # the next document of a list under one lead-in ("Thực hiện Quyết định …;" / "Kế hoạch số …;")
                    or (after and after.endswith((";", ":")) and _DOC_LEAD_RE.match(ln)))
        if kept:
            out.append((ln, p))
    return out


_PURPOSE_TOPICS_RE = re.compile(r"mục đích|mục tiêu|yêu cầu")
# a basis a PDF's extraction glued to the title line before it ("… giai đoạn 2025 - 2030 Căn cứ Quyết định …")
_GLUED_BASIS_RE = re.compile(r"\s(?:Căn cứ|Thực hiện|Theo đề nghị)\s")
# the lines that state what a document rests on: "Căn cứ …", "Thực hiện …", "Theo đề nghị của …"
_BASIS_RE = re.compile(rf"^[-–•*+]?\s*(?:{BASIS_WORDS})\b", re.I)
_DOC_LEAD_RE = re.compile(r"^[-–•*+]?\s*(?:Luật|Nghị định|Nghị quyết|Quyết định|Chỉ thị|Kết luận|Thông tư|Kế hoạch|"
                          r"Công văn|Hướng dẫn|Chương trình|Đề án)\s+(?:số\s+)?\d", re.I)


def _heading_of(c: Citation) -> str:
    """The passage's own heading without its number ("11. Trưởng thôn" → "Trưởng thôn")."""
    return re.sub(r"^[\w.]+[.)]\s+", "", c.section.split(PATH_SEP)[-1])


def _context(h: Hit, c: Citation) -> str:
    """The heading a line is read under: an agency's ("- Tuyên truyền …" under "11. Trưởng thôn" is the
    Trưởng thôn's task); a topic's heading ("Mục tiêu cụ thể đến năm 2030") would lend its words to every line.
    A lettered item under the agency ("11. UBND các xã" › "d) Kiểm tra … trước ngày 10 tháng 12 …") is read under
    the agency's name too."""
    if not h.chunk.agency:
        return ""
    heading = _heading_of(c)
    return heading if fold(h.chunk.agency) in fold(heading) else f"{h.chunk.agency} {heading}"


def _in_context(q: _Quote) -> str:
    """A quoted line with the heading it is read under (a section quoted whole: that section's heading)."""
    return f"{_heading_of(q.cite) if q.whole else _context(q.hit, q.cite)} {q.text}"


def _restates(line: str, other: str) -> bool:
    """The same task stated again, with a date or figure the other statement lacks ("Rà soát … trung tâm" in
    an agency's section, "Rà soát … trung tâm, hoàn thành trong Quý II năm 2026" under the topic)."""
    a, b = _bigrams(line), _bigrams(other)  # in the same words and order, not just the same vocabulary
    values = set(re.findall(r"\d+|quý\s+[ivx]+", fold(line))) - set(re.findall(r"\d+|quý\s+[ivx]+", fold(other)))
    return bool(a and b and values) and len(a & b) >= RESTATES * min(len(a), len(b))


def _covering(ranked: list[_Quote], qterms: set[str], idf: dict[str, float], limit: int,
              quoted: list[str] = ()) -> list[_Quote]:
    """The best line, then (in rank order) a line of an already quoted section, a line that brings question
    words the chosen lines lack (at least MIN_GAIN of the question's weight), a line with a quoted name, or
    the same task restated with its date: a second section's line that only repeats what the first says
    ("báo cáo … Sở Giáo dục và Đào tạo") is not quoted."""
    total = sum(_weight(t, idf) for t in qterms) if idf else float(len(qterms))
    chosen: list[_Quote] = []
    covered: set[str] = set()
    for q in ranked:
        if len(chosen) >= limit:
            break
        got = _matched(qterms, _terms(_in_context(q)))
        gain = sum(_weight(t, idf) if idf else 1.0 for t in got - covered) / (total or 1.0)
        if not chosen or q.section_id in {c.section_id for c in chosen} or gain >= MIN_GAIN \
                or any(n in fold(q.text) for n in quoted) or any(_restates(q.text, c.text) for c in chosen):
            chosen.append(q)
            covered |= got
    return chosen


# the words that frame a question about a list ("… đưa ra những giải pháp nào?", "… cần làm gì để …"), not its topic
_FRAME_RE = re.compile(r"\b(?:nhiệm vụ|giải pháp|biện pháp|đưa ra|triển khai|thực hiện|hoạt động|nội dung|cần|"
                       r"những|việc|gồm|cụ thể|có|quy định|thế nào|không)\b")  # ("có … việc gì không?")


def _topic_words(query: Query, qterms: set[str]) -> set[str]:
    """The question's words without those that frame it ("… có những nhiệm vụ gì?" frames, names no topic)."""
    return qterms & _terms(_FRAME_RE.sub(" ", fold(query.text)))


def _core(query: Query, qterms: set[str]) -> set[str]:
    """The question's words without those that frame it: what a further line must add to be quoted."""
    return _topic_words(query, qterms) or qterms


def _topic_sections(query: Query, pairs: list[tuple[Hit, Citation]], doc: Document,
                    qterms: set[str]) -> list[tuple[Hit, Citation, int]]:
    """Per hit, the deepest section whose own heading names everything the question is about ("Về xóa mù chữ,
    … những giải pháp nào?" → "3. Đẩy mạnh xóa mù chữ và phổ cập giáo dục"; "làm gì để nâng cao chất lượng
    Trung tâm …" → "2. Nâng cao chất lượng Trung tâm …", not the centre's own tasks): a list asked on that
    topic is that section, quoted whole."""
    want = _core(query, qterms)
    if len(want) < 2:
        return []
    out = []
    for h, c in pairs:
        sid: int | None = h.chunk.section_id
        while sid is not None:
            sec = doc.sections[sid]
            if sec.kind == "row" and sec.parent is not None and doc.sections[sec.parent].kind == "group":
                sid = sec.parent  # a row under a group row ("I. Công tác tuyên truyền"): the group is a topic
                continue
            if sec.kind in ("preamble", "closing", "row", "roman"):  # a roman part is the outline, not a topic
                break
            if _matched(want, _terms(doc.text[sec.start:sec.body_start])) == want:
                out.append((h, c, sid))
                break
            sid = sec.parent
    return out


# a reporting part ("VI. CHẾ ĐỘ THÔNG TIN, BÁO CÁO"), where bodies' deadlines stand outside their own items
_REPORTING_PART_RE = re.compile(r"báo cáo|thông tin", re.IGNORECASE)


ACTS_WITHIN = 3  # words after a body's name (its level, "các cấp") before the verb of its task
# a body acting on a task, right after its name ("… chủ trì xây dựng …", "… phối hợp mở lớp …")
_BODY_ACTS_RE = re.compile(r"\b(?:chủ trì|phối hợp|tổ chức|xây dựng|mở|triển khai|hướng dẫn|duy trì|thực hiện|phát động|"
                           r"biên soạn|bồi dưỡng|vận động|kiểm tra)\b")


def _acts_first(agency: str, line: str) -> bool:
    """Does the line open with the body acting ("Sở KH&CN chủ trì …", "BĐBP tỉnh phối hợp mở lớp …"): a task verb
    right after its name, not somewhere further on ("Sau sắp xếp, bộ máy của xã gồm Văn phòng … thực hiện")?"""
    words = fold(with_full_forms(re.sub(r"^[\w.]+[.)]\s+", "", line))).split()
    return _BODY_ACTS_RE.search(" ".join(words[:len(with_full_forms(agency).split()) + ACTS_WITHIN])) is not None


def _in_body_part(doc: Document | None, h: Hit) -> bool:
    """Is the passage in the plan's outline proper (not its preamble or closing lines)?"""
    sid = h.chunk.section_id
    return doc is not None and sid is not None and 0 <= sid < len(doc.sections) \
        and doc.sections[sid].kind not in ("preamble", "closing")


def _reports_deadline(query: Query, h: Hit, line: str) -> bool:
    """A dated line of a reporting part whose subject is the asked body ("VI. CHẾ ĐỘ BÁO CÁO: Các sở, ban, ngành …
    báo cáo … trước ngày 20/6"): one of its deadlines, which its own item does not repeat."""
    return query.intent == "agency" and bool(query.agency) and bool(_REPORTING_PART_RE.search(h.chunk.section)) \
        and bool(DATE_RE.search(line)) and _subject(query.agency, line, "")


def _named_elsewhere(query: Query, pairs: list[tuple[Hit, Citation]], taken: set[int],
                     quotes: list[_Quote]) -> list[_Quote]:
    """The asked body's deadlines in a reporting part (``_reports_deadline``), beside its own section."""
    if not (query.intent == "agency" and query.agency):
        return []
    have = {q.pos for q in quotes}
    out = [_Quote(ln, h, c, 1.0, p) for h, c in pairs if id(c) not in taken
           for ln, p in _body_lines(c) if p not in have and _reports_deadline(query, h, ln)]
    return list({q.pos: q for q in out}.values())[:MAX_EXTRA_LINES]


_GOAL_ASK_RE = re.compile(r"mục tiêu|\bgoals?\b|\bobjectives?\b|\btargets?\b", re.I)
_AIM_PART_RE = re.compile(r"mục đích")


# the words of a yes/no question about a body's part in something ("… có tham gia … không?")
_INVOLVED_RE = re.compile(r"\b(?:có|không|tham gia|được|đc|hay|phải|chưa|làm|gì|nào|sao|thế nào|ra sao|nữa|còn|"
                          r"đề nghị|giao|phân công)\b")
TOPIC_COVER = 0.6  # share of a question's topic (by weight) a line naming the asked body must state


def _body_on_topic(query: Query, pairs: list[tuple[Hit, Citation]], qterms: set[str],
                   idf: dict[str, float]) -> list[_Quote]:
    """A body asked about one matter ("Sở LĐTB&XH có tham gia mở lớp xóa mù chữ cho phạm nhân không?"): the lines
    that name the body (its own section's, or another's naming it as a partner) and state most of the matter. Its
    own section whole would answer what was not asked; the line where it takes part is the answer."""
    if not query.agency or query.intent != "general" or query.value or query.day:
        return []
    asked = _INVOLVED_RE.sub(" ", _FRAME_RE.sub(" ", fold(query.text)))
    topic = (qterms & _terms(asked)) - _terms(with_full_forms(query.agency))
    total = sum(_weight(t, idf) for t in topic)
    if len(topic) < 2 or not total:
        return []
    out: dict[int, _Quote] = {}
    for h, c in pairs:
        # (read under its heading only in the body's own section: a group's heading naming it with others — "Đề
        # nghị Ủy ban MTTQ … và các tổ chức …" — does not make the other members' lines its own)
        own = h.signals.get("agency", 0.0) >= AGENCY_NAMED and not h.signals.get("agency_inline")
        for ln, p in _body_lines(c):
            read = with_full_forms(f"{_context(h, c)} {ln}" if own else ln)
            if not names_body(query.agency, read) or _reported_to(query.agency, with_full_forms(ln), loose=True):
                continue
            cover = _overlap_terms(_terms(with_full_forms(ln)), topic, idf)
            if cover >= TOPIC_COVER and p not in out:
                out[p] = _Quote(ln, h, c, cover, p)
    return sorted(out.values(), key=lambda q: -q.score)[:3]


# a document cited by its symbol ("Thông tư số 24/2023/TT-BGDĐT", "Nghị quyết số 57-NQ/TW", "QĐ 1373/QĐ-TTg")
_CITED_DOC_RE = re.compile(r"\b\d{1,5}\s*[-/]\s*(?:\d{4}\s*/\s*)?(?:[A-ZĐ]{2,}|NQ|QĐ)[\w\-/&]*")
# the words that frame a question about which document something rests on, not its matter
_LEGAL_FRAME_RE = re.compile(r"\b(?:căn cứ|theo|thực hiện|triển khai|những|các|nào|gì|số|văn bản|quyết định|nghị quyết|"
                             r"thông tư|chỉ thị|kết luận|kế hoạch|đề án|nghị định|luật|của|về|dựa|trên|vào|là|có|"
                             r"gắn|với|phải|được|ban hành|legal|basis|which|what|document|decision|resolution|"
                             # who issued it says which document, not its matter ("… của Thủ tướng", "của tỉnh")
                             r"thủ tướng|chính phủ|bộ|trung ương|đảng|tỉnh ủy|huyện ủy|thành ủy|đảng ủy|ban thường vụ|"
                             r"ban chấp hành|bộ chính trị|ban bí thư|quốc hội|ủy ban nhân dân|hội đồng nhân dân|ubnd|"
                             r"hđnd|sở|phòng|giáo dục và đào tạo|tờ trình|viện dẫn|phù hợp|đảng bộ)\b")
LEGAL_TOPIC_COVER = 0.5  # share of the matter a line citing a document must state to be the one asked


def _documents_on_topic(query: Query, pairs: list[tuple[Hit, Citation]], qterms: set[str],
                        idf: dict[str, float]) -> list[_Quote]:
    """"Huế đánh giá công nhận Đơn vị học tập theo thông tư nào?": the documents the plan cites for that matter,
    wherever it cites them (a task's line, not only the bases in its preamble)."""
    if query.intent != "legal":
        return []
    topic = qterms & _terms(_LEVEL_PHRASE_RE.sub(" ", _LEGAL_FRAME_RE.sub(" ", fold(query.text))))
    total = sum(_weight(t, idf) for t in topic)
    if len(topic) < 2 or not total:
        return []
    out: dict[int, _Quote] = {}
    for h, c in pairs:
        for ln, p in _body_lines(c):
            if not _CITED_DOC_RE.search(ln) or p in out:
                continue
            cover = _overlap_terms(_terms(with_full_forms(ln)), topic, idf)
            if cover >= LEGAL_TOPIC_COVER:
                out[p] = _Quote(ln, h, c, cover, p)
    if any(q.cite.section.startswith(PREAMBLE_SECTION) for q in out.values()):
        return []  # the plan's bases say it: they answer, as a bases question's whole part
    ranked = sorted(out.values(), key=lambda q: -q.score)
    return [q for q in ranked if q.score >= ranked[0].score - 0.15][:3] if ranked else []


_TARGETS_ASK_RE = re.compile(r"\b(?:chỉ tiêu|mục tiêu)\b|\btargets\b|\bgoals\b", re.I)
# the words of an ask for all of a year's targets ("Các chỉ tiêu của Hà Nội đến năm 2030?", "Hanoi lifelong learning
# targets 2030?"): the ask, the plan's theme, not an indicator
_TARGETS_FRAME_RE = re.compile(r"\b(?:chỉ tiêu|mục tiêu|các|những|gì|là|đến|năm|đặt|đặt ra|đề ra|của|cụ thể|chính|"
                               r"kế hoạch|học tập suốt đời|xã hội học tập|học tập|nào|có|ra sao|thế nào)\b", re.I)


def _year_targets(query: Query, pairs: list[tuple[Hit, Citation]], doc: Document | None) -> list[_Quote]:
    """All of one year's targets asked, no indicator named: the plan's part setting that year's targets ("2.2. Mục
    tiêu cụ thể đến năm 2030"), quoted whole — two of its lines would be a wrong answer to "which targets"."""
    if doc is None or query.value or len(query.years) != 1 or query.intent not in ("target", "general") \
            or query.agency or not _TARGETS_ASK_RE.search(query.raw if query.language != "en" else query.text):
        return []
    asked = " ".join(query.english_terms) if query.language == "en" else query.raw
    title = _terms(f"{doc.title} {doc.locality} {strip_accents(doc.locality)}")
    if _terms(_TARGETS_FRAME_RE.sub(" ", fold(asked))) - title - {str(query.years[0])}:
        return []  # an indicator or a topic is named: its own lines answer
    year = str(query.years[0])
    heads = [sec for sec in doc.sections if sec.kind not in ("preamble", "closing", "row", "group")
             and _TARGET_PART_RE.search(head := doc.text[sec.start:sec.body_start]) and year in head]
    if not heads or not pairs:
        return []
    sec = min(heads, key=lambda x: x.end - x.start)  # the year's own part, not a whole "II. MỤC TIÊU" naming it
    return _whole_sections([pairs[0]], doc, query, [sec.id])


def _select(query: Query, pairs: list[tuple[Hit, Citation]], qterms: set[str], quoted: list[str],
            doc: Document | None = None) -> list[_Quote]:
    """The verbatim lines of one plan that bear on the question (pairs in rank order)."""
    idf = _idf(doc)
    # word pairs of the question that the plan's title does not already account for
    phrases = _bigrams(query.text) - (_bigrams(f"{doc.title} {doc.locality}") if doc else set())
    top = _score(pairs[0][0])
    issued_ask = bool(_ISSUED_ASK_RE.search(query.text))  # "ban hành ngày nào?": the header's date line answers
    # "… kế hoạch số mấy, ngày nào?": a cited document's own date is the answer, not something to skip
    doc_ask = query.intent == "legal" or bool(_DOCUMENT_ASK_RE.search(query.text))
    # the preamble's dates (issue, reorganisation, the documents it rests on) are no deadlines
    deadline_ask = (query.day or query.intent == "deadline") and not doc_ask
    # a total asked ("tổng kinh phí", "total budget"): the table's total row before the rows it adds up
    # (a source's total over the period, "tổng nguồn xã hội hóa cả giai đoạn", is the total row's cell too)
    total_asked = query.value == "amount" and bool(_TOTAL_ASK_RE.search(query.raw)) and (
        not query.source or bool(_WHOLE_PERIOD_RE.search(query.raw)))
    # a document asked by kind ("Thông tư nào … để xếp loại …?") is named in a line, not by a topic's section
    named_document = bool(query.document_kind) and query.intent != "legal"
    # (a body's tasks asked, its own section found: that section answers, not a topic named like the body —
    # "Công an huyện … được giao gì?" is not "… cho công nhân …")
    # (…unless the question names a topic besides the body: "Nhiệm vụ nâng cao hiệu quả Trung tâm …")
    lead_pair = max(pairs, key=lambda hc: _score(hc[0]), default=None)
    own_section = query.intent == "agency" and lead_pair is not None \
        and lead_pair[0].signals.get("agency", 0.0) >= AGENCY_NAMED and not lead_pair[0].signals.get("agency_row") \
        and len(_topic_words(query, qterms) - _terms(with_full_forms(_heading_of(lead_pair[1])))) < 2
    if on_topic := _body_on_topic(query, pairs, qterms, idf) or _documents_on_topic(query, pairs, qterms, idf) \
            or _year_targets(query, pairs, doc):
        return on_topic
    topics = _topic_sections(query, pairs, doc, qterms) if doc and query.intent in ("general", "agency") \
        and not (query.value or query.day or quoted or named_document or own_section) else []
    if topics:
        lead = max(topics, key=lambda t: _score(t[0]))
        chosen3 = [t for t in topics if t[2] == lead[2] or _score(t[0]) >= _score(lead[0]) - 0.1][:4]
        # the body's section named by the question, and the table rows that name the body besides
        rows = [(h, c) for h, c in _with_rows([], pairs) if all(h is not t[0] for t in chosen3)]
        quotes = _whole_sections([(h, c) for h, c, _ in chosen3] + rows, doc, query,
                                 [sid for *_, sid in chosen3] + [h.chunk.section_id for h, _ in rows])
        return quotes + _named_elsewhere(query, pairs, {id(c) for _, c, _ in chosen3} | {id(c) for _, c in rows},
                                         quotes)
    who = any(h.signals.get("who") for h, _ in pairs)
    # an amount asked per unit ("mỗi trung tâm … bao nhiêu?") is one line's, not a section or row named alike
    # (a figure asked: a section none of whose lines states that kind of value is no answer, however well its
    # heading names the subject — "the ward's community learning centre" is the centre's tasks, not its target)
    whole = [(h, c) for h, c in pairs if _answers_whole(h, query, quoted, who) and _has_body(h, c, doc)
             and not named_document and not query.per_unit
             and not (query.value and _year_conflict(query, c))  # a row of the 2027 table does not answer 2030
             and (query.value not in ("percent", "count", "figure")
                  or any(states_value(query, ln) for ln, _ in _body_lines(c)))]
    if query.intent == "purpose" and not _GOAL_ASK_RE.search(query.text):
        # "… để làm gì?" asks the plan's purpose: its "Mục đích" part, where it has one, before its general goal
        aims = [(h, c) for h, c in whole if _AIM_PART_RE.search(fold(h.chunk.section))]
        whole = aims or whole
    if whole:  # the plan's own section on the asked agency/topic answers: quote it, not its neighbours
        lead = max(whole, key=lambda hc: _score(hc[0]))[0]
        # the bases asked: one document's (a decision's preamble, or the attached plan's own "CĂN CỨ" part)
        margin = 0.0 if query.intent == "legal" else 0.1
        # (the asked body named as well in another section of its own — a plan listing it twice — answers too)
        own_strength = lead.signals.get("agency", 0.0) if query.intent == "agency" else 2.0
        # (a body with an item of its own inside a group's section — "a) Đề nghị Ủy ban MTTQ …" under "11. Đề nghị
        # Ủy ban MTTQ … và các tổ chức …" — is answered by its item, not by the group's other members' items)
        slack = 0.0 if lead.signals.get("agency_inline") else 0.05
        chosen = [(h, c) for h, c in whole
                  if h.chunk.section_id == lead.chunk.section_id or _score(h) > _score(lead) - margin
                  or (h.signals.get("agency", 0.0) >= max(AGENCY_NAMED, own_strength - slack)
                      and not h.signals.get("agency_inline") and not h.signals.get("agency_row"))][:4]
        named = set(_PURPOSE_TOPICS_RE.findall(fold(query.text)))
        if query.intent == "purpose" and len(named) >= 2:
            # "Mục đích và mục tiêu chung …?": each part asked, however far its score is from the other's
            groups: dict[float, tuple[Hit, Citation]] = {}
            for h, c in whole:
                if any(n in fold(h.chunk.section) for n in named):
                    groups.setdefault(h.signals.get("topic_section", -1.0), (h, c))
            chosen += [hc for hc in groups.values() if hc not in chosen]
        chosen = _with_rows(chosen, whole)
        quotes = _whole_sections(chosen, doc, query) if doc else [
            _Quote(ln, h, c, 10.0 - r, p) for r, (h, c) in enumerate(chosen)
            for ln, p in _own_lines(h, _body_lines(c), query)]
        funding = bool(lead.signals.get("intent_section")) and query.intent == "funding"
        if not (funding or (query.intent == "agency" and query.agency)):
            return quotes
        # the topic's section ("IV. KINH PHÍ") may not say all: add a line elsewhere that says nearly what
        # was asked and what the section does not ("Ủy ban nhân dân quận, huyện: cân đối, bố trí ngân sách
        # địa phương …" asked about the districts); an agency's line that only shares the topic's words is not
        taken = {id(c) for _, c in chosen}
        core = _core(query, qterms)
        covered = set().union(*(_matched(core, _terms(_in_context(q))) for q in quotes))
        total = sum(_weight(t, idf) for t in core) or 1.0
        extra = []
        for h, c in pairs:
            if id(c) in taken or (_score(h) < top - 0.35 and not (query.intent == "agency" and query.agency)) \
                    or _year_conflict(query, c) or (deadline_ask and h.chunk.section.startswith(PREAMBLE_SECTION)):
                continue
            for ln, p in _body_lines(c):
                overlap = _overlap(ln, qterms, idf)
                gain = sum(_weight(t, idf) for t in _matched(core, _terms(ln)) - covered) / total
                # (a task the plan gives the body in another part, naming it first — "Sở KH&CN chủ trì xây dựng
                # Cổng học tập …" under III — is one of its tasks too)
                named = _reports_deadline(query, h, ln) or (
                    query.intent == "agency" and bool(query.agency) and not h.chunk.agency and _in_body_part(doc, h)
                    and _acts_first(query.agency, ln) and _subject(query.agency, ln, ""))
                if (funding and overlap >= 0.5 and gain >= MIN_GAIN) or named \
                        or (quoted and any(q in fold(ln) for q in quoted)):
                    extra.append(_Quote(ln, h, c, overlap + float(named), p))
        extra.sort(key=lambda q: -q.score)
        return quotes + extra[:MAX_EXTRA_LINES]
    span_asked = bool(_SPAN_ASK_RE.search(f"{strip_accents(fold(query.raw))} {strip_accents(fold(query.text))}"))
    if span_asked and query.intent == "deadline" and qterms - _SPAN_TERMS:
        qterms = qterms - _SPAN_TERMS  # "diễn ra khi nào": the asking words, no content ("Diễn đàn" shares one)
    # what the question names (an English question: its glossary terms, not its English words)
    named = _terms(" ".join(query.english_terms)) if query.language == "en" else qterms

    def span_line(line: str, c: Citation) -> bool:
        """A span asked, and the line states one under the plan's own "Thời gian" part, the question naming nothing
        but the plan's own subject ("triển lãm" asked is the exhibition's span, not the week's)."""
        return span_asked and _DATE_SPAN_RE.search(line) is not None and _TIME_HEADING_RE.match(_heading_of(c)) \
            is not None and not named - _matched(named, _terms(f"{line} {c.title} {c.locality}")) - _SPAN_TERMS

    scored: list[_Quote] = []
    spans: set[int] = set()  # the scored lines that are the plan's own span
    seen: set[str] = set()
    for h, c in pairs:
        # a date asked for a body: its own section's lines compete even when the reporting section ranks higher
        own = bool((query.day or query.intent == "deadline") and query.agency and h.chunk.agency
                   and _subject(query.agency, "", _heading_of(c)))
        if (_score(h) < top - 0.25 and not own) or _year_conflict(query, c):
            continue
        if deadline_ask and h.chunk.section.startswith(PREAMBLE_SECTION):
            continue
        preamble = bool(h.signals.get("preamble"))  # not asked about the document itself
        lines = _body_lines(c)
        leads = _lead_years(lines) if query.years else {}
        for ln, p in lines:
            if preamble and _document_matter(ln, doc):
                continue  # its header, bases and articles win on words alone
            if _RESTATED_PLAN_RE.match(ln) and not doc_ask and not re.search(r"[.;]\s+\S", ln.rstrip(" ./")):
                continue  # "Trên đây là Kế hoạch …./.": the closing names the plan again, it answers nothing asked
                # (one going on — "… Đề nghị các cơ quan …, báo cáo về Sở …" — says what it asks)
            if _under_other_year(query, leads, ln, p):
                continue
            key = fold(ln)
            if key in seen:
                continue
            seen.add(key)
            if query.day and not issued_ask and ISSUED_RE.match(ln):
                continue  # the plan's own date of issue is no deadline
            dated = DATE_RE.search(ln) if doc_ask else _event_date(ln)
            # (read under its section's heading: "trước 20/11" under "BÁO CÁO" is a report's date)
            # (a lettered item under a body's heading is read under the body's name too: "d) … trước ngày 10
            # tháng 12 …" under "11. UBND các xã, thị trấn" answers when the UBND's report is due)
            span = span_line(ln, c)
            if query.day and not (dated and (_overlap(with_full_forms(f"{_context(h, c) or _heading_of(c)} {ln}"),
                                                      qterms, idf) >= MIN_DATED_OVERLAP
                                             or span or (issued_ask and ISSUED_RE.match(ln)))):
                continue  # a date is asked: only a dated line about the asked thing answers
            sc = _line_score(query, ln, qterms, quoted, idf, phrases,
                             _heading_of(c) if query.day else _context(h, c)) + 0.3 * (_score(h) - top + 0.25) \
                + LINE_MEANING * meaning(query, c.doc, p) + WHO_BONUS * h.signals.get("who", 0.0) \
                + (TOTAL_ROW_BONUS if total_asked and _TOTAL_ROW_RE.match(ln) else 0.0) \
                + (SPAN_PART_BONUS if span else 0.0)
            if sc > 0.15:
                scored.append(_Quote(ln, h, c, sc, p))
                if span:
                    spans.add(id(scored[-1]))
    if not scored:
        return []
    if not query.agency and spans:
        # how long the plan's event runs: its "Thời gian" part says; other lines' spans are their own tasks'
        scored = [q for q in scored if id(q) in spans]
    if (query.day or query.intent == "deadline") and query.agency:
        # a date asked for a body: its own dated lines answer, where it has any; other bodies' dates do not
        # (a body with a section of its own: "cơ quan thường trực" is a role some body's line names, not a body)
        # ("Các phòng GD&ĐT" is not "Sở GD&ĐT" here: the same head word, or the body is only this level's kin)
        if any(_subject(query.agency, "", h := _context(q.hit, q.cite))
               and _head(_expanded(h)) == _head(_expanded(query.agency))
               for q in scored):
            scored = [q for q in scored if _subject(query.agency, q.text, _context(q.hit, q.cite))]
    scored.sort(key=lambda q: -q.score)
    if query.value in ("percent", "amount", "cadence"):
        # a share, an amount or a cadence asked: the lines holding one compete among themselves (a preamble's
        # "Thực hiện Kế hoạch số 95/KH-UBND …" shares more words, and would crowd them out only to be refused)
        kind = MONEY_RE if query.value == "amount" else CADENCE_RE if query.value == "cadence" else _PERCENT_RE
        scored = [q for q in scored if kind.search(with_full_forms(q.text))] or scored
    if query.value == "amount":
        scored = _of_phase(query, doc, _of_year(query, scored))
    if query.listed_places:  # a commune of a district's per-commune table: its row, not the district's figure
        scored = [q for q in scored if _names_any(query.listed_places, q.text)]
    limit = 3 if query.intent in ("target", "deadline") else 5
    # keep the lines close to the best one (a figure for another indicator is not an answer), and of those
    # only the lines that say something the chosen ones do not: each other section costs a citation
    close = [q for q in scored if q.score >= scored[0].score * 0.75]
    if query.value and query.indicator:  # a figure asked for one indicator: not the figures of others
        fits = {id(q): indicator_fit(query, q.text, idf) for q in close}
        close = [q for q in close if fits[id(q)] >= INDICATOR_KEEP * max(fits.values())]
    # a name the question quotes: every close line that names it ("… được nhắc đến trong kế hoạch nào?")
    names = [fold(n) for n in _QUOTED_NAME_RE.findall(query.raw)]
    chosen = _covering(close, _core(query, qterms), idf, limit, names)
    if _LIST_ASK_RE.search(query.text) and not (query.value or query.day):
        chosen = _with_list(chosen, close)
    if query.excluded or _MANY_BODIES_RE.search(query.raw):
        chosen = _other_bodies(chosen, [q for q in scored if q.score >= scored[0].score * OTHER_BODY_KEEP],
                               _core(query, qterms), idf)
    if query.value == "amount" and not (query.source or query.recipient or query.per_unit):
        chosen = _with_breakdown(chosen)
    for y in query.years if len(query.years) > 1 else ():
        # "… năm 2025 và năm 2030?": each year asked gets its line, though it says nothing new in words
        if not any(re.search(rf"(?<!\d){y}(?!\d)", q.text) for q in chosen):
            chosen += [q for q in close if re.search(rf"(?<!\d){y}(?!\d)", q.text)][:1]
    return chosen


MAX_ROWS = 8  # responsibility-table rows naming the asked body, quoted beside its own section
MAX_LIST_ITEMS = 8  # items quoted under a lead-in that answers a list question
# a question that asks for a list ("mở những lớp học nào …?", "gồm những gì", "which …")
_LIST_ASK_RE = re.compile(r"\b(?:những|các)\b[^?]*\bnào\b|\bgồm\b|\bwhich\b|\bwhat (?:are|kinds?|types?)\b", re.I)


def _names_any(places: Sequence[str], line: str) -> bool:
    """Does the line name one of the places (accents aside: "Song Lang" typed)?"""
    plain = " " + " ".join(re.findall(r"\w+", strip_accents(fold(line)))) + " "
    return any(" " + " ".join(re.findall(r"\w+", strip_accents(fold(p)))) + " " in plain for p in places)


def figure_places(query: Query) -> list[str]:
    """The places a figure asked of one loaded plan is for, inside it and without a plan of their own ("xã Tây
    Giang", or "xã Song Lãng" of the district's per-commune table): only a line naming one answers."""
    if not (query.value and query.plans and len(query.plans) == 1):
        return []
    # (a place the conversation named before is not asked now: "Thế còn huyện Bù Đăng …?" after Đồng Phú)
    return [p for p in [*query.missing_places, *query.listed_places] if _names_any([p], query.raw)]


def _of_year(query: Query, scored: list[_Quote]) -> list[_Quote]:
    """An amount asked for a year ("Năm 2027 … bố trí bao nhiêu?"): the lines stating an amount for that year
    ("Phân kỳ theo năm: … năm 2027 là 460 triệu đồng") answer, not a yearly rate; all stay when none names it."""
    if not query.years or query.per_unit:
        return scored
    return [q for q in scored if names_year(q.text, query.years) and MONEY_RE.search(q.text)] or scored


def _of_phase(query: Query, doc: Document | None, scored: list[_Quote]) -> list[_Quote]:
    """A phase of the plan asked ("giai đoạn 2029 - 2030" of a 2026–2030 plan): the lines naming that phase
    answer, not the whole period's total (all lines stay when none names the phase)."""
    span, m = plan_years(doc), _PERIOD_ASKED_RE.search(f"{query.raw} {query.text}")
    if not (span and m):
        return scored
    a, b = (int(y) for y in re.findall(r"\d{4}", m.group(0)))
    if (a, b) == span:
        return scored
    phase = re.compile(rf"(?<!\d){a}\s*[-–]\s*(?:{b}|{b % 100:02d})(?!\d)")
    return [q for q in scored if phase.search(q.text)] or scored


# the bodies asked, several ("những ai", "các cơ quan nào", "which bodies", "who else"): every body whose lines
# give it the task, not only the best one's
_MANY_BODIES_RE = re.compile(r"\bnhững ai\b|\b(?:những|các) (?:cơ quan|đơn vị|sở|phòng|ban|ngành|tổ chức|đoàn thể|bên)"
                             r"(?:,? (?:ban|ngành|đơn vị|đoàn thể))* nào\b|\bwho else\b|"
                             r"\bwhich (?:other )?(?:bodies|agencies|departments|offices|organi[sz]ations|units)\b", re.I)
OTHER_BODY_KEEP = 0.6  # of the best line's score: another body's line that close gives it the task as well
OTHER_BODY_SAYS = 0.8  # ... if it says the task's words nearly as fully as the best line does
MAX_OTHER_BODIES = 4


def _other_bodies(chosen: list[_Quote], near: list[_Quote], core: set[str], idf: dict[str, float]) -> list[_Quote]:
    """Several bodies asked: add the best near line of each other body's section (a task given to a body under its
    own heading) that says the task's words nearly as fully as the best line, as the lines chosen for their words
    would leave out a second body saying the same."""
    if not chosen:
        return chosen
    total = sum(_weight(t, idf) for t in core) or 1.0

    def said(q: _Quote) -> float:
        return sum(_weight(t, idf) for t in _matched(core, _terms(q.text))) / total

    bar = OTHER_BODY_SAYS * max(said(q) for q in chosen)
    seen = {q.hit.chunk.section_id for q in chosen if q.hit.chunk.agency}
    out = list(chosen)
    for q in (q for q in near if said(q) >= bar):
        if len(seen) >= MAX_OTHER_BODIES + 1:
            break
        if q.hit.chunk.agency and q.hit.chunk.section_id not in seen and q not in out:
            seen.add(q.hit.chunk.section_id)
            out.append(q)
    return out


def _with_list(chosen: list[_Quote], close: list[_Quote]) -> list[_Quote]:
    """A list asked: a close line that leads a list in (ending with ":", "… với các nội dung sau:") answers with
    the items under it, which say the list's members in words of their own ("Lớp tiếng Anh, tiếng Hàn …")."""
    lead = next((q for q in close if q.text.rstrip().endswith(":") and q not in chosen), None) or next(
        (q for q in chosen if q.text.rstrip().endswith(":")), None)
    if lead is None:
        return chosen
    items = [ln_p for ln_p in _body_lines(lead.cite) if ln_p[1] > lead.pos][:MAX_LIST_ITEMS]
    if not items:
        return chosen
    # the lead-in's own section answers: the other lines chosen beside it only repeat one of its items
    return [lead] + [_Quote(ln, lead.hit, lead.cite, lead.score, p) for ln, p in items]


MAX_BREAKDOWN = 6  # a total's sources quoted under it


def _with_breakdown(chosen: list[_Quote]) -> list[_Quote]:
    """A plan's total asked: a total line that leads its split in ("… 6.750.000.000 đồng, trong đó:") is not
    the answer alone; the amounts right under it (each source's share) are quoted with it."""
    out = list(chosen)
    for lead in chosen:
        if not (lead.text.rstrip().endswith(":") and MONEY_RE.search(lead.text)):
            continue
        for ln, p in [lp for lp in _body_lines(lead.cite) if lp[1] > lead.pos][:MAX_BREAKDOWN]:
            if not MONEY_RE.search(ln) and "%" not in ln:
                break  # the split ends where the amounts do
            if all(q.pos != p for q in out):
                out.append(_Quote(ln, lead.hit, lead.cite, lead.score, p))
    return out


def _with_rows(chosen: list[tuple[Hit, Citation]], whole: list[tuple[Hit, Citation]]) -> list[tuple[Hit, Citation]]:
    """The chosen sections, then every table row naming the asked body (the rows of the role asked first, as
    retrieval ranks them): a body's tasks are often a section and rows of an appendix table besides."""
    rows = [(h, c) for h, c in whole if h.signals.get("agency_row") and h.signals.get("agency", 0.0) >= 0.6
            and (h, c) not in chosen]
    if not rows:
        return chosen
    rows.sort(key=lambda hc: -hc[0].signals.get("agency", 0.0))  # stable: in rank order within a role
    sections = [(h, c) for h, c in chosen if not h.signals.get("agency_row")]
    kept = [(h, c) for h, c in chosen if h.signals.get("agency_row")]
    return sections + sorted(kept + rows, key=lambda hc: -hc[0].signals.get("agency", 0.0))[:MAX_ROWS]


# who is asked for an item ("Ai chủ trì …?"): the body's line answers; the item is already quoted
_WHO_RE_ONLY = re.compile(r"^\W*(?:ai|cơ quan nào|đơn vị nào)\b|\b(?:do|giao cho)\s+(?:ai|cơ quan nào|đơn vị nào)\b|"
                          r"\bai\s+(?:là\s+)?(?:chủ trì|phụ trách|thực hiện)\b|^\W*who\b", re.I)


def _with_referenced(query: Query, quotes: list[_Quote], doc: Document) -> list[_Quote]:
    """A body's line giving it tasks by reference ("chủ trì thực hiện nhiệm vụ tại điểm b khoản 3 Mục III"): the
    items it points to, quoted whole after it, as they are the tasks asked. And a body asked for an item ("Ai chủ trì
    việc …?") that names no body itself: the body's line that points to the item."""
    refs = doc.references
    named = named_items(doc, f"{query.raw} {query.text}")
    if not (refs or named) or not quotes:
        return quotes
    quoted = {q.sid if q.sid is not None else q.hit.chunk.section_id for q in quotes}
    out = list(quotes)
    if named and not WHO_RE.search(query.raw):
        # "Nội dung điểm b khoản 4 Mục III là gì?": that item is the answer, whatever else the words found
        return _whole_sections([(quotes[0].hit, quotes[0].cite)] * len(named), doc, query, named)
    if new := [t for t in named if t not in quoted]:  # "điểm b khoản 5 Mục III do ai chủ trì?": the item, and who
        quoted.update(new)
        out += _whole_sections([(quotes[0].hit, quotes[0].cite)] * len(new), doc, query, new)
    if not named and not _WHO_RE_ONLY.search(query.raw):  # a body's tasks (their dates, amounts): the items pointed to
        for q in quotes:
            for r in refs:
                if q.pos <= r.start < q.pos + len(q.text):
                    new = [t for t in r.targets if t not in quoted]
                    quoted.update(new)
                    out += [replace(x, score=x.score - 1.0) for x in
                            _whole_sections([(q.hit, q.cite)] * len(new), doc, query, new)]
        return out
    if WHO_RE.search(query.raw) or any(q.hit.signals.get("who") for q in quotes):
        for q in list(out):
            for r in refs:
                if r.section not in quoted and any(doc.sections[t].start <= q.pos < doc.sections[t].end
                                                   for t in r.targets):
                    quoted.add(r.section)
                    out += _whole_sections([(q.hit, q.cite)], doc, query, [r.section])
    return out


def _with_amendments(quotes: list[_Quote], doc: Document) -> list[_Quote]:
    """A quoted item the plan amends later (an annex "1. Điều chỉnh chỉ tiêu tại điểm c Mục II: … thành …"): the
    amending line and the line stating the act it came with, ranked just above the item, as they are the plan's
    current text. A quoted amending line brings its act's line alike."""
    if not doc.amendments or not quotes:
        return quotes
    out, have = list(quotes), {q.pos for q in quotes}
    for a in doc.amendments:
        near = [q for q in quotes if a.start <= q.pos < a.end
                or any(doc.sections[t].start <= q.pos < doc.sections[t].end for t in a.targets)]
        if not near:
            continue
        q0 = max(near, key=lambda q: q.score)
        sec = doc.sections[a.section]
        out = [replace(q, amending=True) if a.start <= q.pos < a.end else q for q in out]
        for start, end in ([a.basis] if a.basis else []) + [(a.start, a.end)]:
            if start in have:
                continue
            have.add(start)
            cite = Citation(n=0, doc=doc.doc, title=doc.title, locality=doc.locality, section=sec.path_str,
                            text=doc.text[start:end], start=start, end=end, score=q0.cite.score,
                            id=f"{doc.doc}#s{sec.id}")
            out.append(_Quote(doc.text[start:end], q0.hit, cite, q0.score + 0.01, start, sid=sec.id, amending=True))
    return out


# a line pointing to an appendix for the detail ("Tổng kinh phí … 186 triệu đồng (chi tiết tại Phụ lục 3)")
_APPENDIX_REF_RE = re.compile(r"\b(?:chi tiết|cụ thể|theo|tại)\s+(?:tại\s+|theo\s+)?(?:Phụ lục|Biểu|Bảng)\s+(?:số\s+)?(\w{1,4})\b",
                              re.I)
_TOTAL_HEAD_RE = re.compile(r"^(?:[^|:]{0,40}:\s*)?(?:tổng cộng|tổng số|tổng|cộng)\b", re.I)
_SOURCES_ASK_RE = re.compile(r"\bnguồn\b|\bchia\b|\bcơ cấu\b|\bgồm\b|\bsources?\b|\bbreak(?:down| down)\b|"
                             r"\bngân sách (?:xã|huyện|tỉnh)\b|\bxã hội hóa\b|\bcommune budget\b", re.I)


def _with_appendix_total(query: Query, quotes: list[_Quote], doc: Document) -> list[_Quote]:
    """An amount's sources asked of a plan whose funding line points to an appendix for the detail: that appendix's
    total row quoted after the line (the split by source is there, not in the line)."""
    if query.intent not in ("money", "funding") or not quotes or not _SOURCES_ASK_RE.search(f"{query.raw} {query.text}"):
        return quotes
    for q in quotes:
        m = _APPENDIX_REF_RE.search(q.text)
        if not m:
            continue
        label = m.group(1).lower()
        part = next((s for s in doc.sections if s.level == 1 and re.match(
            rf"^(?:phụ lục|biểu|bảng)\s+(?:số\s+)?{re.escape(label)}\b", fold(s.heading))), None)
        total = next((s for s in doc.sections if part and part.start < s.start < part.end
                      and _TOTAL_HEAD_RE.match(doc.text[s.start:s.end].strip())), None)
        if total is not None and not any(o.pos == total.start for o in quotes):
            return quotes + [replace(x, score=x.score - 1.0)
                             for x in _whole_sections([(q.hit, q.cite)], doc, query, [total.id])]
    return quotes


def _sources(quotes: list[_Quote]) -> list[_Source]:
    """Group one plan's quotes by section; sources by best quote, quotes in document order."""
    by_sec: dict[int, _Source] = {}
    paths = {q.section_id: q.section for q in quotes}
    for q in quotes:
        # an item quoted beside its parent section ("4. … › d) …") shares the parent's citation
        sid = min((k for k, p in paths.items() if q.section.startswith(p + PATH_SEP)),
                  key=lambda k: len(paths[k]), default=q.section_id)
        src = by_sec.setdefault(sid, _Source(q.hit.chunk.doc, sid))
        if all(q.pos != o.pos for o in src.quotes):
            src.quotes.append(q)
    out = sorted(by_sec.values(), key=lambda s: -s.best)
    for s in out:
        s.quotes.sort(key=lambda q: q.pos)
        s.more = max(0, len(s.quotes) - MAX_SECTION_LINES)
        del s.quotes[MAX_SECTION_LINES:]
    return out


def _cite(src: _Source, n: int, doc: Document | None) -> Citation:
    """One citation for a section's quotes: the plan's text from the first to the last quoted passage."""
    whole = next((q.cite for q in src.quotes if q.whole and q.section_id == src.section_id), None)
    if whole is not None:
        return replace(whole, n=n)
    cites = sorted({id(q.cite): q.cite for q in src.quotes}.values(), key=lambda c: (c.start, len(c.section)))
    first, last = cites[0], max(cites, key=lambda c: c.end)
    start, end = first.start, last.end
    text = doc.text[start:end] if doc is not None and len(cites) > 1 else first.text
    ids = [c.id for c in cites]
    cid = ids[0] if len(ids) == 1 else f"{ids[0]}-{ids[-1].rsplit('#', 1)[-1]}"
    return Citation(n=n, doc=first.doc, title=first.title, locality=first.locality, section=first.section,
                    text=text, start=start, end=end, score=max(c.score for c in cites), id=cid)


# a count: digits, or thousands grouped with dots as Vietnamese writes them ("1.800 lượt người")
_COUNT_RE = re.compile(r"(?<![\d/.,])(?:\d{1,3}(?:\.\d{3})+|\d{1,6})(?![\d/.,]|\s*%|\s*/)")
# a table row's ordinal cell ("STT: 10 | Chỉ tiêu: …") numbers the row; it states no count
_ORDINAL_CELL_RE = re.compile(r"(?:^|\|)\s*(?:STT|TT|Số TT)\s*:\s*\d+\s*(?=\||$)", re.I)
_LEVEL_WORDS = {"xa", "huyen", "tinh", "thanh", "pho", "phuong", "quan", "thi", "tran", "cap", "nam"}


def names_body(body: str, line: str) -> bool:
    """Does the line name the body (all its identity words, accent-free; level and year words aside)?"""
    def words(s: str) -> set[str]:
        return set(re.findall(r"[a-z]+", strip_accents(fold(s))))
    want = words(body) - _LEVEL_WORDS
    return bool(want) and want <= words(line)


_FRACTION_RE = re.compile(r"(?<![\d/.,])(\d{1,3}(?:\.\d{3})+|\d{1,4})\s*/\s*(\d{1,3}(?:\.\d{3})+|\d{1,4})(?![\d/.,])"
                          r"(?=\s+[^\W\d_])")  # "8/11 thôn", "1.415/2.030 hộ"
COUNT_CLAUSE = 12  # words after a counted unit where the rest of what it counts may be named
COUNT_WINDOW = 4  # words after a number that say what it counts ("7 lớp chuyên đề")
_WORD_RE = re.compile(r"[^\W\d_]+")


def _content_words(text: str) -> list[str]:
    """The text's content words in order, accent-free (for ties between a figure and what it measures)."""
    return [strip_accents(w) for w in re.findall(r"\w+", fold(text)) if w not in _STOP and not w.isdigit()]


def _words_after(line: str, m: re.Match[str]) -> list[str]:
    """The accent-free words right after a figure, up to the next figure or clause end: what it counts or
    measures ("9 chuyên đề", "46% công dân"); "mức độ 2; 64% hộ gia đình" counts no households."""
    rest = re.split(r"[;.](?:\s|$)|\d", line[m.end():], maxsplit=1)[0]
    return _WORD_RE.findall(strip_accents(fold(rest)))[:COUNT_WINDOW]


def _counts(indicator: str, line: str, m: re.Match[str]) -> bool:
    """Does the number count what the question counts: a pair of the indicator's words follows it ("9 chuyên đề",
    "1.250 hộ gia đình") or, in a table cell "Số TTHTCĐ xếp loại Tốt: 12", precedes its colon; a one-word
    indicator ("thôn") right after it. Words are paired because syllables recur: "1.650 lượt người tham gia" is
    no count of "hộ gia đình"."""
    words = _content_words(indicator)
    if not words:
        return True
    pairs = _word_pairs(words)
    after = _words_after(line, m)
    if after and words[0] in _COUNT_HEADS and after[0] in _COUNT_HEADS and after[0] != words[0]:
        return False  # "01 lớp xóa mù chữ" counts classes, not "người mù chữ"
    head = line[:m.start()].rstrip()
    before = _WORD_RE.findall(strip_accents(fold(head[:-1])))[-8:] if head.endswith(":") else []
    if any(bool(pairs & _word_pairs(ws)) or (len(words) == 1 and words[0] in ws[:2]) for ws in (after, before)):
        return True
    # "7/11 thôn đạt danh hiệu “Cộng đồng học tập”": the counted unit right after the number, and the rest of the
    # indicator further on in its clause (a quoted title breaks the word pairs)
    # (or before it: "đào tạo nghề cho ít nhất 25.000 người mỗi năm" counts people trained)
    before_clause = re.split(r"[;.:]\s", line[:m.start()])[-1]
    clause = _content_words(re.split(r"[;.]\s", line[m.end():], maxsplit=1)[0])[:COUNT_CLAUSE]
    clause += _content_words(before_clause)[-COUNT_CLAUSE:]
    if bool(after) and after[0] == words[0] and set(words[1:]) <= set(clause):
        return True
    # "Tổng số hội viên toàn tỉnh đạt ít nhất 420.000 người": the number of what its clause names ("số hội viên"),
    # in a classifier after it
    own = " ".join(_WORD_RE.findall(strip_accents(fold(before_clause))))
    return bool(after) and after[0] in _COUNT_HEADS and re.search(rf"\bso {re.escape(' '.join(words))}\b", own) is not None


# a classifier noun that heads a two-word term and counts it alone ("lớp học" counted as "10 lớp", "hộ gia đình"
# as "1.250 hộ"); "người" before a noun of people drops ("người lao động" counted as "300 lao động")
_COUNT_HEADS = frozenset({"lop", "luot", "ho", "buoi", "khoa", "dot", "nguoi"})


def _counted_forms(term: str) -> list[list[str]]:
    """The ways a count may write the term after its number: whole, its classifier head alone, or without a
    leading "người"."""
    ws = _WORD_RE.findall(strip_accents(fold(term)))
    forms = [ws] if ws else []
    if len(ws) >= 2 and ws[0] == "nguoi":
        forms.append(ws[1:])
    elif len(ws) == 2 and ws[0] in _COUNT_HEADS:
        forms.append(ws[:1])
    return forms


def _counts_term(terms: list[str], line: str, m: re.Match[str]) -> bool:
    """Does the number count one of the terms: the term's words right after it ("28 xã biên giới")?"""
    after = _words_after(line, m)
    # (or after a classifier: "20 lớp đào tạo nghề" counts vocational classes)
    return any(after[:len(ws)] == ws or (after[:1] and after[0] in _COUNT_HEADS and after[1:len(ws) + 1] == ws)
               for t in terms for ws in _counted_forms(t))


# a figure cell, with its unit word when the table writes one in each cell ("Năm 2030: 3.500 lượt", "7/12 ấp")
_FIGURE_CELL_RE = re.compile(r":\s*(?:[≥≤<>]\s*)?\d[\d.,]*(?:\s*/\s*\d+)?(?:\s+[^\W\d_]{1,8}){0,2}\s*(?:\||$)")
_SHARE_CELL_RE = re.compile(r":\s*(?:[≥≤<>]\s*)?\d[\d.,]*\s*%\s*(?:\||$)")  # "Năm 2027: 60%"


def _label_cells(line: str) -> list[tuple[str, str]]:
    """A table row's label cells as (header, text): those that are not a figure or a share ("Người dân từ 14
    tuổi …" is a label with a number in it), nor its row number."""
    out = []
    for p in line.split(" | "):
        if _FIGURE_CELL_RE.search(f"{p} |") or _SHARE_CELL_RE.search(f"{p} |") \
                or re.match(r"(?:STT|TT|Số TT)\s*:", p.strip()):
            continue
        head, sep, text = p.partition(": ")
        out.append((head, text) if sep else ("", p))
    return out


def _row_counts(indicator: str, line: str, shares: bool = False) -> bool:
    """A table row with a figure cell (a share's, with ``shares``) whose label cells hold a pair of the
    indicator's words."""
    if not (_FIGURE_CELL_RE.search(line) or (shares and _SHARE_CELL_RE.search(line))):
        return False
    asked = _WORD_RE.findall(strip_accents(fold(indicator)))[:1]
    if asked and asked[0] in _COUNT_HEADS and not shares:
        # a figure cell headed by what it counts ("Số lớp/buổi: 8") counts that, not the households asked
        heads = [_WORD_RE.findall(strip_accents(fold(h)))[1:2] for h, _, v in (c.partition(": ") for c in line.split(" | "))
                 if v and _FIGURE_CELL_RE.search(f": {v} |") and fold(h).startswith("số ")]
        if heads and all(h and h[0] in _COUNT_HEADS and h[0] != asked[0] for h in heads):
            return False
    words = _content_words(indicator)
    label = " ".join(text or head for head, text in _label_cells(line))
    have = _content_words(label)
    return bool(_word_pairs(words) & _word_pairs(have)) or (len(words) == 1 and words[0] in have)


SHARE_CLAUSE = 12  # words before a percentage that may name what it measures ("Tỷ lệ hộ … đạt 70%")
# words around a percentage that say it is a share, not what it is a share of
_MEASURE_WORDS = {"chỉ", "tiêu", "tỷ", "tỉ", "lệ", "số", "lượng", "phấn", "đấu", "trở", "lên", "đạt", "năm", "ít",
                  "nhất", "tối", "thiểu", "khoảng", "trên", "mức", "bình", "quân", "có", "từ", "đến", "phần", "trăm",
                  "duy", "trì", "tăng", "giảm", "còn", "bằng", "chiếm", "lũy", "kế", "stt", "tt", "bảng", "biểu"}
_MEASURE_WORDS |= {strip_accents(w) for w in _MEASURE_WORDS}
_SHARE_SKIP = _MEASURE_WORDS | _STOP | _STOP_PLAIN


def _subject_words(words: list[str]) -> list[str]:
    """What a share is of: its first word past the measure words ("Tỷ lệ thôn, tổ …" → thôn) and the word after
    it unless that is a measure word too ("60% thôn đạt …" → thôn; "46% công dân …" → công dân)."""
    k = next((i for i, w in enumerate(words) if w not in _SHARE_SKIP), None)
    if k is None:
        return []
    return words[k:k + 2] if k + 1 < len(words) and words[k + 1] not in _SHARE_SKIP else words[k:k + 1]


def _indicator_words(indicator: str) -> tuple[set[str], Callable[[str], list[str]]]:
    """What the question measures as words, and how to read a line's words to compare: with accents when the
    question has them ("công dân" is no "cộng đồng … tổ dân phố"), else without."""
    accented = strip_accents(indicator) != indicator

    def words(text: str) -> list[str]:
        return re.findall(r"[^\W\d_]+", fold(text) if accented else strip_accents(fold(text)))

    return set(words(indicator)) - _SHARE_SKIP, words


def subject_in(indicator: str, phrase: str) -> bool:
    """Is what ``phrase`` measures (its head: "Tỷ lệ thôn, tổ dân phố đạt …" → thôn tổ) part of the question's
    indicator? A targets-table entry for another subject does not answer."""
    want, words = _indicator_words(indicator)
    subject = _subject_words(words(phrase))
    return not want or (bool(subject) and any(w in want for w in subject))


def _share_of(indicator: str, line: str, m: re.Match[str]) -> bool:
    """Is the percentage a share of what the question measures: the line's subject for it (the words right after
    it, else the head of the nearest clause before it that names one: "46% công dân …", "Tỷ lệ công dân … đạt
    46%", a table row's label) is in the indicator; "64% hộ gia đình …" is no share of citizens."""
    want, words = _indicator_words(indicator)
    if not want:
        return True
    head = line[:m.start()].rsplit(" | ", 1)[-1] if " | " in line else ""
    if head.rstrip().endswith(":") and want <= set(words(head)):
        return True  # a table cell under a header naming all of it ("Tỷ lệ đạt danh hiệu (%) Gia đình học tập: 78%")
    if head.rstrip().endswith(":") and re.search(r"\b(?:19|20)\d\d\b", head):
        # a year's cell ("Năm 2027: 60%"): a share of what the row's label names ("Tỷ lệ thôn … đạt" is no share
        # of citizens)
        labels = [(h, v) for h, v in _label_cells(line)
                  if not re.match(r"Đơn vị", h.strip()) and len(words(f"{h} {v}")) >= 2]
        # the indicator column ("Chỉ tiêu: …") over a group column before it ("Nhóm chỉ tiêu: …")
        label = next((v for h, v in labels if h and LABEL_HEADER_RE.match(fold(h.strip()))),
                     next((v or h for h, v in labels), ""))
        return bool(label) and (subject_in(indicator, label) or want <= set(words(label))) \
            and _row_counts(indicator, _ORDINAL_CELL_RE.sub(" ", line), shares=True)
    if head.rstrip().endswith(":") and _PERCENT_HEAD_CELL_RE.search(head):
        # a share under its column's own label ("Người … có kỹ năng số cơ bản (%): 56%"): a share of what the label
        # names as a whole, not of a word it shares with the question ("người" of "người dân … Công dân học tập")
        return _says_whole(indicator, head.rstrip()[:-1], gap=4)
    rest = re.split(r"[;.|](?:\s|$)|\d", line[m.end():], maxsplit=1)[0]
    subject = _subject_words(words(rest)[:COUNT_WINDOW])
    # (a lead-in ends at its colon: "a) Đến năm 2025: tỷ lệ người … đạt 93,5%")
    for clause in reversed(re.split(r"[;.:]\s|\d+(?:[.,]\d+)?\s*%", line[:m.start()])):
        if subject:
            break
        subject = _subject_words(words(clause)[:SHARE_CLAUSE])  # the clause head: "Về công dân học tập, …"
    # one word of it will do: "gia đình học tập" asked, "65% hộ gia đình đạt …" stated
    if subject and any(w in want for w in subject):
        return True
    # the whole indicator said in the figure's own clause, after who is counted ("99,2% người trong độ tuổi
    # 15 - 60 đạt chuẩn biết chữ mức độ 2")
    after = re.split(r"[;.|](?:\s|$)|\d+(?:[.,]\d+)?\s*%", line[m.end():], maxsplit=1)[0]
    if len(_indicator_phrase(indicator).split()) >= 2 and _says_whole(indicator, after, gap=SAYS_GAP):
        return True
    # the share's own clause named before it: "tỷ lệ người … đạt chuẩn biết chữ mức độ 2 đạt 98,4%"
    own = re.split(r"[;]\s|\d+(?:[.,]\d+)?\s*%", line[:m.start()])[-1].strip(" -–+•,")
    own = _CLAUSE_TIME_RE.sub("", own)  # "đến năm 2030, tỷ lệ người … biết chữ đạt 99,2%": the year leads the clause
    if re.match(r"(?i)tỷ lệ|tỉ lệ", own) and _says_whole(indicator, own, gap=SAYS_GAP):
        return True
    # a group's share set in prose, the group first ("học sinh … ở các xã ven biển đạt khoảng 30% được …",
    # "hội viên … phải có ít nhất 90% …"): the clause's head is whom it counts
    if _SHARE_VERB_END_RE.search(own):
        head_words = _subject_words(words(own)[:SHARE_CLAUSE])
        said = set(words(f"{own} {after}"))
        if head_words and any(w in want for w in head_words) \
                and sum(w in said for w in want) >= PROSE_SHARE_FIT * len(want):
            return True
    # a label before a colon naming all of it, its years' shares after ("Tỷ lệ thôn … đạt danh hiệu “Cộng đồng
    # học tập”: năm 2025 đạt ≥ 65%, năm 2030 đạt ≥ 80%")
    lead, colon, _ = line[:m.start()].partition(":")
    return bool(colon) and _says_whole(indicator, lead)


# a time phrase opening a clause ("đến năm 2030, …", "Năm 2025: …", "giai đoạn 2026 - 2030, …")
_CLAUSE_TIME_RE = re.compile(r"^(?:(?:đến|tới|vào|trong|hết|đến hết)\s+)*(?:năm|giai đoạn)\s+(?:19|20)\d\d"
                             r"(?:\s*[-–]\s*(?:19|20)\d\d)?\s*[,:]?\s*", re.I)
PROSE_SHARE_FIT = 0.7  # of the indicator's words, the share a group's prose clause must say
_SHARE_VERB_END_RE = re.compile(r"\b(?:đạt|có|là|chiếm)(?:\s+(?:khoảng|ít nhất|tối thiểu|trên|hơn|từ|tới))?\s*$", re.I)
_PERCENT_HEAD_CELL_RE = re.compile(r"\(\s*%\s*\)\s*:\s*$")  # a column labelled as a share: "… (%):"
AGENCY_NAMED = 0.8  # an agency section matched this well is the asked body's own
SAYS_GAP = 2  # words a figure's own clause may put inside the indicator ("đào tạo [trình độ] chuyên môn")


def _indicator_phrase(indicator: str) -> str:
    """The indicator's content words in order; an age span asked qualifies who is counted, written many ways."""
    return " ".join(_content_words(AGE_SPAN_RE.sub(" ", indicator)))


def _says_whole(indicator: str, text: str, gap: int = 0) -> bool:
    """Does the text say the whole indicator, its content words in a row — or, in a figure's own clause, in order
    with up to ``gap`` words between ("được đào tạo trình độ chuyên môn kỹ thuật" says "đào tạo chuyên môn kỹ
    thuật")?"""
    phrase = _indicator_phrase(indicator).split()
    if not phrase:
        return False
    words = _content_words(text)
    if not gap:
        return f" {' '.join(phrase)} " in f" {' '.join(words)} "
    for i in (i for i, w in enumerate(words) if w == phrase[0]):
        j, skipped = 1, 0
        for w in words[i + 1:]:
            if j == len(phrase) or skipped > gap:
                break
            j, skipped = (j + 1, skipped) if w == phrase[j] else (j, skipped + 1)
        if j == len(phrase) and skipped <= gap:
            return True
    return False


# years that date no figure: a period ("giai đoạn 2026 - 2030") or a document's number and year
_YEAR_FIGURE_SPAN_RE = re.compile(r"giai đoạn\s+20\d\d\s*[-–]\s*20\d\d|số\s*\d+\s*/\S+|\d+/\d{4}/[A-ZĐ]\S*",
                                  re.IGNORECASE)
_PLAN_NUMBER_RE = re.compile(r"\b\d{1,5}\s*/\s*(?:KH|QĐ|NQ|CT|KL)\b[-/\w]*", re.IGNORECASE)
_WHOLE_PERIOD_RE = re.compile(r"\b(?:cả|toàn|suốt)\s+giai đoạn\b|\bcho giai đoạn\b|\bgiai đoạn\s+20\d\d\s*[-–]\s*20\d\d",
                              re.IGNORECASE)




def _per_unit(line: str, m: re.Match[str]) -> bool:
    """Is this amount one unit's share ("mỗi Trung tâm … 12 triệu đồng", "20 triệu đồng/trung tâm/năm")?"""
    return bool(PER_UNIT_RE.match(line[m.end():m.end() + 30].lstrip(" ,"))
                or re.match(r"(?:cho\s+)?(?:mỗi|từng)\s+(?!năm\b)", line[m.end():].lstrip(" ,"))
                or PER_UNIT_RE.search(line[max(0, m.start() - 45):m.start()]))


_MONTH_ASK_RE = re.compile(r"tháng mấy|tháng nào|quý mấy|quý nào|what month|which month|which quarter", re.I)
_MONTH_RE = re.compile(r"\btháng\s+(?:1[0-2]|0?[1-9])\b|\bquý\s+[IV1-4]+\b", re.I)
_RECURRING_RE = re.compile(r"\b(?:mỗi|hằng|hàng)\s+(?:năm|quý|tháng)\b", re.I)  # a yearly task, not a present figure
_PEOPLE_COUNTED_RE = re.compile(r"\b(?:lượt|người|học viên|thành viên|hộ)\b", re.I)
_CURRENCY_RE = re.compile(r"đồng|VNĐ|VND|vnđ|kinh phí|ngân sách", re.I)
_AIM_RE = re.compile(r"\b(?:muốn|phấn đấu|đặt|mục tiêu|chỉ tiêu|sẽ đạt|yêu cầu|cần đạt|phải đạt)\b", re.I)  # an aim
_PERIOD_ASKED_RE = re.compile(r"(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d")  # "giai đoạn 2025 - 2030", "2025-2030"
_YEAR_CELL_RE = re.compile(r"(?:^|\|)\s*[^|:]*?\b((?:19|20)\d\d)\b[^|:]*:\s*([^|]*)")  # "Năm 2028: -"
# a table row whose unit is "%": its unit column ("Đơn vị tính: % | Năm 2025: 85") or its label's own "(%)"
# ("Chỉ tiêu: Cán bộ quản lý có kỹ năng số cơ bản (%) | Năm 2025: 70")
_PERCENT_UNIT_RE = re.compile(r"(?:^|\|)\s*(?:Đơn vị tính|ĐVT|Đơn vị)\s*:\s*%\s*(?:\||$)|\(%\)\s*(?:\||$)", re.I)
_PLAN_TOTAL_RE = re.compile(r"\btổng (?:kinh phí|dự toán|ngân sách|nguồn)", re.IGNORECASE)
_PER_YEAR_RE = re.compile(r"\b(?:mỗi|hằng|hàng|từng)\s+năm\b|/\s*năm\b", re.IGNORECASE)


_FROM_SOURCE_RE = re.compile(r"^\s*\S*\s*(?:từ|do|bằng)\s+(?:nguồn\s+)?$", re.I)


def _source_share(source: str, line: str) -> bool:
    """Does the line give the asked source's share of the total ("… 48 tỷ đồng, trong đó: ngân sách tỉnh 60%",
    "Nguồn xã hội hóa chiếm 35% tổng kinh phí")? The share of an amount is that source's amount."""
    return any(budget_source(s) == source
               and re.match(r"[^.;|\d]{0,25}\d+(?:[.,]\d+)?\s*%", line[s.end():])
               for s in BUDGET_SOURCE_RE.finditer(line))


def _names_source(source: str, line: str, years: Sequence[int] = ()) -> bool:
    """Is one of the line's amounts from the asked budget source: the source named last before it in its clause
    ("ngân sách huyện 6,5 tỷ đồng, ngân sách xã 1,8 tỷ đồng", "Xã hội hóa: 3,5 tỷ đồng"), or right after it
    ("15 triệu đồng từ ngân sách huyện")? "… huy động xã hội hóa. Tổng dự toán … 61,5 tỷ đồng" is none. With
    ``years``, that same amount must be of an asked year (named in its clause, or a yearly amount): "giai đoạn
    2025 - 2030 …, trong đó ngân sách xã 1,5 tỷ đồng. Phân kỳ: năm 2027 là 0,4 tỷ đồng" sets none for 2027."""
    if " | " in line:  # a table row labelled by its source ("Nguồn kinh phí: Ngân sách tỉnh | 2028: 3.800 …")
        label = " ".join(text or head for head, text in _label_cells(line))
        if any(budget_source(s) == source for s in BUDGET_SOURCE_RE.finditer(label)):
            return not years or names_year(line, years)
    for m in MONEY_RE.finditer(line):
        # the source: the last one named before it in its sentence ("Ngân sách tỉnh bố trí …: năm 2025 là 4,2 tỷ
        # đồng; năm 2026 là 4,5 tỷ đồng"); its year: in its own clause
        sentence = re.split(r"\.\s|\|", line[max(0, m.start() - 240):m.start()])[-1]
        before = re.split(r"[;]\s", sentence)[-1]
        named = [budget_source(s) for s in BUDGET_SOURCE_RE.finditer(sentence)]
        after = re.split(r"[.;|,]", line[m.end():m.end() + 50])[0]
        s = BUDGET_SOURCE_RE.search(after)
        if not ((named and named[-1] == source) or (
                s and _FROM_SOURCE_RE.match(after[:s.start()]) and budget_source(s) == source)):
            continue
        # (a table row's year is a cell of its own: "Năm: 2027 | Ngân sách xã: 220 | …")
        # (a breakdown of a year's total: "Tổng kinh phí năm 2026 là 1.150 triệu đồng, gồm: …; nguồn xã hội hóa 430
        # triệu đồng" — each part is of the total's year)
        whole = re.match(r"(.*?)\b(?:bao gồm|gồm|trong đó)\b", sentence)
        if not years or _PER_YEAR_RE.match(after.lstrip()) or (" | " in line and names_year(line, years)) or names_year(
                _YEAR_FIGURE_SPAN_RE.sub(" ", f"{before} {line[m.start():m.end()]}"), years) or (
                whole and names_year(_YEAR_FIGURE_SPAN_RE.sub(" ", whole.group(1)), years)):
            return True
    return False


def states_value(query: Query, line: str) -> bool:
    """Does the line state the kind of value asked (a percentage, a count, an amount, a date, a sanction)?
    Read also in full forms: "7/9 ấp đạt CĐHT" counts hamlets that are "cộng đồng học tập"."""
    if _states_value(query, line):
        return True
    full = _expanded(line)
    if full != line and _states_value(query, full):
        return True
    # two indicators asked at once ("chỉ tiêu Gia đình học tập, Dòng họ học tập của thôn X"): each one's figure is
    # what is asked, so a line stating either one's states a value asked
    parts = [p for p in _TWO_INDICATORS_RE.split(query.indicator or "") if len(p.split()) >= 2]
    return len(parts) >= 2 and any(_states_value(replace(query, indicator=p), line) for p in parts)


@lru_cache(maxsize=65536)
def _expanded(line: str) -> str:
    """The line with its abbreviations replaced by their full forms (cached: lines recur across questions)."""
    return expand_abbreviations(line)


def _indicator_cell(query: Query, line: str, share: bool) -> bool:
    """A per-unit table's row (a commune's targets) with a cell whose column names the indicator asked
    ("Thôn, tổ dân phố học tập năm 2027: 3/4", "Gia đình học tập năm 2025 (%): 60%"): the row is one unit's, its
    label names no indicator. A share asked wants a share's cell."""
    if " | " not in line or not query.indicator:
        return False
    for head, _, value in (c.partition(": ") for c in line.split(" | ")):
        if _FIGURE_CELL_RE.match(f": {value} |") and _says_whole(query.indicator, head, gap=4) \
                and (not share or "%" in value or "%" in head):
            return True
    return False


def _states_value(query: Query, line: str) -> bool:
    kind = query.value
    if query.current and kind in ("percent", "count", "figure") and (_AIM_RE.search(line) or _RECURRING_RE.search(line)):
        # "hiện có bao nhiêu …?": a line setting an aim ("Phấn đấu 80% …") or a yearly task ("Mỗi năm mở 12 lớp")
        # states no present figure
        return False
    if query.years and " | " in line and kind in ("percent", "count", "amount", "figure"):
        # a table row with a column for the asked year: its cell must hold a figure ("Năm 2028: -" sets none)
        asked = [v for y, v in _YEAR_CELL_RE.findall(line) if int(y) in query.years]
        if asked and not any(re.search(r"\d", v) for v in asked):
            return False
        # columns per indicator and year ("Tỷ lệ gia đình … - Năm 2030: 74%"): the asked indicator's cell for
        # the asked year must be there (a blank cell is left out of the row)
        mine = [head for head, _, _ in (p.partition(": ") for p in line.split(" | "))
                if re.search(r"\b(?:19|20)\d\d\b", head) and query.indicator and _says_whole(query.indicator, head)]
        if mine and not any(int(y) in query.years for h in mine for y in re.findall(r"\b((?:19|20)\d\d)\b", h)):
            return False
    if kind == "figure":  # "chỉ tiêu … là bao nhiêu?": a share or a count of what is asked
        return any(_states_value(replace(query, value=k), line) for k in ("percent", "count"))
    if kind == "percent":
        if "điểm phần trăm" in fold(line) and query.indicator and _says_whole(query.indicator, line):
            return True  # "Tỷ lệ … kỹ năng số cơ bản tăng 8 điểm phần trăm so với năm 2024": a share set as a change
        if _indicator_cell(query, line, share=True):
            return True
        shares = list(_PERCENT_RE.finditer(line))
        if not shares and " | " in line and _PERCENT_UNIT_RE.search(line):
            # a table row whose unit column is "%" ("Đơn vị tính: % | Năm 2025: 85"): its figures are shares
            return not query.indicator or query.language == "en" or _row_counts(
                query.indicator, _ORDINAL_CELL_RE.sub(" ", line))
        if not shares:
            return "phần trăm" in fold(line)
        # an English question's indicator starts with English words: its shares are not tied by head words
        return not query.indicator or query.language == "en" or any(_share_of(query.indicator, line, m)
                                                                     for m in shares)
    if kind == "count":
        # "chỉ tiêu bao nhiêu TTHTCĐ xếp loại Tốt?" is answered by "40% TTHTCĐ xếp loại Tốt": a target set as a
        # share of what is counted (a question about what exists is not: "64% hộ gia đình" counts no households)
        # (an annual plan's year is dropped from ``query.years``, not from what was asked: "Năm 2024, Cần Thơ muốn …")
        if (query.intent == "target" or ((query.years or re.search(r"\b20\d\d\b", query.raw))
                                         and not query.current and _AIM_RE.search(query.text))) \
                and query.indicator \
                and any(_share_of(query.indicator, line, m) for m in _PERCENT_RE.finditer(line)):
            return True
        # a table row whose label names what is counted: its figure cells count it ("Chỉ tiêu: Thôn đạt “Cộng
        # đồng học tập” | Đơn vị tính: Thôn | Năm 2025: 8/11")
        # (an English question's indicator is in English words: the row's figure cells count, as for fractions)
        cells = _ORDINAL_CELL_RE.sub(" ", line)
        if " | " in line and query.indicator and (_row_counts(query.indicator, cells)
                                                  or (query.language == "en" and _FIGURE_CELL_RE.search(cells))):
            return True
        if _indicator_cell(query, line, share=False):
            return True
        # "20/29 xã", "6/8 thôn": a share of units counted, not a date (whatever DATE_RE would make of it)
        fractions = [m for m in _FRACTION_RE.finditer(line)
                     if int(m.group(1).replace(".", "")) <= int(m.group(2).replace(".", ""))]
        # an English question's indicator starts with English words: its counts are not tied by head words
        if fractions and (query.language == "en" or any(_counts(query.indicator, line, m) for m in fractions)):
            return True
        bare = DATE_RE.sub(" ", re.sub(r"\b(?:19|20)\d{2}\b|số\s*\d+\s*/\S+", " ", _ORDINAL_CELL_RE.sub(" ", line)))
        if query.language == "en" and any(_counts_term(query.english_terms, bare, m) for m in _COUNT_RE.finditer(bare)):
            return True  # "How many border communes …?": the plan's word for what is counted right after the number
        return any(_counts(query.indicator, bare, m) for m in _COUNT_RE.finditer(bare))
    if kind == "amount":
        # a year asked ("năm 2026"), not the plan's period: a share of the period's total is no year's amount
        # (a follow-up's period is in its resolved text: "Giai đoạn sau?" → "… giai đoạn 2029 - 2030 …")
        period = bool(_PERIOD_ASKED_RE.search(query.raw) or _PERIOD_ASKED_RE.search(query.text))
        one_year = bool(query.years) and not period
        if query.source and not one_year and _source_share(query.source, line):
            return True
        if not MONEY_RE.search(line) or (query.recipient and not names_body(query.recipient, line)):
            return False
        if _PEOPLE_COUNTED_RE.search(line) and not _CURRENCY_RE.search(line):
            return False  # "Lượt người học …: 0,5 triệu": millions of learners, not of đồng
        if query.source and not _names_source(query.source, line, query.years if one_year else ()):
            return False  # "ngân sách xã chi bao nhiêu?": the total, or the district's share, is not the commune's
        if not query.indicator and not query.recipient and not query.per_unit \
                and all(_per_unit(line, m) for m in MONEY_RE.finditer(line)):
            return False  # the plan's budget asked: "12 triệu đồng mỗi Trung tâm" is one centre's share
        # "3,2 tỷ đồng cho cả giai đoạn 2026 - 2030" says nothing of one year's share
        # (the period's own years name no year: "giai đoạn 2025 - 2030" is no amount for 2025 — unless the
        # question asks for that period itself: "tổng dự toán giai đoạn 2025 - 2030")
        if period:
            return True
        # (nor is a plan's "Tổng kinh phí …" that names no year: the whole period's, asked one year of)
        whole = _WHOLE_PERIOD_RE.search(line) or (one_year and _PLAN_TOTAL_RE.search(line)
                                                  and not re.search(r"\b(?:19|20)\d\d\b", line))
        return not (query.years and whole and not _PER_YEAR_RE.search(line)
                    and not names_year(_YEAR_FIGURE_SPAN_RE.sub(" ", line), query.years))
    if kind == "date":  # (a month asked: "tổ chức vào tháng 10" states it)
        return bool(DATE_RE.search(line) or (_MONTH_ASK_RE.search(query.text) and _MONTH_RE.search(line)))
    if kind == "sanction":
        return bool(SANCTION_RE.search(line))
    if kind == "cadence":
        return bool(CADENCE_RE.search(line))
    return True


def meaning(query: Query, doc: str, pos: int) -> float:
    """The line's closeness in meaning to the question (its stored e5 vector), scaled to [0, 1]."""
    sim = query.line_sim.get((doc, pos))
    if sim is None:
        return 0.0
    return min(1.0, max(0.0, (sim - MEANING_FLOOR) / (MEANING_TOP - MEANING_FLOOR)))


@lru_cache(maxsize=65536)
def with_full_forms(line: str) -> str:
    """The line with its abbreviations' full forms beside them ("TTHTCĐ xếp loại Tốt" also reads "Trung tâm học
    tập cộng đồng …"): questions are matched in full forms."""
    full = _expanded(line)
    return line if full == line else f"{line} {full}"


def indicator_fit(query: Query, line: str, idf: dict[str, float]) -> float:
    """How much of what the question measures ("công dân đạt danh hiệu công dân học tập") the line is about."""
    line = with_full_forms(line)
    if other_grade(query.raw, line):
        return 0.0  # "mức độ 3" asked, "mức độ 1" stated: another grade of the title is another indicator
    terms = _terms(query.indicator)
    if not terms:
        return 1.0
    if query.value == "amount":
        return _overlap(amount_clauses(line), terms, idf)
    return _overlap(line, terms, idf)


def amount_clauses(line: str) -> str:
    """The clauses of a line that state amounts, together, without the words for money: what its amounts are for.
    "… 60 tỷ đồng mỗi năm; mỗi năm trao 12.000 suất học bổng" prices no suất; "… cho Trung tâm 22 triệu đồng/năm;
    mỗi lớp 15 triệu đồng" prices both (a source or body asked may be named in another clause); "ngân sách" is money,
    not the "sách" (books) the money is for."""
    clauses = [c for c in line.split(";") if MONEY_RE.search(c)] or [line]
    return MONEY_WORDS_RE.sub(" ", " ; ".join(clauses))


# a grade of a title or standard ("mức độ 3", "mức 2", "cấp độ 1"), which sets an indicator apart
_GRADE_RE = re.compile(r"\b(?:mức|cấp)(?:\s+độ)?\s+(\d)\b")
_IS_IT_SO_RE = re.compile(r"\b(?:có\s+)?(?:đúng|phải)\s+(?:là\s+)?[^?]{3,200}\b(?:không|chưa)\s*\??\s*$", re.I)


def other_grade(asked: str, stated: str) -> bool:
    """Does the text state only other grades of a title than the question asks ("mức độ 1" for "mức độ 3")? A claim
    put forward to be checked ("… mức độ 2 phải không?") is answered by the line that corrects it: never."""
    if puts_forward(asked) or _IS_IT_SO_RE.search(asked):
        return False
    want, have = set(_GRADE_RE.findall(fold(asked))), set(_GRADE_RE.findall(fold(stated)))
    return bool(want and have and not want & have)


REFUSAL_PLANS_NAMED = 8  # plans a refusal lists by name; more are counted

@dataclass
class _ValueLines:
    """The loaded plans' distinct lines that state one kind of value, with their terms and postings, so the best
    indicator fit anywhere is found from the lines sharing a word with the indicator, not by a pass over all."""

    lines: list[str]
    terms: list[set[str]]
    postings: dict[str, list[int]]  # term → lines having it; "~term": lines having it in any accented form


_VALUE_LINES: dict[tuple[str, str], _ValueLines] = {}


def _value_lines(kind: str, documents: dict[str, Document]) -> _ValueLines:
    """Built once per corpus and kind of value (for an amount, whatever body it is for)."""
    key = (kind, _corpus_key(documents))
    if key not in _VALUE_LINES:
        probe = Query(raw="", text="", value=kind)
        lines = list(dict.fromkeys(ln for d in documents.values() for _, ln in plan_lines(d) if states_value(probe, ln)))
        terms = [_terms(MONEY_WORDS_RE.sub(" ", with_full_forms(ln)) if kind == "amount" else with_full_forms(ln))
                 for ln in lines]
        postings: dict[str, list[int]] = {}
        for i, ts in enumerate(terms):
            for t in ts | {"~" + strip_accents(w) for w in ts}:
                postings.setdefault(t, []).append(i)
        _VALUE_LINES[key] = _ValueLines(lines, terms, postings)
    return _VALUE_LINES[key]


def warm(documents: dict[str, Document]) -> None:
    """Compute the plan-only tables (term rarity per plan and overall, value-line postings) when an index is
    loaded, so no question pays for them; tables of earlier index versions are dropped (questions still in
    flight on one simply recompute what they need)."""
    corpus = _corpus_key(documents)
    keep = {("", hash(corpus))} | {(d.doc, hash(d.text)) for d in documents.values()}
    for key in [k for k in _IDF_CACHE if k not in keep]:
        del _IDF_CACHE[key]
    for key in [k for k in _VALUE_LINES if k[1] != corpus]:
        del _VALUE_LINES[key]
    _corpus_idf(documents)
    for d in documents.values():
        _idf(d)
    for kind in ("percent", "count", "amount", "figure", "date", "sanction", "cadence"):
        _value_lines(kind, documents)


def best_indicator_fit(query: Query, documents: dict[str, Document], idf: dict[str, float]) -> float:
    """The best ``indicator_fit`` any loaded plan's line stating the asked kind of value reaches."""
    qterms = _terms(query.indicator)
    if not qterms:
        return 1.0
    table = _value_lines(str(query.value), documents)
    hits: set[int] = set()
    for t in qterms:
        hits.update(table.postings.get(t, ()))
        if t == strip_accents(t):
            hits.update(table.postings.get("~" + t, ()))
    ranked = sorted(((_overlap_terms(table.terms[i], qterms, idf), i) for i in hits), reverse=True)
    # an amount for a named body: the best line that names it
    return next((fit for fit, i in ranked if states_value(query, table.lines[i])), 0.0)


def fit_needed(query: Query, best_anywhere: float) -> float:
    """The indicator fit a value line needs: INDICATOR_FIT, and WHICH_PLANS_FIT of the best fit any loaded plan
    reaches; an English question's measure is the glossary's Vietnamese for its words, alternatives and all, so it
    is held to INDICATOR_FIT_EN alone."""
    if query.language == "en":
        return INDICATOR_FIT_EN
    return max(INDICATOR_FIT, WHICH_PLANS_FIT * best_anywhere)


def answers_value(query: Query, lines: list[str], idf: dict[str, float], best_anywhere: float = 1.0) -> bool:
    """A plan answers a value question only through a line that states that kind of value for that indicator:
    its fit must reach INDICATOR_FIT, and WHICH_PLANS_FIT of the best fit any loaded plan reaches (another
    plan's "40% công dân đạt danh hiệu …" shows what a line for this indicator looks like)."""
    if not query.value:
        return True
    floor = fit_needed(query, 0.0)  # the fit alone, without another plan's best (English: INDICATOR_FIT_EN)
    need = fit_needed(query, best_anywhere)
    # a table row's label is its indicator, already tied to the question's by word pairs (``_row_counts``) or
    # the share's subject: another plan's fuller wording ("… đạt danh hiệu …") asks no more of it
    return any(states_value(query, ln)
               and indicator_fit(query, ln, idf) >= (floor if " | " in ln else need) for ln in lines)


def _value_quotes(query: Query, doc: str, sources: list[_Source], targets: Sequence[Target]) -> list[str]:
    """The quoted lines that may state the value asked; a question about the present state ("hiện nay có
    bao nhiêu …") is not answered by the plan's targets (lines of its targets table)."""
    spans = [(t.start, t.end) for t in targets if t.doc == doc] if query.current else []
    # (nor by any line of the plan's targets part: "Hội Khuyến học huyện có 28.000 hội viên" under "2. Chỉ tiêu cụ
    # thể › a- Đến năm 2026" is what it must reach, not what it has)
    return [q.text for src in sources for q in src.quotes
            if not any(q.pos <= a < q.pos + len(q.text) or a <= q.pos < b for a, b in spans)
            and not (query.current and _TARGETS_PART_RE.search(q.hit.chunk.section)
                     and not _RESULTS_PART_RE.search(q.hit.chunk.section))
            and not other_year(query, q.text)]


_TARGETS_PART_RE = re.compile(r"\b(?:MỤC TIÊU|CHỈ TIÊU|Mục tiêu|Chỉ tiêu)\b")
_RESULTS_PART_RE = re.compile(r"kết quả|đánh giá|tình hình|thực trạng", re.I)  # "KẾT QUẢ THỰC HIỆN MỤC TIÊU NĂM 2023"


def other_year(query: Query, line: str) -> bool:
    """A figure line dated only by years other than the asked ones ("Đến năm 2028, phấn đấu 100% …" when 2026
    is asked) states another year's figure; a table row holding every year's cell names the asked one too."""
    if not (query.years and query.value in ("percent", "count", "amount", "figure")):
        return False
    named = {int(y) for y in re.findall(r"(?<![\d/.])(20\d\d)(?![\d/])", DATE_RE.sub(" ", _YEAR_FIGURE_SPAN_RE.sub(" ", line)))}
    return bool(named) and not named & set(query.years)


def plan_years(doc: Document | None) -> tuple[int, int] | None:
    """The years a plan's period covers ("2025-2030", or "2025" for an annual plan)."""
    return doc.period_span() if doc else None


# numbers that are no figure: a year, a document's number, a full date, "ngày 22 tháng 12" ("8/11 thôn" is a share)
_NOT_FIGURE_RE = re.compile(r"\b(?:19|20)\d{2}\b|\d+(?:-[A-ZĐ]+)*\s*/\s*[A-ZĐ]\S*|\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{2,4}|"
                            r"\bngày\s+\d{1,2}(?:\s+tháng\s+\d{1,2})?(?!\d)|\btháng\s+\d{1,2}(?!\d)", re.I)
# a row of a targets table ("Chỉ tiêu: … | Năm 2026: 70% | … | Cơ quan chủ trì: Sở Nội vụ")
_TARGET_ROW_RE = re.compile(r"(?:^|\| )(?:Chỉ tiêu|Tiêu chí|Mục tiêu)\s*:|\bNăm (?:19|20)\d\d\s*:\s*[\d≥≤>~]", re.I)


def _without_target_rows(sources: list[_Source], doc: Document | None) -> list[_Source]:
    """A body's tasks asked of a plan that gives it a section of its own: the targets-table rows naming it as the
    body in charge of an indicator are not among its tasks (a question about the indicator quotes them)."""
    if doc is None:
        return sources
    agency_sections = {s.id for s in doc.sections if s.agency}
    if not any(src.section_id in agency_sections and any(q.hit.signals.get("agency", 0) >= 0.6 for q in src.quotes)
               for src in sources):
        return sources
    return [src for src in sources if src.section_id in agency_sections
            or not all(_TARGET_ROW_RE.search(q.text) for q in src.quotes)]


def outside_years(query: Query, doc: Document | None) -> list[int]:
    """The asked years of a figure question that the plan's period does not cover, when none of them is in it:
    a 2025–2030 plan sets nothing for 2035, and only a line naming 2024 (its results) says what 2024 reached."""
    span = plan_years(doc)
    if not (query.figure and query.years and span):
        return []
    out = [y for y in query.years if not span[0] <= y <= span[1]]
    return out if len(out) == len(query.years) else []


def unchanged_years(query: Query, doc: Document | None) -> list[int]:
    """A change between years asked ("tăng bao nhiêu điểm từ 2026 đến 2030?") of a plan whose period leaves one
    of them out: a change needs both years' figures, and the plan sets none for that year — the years left out."""
    span = plan_years(doc)
    if not (query.figure and len(query.years) > 1 and span and _CHANGE_ASK_RE.search(query.raw)):
        return []
    return [y for y in query.years if not span[0] <= y <= span[1]]


# a change between two years asked ("tăng bao nhiêu điểm phần trăm từ 2025 đến 2030", "năm 2025 tăng lên bao nhiêu")
_CHANGE_ASK_RE = re.compile(r"\b(?:tăng|giảm|thay đổi|chênh lệch|cách nhau)\b[^?]{0,40}\b(?:bao nhiêu|mấy)\b|"
                            r"\b(?:increase|rise|raise|grow|change|difference)\w*\b", re.I)


_TARGET_PART_RE = re.compile(r"mục tiêu|chỉ tiêu", re.IGNORECASE)
_KEYED_YEAR_RE = re.compile(r"\b(?:đến|năm|Năm|trong|cuối)\s+(20\d\d)\b|\b(20\d\d)\s*:")
_SPAN_YEARS_RE = re.compile(r"\b20\d\d\s*[-–]\s*20\d\d\b")
_FROM_YEAR_RE = re.compile(r"\b(?:kể\s+)?từ\s+(?:năm\s+)?20\d\d\b", re.IGNORECASE)


_YEARS_KEYED: dict[tuple[str, int], tuple[frozenset[int], frozenset[int]]] = {}


def _years_keyed(doc: Document) -> tuple[frozenset[int], frozenset[int]]:
    """(the years a plan keys its targets by, every year it names a figure or task for), made once per plan.

    The first are named in its targets part ("2.1. Mục tiêu cụ thể đến năm 2025", "Năm 2027: 60%"); the second
    anywhere (a targets table in an appendix, a table's rows or columns by year, "năm 2028 đạt …"); a period
    ("giai đoạn 2025 - 2030") counts in neither."""
    key = (doc.doc, len(doc.text))
    if key not in _YEARS_KEYED:
        parts = [s for s in doc.sections if s.level == 1 and _TARGET_PART_RE.search(s.title)]
        part_text = " ".join(doc.text[s.start:s.end] for s in parts)
        text = _FROM_YEAR_RE.sub(" ", _SPAN_YEARS_RE.sub(" ", part_text))
        # (a school year, "năm học 2026 - 2027", is no period: its targets are the year it ends in's)
        targets = frozenset(int(a or b) for a, b in _KEYED_YEAR_RE.findall(text)) | school_year_ends(part_text)
        # (a start, "từ năm 2027", sets nothing for that year)
        text = _FROM_YEAR_RE.sub(" ", _SPAN_YEARS_RE.sub(" ", DATE_RE.sub(" ", doc.text)))
        rows = " ".join(ln for ln in text.split("\n") if " | " in ln)
        named = frozenset(int(a or b) for a, b in _KEYED_YEAR_RE.findall(text)) | frozenset(
            int(y) for y in re.findall(r"(?<![\d/.])(20\d\d)(?![\d/])", rows)) | school_year_ends(doc.text)
        _YEARS_KEYED[key] = (targets, named)
    return _YEARS_KEYED[key]


def target_years(doc: Document) -> frozenset[int]:
    """The years the plan keys its targets by ("2.1. Mục tiêu cụ thể đến năm 2025"; see ``_years_keyed``)."""
    return _years_keyed(doc)[0]


_YEARLY_CHANGE_RE = re.compile(r"\b(?:mỗi năm|hằng năm|hàng năm|từng năm)\b[^.;]{0,40}\b(?:tăng|giảm)\b|"
                               r"\bso với năm trước\b", re.I)


_AIMS_ASKED_RE = re.compile(r"\b(?:mục tiêu|chỉ tiêu)\s+(?:gì|nào|ra sao|thế nào)|\bwhat\s+(?:targets?|goals?)\b", re.I)


# an amount stated for every year ("200 triệu đồng/năm", "mỗi năm bố trí 50 triệu đồng"), not a budget merely passed
# yearly ("cấp qua dự toán hằng năm")
_EVERY_YEAR_RE = re.compile(r"\d[\d.,]*\s*(?:triệu|tỷ|nghìn)?\s*(?:đồng)?\s*(?:/|mỗi|một|hằng|hàng)\s*năm\b|"
                            r"\b(?:mỗi|hằng|hàng|từng)\s+năm\b[^.;]{0,12}?\d[\d.,]*\s*(?:triệu|tỷ|nghìn)|"
                            r"\b(?:per year|a year|each year|annually)\b", re.I)


def _of_asked_year(query: Query, doc: Document | None, sources: list[_Source]) -> list[_Source] | None:
    """An amount asked for one year inside a plan's multi-year period: the sources whose quoted lines (or headings)
    name that year or every year ("hằng năm"); None when no line does. Any other question: the sources as they are."""
    span = doc.period_span() if doc else None
    if query.value != "amount" or len(query.years) != 1 or span is None or span[0] == span[1] \
            or not span[0] <= query.years[0] <= span[1] or query.all_plans:
        return sources
    kept = [replace(src, quotes=qs) for src in sources
            if (qs := [q for q in src.quotes if names_year(q.text, query.years, q.section)
                       or _EVERY_YEAR_RE.search(f"{q.section} {q.text}")])]
    return kept or None


def unset_years(query: Query, doc: Document | None) -> list[int]:
    """The asked years of a target question inside the plan's period for which it sets no target: it keys its
    targets by year (2025 and 2030) and names none of the asked ones (2028) — "by 2030" is no figure for 2028."""
    if doc is None or not (query.figure and query.years) or outside_years(query, doc):
        return []
    if query.intent != "target" and not (query.intent == "general" and _AIMS_ASKED_RE.search(query.text)):
        return []  # ("Mỹ Lộc đặt mục tiêu gì cho năm 2028?": the aims of a year, asked without a figure word)
    keyed, named = _years_keyed(doc)
    # (a school year asked, "năm học 2028 - 2029", is the year it ends in, as the plan's school-year columns are)
    years = sorted(school_year_ends(query.raw)) or list(query.years)
    if not keyed or any(y in keyed or y in named for y in years):
        return []
    asked = set(_content_words(_indicator_phrase(query.indicator)))
    if asked and any(_YEARLY_CHANGE_RE.search(ln) and asked <= set(_content_words(ln)) for _, ln in plan_lines(doc)):
        return []  # "… mỗi năm tăng ít nhất 2 điểm phần trăm so với năm trước": every year's target, set as a change
    return years


_YEAR_FIGURE_STRIP = re.compile(r"\b(?:19|20)\d{2}\b|số\s*\d+\s*/\S+")


def names_year(line: str, years: Sequence[int], heading: str = "") -> bool:
    """A line that names one of the years (itself or by its heading) and states a figure besides years and dates
    ("Năm 2024, phường có 71% hộ gia đình …"); a document cited "ngày 12/01/2024" names no result of 2024."""
    undated = DATE_RE.sub(" ", line)
    if not re.search(r"\d", _YEAR_FIGURE_STRIP.sub(" ", undated)):
        return False
    return any(re.search(rf"(?<![\d/.]){y}(?!\d)", f"{heading} {undated}") for y in years)


def _in_years(query: Query, doc: Document | None, sources: list[_Source]) -> list[_Source]:
    """A figure asked for a year outside the plan's period: only the quoted lines naming that year answer."""
    years = outside_years(query, doc)
    if not years:
        return sources
    out = []
    for src in sources:
        keep = [q for q in src.quotes if names_year(q.text, years, q.section)]
        if keep:
            src.quotes = keep
            out.append(src)
    return out


MAX_RESCUED = 3  # value lines taken from a plan's passages when the lines chosen for it state no value
TOTAL_ROW_BONUS = 0.5  # a total row's lead over the rows it adds up, when a total is asked
_TOTAL_ASK_RE = re.compile(r"\b(?:tổng|cộng|total)\b", re.I)
_TOTAL_ROW_RE = re.compile(r"^(?:[^|:]{0,40}:\s*)?(?:tổng cộng|tổng số|tổng|cộng|total)\b", re.I)


def _value_rescue(query: Query, pairs: list[tuple[Hit, Citation]], idf: dict[str, float],
                  best: float) -> list[_Source]:
    """A value asked of a body ("TTHTCĐ … phải tổ chức bao nhiêu chuyên đề?"): its own section, chosen first,
    may state no value while the plan's targets passage does; the lines of the plan's retrieved passages that
    state the value for the asked indicator answer instead."""
    if query.value not in ("percent", "count", "amount", "figure") or not (query.indicator or query.years
                                                                          or query.source):
        return []  # a figure for a named indicator or year only: a sanction or a date is no line to go looking for
    need = fit_needed(query, best)
    total_asked = bool(_TOTAL_ASK_RE.search(query.text))
    found: dict[int, _Quote] = {}
    for h, c in pairs:
        if _year_conflict(query, c):
            continue
        lines = _body_lines(c)
        leads = _lead_years(lines) if query.years else {}
        for ln, p in lines:
            if _under_other_year(query, leads, ln, p):
                continue
            # no indicator ("năm 2027 chi bao nhiêu?"): the lines of the asked year (a cost table's row) answer;
            # a source's amount ("tổng nguồn xã hội hóa"): the lines naming it (states_value checks it)
            if p not in found and states_value(query, ln) and (query.indicator or query.source
                                                                or names_year(ln, query.years, c.section)):
                fit = indicator_fit(query, ln, idf)
                if fit >= need:
                    # "tổng …" asked: a table's total row ("Tổng cộng | …") before the rows it adds up
                    total = TOTAL_ROW_BONUS if total_asked and _TOTAL_ROW_RE.match(ln) else 0.0
                    found[p] = _Quote(ln, h, c, fit + total + LINE_MEANING * meaning(query, c.doc, p), p)
    if total_asked and any(_TOTAL_ROW_RE.match(q.text) for q in found.values()):
        found = {p: q for p, q in found.items() if _TOTAL_ROW_RE.match(q.text)}  # the total answers alone
    return _sources(sorted(found.values(), key=lambda q: -q.score)[:MAX_RESCUED])


def _year_rescue(query: Query, pairs: list[tuple[Hit, Citation]]) -> list[_Source]:
    """The retrieved lines that name a year outside the plan's period and state the value asked for the asked
    indicator ("Năm 2024, toàn xã có … 7/11 thôn đạt …"): the plan's past results, which ``_in_years`` keeps."""
    if query.value not in ("percent", "count", "amount", "figure") or not query.years:
        return []
    found: dict[int, _Quote] = {}
    for h, c in pairs:
        for ln, p in _body_lines(c):
            if p not in found and names_year(ln, query.years, c.section) and states_value(query, ln):
                found[p] = _Quote(ln, h, c, _score(h), p)
    return _sources(sorted(found.values(), key=lambda q: -q.score)[:MAX_RESCUED])


def _row_heads(row: str) -> frozenset[str]:
    """The headers a table row is read with ("STT: 3 | Nội dung nhiệm vụ: … | Cơ quan chủ trì: …"), folded."""
    return frozenset(fold(h).strip() for h, sep, _ in (c.partition(": ") for c in row.split(" | ")) if sep)


@lru_cache(maxsize=64)
def _table_headers(text: str) -> tuple[frozenset[str], ...]:
    """The header sets of a plan's table rows."""
    return tuple(heads for line in text.split("\n") if " | " in line and len(heads := _row_heads(line)) >= 2)


def _missing_asked_cell(query: Query, doc: Document | None, row: str) -> bool:
    """Does the question ask a column of this row's table ("Sản phẩm", "Thời gian hoàn thành") that the row
    leaves blank (a blank cell is left out of the row as read)?"""
    if doc is None or " | " not in row:
        return False
    own = _row_heads(row)
    if len(own) < 2:
        return False
    table = set().union(*(h for h in _table_headers(doc.text) if len(h & own) >= 2))
    asked = fold(query.text)
    return any(len(h) >= 6 and not re.search(r"\d", h) and re.search(rf"(?<!\w){re.escape(h)}(?!\w)", asked)
               for h in table - own)


def _with_asked_cells(query: Query, doc: Document | None, sources: list[_Source]) -> list[_Source]:
    out = []
    for src in sources:
        quotes = [q for q in src.quotes if not _missing_asked_cell(query, doc, q.text)]
        if quotes:
            src.quotes = quotes
            out.append(src)
    return out


def _stating(query: Query, sources: list[_Source], idf: dict[str, float], best: float) -> list[_Source]:
    """A value answer cites the lines that state the value asked, not their neighbours (whole sections stay)."""
    out = []
    for src in sources:
        keep = [q for q in src.quotes if q.whole or q.amending or (answers_value(query, [q.text], idf, best)
                                                     and not other_year(query, q.text))]
        if keep:
            src.quotes = keep
            out.append(src)
    return out or sources


def compose(query: Query, hits: list[Hit], citations: list[Citation], documents: dict[str, Document],
            language: str = "vi", targets: Sequence[Target] = (), rescue: bool = False) -> tuple[str, list[Citation]]:
    """Return the answer text and the citations it uses, numbered [1]..[m] in reading order.

    ``rescue``: a plan whose chosen lines state no asked figure answers by its value lines instead
    (``_value_rescue``), the last resort before a refusal.

    ``targets`` (the targets table) tells which lines are targets: they do not answer a question about the
    present state."""
    t = TEXTS.get(language, TEXTS["vi"])
    if query.years and query.plans and all((span := plan_years(documents.get(d))) and span[0] == span[1]
                                           and span[0] in query.years for d in query.plans):
        # an annual plan's figures are all of its year: the year asks nothing more, nor do its words pick lines
        # (the closing line "Trên đây là Kế hoạch … năm 2024" names it, a body's tasks do not)
        query = replace(query, years=[], text=squash_spaces(re.sub(
            rf"(?:\b(?:năm|nam|in|year)\s+)?\b(?:{'|'.join(map(str, query.years))})\b", " ", query.text, flags=re.I)))
    if query.excluded:  # "Ngoài Sở GD&ĐT, còn ai …?": the body set aside's own sections are no answer
        kept = [(h, c) for h, c in zip(hits, citations, strict=True)
                if not (h.chunk.agency and _subject(query.excluded, "", h.chunk.agency))]
        hits, citations = [h for h, _ in kept], [c for _, c in kept]
    qterms = _terms(query.text)
    by_doc: dict[str, list[tuple[Hit, Citation]]] = {}
    for h, c in zip(hits, citations, strict=True):
        by_doc.setdefault(c.doc, []).append((h, c))
    for d in list(by_doc):
        # a plan amending another one asked about answers by its changes, not by its own bases and preamble
        doc = documents.get(d)
        if doc and doc.amends and not _names_number(query.raw, doc) and any(
                (o := documents.get(e)) and doc.amends_plan(o) for e in by_doc if e != d):
            # (the bases and purpose asked are the amended plan's own: the changes say nothing of them)
            by_doc[d] = [(h, c) for h, c in by_doc[d] if c.section != PREAMBLE_SECTION
                         and query.intent not in ("legal", "purpose")]
            if not by_doc[d]:
                del by_doc[d]
    if not by_doc:
        return "", []
    raw = {d: max(_score(h) for h, _ in pairs) for d, pairs in by_doc.items()}
    top = max(raw.values())

    def own(h: Hit) -> bool:
        return h.signals.get("agency", 0) >= 0.6 and not h.signals.get("agency_alias")

    exact_agency = query.intent == "agency" and any(own(h) for h in hits)
    named = set(query.plans or []) if query.plans and len(query.plans) > 1 else set()

    def answers(d: str) -> bool:
        pairs = by_doc[d]
        if d in named:
            return True  # the question names several plans (a comparison): each one answers
        if query.intent == "agency" and any(h.signals.get("agency", 0) >= 0.6 for h, _ in pairs):
            # district counterparts (Phòng ↔ Sở) only when no plan has the exact agency
            return not exact_agency or any(own(h) for h, _ in pairs)
        if query.intent == "agency" and any(h.signals.get("mention") for h, _ in pairs):
            return raw[d] >= top - 0.5  # the agency is named in this plan's tasks, under another heading
        return raw[d] >= top - 0.15

    answering = sorted((d for d in by_doc if query.all_plans or answers(d)), key=lambda d: -raw[d])
    # a plan amending an answering one comes first (what it changes is the current text)
    amends_of = {d: [a.doc for a in amending(documents[d], documents) if a.doc in by_doc]
                 for d in answering if d in documents}
    answering = _amendments_first(answering, amends_of)
    plans: list[tuple[str, Document | None, list[_Source], float]] = []
    corpus_idf = _corpus_idf(documents)
    for d in answering:
        doc = documents.get(d)
        # the plan's own title words single out none of its lines (compared with accents: "số" ≠ "Sở")
        title_words = set(re.findall(r"\w+", fold(f"{doc.title} {doc.locality}"))) if doc else set()
        if doc and language == "en":  # "Can Giuoc's target …": the place typed without accents is no topic either
            title_words |= plain_words(doc.locality)
        # nor does its number ("… trong kế hoạch 64/KH-UBND?" chose the plan; the header line "Số: 64/KH-UBND"
        # answers nothing)
        asked = _PLAN_NUMBER_RE.sub(" ", query.text)
        # nor does the plan's issuer the question names as giving the task ("UBND xã … giao TTHTCĐ làm gì?")
        issuer_words = set(re.findall(r"\w+", fold(expand_abbreviations(query.issuer)))) - set(
            re.findall(r"\w+", fold(expand_abbreviations(query.agency or ""))))
        # (a title word the question puts in a phrase of its own stays: "chỉ tiêu huyện học tập" of the plan of
        # "huyện Mỹ Lộc" on "xây dựng xã hội học tập" asks about the "huyện học tập" title)
        title_words -= _own_phrase_words(fold(asked), fold(f"{doc.title} {doc.locality}") if doc else "")
        own_terms = _terms(" ".join(w for w in re.findall(r"\w+", fold(asked))
                                    if w not in title_words and w not in issuer_words))
        if query.intent == "target" and own_terms - _TARGET_ASK_WORDS:
            # "có chỉ tiêu … không?": the words naming the kind of ask pick no line ("… theo chỉ tiêu cụ thể" in a
            # task is no target)
            own_terms -= _TARGET_ASK_WORDS
        quotes = _select(query, by_doc[d], own_terms or qterms, query.quoted.get(d, []), doc)
        if _GRADE_RE.search(fold(query.raw)):
            # "mức độ 3" asked: a line stating only "mức độ 1, … mức độ 2" is another grade's, no answer
            quotes = [q for q in quotes if not other_grade(query.raw, q.text)]
        sources = _sources(_with_amendments(_with_appendix_total(query, _with_referenced(query, quotes, doc), doc), doc)
                           if doc else quotes)
        if sources:
            fit = max(_overlap(q.text, qterms, corpus_idf) for src in sources for q in src.quotes)
            plans.append((d, doc, sources, fit))
    if query.all_plans and not (query.intent == "agency" and exact_agency):
        # "which plans …?": a plan is listed when its best line says about as much as the best plan's
        best_fit = max((fit for *_, fit in plans), default=0.0)
        plans = [p for p in plans if p[3] >= max(WHICH_PLANS_FIT * best_fit, 0.3)]
    else:
        plans = [p for p in plans if answers(p[0])]
    if query.intent == "agency" and query.agency and query.language != "en":  # (English: the glossary's wording)
        # a body with no section, row or line of its own in a plan ("Bộ GD&ĐT" only reported to): the lines where
        # it acts or takes part answer; a line that only reports to it gives it no task
        plans = [(d, doc, sources, fit) if any(h.signals.get("agency", 0) >= 0.6 for h, _ in by_doc[d])
                 else (d, doc, _acting(query.agency, sources), fit) for d, doc, sources, fit in plans]
        plans = [p for p in plans if p[2]]
    if query.intent == "agency" and query.agency and not re.search(r"chỉ tiêu|mục tiêu|\bindicators?\b|\btargets?\b",
                                                                   f"{query.raw} {query.text}", re.I):
        plans = [(d, doc, _without_target_rows(sources, doc), fit) for d, doc, sources, fit in plans]
    # the answerability check: a plan stays only if its quoted lines state the value asked
    if query.value and query.indicator:
        best = best_indicator_fit(query, documents, corpus_idf)
    else:
        best = 1.0
    # a year outside the period ("năm 2024" of a 2025 plan): the plan's own lines for that year (its results)
    # answer, wherever retrieval put them, and no line of its targets does
    plans = [(d, doc, (_in_years(query, doc, sources) or _year_rescue(query, by_doc[d]))
              if outside_years(query, doc) else sources, fit) for d, doc, sources, fit in plans]
    if rescue:  # the plan's own value lines, when neither the chosen lines nor its targets table state the value
        plans = [(d, doc, sources, fit) if answers_value(query, _value_quotes(query, d, sources, targets), corpus_idf,
                                                         best)
                 else (d, doc, _value_rescue(query, by_doc[d], corpus_idf, best), fit) for d, doc, sources, fit in plans]
    # (a year outside the period: the lines for that year are measured alone, not against the targets' wording)
    plans = [p for p in plans if p[2] and answers_value(query, _value_quotes(query, p[0], p[2], targets), corpus_idf,
                                                        0.0 if outside_years(query, p[1]) else best)]
    plans = [(d, doc, kept, fit) for d, doc, sources, fit in plans if (kept := _in_years(query, doc, sources))]
    plans = [p for p in plans if not unset_years(query, p[1])]
    # an amount asked for one year of a plan spanning several: its lines for that year (or for every year) answer,
    # a total of the period does not ("Kinh phí năm 2027 …?" of a 2026-2030 plan stating the five years' sum)
    plans = [(d, doc, kept, fit) for d, doc, sources, fit in plans
             if (kept := _of_asked_year(query, doc, sources)) is not None]
    # a column asked ("Sản phẩm của nhiệm vụ … là gì?") that the row leaves blank: the row does not answer it
    plans = [(d, doc, kept, fit) for d, doc, sources, fit in plans
             if (kept := _with_asked_cells(query, doc, sources))]
    if query.value in ("percent", "count", "amount", "figure"):
        plans = [(d, doc, _stating(query, sources, corpus_idf, best), fit) for d, doc, sources, fit in plans]
    if (places := figure_places(query)):
        # "xã Tây Giang" asked of the plan of huyện Tiền Hải, which loads no plan of its own: only a line of the
        # district's naming that commune gives its figure; the district's own figures are not the commune's
        plans = [(d, doc, kept, fit) for d, doc, sources, fit in plans
                 if (kept := [replace(src, quotes=qs) for src in sources
                              if (qs := [q for q in src.quotes if _names_any(places, q.text)])])]

    used: list[Citation] = []
    blocks: list[str] = []
    table_rows: list[tuple[str, str]] = []
    agency_plans: list[str] = []
    in_answer = {p[0] for p in plans}
    for d, doc, sources, _ in plans:
        pairs = by_doc[d]
        if query.intent == "agency" and any(h.signals.get("agency", 0) >= 0.6 for h, _ in pairs):
            agency_plans.append(pairs[0][1].locality)
        lines_out = [plan_heading(doc, pairs[0][1], language,
                                  [documents[a] for a in amends_of.get(d, []) if a in in_answer])]
        quoted_text: list[str] = []
        cites = []
        for src in sources:
            cite = _cite(src, len(used) + 1, doc)
            used.append(cite)
            cites.append(cite)
            lines_out.append(f"_{cite.section}_")
            lines_out.extend(f"- {q.text} [{cite.n}]" for q in src.quotes)
            if src.more:
                lines_out.append(t["more"].format(k=src.more, n=cite.n))
            quoted_text.extend(q.text for q in src.quotes)
        if t["terms"]:
            # the cited headings too: an agency's section quotes its tasks, its name is only in the heading
            terms = glosses(" ".join([c.section.split(" › ")[-1] for c in cites] + quoted_text))
            if terms:
                lines_out.append("_" + t["terms"] + "; ".join(f"{vi} = {en}" for vi, en in terms) + "_")
        blocks.append("\n".join(lines_out))
        if query.intent in ("target", "deadline"):
            lead = max(sources[0].quotes, key=lambda q: q.score)
            name = pairs[0][1].locality
            if doc and doc.number and sum(1 for p in plans if p[1] and p[1].locality == name) > 1:
                name = f"{name} ({doc.number})"  # one place's plans side by side: which plan says which
            table_rows.append((name, f"{lead.text} [{cites[0].n}]"))

    if not blocks:
        return "", []
    parts: list[str] = []
    if query.missing_places:  # "so sánh Huế với Đà Nẵng": say which asked place has no loaded plan
        parts.append(t["no_place_part"].format(place=", ".join(query.missing_places)))
    if (unnamed := next((n.split(":", 1)[1] for n in query.notes if n.startswith("catch-all:")), None)) and query.agency:
        # the asker's own body, unnamed: the item for its kind as a whole answers, and the answer says so
        # ("các phòng, ban …" runs on in the sentence; a body's own name keeps its capital: "Sở Giáo dục …")
        kind = query.agency[:1].lower() + query.agency[1:] if re.match(r"(?:Các|Những)\b", query.agency) else query.agency
        parts.append(t["catch_all"].format(agency=unnamed, kind=kind))
    if query.intent == "agency" and query.agency and len(agency_plans) > 1:
        parts.append(t["plan_count"].format(n=len(agency_plans), agency=query.agency, plans=", ".join(agency_plans)))
    if len(table_rows) > 1:
        parts.append(f"| {t['plan']} | {t['value']} |\n|---|---|\n" + "\n".join(
            f"| {loc} | {cell.replace('|', '/')} |" for loc, cell in table_rows))
    parts.extend(blocks)
    return "\n\n".join(parts), used


def _names_number(text: str, doc: Document) -> bool:
    """Does the question name the plan by its own number ("KH 42", "Kế hoạch số 42/KH-UBND")?"""
    num = number_digits(doc.number)
    return bool(num) and re.search(rf"(?<![\d/]){num}(?!\d)", text) is not None


def _amendments_first(order: list[str], amends_of: dict[str, list[str]]) -> list[str]:
    """``order`` with each amending plan moved just before the first plan it amends."""
    out: list[str] = []
    for d in order:
        for a in amends_of.get(d, []):
            if a in order and a not in out:
                out.append(a)
        if d not in out:
            out.append(d)
    return out


def refusal(documents: dict[str, Document], plans: list[str] | None, language: str = "vi",
            query: Query | None = None) -> str:
    """Why nothing is answered, plainly: the asked place has no loaded plan, the plan never names the
    agency, or states no such value; then the plans searched."""
    t = TEXTS.get(language, TEXTS["vi"])
    docs = [documents[d] for d in (plans or documents) if d in documents] or list(documents.values())
    why = [t["refuse"]]
    if query is not None and query.missing_places and not query.plans:
        why = [t["no_place"].format(place=", ".join(query.missing_places))]
    elif query is not None and query.unknown_agency:
        why = [t["no_agency"].format(agency=query.unknown_agency)]
    elif query is not None and len(docs) == 1 and query.plans and (
            years := outside_years(query, docs[0]) or unchanged_years(query, docs[0])):
        why = [t["no_year"].format(plan=docs[0].locality, period=docs[0].period, years=", ".join(map(str, years)))]
    elif query is not None and len(docs) == 1 and query.plans and (years := unset_years(query, docs[0])):
        why = [t["no_target_year"].format(plan=docs[0].locality, years=", ".join(map(str, years)),
                                          keyed=", ".join(map(str, sorted(_years_keyed(docs[0])[0]))))]
    elif query is not None and query.value and query.plans:
        why = [t["no_value"].format(kind=t["kinds"][query.value])]
    return " ".join(why) + " " + plans_searched(documents, plans, language)


def plans_searched(documents: dict[str, Document], plans: list[str] | None, language: str = "vi") -> str:
    """The refusal's closing sentence: the plans searched (a few named, the rest counted)."""
    t = TEXTS.get(language, TEXTS["vi"])
    docs = [documents[d] for d in (plans or documents) if d in documents] or list(documents.values())
    names = "; ".join(f"{d.locality} ({d.title})" for d in docs[:REFUSAL_PLANS_NAMED])
    if len(docs) > REFUSAL_PLANS_NAMED:  # a portal with hundreds of plans: name a few, count the rest
        names += "; " + t["more_plans"].format(n=len(docs) - REFUSAL_PLANS_NAMED)
    return t["searched"].format(n=len(docs), plans=names)
