"""Comparison and "which plans" questions about a target, answered from the targets table.

"So sánh chỉ tiêu tỷ lệ công dân học tập giữa các kế hoạch" wants one row per loaded plan: the values it sets
for that indicator, each cited at its own line, and "không đặt chỉ tiêu này" for a plan that sets none (no
citation: there is nothing to cite). The indicator is found among the table's concepts by the question's
content words (accent-free), so any plan's wording works; the table was built at ingest, so a question only
matches words against it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence

from chat.extractive import (
    TEXTS,
    amount_clauses,
    names_year,
    other_grade,
    outside_years,
    plan_heading,
    states_value,
    subject_in,
    with_full_forms,
)
from chat.types import Answer, Citation
from index.query import BUDGET_SOURCE_RE, budget_source
from index.store import chunk_at, plan_lines
from index.types import Query
from ingest.clean import BULLET_MARK
from ingest.textnorm import fold, strip_accents
from ingest.types import PATH_SEP, Chunk, Document, Target

_COMPARE_RE = re.compile(
    r"so sánh|giữa các|các kế hoạch|kế hoạch nào|những kế hoạch|mỗi kế hoạch|từng kế hoạch|các địa phương|"
    r"địa phương nào|nơi nào|which plans?|compare|across (?:the )?plans|each plan", re.I)
_FIGURE_RE = re.compile(r"chỉ tiêu|tỷ lệ|tỉ lệ|bao nhiêu|phần trăm|%|mục tiêu|target|rate|share|percent|how (?:high|much|many)",
                        re.I)
# words every indicator question or phrase may carry: they do not say which indicator
_GENERIC = set("""ty ti le chi tieu dat so cac ke hoach nam muc phan tram bao nhieu giua sanh nao nhung moi tung
con sao cuoi dau dia phuong noi va cua cho trong ve de voi mot theo duoc co la gi the nhu the nao phan dau den toi thieu it nhat
khoang tren tro len tinh thanh pho huyen quan thi xa tran phuong province district commune city target targets rate share percent which plans plan compare across each how high much many the
of a in to for set sets what do does
cao thap hon nhat ai ben bang nhau higher lower highest lowest than
cap lien tich level""".split())  # a ranking, a level or a joint plan asked, not an indicator
_BULLET_RE = re.compile(rf"^\s*{BULLET_MARK}\s*")  # a target line's own bullet: the answer adds its own
_UNIT_CELL_RE = re.compile(r"(?:^|\|)\s*(?:Đơn vị tính|ĐVT)\s*:\s*([^|]{1,25}?)\s*(?:\||$)", re.I)
NO_TARGET_VI = "không đặt chỉ tiêu này"
NO_TARGET_EN = "sets no such target"


_PERIOD_RE = re.compile(r"\b(?:cuoi|dau|giua) ky\b")  # "cuối kỳ" says when, "kỹ năng" says what: both fold to "ky"


def _words(text: str) -> set[str]:
    folded = _PERIOD_RE.sub(" ", strip_accents(fold(text)))
    return {w for w in re.findall(r"\w+", folded) if len(w) > 1 and not w.isdigit()} - _GENERIC


def _indicator_score(qwords: set[str], t: Target) -> tuple[float, int, float] | None:
    """How well a target's indicator is what the question names: most of the question's content words are in
    the indicator (so "công dân học tập" never lands on "gia đình học tập" for sharing "học tập"), at least two
    of them, and they are a fair part of the indicator; coverage of the question first, then overlap."""
    iwords = _words(with_full_forms(t.indicator))  # "TTHTCĐ xếp loại Tốt" is asked in full words
    overlap = len(qwords & iwords)
    if overlap < 2 or not qwords:
        return None
    score = (overlap / len(qwords), overlap, overlap / len(iwords))
    return score if score[0] >= 0.6 and score[2] >= 0.3 else None


def _pick_targets(query: Query, targets: Sequence[Target], plans: Sequence[str],
                  places: frozenset[str] = frozenset()) -> dict[str, list[Target]]:
    """Per plan, the targets of the concept its wording of the question's indicator names best: plans word one
    indicator differently ("Tỷ lệ “Công dân học tập” (%)" in a table, "công dân đạt danh hiệu …" in prose),
    so each plan's own best match counts, not one concept key for all."""
    # an English question is matched by the plans' wording its glossary terms added, not its English words
    qwords = _words(query.text.replace(query.raw, "")) if query.language == "en" else _words(query.text) | _words(query.raw)
    qwords -= places  # "… của tỉnh Quảng Trị và xã Cẩm Bình": the places choose plans, not the indicator
    wanted = set(plans)
    mine = [t for t in targets if t.doc in wanted]
    best: dict[str, tuple[tuple[float, ...], str]] = {}
    for t in mine:
        score = _indicator_score(qwords, t)
        if score is None or other_grade(query.raw, t.indicator):
            continue
        # a concept with a value for the asked year first ("năm 2025": its 2025 target, not its 2024 results)
        score = (float(t.year in query.years), *score)
        if t.doc not in best or score > best[t.doc][0]:
            best[t.doc] = (score, t.concept)
    if not best:
        return defaultdict(list)
    # the concept best named overall, in every plan that has it (the concept key joins wordings the words miss);
    # a plan without it keeps its own best match
    overall = max(best.values())[1]
    # a plan has the overall concept when it sets a value for it (for the asked year, when its own concept does)
    dated = {(t.doc, t.concept) for t in mine if t.year in query.years}
    has_overall = {t.doc for t in mine if t.concept == overall
                   and not (t.doc in best and (t.doc, best[t.doc][1]) in dated and (t.doc, overall) not in dated)}
    # another concept only when its wording and the question's indicator hold each other's words, one way or the
    # other (accent-free words are loose: "công dân" meets "công nhận", "cộng đồng")
    concept = {d: c for d, (sc, c) in best.items() if d not in has_overall and (sc[1] >= 1.0 or sc[3] >= 1.0)}
    concept.update({d: overall for d in has_overall})
    out: dict[str, list[Target]] = defaultdict(list)
    for t in sorted(mine, key=lambda t: (t.doc, t.year or 0, t.start)):
        if t.doc in concept and t.concept == concept[t.doc]:
            out[t.doc].append(t)
    return out


def shown_value(t: Target, language: str = "vi") -> str:
    """The value as an official reads it: a table cell under "(%)" holds "42", which is 42%; an amount is also
    written in English words for an English question ("10 triệu đồng (10 million VND)")."""
    if t.unit == "%" and "%" not in t.value:
        return f"{t.value}%"
    if t.unit == "VND" and language == "en" and t.number:
        scale = next(((s, w) for s, w in ((1e9, "billion"), (1e6, "million"), (1e3, "thousand")) if t.number >= s),
                     (1.0, ""))
        return f"{t.value} ({t.number / scale[0]:,.{0 if t.number % scale[0] == 0 else 1}f} {scale[1]} VND)"\
            .replace("  ", " ")
    unit = _UNIT_CELL_RE.search(t.text) if t.unit == "count" and language == "vi" else None
    if unit and not re.search(r"[^\d\s.,/≥≤<>~-]", t.value) and unit.group(1).strip() not in ("%", ""):
        # a table row's unit column says what is counted: "30" under "Buổi/năm" reads "30 buổi/năm"
        return f"{t.value} {unit.group(1).strip().lower()}"
    return t.value


def place_words(doc: Document) -> set[str]:
    """The words of the plan's own place names (its locality and the units above it)."""
    return {w for name in (doc.locality, doc.province or "", *doc.parents) for w in _words(name)}


def _question_words(query: Query, doc: Document) -> set[str]:
    """The question's content words without the plan's own place names (they choose the plan, not what is
    asked); an English question by the plans' wording its glossary terms added."""
    return (_words(query.text.replace(query.raw, "")) if query.language == "en" else _words(query.text)) \
        - place_words(doc)


def target_comparison(query: Query, documents: dict[str, Document], targets: Sequence[Target],
                      chunks_of: Callable[[str], Sequence[Chunk]], language: str = "vi") -> Answer | None:
    """A plan × value table for a comparison / which-plans question about one indicator, or ``None`` when the
    question is not one or names no indicator of the targets table."""
    text = f"{query.raw} {query.text}"
    # "Tuy Hòa, Sóc Trăng và Hà Nội đặt tỷ lệ … là bao nhiêu?" names several plans: a comparison all the same
    # (one place's plans of several years — "xã Hoằng Châu" with its 2025 and 2026 plans — are no comparison)
    several = bool(query.plans and len({documents[d].locality for d in query.plans if d in documents}) > 1
                   and any(n.startswith("plans:") for n in query.notes))
    if not ((_COMPARE_RE.search(text) or several) and _FIGURE_RE.search(text)):
        return None
    if query.plans is not None and len(query.plans) < 2 or any(n.startswith("unknown-place") for n in query.notes):
        return None  # one named plan is the ordinary path's; a place with no plan is refused there
    if query.value == "amount":
        return None  # amounts are worded per plan ("mỗi Trung tâm … 12 triệu đồng"): each named plan's own lines
    # the places the question names choose plans, not the indicator (only theirs: every plan's place words would
    # take "hộ", "đình" from "Hồ Chí Minh", "Nam Định")
    places = frozenset(w for d in (query.plans or []) for name in (documents[d].locality, *documents[d].parents)
                       for w in _words(name))
    plans = list(query.plans) if query.plans else sorted(documents)
    by_doc = _pick_targets(query, targets, plans, places)
    if query.years:  # "năm 2025": each plan's values for that year, when it sets one for it
        by_doc = defaultdict(list, {d: [t for t in ts if t.year in query.years] or ts for d, ts in by_doc.items()})
    chosen = [t for ts in by_doc.values() for t in ts]
    if not chosen or (several and len([d for d in plans if by_doc.get(d)]) < len(plans)):
        # a named plan whose targets table words it otherwise ("80% hộ gia đình" in prose) is not said to set
        # none: the plans' own lines answer, each plan on its own
        return None
    by_chunk: dict[str, int] = {}
    citations: list[Citation] = []
    en = language == "en"
    rows = []
    for doc_id in plans:
        doc = documents[doc_id]
        cells = []
        for t in by_doc.get(doc_id, []):
            chunk = chunk_at(chunks_of(doc_id), t.start)  # the plan's own passages, not every plan's
            if chunk is None:
                continue
            if chunk.id not in by_chunk:
                by_chunk[chunk.id] = len(citations) + 1
                citations.append(Citation(n=by_chunk[chunk.id], doc=doc_id, title=doc.title, locality=doc.locality,
                                          section=chunk.section, text=chunk.text, start=chunk.start, end=chunk.end,
                                          score=1.0, id=chunk.id))
            year = f" ({'year' if en else 'năm'} {t.year})" if t.year else ""
            cells.append(f"{shown_value(t, language)}{year} [{by_chunk[chunk.id]}]")
        rows.append(f"| {doc.locality} | {'; '.join(cells) if cells else (NO_TARGET_EN if en else NO_TARGET_VI)} |")
    label = max((t.indicator for t in chosen), key=lambda s: (sum(t.indicator == s for t in chosen), -len(s)))
    if label[:1] in "“\"" and label[-1:] in "”\"":  # a table header cell "“Công dân học tập”"
        label = label[1:-1]
    head_rank = _ranked_lead(query, by_doc, documents, language)
    if en:
        head = (f"Target \u201c{label}\u201d across the loaded plans (values quoted from the plans; "
                f"{len(by_doc)} of {len(plans)} plans set it):")
        table = "| Plan | Value |\n|---|---|"
    else:
        head = f"Chỉ tiêu \u201c{label}\u201d trong các kế hoạch đã nạp ({len(by_doc)}/{len(plans)} kế hoạch đặt chỉ tiêu này):"
        table = "| Kế hoạch | Giá trị |\n|---|---|"
    if head_rank:
        head = f"{head_rank}\n\n{head}"
    return Answer(answer=f"{head}\n\n{table}\n" + "\n".join(rows), refused=False, citations=citations,
                  language=language)


_HIGHER_RE = re.compile(r"\b(?:cao (?:nhat|hon)|lon (?:nhat|hon)|nhieu (?:nhat|hon)|highest|higher|largest|larger)\b(?!-)")
_LOWER_RE = re.compile(r"\b(?:thap (?:nhat|hon)|nho (?:nhat|hon)|it hon|lowest|lower|smallest|smaller)\b(?!-)")


_GAP_RE = re.compile(r"\b(?:chenh(?: lech| nhau)?|cach nhau|khac nhau bao nhieu|difference|gap|how far apart)\b")


def _ranked_lead(query: Query, by_doc: dict[str, list[Target]], documents: dict[str, Document],
                 language: str) -> str:
    """"nơi nào cao nhất / ai cao hơn?": the plan(s) whose value ranks first, said before the table (values of one
    unit only; a range counts by its lower end); "" when no ranking is asked or the values do not compare."""
    asked = strip_accents(fold(query.raw))
    high, low = bool(_HIGHER_RE.search(asked)), bool(_LOWER_RE.search(asked))
    values = [t for ts in by_doc.values() for t in ts]
    if query.years and any(t.year not in query.years for t in values):
        return ""  # a plan's value of another year than asked is shown, not ranked against the asked year's
    if _GAP_RE.search(asked) and len(by_doc) == 2 and len(values) == 2 and values[0].unit == values[1].unit \
            and values[0].unit in ("%", "count") and "range" not in (values[0].bound, values[1].bound):
        # "… chênh nhau bao nhiêu?": the two values' plain difference (percentage points for shares)
        a, b = sorted(values, key=lambda t: -t.number)
        gap = f"{round(a.number - b.number, 2):g}"
        en = language == "en"
        unit = (" percentage points" if en else " điểm phần trăm") if a.unit == "%" else ""
        cells = ", ".join(f"{documents[t.doc].locality} {shown_value(t, language)}" for t in (a, b))
        return f"Difference: {gap}{unit} ({cells})." if en else f"Chênh nhau {gap.replace('.', ',')}{unit} ({cells})."
    if high == low or len(by_doc) < 2 or len({t.unit for t in values}) != 1 or values[0].unit not in ("%", "count"):
        return ""
    best = (max if high else min)(t.number for t in values)
    top = [t for t in values if t.number == best]
    en = language == "en"
    if len({t.doc for t in top}) == len(by_doc):
        return "All the plans that set it set the same value." if en else "Các kế hoạch đặt chỉ tiêu này bằng nhau."
    pair = len(by_doc) == 2  # "Mỹ Lộc hay Hà Nội, ai cao hơn?"
    which = (("higher" if pair else "highest") if high else ("lower" if pair else "lowest")) if en else \
        (("cao hơn" if pair else "cao nhất") if high else ("thấp hơn" if pair else "thấp nhất"))
    cells = "; ".join(f"{documents[t.doc].locality} — {shown_value(t, language)}"
                      + (f" ({'year' if en else 'năm'} {t.year})" if t.year else "") for t in top)
    return f"{which.capitalize()}: {cells}." if en else f"Mức {which}: {cells}."


_UNITS_OF_VALUE = {"percent": {"%"}, "count": {"count"}, "amount": {"VND"}, "figure": {"%", "count", "level"}}


def _fits(query: Query, t: Target, qwords: set[str]) -> float:
    """How well a target answers the question: the share of the question's content words its line holds,
    when the target's own indicator shares at least two words with the question and half of its words."""
    iwords, twords = _words(t.indicator), _words(t.text)
    if query.language == "en":  # the glossary's words carry accents: "cộng đồng" is not "dòng họ"
        asked = set(re.findall(r"\w+", fold(query.text.replace(query.raw, ""))))
        twords = {strip_accents(w) for w in re.findall(r"\w+", fold(t.text)) if w in asked}
        shared = qwords & {strip_accents(w) for w in re.findall(r"\w+", fold(t.indicator)) if w in asked}
    else:
        shared = qwords & iwords
    if len(shared) < min(2, len(iwords)) or len(shared) < 0.5 * len(iwords):
        return 0.0
    return len(qwords & (shared | twords)) / len(qwords)


def plan_target_answer(query: Query, documents: dict[str, Document], targets: Sequence[Target],
                       chunks_of: Callable[[str], Sequence[Chunk]], language: str = "vi") -> Answer | None:
    """A figure asked of one named plan, answered from its own targets table when the quoted passages did not
    state it: the lines of the targets that measure what was asked (a percentage, a count, an amount), each
    cited at its passage. ``None`` when the plan sets no such target: then the refusal stands.

    A target answers neither the present state ("hiện nay có bao nhiêu") nor another year than the one asked."""
    units = _UNITS_OF_VALUE.get(query.value or "")
    if units is None or query.current or not query.plans or len(query.plans) != 1 or query.unknown_agency:
        return None
    doc = documents.get(query.plans[0])
    if doc is None:
        return None
    qwords = _question_words(query, doc)
    if query.recipient:  # an amount for a body: only a line naming that body answers
        qwords |= _words(query.recipient)
    if len(qwords) < 2:
        return None
    outside = outside_years(query, doc)  # a year the period does not cover: only a target dated that year
    scored = [(_fits(query, t, qwords), t) for t in targets
              if t.doc == doc.doc and t.unit in units and not (query.years and t.year and t.year not in query.years)
              and not (outside and t.year not in outside) and not other_grade(query.raw, t.indicator)]
    scored = [(f, t) for f, t in scored if f >= 0.6 and (not query.recipient or _words(query.recipient) <= _words(t.text))
              and (units == {"VND"} or query.language != "vi" or subject_in(query.indicator, t.indicator))
              # an amount: of the asked year and source ("ngân sách xã năm 2027" is no period's total)
              and (units != {"VND"} or (states_value(query, t.text) and _amount_clause_fits(query, t.text)))]
    if not scored:
        return None
    top = max(f for f, _ in scored)
    chosen = sorted({t.start: t for f, t in scored if f >= top - 0.1}.values(), key=lambda t: t.start)
    quoted: dict[str, int] = {}  # each target line once, at its first position
    for t in chosen:
        quoted.setdefault(_BULLET_RE.sub("", t.text), t.start)
    return quoted_lines(doc, [(pos, line) for line, pos in quoted.items()], chunks_of, language)


def _amount_clause_fits(query: Query, text: str) -> bool:
    """An amount's own clause names what the money is asked for: "… 20 tỷ đồng mỗi năm; mỗi năm trao 3.000 suất
    học bổng" prices the fund, not a scholarship."""
    if not query.indicator:
        return True
    return bool(_words(query.indicator) & _words(amount_clauses(text)))


def quoted_lines(doc: Document, lines: Sequence[tuple[int, str]], chunks_of: Callable[[str], Sequence[Chunk]],
                  language: str) -> Answer | None:
    """One plan's lines (offset, text), each cited at the passage holding it; a passage's lines share its [n]."""
    return quoted_plans([(doc, lines)], chunks_of, language)


def quoted_plans(blocks: Sequence[tuple[Document, Sequence[tuple[int, str]]]],
                  chunks_of: Callable[[str], Sequence[Chunk]], language: str) -> Answer | None:
    """Each plan's lines under its heading, each line cited at the passage holding it (one numbering for all)."""
    citations: list[Citation] = []
    out: list[str] = []
    for doc, lines in blocks:
        mine: list[Citation] = []
        part: list[str] = []
        # an amended item's line comes with the line amending it and the act's line (its current words)
        amended = [(a.basis or (a.start, a.end), a) for pos, _ in lines for a in doc.amended_at(pos)]
        extra = [(b, doc.text[b[0]:b[1]]) for b, _ in amended] + [((a.start, a.end), doc.text[a.start:a.end])
                                                                  for _, a in amended]
        ordered = list(dict.fromkeys([(s, text) for (s, _), text in extra] + list(lines)))
        for pos, line in ordered:
            chunk = chunk_at(chunks_of(doc.doc), pos)
            if chunk is None:
                continue
            cite = next((c for c in mine if c.id == chunk.id), None)
            if cite is None:
                cite = Citation(n=len(citations) + len(mine) + 1, doc=doc.doc, title=doc.title, locality=doc.locality,
                                section=chunk.section, text=chunk.text, start=chunk.start, end=chunk.end, score=1.0,
                                id=chunk.id)
                mine.append(cite)
                part.append(f"_{cite.section}_")
            part.append(f"- {line} [{cite.n}]")
        if mine:
            head = plan_heading(doc, mine[0], language if language in TEXTS else "vi")
            out.extend([*([""] if out else []), head, *part])
            citations.extend(mine)
    if not citations:
        return None
    return Answer(answer="\n".join(out), refused=False, citations=citations, language=language)


MAX_YEAR_LINES = 2


def year_figure_answer(query: Query, documents: dict[str, Document], chunks_of: Callable[[str], Sequence[Chunk]],
                       language: str = "vi") -> Answer | None:
    """A figure asked of one plan for a year its period does not cover ("năm 2024 đã đạt bao nhiêu?" of a 2025
    plan), when the retrieved passages did not hold it: the plan's own lines that name that year with a figure
    and most of what the question is about (its results paragraph), each cited at its passage. ``None`` when no
    line does: then the refusal says the plan states nothing for that year."""
    if not query.plans or len(query.plans) != 1:
        return None
    doc = documents.get(query.plans[0])
    years = outside_years(query, doc)
    if doc is None or not years:
        return None
    qwords = _question_words(query, doc)
    if not qwords:
        return None
    need = max(0.5, min(2, len(qwords)) / len(qwords))
    scored = []
    for pos, line in plan_lines(doc):
        # the kind of figure asked, too: "64% hộ gia đình" is no count of households
        if names_year(line, years) and states_value(query, line):
            fit = len(qwords & _words(line)) / len(qwords)
            if fit >= need:
                scored.append((fit, pos, line))
    if not scored:
        return None
    top = max(f for f, _, _ in scored)
    chosen = sorted((p, ln) for f, p, ln in scored if f >= top - 0.1)[:MAX_YEAR_LINES]
    return quoted_lines(doc, chosen, chunks_of, language)


MAX_LEAD_VALUES = 2  # per plan: a lead line for more would restate the table row
MAX_ROW_YEARS = 5  # one indicator's years read out of its row in one lead line


def _cell_source(t: Target) -> str:
    """The budget source whose column holds a row's figure ("Ngân sách tỉnh: 10,0 tỷ đồng" → "tỉnh"), or ""."""
    for cell in t.text.split(" | "):
        head, sep, val = cell.partition(": ")
        if sep and t.value in val and (m := BUDGET_SOURCE_RE.search(head)):
            return budget_source(m)
    return ""


_LEVEL_CELL_RE = re.compile(r"^\s*cấp\s+(tỉnh|thành phố|huyện|xã|cơ sở)\s*$", re.I)
_LEVEL_ASKED_RE = re.compile(r"\bcấp\s+(tỉnh|thành phố|huyện|xã|cơ sở)\b|\b(province|district|commune)[- ]level\b", re.I)
_EN_LEVELS = {"province": "tỉnh", "district": "huyện", "commune": "xã"}


def _asked_level(query: Query) -> str:
    """The level the question asks ("ở cấp huyện", "district-level"), folded ("huyện"), or ""."""
    asked = _LEVEL_ASKED_RE.search(query.raw)
    if not asked:
        return ""
    return fold(asked.group(1)) if asked.group(1) else _EN_LEVELS[fold(asked.group(2))]


def _cell_level(t: Target) -> str:
    """The level whose column holds a row's figure ("Cấp huyện: 85%" → "huyện"), or "" (a year's column)."""
    for cell in t.text.split(" | "):
        head, sep, val = cell.partition(": ")
        if sep and val.strip() == t.value.strip() and (m := _LEVEL_CELL_RE.match(head)):
            return fold(m.group(1))
    return ""


EMPTY_LEVEL = {"vi": "Bảng chỉ tiêu của kế hoạch {plan} để trống ô cấp {level} của chỉ tiêu “{indicator}” (chỉ có: "
                      "{have}), nên kế hoạch không đặt con số cho cấp {level}.",
               "en": "The targets table of the plan of {plan} leaves the {level}-level cell of “{indicator}” empty (it "
                     "has: {have}), so the plan sets no figure for that level."}


def empty_level_refusal(query: Query, citations: Sequence[Citation], targets: Sequence[Target],
                        documents: dict[str, Document], language: str = "vi") -> str:
    """"ở cấp tỉnh / Còn cấp xã?" of a per-level targets row whose cell for that level is empty: the plan sets no
    figure there, said plainly (the row's other levels named); "" when no level is asked or the row has it."""
    level = _asked_level(query)
    if not level or not citations or not query.figure:
        return ""
    for doc_id in dict.fromkeys(c.doc for c in citations):
        doc = documents.get(doc_id)
        if doc is None:
            continue
        qwords = _question_words(query, doc)
        rows = [t for t in targets if t.doc == doc_id and _cell_level(t)
                and any(c.doc == doc_id and c.start <= t.start < c.end for c in citations)]
        scored = [(sc, t) for t in rows if (sc := _indicator_score(qwords, t)) is not None]
        if not scored:
            continue
        top = max(sc for sc, _ in scored)
        best = [t for sc, t in scored if sc == top]
        if len({t.start for t in best}) != 1 or any(_cell_level(t) == level for t in best):
            return ""
        lang = language if language in EMPTY_LEVEL else "vi"
        have = "; ".join(f"{'cấp ' if lang == 'vi' else ''}{_cell_level(t)}{'' if lang == 'vi' else ' level'} "
                         f"{shown_value(t, lang)}" for t in best)
        return EMPTY_LEVEL[lang].format(plan=doc.locality, level=level, indicator=best[0].indicator, have=have)
    return ""


def _quoted_line(text: str) -> str:
    """A target's line as an answer quotes it: whitespace squashed, without its bullet."""
    return re.sub(r"^[-+•*]\s*", "", " ".join(text.split()))[:60]


def target_lead(query: Query, citations: Sequence[Citation], targets: Sequence[Target],
                documents: dict[str, Document], language: str = "vi", quoted: str | None = None) -> str:
    """The value asked, read out of a cited table row ("Tỷ lệ “Gia đình học tập” (%), năm 2027: 61% [1]"): a
    quoted row holds every indicator's figure for its year, so the answer says which one was asked. Only targets
    inside the cited passages, of the asked year and indicator; "" when none or the present state is asked."""
    if not (query.figure and citations) or query.current or query.value in ("date", "sanction", "cadence"):
        return ""
    units = _UNITS_OF_VALUE.get(query.value or "")  # a count asked is not read out of a percentage
    out: list[str] = []
    several = len({c.doc for c in citations}) > 1  # each lead line then says whose plan it reads
    for doc_id in dict.fromkeys(c.doc for c in citations):
        doc = documents.get(doc_id)
        if doc is None:
            continue
        # an amount's question is mostly words for money: what the money is for is its indicator
        qwords = _words(query.indicator) if query.value == "amount" and query.language == "vi" and query.indicator \
            else _question_words(query, doc)
        # the words as typed too: a synonym the analysis added ("biết chữ" → "(xóa mù chữ)") must not make a
        # neighbouring indicator ("xã đạt chuẩn xóa mù chữ") fit better than the one asked
        typed = _words(query.raw) - place_words(doc) if query.language != "en" else set()
        scored = []
        mine = [t for t in targets if t.doc == doc_id]
        per_line: dict[int, int] = defaultdict(int)  # a line with several figures (a table row, "Năm 2025: …; năm 2026: …")
        for t in mine:
            per_line[t.start] += 1
        for c in citations:
            if c.doc != doc_id:
                continue
            for t in mine:
                if doc.amended_at(t.start):
                    continue  # an amended item's figure is no longer the plan's: its quote and the amendment say it
                # an amount only out of a cost table's row: a prose amount is quoted as written
                # (a line of the passage the answer does not quote is not read out: its figure is another's)
                if quoted is not None and "|" not in t.text and _quoted_line(t.text) not in quoted:
                    continue
                if c.start <= t.start < c.end and ("|" in t.text or (per_line[t.start] > 1 and units != {"VND"})) \
                        and (units is None or t.unit in units) \
                        and (t.year in query.years if query.years else True):
                    score = None if other_grade(query.raw, t.indicator) else max(
                        (sc for sc in (_indicator_score(qwords, t), _indicator_score(typed, t)) if sc is not None),
                        default=None)
                    if score is not None:
                        scored.append((score, t, c.n))
        if not scored:
            continue
        top = max(s for s, _, _ in scored)
        picked = {(t.indicator, t.year, t.value): (t, n) for s, t, n in scored if s == top}
        if query.source:  # "trong đó ngân sách tỉnh": that source's cell of the row, not every column's
            picked = {k: tn for k, tn in picked.items() if _cell_source(tn[0]) == query.source} or picked
        levels = {_cell_level(t) for t, _ in picked.values()} - {""}
        if levels and (level := _asked_level(query)):
            # "ở cấp huyện": that level's column of a per-level row; a level the row leaves empty has no figure
            picked = {k: tn for k, tn in picked.items() if _cell_level(tn[0]) == level}
            if not picked:
                continue
        rows = {(t.indicator, t.start) for t, _ in picked.values()}
        if len(rows) == 1 and not query.years and MAX_LEAD_VALUES < len(picked) <= MAX_ROW_YEARS:
            # one indicator's row, no year asked: its years in one line ("2025: 62%; 2027: 68%; 2030: 75%")
            ts = sorted(picked.values(), key=lambda tn: tn[0].year or 0)
            t0, n0 = ts[0]
            who = f"{doc.locality}: " if several else ""
            cells = "; ".join(f"{t.year}: {shown_value(t, language)}" if t.year else shown_value(t, language)
                              for t, _ in ts)
            out.append(f"**{who}{t0.indicator} — {cells}** [{n0}]")
            continue
        if len(picked) > MAX_LEAD_VALUES:
            continue
        for t, n in picked.values():
            year = f", {'year' if language == 'en' else 'năm'} {t.year}" if t.year else ""
            if level := _cell_level(t):  # a per-level table's column: "cấp huyện, năm 2030"
                year = f", {'level' if language == 'en' else 'cấp'} {level}{year}"
            who = f"{doc.locality}: " if several else ""
            out.append(f"**{who}{t.indicator}{year}: {shown_value(t, language)}** [{n}]")
    return "\n".join(out)


# "tóm tắt mục tiêu", "các chỉ tiêu năm 2026", "chỉ tiêu chính", "summarise the targets": the plan's targets as a list
_OVERVIEW_RE = re.compile(
    r"\b(?:cac|nhung|tat ca|moi) (?:chi tieu|muc tieu)\b|\b(?:tom tat|tong hop|liet ke|diem qua|tong quan)\b|"
    r"\b(?:chi tieu|muc tieu) (?:chinh|cu the|gi|nao)\b|\bsummar|\boverview\b|\b(?:list|all)\b.*\btargets\b|"
    r"\bwhat targets\b|\bwhat are\b.*\btargets\b|\b(?:which|what) of\b.*\btargets\b")
_BOUND_TEXT = {"vi": {">=": "từ {n}% trở lên", ">": "trên {n}%", "<": "dưới {n}%", "<=": "từ {n}% trở xuống"},
               "en": {">=": "at or above {n}%", ">": "above {n}%", "<": "below {n}%", "<=": "at or below {n}%"}}
# words that ask for the list or its bound and say nothing of which targets
_OVERVIEW_WORDS = set("""tom tat tong hop liet ke diem qua quan chinh cu the gom nhung gi nao sao giup toi minh em ngan gon
thoi nhe ve dat ra de summarise summarize summary overview list all main give me key are its
tro len xuong duoi tren hon it toi thieu khong qua lon nho cai co o or more above below less under over at least most
higher lower than which those set nhom trong thuoc tu""".split())
_OVERVIEW_LEAD = {"vi": "Các chỉ tiêu kế hoạch đặt ra{group}{years}: {n}.", "en": "Targets the plan sets{group}{years}: {n}."}
_BOUND_LEAD = {"vi": "Các chỉ tiêu {bound}{group}{years}: {n}.", "en": "Targets {bound}{group}{years}: {n}."}
_NONE_BOUND = {"vi": "Không có chỉ tiêu nào {bound}{group}{years}; các chỉ tiêu được hỏi là:",
               "en": "No target is {bound}{group}{years}; the targets asked about are:"}
_NO_TARGETS = {"vi": "Kế hoạch được hỏi không đặt chỉ tiêu định lượng nào (không có tỷ lệ hay con số mục tiêu).",
               "en": "The plan asked sets no quantitative targets (no rates or figures to reach)."}
_OVERVIEW_GROUP = {"vi": " trong mục “{h}”", "en": " under “{h}”"}
_OVERVIEW_YEARS = {"vi": " cho năm {y}", "en": " for {y}"}
_WHICH_RE = re.compile(r"\b(?:cai|chi tieu|muc tieu|ke hoach|noi) nao\b|\bnhung\b|\bcac chi tieu\b|\bwhich\b|\bwhat\b.*\btargets\b")
_ASKED_FIGURE_RE = re.compile(r"\d\s*%|\bphần trăm\b|\bpercent\b", re.I)
MAX_OVERVIEW_TARGETS = 48  # a province's two milestones of two dozen indicators each


def _heading_words(t: Target) -> list[set[str]]:
    """The words of each heading above a target's line ("4. Xây dựng các mô hình học tập trong xã hội")."""
    return [_words(part) for part in t.section.split(PATH_SEP)]


def _past_bound(t: Target, op: str, n: float) -> bool:
    """Is a percentage target past the bound? A range counts by the end nearer the bound ("75-80%" is 80% or
    more at best, 75% or less at worst)."""
    if t.unit != "%":
        return False
    high = t.number_max if t.number_max is not None else t.number + (1e-9 if t.bound == "min" else 0)  # "trên 60%"
    return {">=": high >= n, ">": high > n, "<": t.number < n, "<=": t.number <= n}[op]


def targets_overview_answer(query: Query, documents: dict[str, Document], targets: Sequence[Target],
                            chunks_of: Callable[[str], Sequence[Chunk]], language: str = "vi") -> Answer | None:
    """The targets a plan sets, asked as a whole ("Mỹ Lộc có những chỉ tiêu gì đến năm 2025?", "tóm tắt mục
    tiêu …"), for one group of its objectives ("các chỉ tiêu về mô hình học tập") or past a bound ("những chỉ tiêu
    từ 90% trở lên", of one plan or of every plan asked): every objective target of the year asked, each line cited
    at its passage. A question naming one indicator without a bound is left to the passages and the lead
    (``None``), as is a group the plan's headings do not name, a year it sets nothing for, a body's part."""
    if query.intent != "target" or query.current or query.agency or query.unknown_agency \
            or (not query.plans and any(n.startswith(("unknown-place:", "unloaded-place:")) for n in query.notes)):
        return None
    bound = query.bound if _WHICH_RE.search(strip_accents(fold(query.raw))) else None  # a list asked, not a check
    if bound is None and (query.value or not query.plans or len(query.plans) != 1
                          or not _OVERVIEW_RE.search(strip_accents(fold(query.raw)))
                          or _ASKED_FIGURE_RE.search(query.raw)):  # "mấy chỉ tiêu đặt ở mức 90%?": of that value
        return None
    lang = language if language in _OVERVIEW_LEAD else "vi"
    asked = [documents[d] for d in (query.plans or documents) if d in documents]
    blocks: list[tuple[Document, list[Target]]] = []
    considered: list[Target] = []  # the targets a bound was put to (none past it: they are the answer)
    group = ""
    for doc in asked:
        pool = [t for t in targets if t.doc == doc.doc and t.kind == "objective"
                and (not query.years or t.year in query.years)]
        topic = _question_words(query, doc) - _OVERVIEW_WORDS - _words(doc.title)  # (its title chose the plan)
        if topic and bound is None:  # one group of the objectives: the heading that names all its words
            pool = [t for t in pool if any(topic <= words for words in _heading_words(t))]
            if len({_BULLET_RE.sub("", t.indicator) for t in pool}) < 2:  # an indicator's own heading: no group
                return None
            group = next((_OVERVIEW_GROUP[lang].format(h=part) for part in pool[0].section.split(PATH_SEP)
                          if topic <= _words(part)), "")
        elif topic:  # a bound on one indicator or one group: its line or its heading names the words
            pool = [t for t in pool if topic <= _words(with_full_forms(t.text)).union(*_heading_words(t))]
        if bound is not None:
            considered.extend(pool)
            pool = [t for t in pool if _past_bound(t, *bound)]
        if pool:
            blocks.append((doc, sorted(pool, key=lambda t: t.start)))
    n = sum(len(pool) for _, pool in blocks)
    years = sorted({t.year for _, pool in blocks for t in pool if t.year} or set(query.years))
    when = _OVERVIEW_YEARS[lang].format(y=", ".join(map(str, years))) if len(years) == 1 else ""
    shown = _BOUND_TEXT[lang][bound[0]].format(n=f"{bound[1]:g}".replace(".", ",")) if bound else ""
    if not blocks:
        if bound is None or len(asked) != 1:
            return None
        if not any(t.doc == asked[0].doc for t in targets):
            return Answer(answer=_NO_TARGETS[lang], refused=True, citations=[], language=language)
        if not considered or len(considered) > MAX_OVERVIEW_TARGETS:
            return None
        # "có chỉ tiêu nào dưới 100% không?": none is; the targets asked about, with their figures, say so
        answer = quoted_plans([(asked[0], _target_lines(sorted(considered, key=lambda t: t.start)))], chunks_of,
                              language)
        if answer is not None:
            answer.answer = f"{_NONE_BOUND[lang].format(bound=shown, group=group, years=when)}\n\n{answer.answer}"
        return answer
    if n > MAX_OVERVIEW_TARGETS:
        return None
    answer = quoted_plans([(doc, _target_lines(pool)) for doc, pool in blocks], chunks_of, language)
    if answer is None:
        return None
    lead = _BOUND_LEAD[lang].format(bound=shown, group=group, years=when, n=n) if bound \
        else _OVERVIEW_LEAD[lang].format(n=n, group=group, years=when)
    answer.answer = f"{lead}\n\n{answer.answer}"
    return answer


def _target_lines(pool: Sequence[Target]) -> list[tuple[int, str]]:
    """The lines (offset, text) of targets, a table row holding several of them quoted once."""
    quoted: dict[str, int] = {}
    for t in pool:
        quoted.setdefault(_BULLET_RE.sub("", t.text), t.start)
    return [(pos, line) for line, pos in quoted.items()]
