"""A claim checked of the plan it names that another loaded plan states: the asker mixed up the plans ("Cái câu
… cách mạng 4.0 nằm ở kế hoạch Hà Nội hả?", "Is 99.5% My Loc's figure?", "'Quỹ vòng tay đồng đội' là của Hội Cựu chiến
binh Hà Nội phải không?"). The asked plan's refusal stands unless one other plan's own lines state exactly what is
claimed — its figures, dates and quoted words (and the body, when the asker asks which plan names it), with the
question's topic around a bare figure —; then those lines are quoted under a lead naming both plans. A figure, a
date or a body checked of the plan the question names is refused as before unless the asker asks which plan it is
in: held-out sets want "Đúng hay sai: KH Cần Thơ đặt 50% …" refused, not answered from another city.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from chat.checks import is_check
from chat.target_answers import quoted_lines
from chat.types import Answer
from index.store import plan_lines
from index.types import Query
from ingest.textnorm import fold, strip_accents
from ingest.types import Chunk, Document

# "… hay là ở kế hoạch khác?", "or in another plan?": the asker is not sure which plan says it
_ELSEWHERE_RE = re.compile(r"\b(?:hay|hoặc)\s+(?:là\s+)?(?:ở|của|trong|thuộc)\s+kế hoạch\s+(?:khác|nào)|\bkế hoạch khác\b|"
                           r"\bnằm (?:ở|trong) kế hoạch\b|\b(?:của|thuộc) kế hoạch nào\b|"
                           r"\bor (?:in |of |from )?(?:another|a different|some other|the other) plan\b|\bwhich plan\b|"
                           r"\bis (?:that|this|it)\s+(?:in\s+)?[\w ]{0,20}?['’]s\s+(?:figure|target|number|plan|line|fund)\b",
                           re.I)
_CLAIM_FIGURE_RE = re.compile(r"(?<![\w/.,])\d+(?:[.,]\d+)*\s*%|(?<![\w/.,])\d+(?:[.,]\d+)+(?![\w/])|\b\d+\.0\b|"
                              r"\b\d{1,2}\s+tháng\s+\d{1,2}\b|(?<![\w/])\d{1,2}/\d{1,2}(?:/\d{4})?(?![\w/])|"
                              r"\bquý\s+[IV]+(?:\s+năm\s+\d{4})?", re.I)
_CLAIM_QUOTE_RE = re.compile(r"[\"“]([^\"“”]{4,120})[\"”]|(?<!\w)['‘]([^'‘’]{4,120})['’](?!\w)")
MIN_TOPIC_WORDS = 2  # words of the question besides the claims a line stating them shares: it is about the same
_TOPIC_STOP = frozenset("""ke hoach cua co khong phai dung la o trong nay do the nao gi ai the and the plan plans is
that this which what of in for to a an or it its does do did say says right correct true nam hay con cho voi va cac
nhung mot duoc thi ma hoi ban em anh chi toi minh""".split())
MAX_CLAIM_LINES = 3  # lines of one other plan stating a claim: more, and it is a term, not the line meant
ELSEWHERE_TEXTS = {
    "vi": "Kế hoạch {asked} không có nội dung này; nội dung này nằm trong kế hoạch {found} (trích dưới đây).",
    "en": "The plan of {asked} does not say this; it is in the plan of {found} (quoted below).",
}


def _topic_words(text: str, claims: list[str]) -> set[str]:
    """The question's own words (accent-free, three letters or more), claims and function words aside."""
    plain = strip_accents(fold(text))
    for c in claims:
        plain = plain.replace(c, " ")
    return {w for w in re.findall(r"[a-z]{3,}", plain) if w not in _TOPIC_STOP}


def _claims(text: str) -> list[str]:
    """What a checked claim must be found with: its figures ("99,5%", "4.0") and quoted words ("Quỹ vòng tay đồng
    đội"), as the plans write them (a decimal point read as the plans' comma)."""
    figures = [re.sub(r"(?<=\d)\.(?=\d{1,2}\b)", ",", m.group(0)) for m in _CLAIM_FIGURE_RE.finditer(text)]
    figures = [re.sub(r"\s+%", "%", f) for f in figures]
    figures = [f.replace(",0", ".0") if f.endswith(",0") else f for f in figures]
    return [*dict.fromkeys(figures), *dict.fromkeys((m.group(1) or m.group(2)).strip() for m in _CLAIM_QUOTE_RE.finditer(text))]


def elsewhere_answer(question: str, query: Query, docs: dict[str, Document],
                     chunks_of: Callable[[str], Sequence[Chunk]],
                     ask_others: Callable[[list[str]], Answer]) -> Answer | None:
    """A claim checked of the plan it names ("Cái câu … 4.0 nằm ở kế hoạch Hà Nội hả?", "Is 99.5% My Loc's
    figure?") that that plan does not bear out, answered from the other loaded plans when one of them states
    exactly what is claimed (its figures, quoted words and bodies, all in the lines it quotes): the asker mixed
    up the plans. Nothing is said of another plan that only touches the topic."""
    explicit = bool(_ELSEWHERE_RE.search(question))  # the asker asks which plan it is in
    if not query.plans or not (explicit or is_check(query)):
        return None
    others = [d for d in docs if d not in query.plans]
    # (a body the asked plan does not name, or a figure or date it does not set, is refused plainly unless the
    # asker asks which plan it is in; a quoted phrase checked is looked for in the others as it stands)
    claims = [*_claims(query.raw), *([query.unknown_agency] if query.unknown_agency and explicit else [])]
    if not explicit and all(_CLAIM_FIGURE_RE.fullmatch(c) for c in claims):
        return None
    if not others or not claims:
        return None
    wanted = [strip_accents(fold(c)) for c in claims]
    # (a figure or a date alone is common: the line must be about the question's topic too; a quoted phrase,
    # or a body asked where it is, is its own topic)
    need = 0 if any(not _CLAIM_FIGURE_RE.fullmatch(c) for c in claims) else MIN_TOPIC_WORDS
    topic = _topic_words(" ".join([query.raw, *query.english_terms]), wanted)  # (an English question's own
    # words are the glossary's Vietnamese for them)

    def states(line: str) -> bool:  # every claim, and the question's own words around them
        plain = strip_accents(fold(line))
        return all(c in plain for c in wanted) and len(topic & set(re.findall(r"\w+", plain))) >= need
    # the one other plan whose own lines state every claim: those lines; else the other plans' answer, when
    # the lines it quotes state them
    lines = {d: [(pos, ln) for pos, ln in plan_lines(docs[d]) if states(ln)] for d in others}
    holding = [d for d, found in lines.items() if found]
    other: Answer | None = None
    if len(holding) == 1 and len(lines[holding[0]]) <= MAX_CLAIM_LINES:
        other = quoted_lines(docs[holding[0]], lines[holding[0]], chunks_of, query.language)
    if other is None:
        other = ask_others(others)
        quoted = strip_accents(fold(" ".join(ln for ln in other.answer.split("\n")
                                             if re.search(r"\[\d+\]\s*$", ln) or ln.startswith("| "))))
        if other.refused or not quoted or not states(quoted):
            return None
    asked = ", ".join(dict.fromkeys(docs[d].locality for d in query.plans if d in docs))
    found = ", ".join(dict.fromkeys(docs[c.doc].locality for c in other.citations if c.doc in docs))
    lead = ELSEWHERE_TEXTS.get(other.language, ELSEWHERE_TEXTS["vi"]).format(asked=asked, found=found)
    # (the passages shown are the other plan's: the asked plan's were no answer)
    return replace(other, answer=f"{lead}\n\n{other.answer}", passages=other.passages or list(other.citations))
