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
# what a body named only as a partner or a recipient follows, in its clause ("…, phối hợp với Trạm Khuyến nông huyện",
# "báo cáo kết quả về Phòng GD&ĐT", "gửi Sở …")
_RECIPIENTS_RE = re.compile(r"^\s*nơi nhận\s*:", re.M)
_PARTNER_BEFORE_RE = re.compile(r"\b(?:phối hợp (?:chặt chẽ )?(?:với|cùng)|cùng với)\b[^;]{0,80}$|"
                                r"\b(?:báo cáo|gửi|trình)\b[^,;]{0,80}$")
TEXTS = {
    "vi": "Theo kế hoạch của {plan}, {body} không chủ trì nhiệm vụ nào: kế hoạch chỉ nêu {body} là cơ quan phối hợp.",
    "en": "In the plan of {plan}, {body} leads no task: the plan names {body} only as a coordinating body.",
}
MENTION_TEXTS = {
    "vi": "Theo kế hoạch của {plan}, {body} không chủ trì nhiệm vụ nào: kế hoạch chỉ nhắc {body} là cơ quan phối hợp "
          "hoặc nơi nhận báo cáo.",
    "en": "In the plan of {plan}, {body} leads no task: the plan names {body} only as a partner or as the body "
          "reported to.",
}


def _core(name: str, doc: Document) -> str:
    """The body's name without the plan's place (or its parents) and the level after it ("Phòng Nội vụ thị xã Kinh
    Môn", "Sở GD&ĐT tỉnh Phú Yên")."""
    text = name
    for place in (doc.locality, *doc.parents):
        text = re.sub(re.escape(place), " ", text, flags=re.I) if place else text
    return fold(_LEVEL_TAIL_RE.sub("", " ".join(text.split())))


def _leads_nothing(agency: str, doc: Document, assignments: Sequence[Assignment]) -> str:
    """Does the plan name the body only as another body's partner or as the one reported to: in its responsibility
    matrix only as coordinating, or — not in the matrix at all — only after "phối hợp với", "báo cáo … về" and the
    like in its text? "coordinate" / "mention" (how it is named), or "" when it may lead something."""
    core = _core(agency, doc)
    if len(core.split()) < 2:
        return ""
    named = [a for a in assignments if a.doc == doc.doc and core in fold(a.agency)]
    if named:
        return "coordinate" if all(a.role == "coordinate" for a in named) else ""
    text = fold(doc.text)
    body = text[:m.start()] if (m := _RECIPIENTS_RE.search(text)) else text  # ("Nơi nhận" lists, it gives nothing)
    spots = [m.start() for m in re.finditer(re.escape(core), body)]
    return "mention" if spots and all(_PARTNER_BEFORE_RE.search(body[max(0, i - 80):i].split(".")[-1].split(";")[-1])
                                      for i in spots) else ""


def lead_role_refusal(query: Query, assignments: Sequence[Assignment],
                      documents: dict[str, Document]) -> Answer | None:
    """Refuse "what does X lead?" of the asked plans when each names X only among coordinating bodies, or only as
    a partner or the one reported to; else None."""
    if not query.agency or not query.plans or not _LEAD_ASK_RE.search(query.raw) \
            or _OTHER_ROLE_RE.search(query.raw) or _WHO_LEADS_RE.search(query.raw):
        return None
    docs = [documents[d] for d in query.plans if d in documents]
    how = [_leads_nothing(query.agency, doc, assignments) for doc in docs]
    if not docs or not all(how):
        return None
    doc = docs[0]
    lang = query.language if query.language in TEXTS else "vi"
    why = (TEXTS if all(h == "coordinate" for h in how) else MENTION_TEXTS)[lang].format(plan=doc.locality,
                                                                                       body=query.agency)
    return Answer(answer=f"{why} {plans_searched(documents, query.plans, lang)}", refused=True, citations=[],
                  passages=[], language=lang)


# who is given a task ("Ai chủ trì tổ chức Tuần lễ …?", "Việc … do cơ quan nào thực hiện?", "Who organises …?")
_WHO_DOES_RE = re.compile(
    r"\b(?:ai|cơ quan nào|đơn vị nào|sở nào|phòng nào|ban nào|bộ phận nào|tổ chức nào)\s+(?:là\s+)?(?:được giao\s+|sẽ\s+|phải\s+)?"
    r"(?:chủ trì|phụ trách|chịu trách nhiệm|thực hiện|tổ chức|triển khai|đảm nhận|làm đầu mối|tham mưu|xây dựng|lo)\b|"
    r"\b(?:do|giao cho|giao)\s+(?:ai|cơ quan nào|đơn vị nào|sở nào|phòng nào|bộ phận nào)\b|"
    r"\bwho\s+(?:is\s+|will\s+be\s+)?(?:responsible|in charge|leads?|organi[sz]es|runs|carries out|must)\b|"
    r"\bwhich (?:office|agency|body|department|unit)\s+(?:is\s+)?(?:responsible|in charge|leads?|organi[sz]es|runs|carries out|must)\b",
    re.I)
# a line naming a body: a head word and a capitalised name ("Giao Sở Giáo dục và Đào tạo chủ trì", "UBND các xã")
_BODY_NAMED_RE = re.compile(r"\b(?:Sở|Phòng|Ban|Hội|Ủy ban|Uỷ ban|UBND|Trung tâm|Đoàn|Công an|Bộ|Liên đoàn|Mặt trận|Thư viện|Đài|"
                            r"Báo|Trường|Văn phòng|Cục|Chi cục|Viện|Bảo tàng|Trạm|Huyện đoàn|Thành đoàn|Tỉnh đoàn|Bưu điện|"
                            r"Ngân hàng|Quỹ)\s+(?:[A-ZĐ]|các\s+(?:xã|phường|huyện|quận|thị|cấp))")
# a second ask beside who ("… và khi nào xong?", "… ở ấp nào?", "quy mô ra sao?")
_OTHER_ASK_RE = re.compile(r"\b(?:khi nào|bao giờ|bao nhiêu|mấy|ở đâu|ra sao|thế nào|(?:ấp|xã|thôn|năm|tháng) nào|when|how "
                           r"(?:many|much)|where)\b", re.I)
# a table row naming its lead in a cell ("Cơ quan: Tỉnh đoàn", "Đơn vị chủ trì: Các trường …")
_LEAD_CELL_RE = re.compile(r"\b(?:cơ quan|đơn vị|bộ phận)(?:\s+chủ trì)?\s*:|\bchủ trì\s*:", re.I)
UNASSIGNED_TEXTS = {
    "vi": "Kế hoạch của {plan} có nêu việc này nhưng không giao cho cơ quan, đơn vị cụ thể nào chủ trì, nên tôi không có "
          "căn cứ để trả lời.",
    "en": "The plan of {plan} sets out this task but gives it to no particular body, so there is no basis for an answer.",
}


def unassigned_task_refusal(query: Query, cited: Sequence[tuple[str, str, str | None]], language: str) -> str | None:
    """"Ai chủ trì …?" answered only by lines that give the task to nobody — lines of the plan's tasks part, outside
    any body's section, naming no body — is refused: quoting them would pass the plan's silence off as an answer.
    ``cited``: (plan's place, quoted text, the body whose section holds it — or "" for a line outside the tasks
    part, which is not judged — or None) of the answer's citations. Only a question asking who alone is judged
    ("đơn vị nào lo … và quy mô ra sao?" is answered by its figure)."""
    who = _WHO_DOES_RE.search(query.raw)
    if not cited or who is None or _OTHER_ASK_RE.search(query.raw):
        return None
    # (a body named after the ask is the task's object: "đơn vị nào … thí điểm mô hình trung tâm học tập …")
    if query.agency and not fold(query.raw).find(fold(query.agency)) > who.start():
        return None
    if any(body is not None or _BODY_NAMED_RE.search(text) or _LEAD_CELL_RE.search(text) for _, text, body in cited):
        return None
    lang = language if language in UNASSIGNED_TEXTS else "vi"
    return UNASSIGNED_TEXTS[lang].format(plan=", ".join(dict.fromkeys(place for place, _, _ in cited)))


_TASKS_PART_RE = re.compile(r"nhiệm vụ|giải pháp", re.I)


def section_body(doc: Document | None, pos: int) -> str | None:
    """The body whose section (or an item inside it) holds the offset; "" when the offset lies outside the plan's
    tasks part (its aims, targets or preamble give tasks to no one by design); None in the tasks part, no body's."""
    if doc is None:
        return ""
    if body := doc.body_at(pos):
        return body
    top = min((sec for sec in doc.sections if sec.start <= pos < sec.end), key=lambda sec: sec.level, default=None)
    return None if top is not None and _TASKS_PART_RE.search(top.title) else ""
