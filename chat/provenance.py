"""Where a pasted line comes from: "“vận động gây quỹ hỗ trợ thanh niên …” là nhiệm vụ của ai, trong kế hoạch nào?",
"'khong ai bi bo lai phia sau' la cua ke hoach nao, muc nao?", "Which plan says '…'?". The quote is looked up among
the lines of the loaded plans by its words (accent-free, so a quote typed without accents or lightly misquoted
still finds its line); the answer names the plan and the part the line sits in (for a task, the body's heading)
and quotes the line. A phrase several lines use is a term, answered by the ordinary path. A quote no plan holds is
refused plainly: quoting a loosely related line would tell the official a source the text does not have."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from chat.target_answers import quoted_lines
from chat.types import Answer
from index.store import plan_lines
from index.types import Query
from ingest.textnorm import fold, strip_accents
from ingest.types import Chunk, Document

_QUOTE_RE = re.compile(r"[\"“”'‘’«»]\s*([^\"“”'‘’«»]{12,400}?)\s*[\"“”'‘’«»]")
# the question asks where the quote is from, or whose / by when it is
_WHERE_RE = re.compile(r"\b(?:ke hoach nao|van ban nao|muc nao|phan nao|doan nao|nam o dau|o dau|thuoc (?:ve )?"
                       r"(?:ke hoach|muc|phan)|cua ai|ai phai|ai phu trach|ai chiu trach nhiem|nhiem vu cua ai|"
                       r"cua (?:ke hoach|van ban) nao|la cua|which plan|which section|which part|where|whose|"
                       r"who is (?:in charge|responsible)|comes? from)\b")
MIN_WORDS = 5  # a shorter quote is a title or a name ("“Công dân học tập”"), asked otherwise
FOUND = 0.8  # share of the quote's words one line holds: the line is the quote's
ABSENT = 0.55  # no line holds even this share: no loaded plan has the quote
TIE = 0.02  # lines within this share of the best hold the quote as well as it
TEXTS = {
    "vi": {"lead": "Câu được trích nằm trong kế hoạch của {plan} ({title}), mục “{section}”:",
           "none": "Không kế hoạch nào đã nạp có câu “{quote}”. Đã tìm trong {n} kế hoạch: {plans}."},
    "en": {"lead": "The quoted line is in the plan of {plan} ({title}), part “{section}”:",
           "none": "No loaded plan has the line “{quote}”. Plans searched ({n}): {plans}."},
}


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", strip_accents(fold(text)))


def _share(quote: list[str], line: set[str]) -> float:
    return sum(w in line for w in quote) / len(quote)


def provenance_answer(query: Query, documents: dict[str, Document],
                      chunks_of: Callable[[str], Sequence[Chunk]], language: str = "vi") -> Answer | None:
    """The plan line a quoted passage is from, with its plan and part; a plain refusal when no loaded plan holds
    the quote; ``None`` when the question quotes nothing to look up or the best line is only a near match."""
    m = _QUOTE_RE.search(query.raw)
    if m is None or not _WHERE_RE.search(strip_accents(fold(query.raw))):
        return None
    quote = _words(m.group(1))
    if len(quote) < MIN_WORDS:
        return None
    docs = [documents[d] for d in (query.plans or sorted(documents)) if d in documents]
    scored = [(_share(quote, set(_words(line))), doc, pos, line) for doc in docs for pos, line in plan_lines(doc)]
    best: tuple[float, Document | None, int, str] = max(scored, key=lambda x: x[0], default=(0.0, None, 0, ""))
    # lines holding the quote as fully as the best: a phrase many lines use ("Bình dân học vụ số") is a term,
    # unless one of them alone writes it word for word in that order
    tied = [x for x in scored if x[0] >= max(FOUND, best[0] - TIE)]
    phrase = " ".join(quote)
    verbatim = [x for x in tied if phrase in " ".join(_words(x[3]))]
    if len(tied) > 1 and len(verbatim) == 1:
        best, tied = verbatim[0], verbatim
    found = len(tied)
    lang = language if language in TEXTS else "vi"
    t = TEXTS[lang]
    share, doc, pos, line = best
    if share < ABSENT:
        plans = "; ".join(f"{d.locality} ({d.title})" for d in docs)
        return Answer(answer=t["none"].format(quote=m.group(1).strip(), n=len(docs), plans=plans), refused=True,
                      citations=[], passages=[], language=lang)
    if share < FOUND or doc is None or found > 1:
        return None
    quoted = quoted_lines(doc, [(pos, line)], chunks_of, lang)
    if quoted is None:
        return None
    section = quoted.citations[0].section
    quoted.answer = t["lead"].format(plan=doc.locality, title=doc.title, section=section) + "\n\n" + quoted.answer
    quoted.passages = list(quoted.citations)
    return quoted
