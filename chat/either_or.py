"""A value half-remembered as one of two: "chỉ tiêu … là 40% hay 50%?", "hạn là 10/12 hay 15/12?", "số 47/KH-BCĐ
hay 74/KH-BCĐ?", "70% or 80%?".

Neither option is a premise to refuse on: the plan's line that states the asked value answers, and the line where
the other value stands (what it belongs to) is quoted beside it, so the asker sees why the two were confused. A plan
that writes neither value is refused plainly.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache

from chat.compound import merge  # (the compound ask's merge numbers the citations once)
from chat.extractive import outside_years, plans_searched, unset_years
from chat.types import Answer
from chat.value_lookup import cited_lines
from index.store import plan_lines
from index.types import Query
from ingest.textnorm import fold, plain_words, strip_accents
from ingest.types import Chunk, Document

_PERCENT = r"\d{1,3}(?:[.,]\d{1,2})?\s*%"
_DATE = r"\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*(?:19|20)\d\d)?(?!\d)(?!\s*[-/]\s*[A-ZĐa-zđ\d])"
_NUMBER = r"\d{1,5}\s*[-/]\s*[A-ZĐ]{2,}(?:\s*[-/]\s*[A-ZĐ&]{2,})*"  # a document's number ("74/KH-BCĐ", "23-NQ/TU")
_KINDS = (("percent", _PERCENT), ("number", _NUMBER), ("date", _DATE))
_OR = r"\s*[,)]?\s*(?:hay là|hay|hoặc là|hoặc|hay không phải|or(?: is it)?)\s+(?:là\s+|ngày\s+|số\s+)?"
_EITHER_RES = [(kind, re.compile(rf"(?<![\w/.,])({pattern}){_OR}({pattern})", re.I)) for kind, pattern in _KINDS]
MAX_OPTION_LINES = 2  # lines quoted for each option the answer does not already state

TEXTS = {
    "vi": {"right": "Kế hoạch ghi {right}, không phải {wrong}.",
           "other": "“{value}” trong kế hoạch thuộc dòng sau:",
           "both": "Các dòng của kế hoạch ghi {a} và {b}:",
           "neither": "Kế hoạch được hỏi không ghi {a} hay {b} ở đâu, nên tôi không có căn cứ để chọn.",
           "body": "Kế hoạch giao việc này cho {right} (mục trích dưới đây)."},
    "en": {"right": "The plan gives {right}, not {wrong}.",
           "other": "“{value}” stands in the plan in this line:",
           "both": "The plan's lines giving {a} and {b}:",
           "neither": "The plan asked about gives neither {a} nor {b}, so there is no basis to choose.",
           "body": "The plan gives this to {right} (the item quoted below)."},
}


@lru_cache(maxsize=256)
def either_options(raw: str) -> tuple[str, str, str] | None:
    """(kind, first, second) when the question offers two values of one kind to choose from, else None (read once
    per question: the premise check, the refusal and the answer all ask)."""
    for kind, pattern in _EITHER_RES:
        if m := pattern.search(raw):
            a, b = _squash(m.group(1)), _squash(m.group(2))
            if _key(a, kind) != _key(b, kind):
                return kind, a, b
    return None


def _squash(value: str) -> str:
    return re.sub(r"\s+", "", value)


def _key(value: str, kind: str) -> str:
    if kind == "date":
        return "/".join(str(int(p)) for p in value.split("/")[:2])
    return strip_accents(fold(value)).replace(",", ".")


@lru_cache(maxsize=256)
def _value_re(value: str, kind: str) -> re.Pattern[str]:
    """The value as a plan may write it: "55,55%" or "55.55 %", "10/12" or "10 tháng 12", "74/KH-BCĐ" or "74/KH- BCĐ"."""
    if kind == "percent":
        number = r"[.,]".join(re.escape(p) for p in re.split(r"[.,]", value.rstrip("%")))
        return re.compile(rf"(?<![\d.,]){number}\s*%")
    if kind == "date":
        day, month, *year = value.split("/")
        d, m = int(day), int(month)
        slash = rf"(?<![\d/])0?{d}\s*/\s*0?{m}(?!\d)" + (rf"\s*/\s*/?\s*{year[0]}" if year else "")  # "23/12//2021"
        words = rf"\bngày\s+0?{d}\s+tháng\s+0?{m}\b" + (rf"\s+năm\s+{year[0]}" if year else "")
        return re.compile(f"{slash}|{words}", re.I)
    digits, _, rest = re.match(r"(\d+)\s*([-/])\s*(.*)$", value).groups()  # type: ignore[union-attr]
    parts = [re.escape(p) for p in re.split(r"\s*[-/]\s*", rest)]
    return re.compile(rf"(?<!\d){int(digits):d}\s*[-/]\s*" + r"\s*[-/]\s*".join(parts), re.I)


def _best_lines(doc: Document, value: str, kind: str, asked: set[str]) -> list[tuple[int, str]]:
    """The plan's lines stating the value, those sharing most words with the question first."""
    pattern = _value_re(value, kind)
    lines = [(pos, ln) for pos, ln in plan_lines(doc) if pattern.search(ln)]
    lines.sort(key=lambda pl: -len(plain_words(pl[1]) & asked))
    # (a figure's best line names what it measures; a date or a number may stand in two lines — task and report)
    return lines[:1] if kind == "percent" else lines[:MAX_OPTION_LINES]


def _states(text: str, value: str, kind: str) -> bool:
    return _value_re(value, kind).search(text) is not None


def either_refusal(query: Query, documents: dict[str, Document]) -> Answer | None:
    """Refuse plainly when the asked plans write neither value offered."""
    options = either_options(query.raw)
    docs = [documents[d] for d in query.plans or () if d in documents]
    if options is None or not docs:
        return None
    kind, a, b = options
    if any(_states(d.text, v, kind) for d in docs for v in (a, b)):
        return None
    lang = query.language if query.language in TEXTS else "vi"
    why = TEXTS[lang]["neither"].format(a=a, b=b)  # (then the plans searched, as every refusal says)
    return Answer(answer=f"{why} {plans_searched(documents, query.plans, lang)}", refused=True, citations=[],
                  passages=[], language=lang)


def _additions(options: tuple[str, str, str], query: Query, answer: Answer, documents: dict[str, Document],
               chunks_of: Callable[[str], Sequence[Chunk]]) -> tuple[str | None, list[Answer]]:
    """(a lead saying which value the answer's lines state, the lines stating each value the answer does not)."""
    kind, a, b = options
    lang = answer.language if answer.language in TEXTS else "vi"
    t = TEXTS[lang]
    plans = list(query.plans or []) or list(dict.fromkeys(c.doc for c in answer.citations))
    docs = [documents[d] for d in plans if d in documents]
    quoted = "" if answer.refused else answer.answer
    stated = [v for v in (a, b) if _states(quoted, v, kind)]
    lead = t["right"].format(right=stated[0], wrong=(b if stated[0] == a else a)) if len(stated) == 1 else None
    asked = plain_words(query.raw) - {"hay", "or", "la", "is"}
    extra: list[Answer] = []
    for value in (a, b):
        if value in stated:
            continue
        for doc in docs:
            lines = _best_lines(doc, value, kind, asked)
            if lines and (cited := cited_lines(doc, lines, t["other"].format(value=value), chunks_of, lang)):
                extra.append(cited)
                break
    return lead, extra


INDICATOR_WORDS = 4  # the asked indicator's leading words (its tail is often the asker's chatter)
INDICATOR_FIT = 0.6  # share of their word pairs a line must hold to be about the indicator asked


def _fits(text: str, query: Query) -> bool:
    """Is a quoted line about the indicator asked ("công dân học tập" in "40% công dân đạt danh hiệu công dân học
    tập")?"""
    lead = re.findall(r"\w+", strip_accents(fold(query.indicator)))[:INDICATOR_WORDS]
    pairs = set(zip(lead, lead[1:], strict=False))  # (word pairs: "công nhận … học tập" is no "công dân học tập")
    words = re.findall(r"\w+", strip_accents(fold(text)))
    return bool(pairs) and len(pairs & set(zip(words, words[1:], strict=False))) / len(pairs) >= INDICATOR_FIT


def with_options(query: Query, answer: Answer, documents: dict[str, Document],
                 chunks_of: Callable[[str], Sequence[Chunk]]) -> Answer:
    """The answer with the lead saying which offered value the plan gives and the lines stating the other; a refusal
    of the value asked stands unless the plan's lines state one of the values."""
    options = either_options(query.raw)
    if options is None:
        return _with_body(query, answer)
    lead, extra = _additions(options, query, answer, documents, chunks_of)
    if not extra:
        return replace(answer, answer=f"{lead}\n\n{answer.answer}") if lead else answer
    if answer.refused:
        kind, a, b = options
        docs = [documents[d] for d in query.plans or () if d in documents]
        if kind == "percent" and (not any(_fits(e.answer, query) for e in extra) or any(
                outside_years(query, d) or unset_years(query, d) for d in docs)):
            # a figure in lines about something else, or for a year the plan sets nothing for: the refusal stands
            # (a date or a document's number is found as written, whatever it is about)
            return answer
        t = TEXTS[answer.language if answer.language in TEXTS else "vi"]
        found = [v for v in (a, b) if any(_states(e.answer, v, kind) and (kind != "percent" or _fits(e.answer, query))
                                          for e in extra)]
        lead = t["right"].format(right=found[0], wrong=b if found[0] == a else a) if len(found) == 1 \
            else t["both"].format(a=a, b=b)
        answer, extra = extra[0], extra[1:]  # (the refusal gives way to the lines found)
    for more in extra:
        answer = merge(answer, more, ("", ""))
    return replace(answer, answer=f"{lead}\n\n{answer.answer}") if lead else answer


def _with_body(query: Query, answer: Answer) -> Answer:
    """Two bodies offered ("Công an hay Bộ CHQS chủ trì …?"): the lead names the one whose item the answer quotes;
    nothing is said when it quotes both or neither."""
    pair = next((n.split(":", 1)[1].split("|") for n in query.notes if n.startswith("either-bodies:")), None)
    if not pair or answer.refused or not answer.citations:
        return answer
    heads = [fold(f"{c.section} {c.text[:80]}") for c in answer.citations]  # (an item's path and its opening words)
    named = [b for b in pair if fold(b) in heads[0]]
    if len(named) != 1 or any(fold(b) in h for b in pair if b != named[0] for h in heads):
        return answer
    body, cited = named[0], answer.citations[0]
    item = re.sub(r"^(?:\d+(?:\.\d+)*\.|[a-zđ]\))\s*", "", cited.section.split("›")[-1].strip())
    t = TEXTS[answer.language if answer.language in TEXTS else "vi"]
    lead = t["body"].format(right=item if fold(body) in fold(item) else body)
    return replace(answer, answer=f"{lead}\n\n{answer.answer}")
