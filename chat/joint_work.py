"""Work two bodies do together: "Sở GD&ĐT và Hội Khuyến học thành phố cùng làm những việc gì?", "Sở LĐ-TB&XH có
phối hợp với Công an Thành phố việc gì không?". The answer is the plan's lines that name both bodies — a line of
one body's own item naming the other ("7. Hội Khuyến học thành phố: Phối hợp với Sở Giáo dục và Đào tạo kiểm tra
…"), or a line naming the two — each cited; "các sở, ngành liên quan" names neither. A plan naming both bodies but
never together answers that they are given no joint task (refused: no line to cite)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from chat.checks import is_check
from chat.extractive import with_full_forms
from chat.target_answers import quoted_plans
from chat.types import Answer
from index.store import chunk_at, plan_lines
from index.types import Query
from ingest.textnorm import fold, strip_accents
from ingest.types import PATH_SEP, Chunk, Document

# a level word ending a body's name: "Hội Khuyến học thành phố" is written "Hội Khuyến học" in its own plan's lines
_LEVEL_END_RE = re.compile(r"\s+(?:thanh pho|tinh|huyen|quan|thi xa|xa|phuong|thi tran|tp|city|province|district)$")
_DASH_RE = re.compile(r"\s*[-–—]\s*")
_LEAD_RE = re.compile(r"^(?:de nghi|giao)\s+")  # "Đề nghị Ban Tuyên giáo Huyện ủy": the body is what follows
NONE_TEXTS = {
    "vi": "Kế hoạch có nhắc {a} và {b}, nhưng không có dòng nào giao việc chung cho hai cơ quan này (không dòng nào nêu "
          "tên cả hai), nên tôi không có căn cứ để nêu việc họ cùng làm.",
    "en": "The plan names both {a} and {b}, but no line gives them a task together (none names both), so there is no "
          "basis for a joint task.",
}
UNNAMED_TEXTS = {"vi": "Kế hoạch của {place} không nhắc đến {body}, nên không có việc nào {body} cùng làm trong kế hoạch này.",
                 "en": "The {place} plan does not name {body}, so it gives {body} no task with another body."}
LEAD_TEXTS = {"vi": "Các dòng giao việc có tên cả {a} và {b}: {n}.", "en": "Lines that name both {a} and {b}: {n}."}


def _key(name: str) -> str:
    """A body's name as matched in a plan's folded, accent-free text: no "Đề nghị", no level word at its end."""
    key = _LEAD_RE.sub("", " ".join(_DASH_RE.sub(" - ", strip_accents(fold(name))).split()))
    return _LEVEL_END_RE.sub("", key)


def _names(text: str, key: str) -> bool:
    return bool(key) and re.search(rf"(?<!\w){re.escape(key)}(?!\w)", text) is not None


def _found(text: str, key: str) -> str:
    """The key as the plan writes it, or "": a name the question runs on into other words ("Sở GD&ĐT kiểm tra")
    is found by its first three or more words."""
    words = key.split()
    return next((" ".join(words[:k]) for k in range(len(words), min(len(words), 3) - 1, -1)
                 if _names(text, " ".join(words[:k]))), "")


@lru_cache(maxsize=65536)
def _plain(text: str) -> str:
    """Folded, accent-free, abbreviations beside their full forms, dashes spaced alike ("Thi đua-Khen thưởng")."""
    return " ".join(_DASH_RE.sub(" - ", strip_accents(fold(with_full_forms(text)))).split())


def joint_work_answer(query: Query, documents: dict[str, Document], chunks_of: Callable[[str], Sequence[Chunk]],
                      language: str = "vi") -> Answer | None:
    """The lines of the asked plans naming both bodies of a joint-work question, or a plain refusal when each
    plan names both but never together; ``None`` when the question names one body, or a plan names only one (the
    unknown-body refusal says which)."""
    if not query.agency or not query.partner or not query.plans or query.quoted or is_check(query):
        return None  # (a quoted sentence checked is answered by the check)
    a, b = _key(query.agency), _key(query.partner)
    if not a or not b or a == b:
        return None
    lang = language if language in NONE_TEXTS else "vi"
    blocks: list[tuple[Document, list[tuple[int, str]]]] = []
    for d in query.plans:
        doc = documents.get(d)
        if doc is None:
            return None
        whole = _plain(doc.text)
        if any(_names(_plain(doc.title), key) for key in (a, b)):
            return None  # the plan's own issuer ("Kế hoạch … của Trung tâm học tập cộng đồng"): its plan is its work
        found = [_found(whole, key) for key in (a, b)]
        for key, name in zip(found, (query.agency, query.partner), strict=True):
            if not key and re.search(r"[A-ZĐ]{2,}", name):
                return None  # a short form the plans do not spell ("Ban TĐ-KT"): not shown to be missing
            if not key:  # "Sở Du lịch" in a plan with no such body: nothing it does with another
                return Answer(answer=UNNAMED_TEXTS[lang].format(body=name, place=doc.locality), refused=True,
                              citations=[], language=language)
        ka, kb = found
        chunks = chunks_of(doc.doc)
        lines = []
        for pos, line in plan_lines(doc):
            chunk = chunk_at(chunks, pos)
            if chunk is None:
                continue
            own = _plain(PATH_SEP.join(chunk.section.split(PATH_SEP)[-2:]))  # the item the line is under
            text = _plain(line)
            if (_names(text, ka) or _names(own, ka)) and (_names(text, kb) or _names(own, kb)) \
                    and (_names(text, ka) or _names(text, kb)):
                lines.append((pos, line))
        if lines:
            blocks.append((doc, lines))
    if not blocks:
        return Answer(answer=NONE_TEXTS[lang].format(a=query.agency, b=query.partner), refused=True, citations=[],
                      language=language)
    answer = quoted_plans(blocks, chunks_of, language)
    if answer is None:
        return None
    n = sum(len(lines) for _, lines in blocks)
    answer.answer = f"{LEAD_TEXTS[lang].format(a=query.agency, b=query.partner, n=n)}\n\n{answer.answer}"
    return answer
