"""A figure or a year the question puts forward to be checked ("… là 55,55% phải không?", "Is it true that … 50%
…?", "Chỉ tiêu 40% … là cho năm 2030 à?").

The quoted lines answer it either way; the lead says plainly whether the plan states that figure, so an official
who asked to confirm a number does not read a different one as a yes. A year the plan names nothing for is the
claim's error, not a constraint the answer must meet: the lines are found without it and the lead says so.
"""

from __future__ import annotations

import re
from dataclasses import replace

from chat.either_or import either_options
from chat.extractive import plan_years, plans_searched, target_years
from chat.types import Answer
from index.query import puts_forward
from index.retrieve import MONEY_RE as MONEY_IN_LINE_RE
from index.types import Query
from ingest.textnorm import fold, strip_accents
from ingest.types import Document

_FIGURE_RE = re.compile(r"(?<![\w/.,])(\d+(?:[.,]\d+)?)\s*%")
YEAR_TEXTS = {
    "vi": "Không: kế hoạch không đặt chỉ tiêu này cho năm {years}; năm và mức kế hoạch nêu ở dòng trích dẫn dưới đây.",
    "en": "No: the plan sets nothing for {years}; the year and figure it does set are in the line quoted below.",
}
TEXTS = {
    "vi": {"yes": "Đúng: kế hoạch nêu mức {figure} (dòng trích dẫn dưới đây).",
           "no": "Không: kế hoạch không đặt mức {figure} cho nội dung được hỏi; mức kế hoạch đặt ra ở dòng trích dẫn dưới "
                 "đây."},
    "en": {"yes": "Yes: the plan states {figure} (quoted below).",
           "no": "No: the plan does not set {figure} for this; the figure it sets is in the line quoted below."},
}


def _as_number(figure: str) -> float:
    return float(figure.replace(",", "."))


def checked_figure_lead(query: Query, text: str, language: str) -> str | None:
    """"Đúng: …" / "Không: …" when the question checks one percentage and the answer quotes lines; else None."""
    if not text or not puts_forward(f"{query.raw} {query.text}"):  # (typed unaccented: the restored text)
        return None
    asked = {m.group(1) for m in _FIGURE_RE.finditer(query.raw)}
    if len(asked) != 1:
        return None
    figure = asked.pop()
    stated = any(_as_number(m.group(1)) == _as_number(figure) for m in _FIGURE_RE.finditer(text))
    t = TEXTS.get(language, TEXTS["vi"])
    return t["yes" if stated else "no"].format(figure=f"{figure}%")


def is_check(query: Query) -> bool:
    """Does the question put something forward to be confirmed ("… phải không?", "is it true that …")?"""
    return puts_forward(query.raw, query.text)


def checked_year(query: Query, documents: dict[str, Document]) -> tuple[Query, str | None]:
    """A checked claim's year that none of the asked plans names: the query without it, and the lead saying so."""
    docs = [documents[d] for d in query.plans or () if d in documents]
    if not (query.years and docs and query.figure and is_check(query)):
        return query, None
    def wrong(y: int, d: Document) -> bool:  # neither a year it keys targets by, nor in its period when it keys none
        span = plan_years(d)
        return y not in target_years(d) and (bool(target_years(d)) or (span is not None and not span[0] <= y <= span[1]))

    if not all(wrong(y, d) for d in docs for y in query.years):
        return query, None
    years = ", ".join(map(str, query.years))
    lead = YEAR_TEXTS.get(query.language, YEAR_TEXTS["vi"]).format(years=years)
    return replace(query, years=[], notes=[*query.notes, f"checked-year:{years}"]), lead


# a figure the question takes as given ("Mức hỗ trợ 25 triệu đồng … áp dụng từ năm nào?"), not a threshold it asks about
# (lower case: "2030 Triệu Sơn" names a place)
_PREMISE_AMOUNT_RE = re.compile(r"(?<![\w.,/])(\d+(?:[.,]\d+)*)\s*(triệu|tỷ|tỉ)(?!\s*l[ệe])\b")
_PREMISE_PERCENT_RE = re.compile(r"(?<![\w.,/])(\d+(?:[.,]\d+)?)\s*%")
_THRESHOLD_RE = re.compile(r"\b(?:trên|dưới|hơn|từ|ít nhất|tối thiểu|tối đa|khoảng|gần|vượt|quá|above|over|below|under|"
                           r"at least|more than|less than|than|about|around)\s*$", re.I)
PREMISE_TEXTS = {
    "vi": "Kế hoạch được hỏi không nêu mức {figure}, nên câu hỏi dựa trên một con số kế hoạch không có; tôi không có căn "
          "cứ để trả lời.",
    "en": "The plan asked about states no {figure}, so the question rests on a figure the plan does not give; there is "
          "no basis for an answer.",
}


def _states(docs: list[Document], m: re.Match[str], unit: str | None = None) -> bool:
    """Does one of the plans write the figure matched ("25 triệu", "60%"), as a figure of its own (not the end of
    a longer one)? ``unit`` "%" for a percentage, else the match's own unit word."""
    tail = rf"\s*{re.escape(m.group(2))}" if unit is None else r"\s*%"
    # (a decimal or thousands mark either way: "99.5%" asked in English is the plans' "99,5%")
    number = r"[.,]".join(re.escape(p) for p in re.split(r"[.,]", m.group(1)))
    stated = re.compile(rf"(?<![\d.,]){number}{tail}", re.I)
    return any(stated.search(d.text) for d in docs)


def premise_refusal(query: Query, documents: dict[str, Document]) -> Answer | None:
    """A plain refusal when the question takes as given an amount or a percentage that none of the asked plans
    states (a question checking a figure — "… phải không?" — is answered, its lead saying no)."""
    docs = [documents[d] for d in query.plans or () if d in documents]
    if not docs or is_check(query) or query.bound or any(n.startswith("followup:") for n in query.notes) \
            or either_options(query.raw):
        return None  # (a bound asked, "chỉ tiêu nào từ 90% trở lên?", asserts no figure; nor do two offered)
    for pattern, unit in ((_PREMISE_AMOUNT_RE, None), (_PREMISE_PERCENT_RE, "%")):
        for m in pattern.finditer(query.raw):
            if _THRESHOLD_RE.search(query.raw[:m.start()]):
                continue
            if not _states(docs, m, unit):
                lang = query.language if query.language in PREMISE_TEXTS else "vi"
                why = PREMISE_TEXTS[lang].format(figure=m.group(0))
                return Answer(answer=f"{why} {plans_searched(documents, query.plans, lang)}", refused=True,
                              citations=[], passages=[], language=lang)
    return None


UNSTATED_AMOUNT_TEXTS = {
    "vi": "Kế hoạch được hỏi không nêu mức tiền nào cho việc này (không có mức {figure}), nên tôi không có căn cứ để "
          "xác nhận.",
    "en": "The plan asked about states no amount of money for this (no {figure}), so there is no basis to confirm it.",
}


def unstated_amount_refusal(query: Query, quoted: str, documents: dict[str, Document]) -> Answer | None:
    """A question checking an amount of money ("thưởng 5 triệu đồng … phải không?") whose quoted lines state no
    amount at all, and whose plans never state the amount checked: refused plainly — lines on the matter that
    set no money neither confirm nor deny it. (Quoted lines with another amount answer: they say what it is.)"""
    if not is_check(query) or MONEY_IN_LINE_RE.search(quoted):
        return None
    docs = [documents[d] for d in query.plans or () if d in documents]
    for m in _PREMISE_AMOUNT_RE.finditer(query.raw):
        if docs and not _states(docs, m):
            lang = query.language if query.language in UNSTATED_AMOUNT_TEXTS else "vi"
            why = UNSTATED_AMOUNT_TEXTS[lang].format(figure=m.group(0))
            return Answer(answer=f"{why} {plans_searched(documents, query.plans, lang)}", refused=True,
                          citations=[], passages=[], language=lang)
    return None


OPTION_TEXTS = {
    "vi": {"one": "Đáp án theo kế hoạch: {letter} ({option}) — dòng trích dẫn dưới đây.",
           "none": "Không phương án nào ({letters}) trùng với mức kế hoạch nêu ở dòng trích dẫn dưới đây."},
    "en": {"one": "The plan bears out option {letter} ({option}) — quoted below.",
           "none": "None of the options ({letters}) matches the figure the plan states in the line quoted below."},
}
_NUMBER_RE = re.compile(r"(?<![\w/.,])(\d+(?:[.,]\d+)*)\s*(%|[^\W\d]+)?")


def _figures(text: str) -> set[tuple[str, str]]:
    """The figures of a text with the word after each ("60%" → ("60", "%"), "30 tỷ" → ("30", "tỷ"))."""
    return {(m.group(1).rstrip(".,"), (m.group(2) or "").lower()) for m in _NUMBER_RE.finditer(fold(text))}


def option_lead(options: tuple[tuple[str, str], ...], text: str, language: str) -> str | None:
    """Which option of a multiple-choice question the quoted lines bear out: the one option whose figures the lines
    state, or — options that are all figures — none. Options in words are matched whole; nothing is said when
    several match or a worded option matches nothing (the plan's wording may differ)."""
    if not options or not text:
        return None
    t = OPTION_TEXTS.get(language, OPTION_TEXTS["vi"])
    quoted = "\n".join(ln for ln in text.split("\n") if re.search(r"\[\d+\]\s*$", ln)) or text  # not the plan's title
    body = fold(quoted)
    stated = _figures(quoted)
    hits = []
    numeric = True
    for letter, option in options:
        figures = _figures(option)
        if figures and len(strip_accents(fold(option))) <= 24:
            if figures <= stated:
                hits.append((letter, option))
        else:
            numeric = False
            if fold(option).strip(" .") in body:
                hits.append((letter, option))
    if len(hits) == 1:
        return t["one"].format(letter=hits[0][0], option=hits[0][1])
    if not hits and numeric:
        return t["none"].format(letters=", ".join(letter for letter, _ in options))
    return None


PREDECESSOR_TEXTS = {
    "vi": "Kế hoạch không có tên {new}; kế hoạch giao việc cho {old} — cơ quan đã hợp nhất vào {new} khi sắp xếp bộ máy "
          "năm 2025. Dưới đây là phần kế hoạch giao cho {old}.",
    "en": "The plan does not name {new}; it gives the tasks to {old}, which was merged into {new} in the 2025 "
          "reorganisation. Below is what the plan gives {old}.",
}


def predecessor_lead(notes: list[str], language: str) -> str | None:
    """The lead of an answer about a department the plan knows by its name before the 2025 mergers."""
    note = next((n for n in notes if n.startswith("predecessor:")), None)
    if note is None:
        return None
    new, old = note.split(":", 1)[1].split("=", 1)
    return PREDECESSOR_TEXTS.get(language, PREDECESSOR_TEXTS["vi"]).format(new=new, old=old)
