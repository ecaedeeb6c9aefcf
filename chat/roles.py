"""A body asked what it leads ("Phòng Nội vụ chủ trì những nhiệm vụ nào?") that the plan names only as a
coordinating body (the "Cơ quan phối hợp" column of a task table, "phối hợp với …"): it leads nothing there, so the
rows it coordinates are not an answer to what it leads — the question is refused, saying what the plan does make it.
The responsibility matrix built at ingest (``Assignment.role``) is the evidence."""

from __future__ import annotations

import re
from collections.abc import Sequence

from chat.extractive import plans_searched
from chat.types import Answer
from index.types import Query
from ingest.textnorm import fold
from ingest.types import Assignment, Document

# matched on the question lower-cased (accents kept, and without them)
# what a body leads ("… chủ trì những nhiệm vụ nào?", "… chủ trì việc gì?", "What does X lead?"); not who leads
_LEAD_ASK_RE = re.compile(r"\b(?:chủ trì|chu tri)\s+(?:(?:những|các|mấy|bao nhiêu)\s+)?(?:nhiệm vụ|việc|hoạt động|nội dung|"
                          r"công việc|gì|nhiem vu|viec|gi)\b|\bwhat (?:does|do|will)\b.{0,60}\blead\b|"
                          r"\bwhich (?:tasks?|activities|duties)\b.{0,60}\blead\b", re.I)
_WHO_LEADS_RE = re.compile(r"\bai\s+(?:là\s+)?(?:chủ trì|chu tri)\b|\bwho\s+leads?\b|\bcơ quan nào chủ trì\b", re.I)
_OTHER_ROLE_RE = re.compile(r"\bphối hợp\b|\bphoi hop\b|\btham gia\b|\bcoordinat|\bsupport|\btake part\b", re.I)
_LEVEL_TAIL_RE = re.compile(r"(?:\s+(?:thị xã|thành phố|tỉnh|huyện|quận|xã|phường|thị trấn|town|district|province|city))+$",
                            re.I)
TEXTS = {
    "vi": "Theo kế hoạch của {plan}, {body} không chủ trì nhiệm vụ nào: kế hoạch chỉ nêu {body} là cơ quan phối hợp.",
    "en": "In the plan of {plan}, {body} leads no task: the plan names {body} only as a coordinating body.",
}


def _core(name: str, doc: Document) -> str:
    """The body's name without the plan's place and the level after it ("Phòng Nội vụ thị xã Kinh Môn")."""
    text = re.sub(re.escape(doc.locality), " ", name, flags=re.I) if doc.locality else name
    return fold(_LEVEL_TAIL_RE.sub("", " ".join(text.split())))


def lead_role_refusal(query: Query, assignments: Sequence[Assignment],
                      documents: dict[str, Document]) -> Answer | None:
    """Refuse "what does X lead?" of one plan that names X only among coordinating bodies; else None."""
    if not query.agency or not query.plans or len(query.plans) != 1 or not _LEAD_ASK_RE.search(query.raw) \
            or _OTHER_ROLE_RE.search(query.raw) or _WHO_LEADS_RE.search(query.raw):
        return None
    doc = documents.get(query.plans[0])
    if doc is None:
        return None
    core = _core(query.agency, doc)
    if len(core.split()) < 2:
        return None
    named = [a for a in assignments if a.doc == doc.doc and core in fold(a.agency)]
    if not named or any(a.role != "coordinate" for a in named):
        return None
    lang = query.language if query.language in TEXTS else "vi"
    why = TEXTS[lang].format(plan=doc.locality, body=query.agency)
    return Answer(answer=f"{why} {plans_searched(documents, query.plans, lang)}", refused=True, citations=[],
                  passages=[], language=lang)
