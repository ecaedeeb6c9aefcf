"""A claim about which body holds a role, put forward to be checked ("Hội Khuyến học là cơ quan thường trực phải
không?", "Có phải Sở Tài chính là cơ quan đầu mối?", "Is the Women's Union the standing body?").

The body's own lines would answer with its tasks and leave the official reading them as a yes; the plan's line that
gives the role says who holds it. The answer leads with "Đúng" / "Không" and quotes that line. A role the plan gives
to nobody is left to the other answers (a body's tasks, or a refusal).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from chat.extractive import with_full_forms
from chat.target_answers import quoted_lines
from chat.types import Answer
from index.store import plan_lines
from index.types import Query
from ingest.textnorm import fold, strip_accents
from ingest.types import Chunk, Document

# "<body> là <role> (của kế hoạch …)(,) phải không?" / "Có phải <body> là <role> không?" (lower case, accents kept)
_CLAIM_RE = re.compile(
    r"^(?:(?:ở|tại|theo kế hoạch(?: của)?)\s+[^,]{2,40},\s*)?(?:(?:vậy|thế|còn|thế còn|vậy thì)\s+)?(?:có phải(?: là)?\s+)?"
    r"(?P<body>[^,?]{3,80}?)(?:\s+cũng)?\s+(?:là|làm)\s+"
    r"(?P<role>(?:cơ quan|đơn vị|bộ phận)\s+(?:thường trực|đầu mối|chủ trì|tham mưu|điều phối)|thường trực|đầu mối)\b"
    r"[^?]{0,60}?(?:phải không|đúng không|đúng chứ|không|à|hả|chứ|nhỉ)\s*\??\s*$")
_EN_CLAIM_RE = re.compile(
    r"^(?:is|was)\s+(?:it\s+true\s+that\s+)?(?P<body>[^?]{3,80}?)\s+(?:is\s+)?the\s+(?P<role>standing body|focal point|"
    r"lead(?:ing)? (?:agency|body)|coordinating (?:agency|body))\b[^?]*\??\s*$", re.I)
_EN_ROLES = {"standing body": "cơ quan thường trực", "focal point": "cơ quan đầu mối", "lead agency": "cơ quan chủ trì",
             "leading agency": "cơ quan chủ trì", "lead body": "cơ quan chủ trì", "leading body": "cơ quan chủ trì",
             "coordinating agency": "cơ quan điều phối", "coordinating body": "cơ quan điều phối"}
# a line giving the role: "- Là cơ quan thường trực; …" (the section's body) or "Giao Sở X là cơ quan thường trực"
_LEAD_IN_RE = re.compile(r"^(?:[-+•*]\s*)?(?:[a-zđ0-9][.)]\s*)?(?:giao|đề nghị)?\s*", re.I)
_LEVEL_WORDS = {"tỉnh", "thành", "phố", "huyện", "thị", "xã", "quận", "phường", "trấn", "của", "kế", "hoạch", "ubnd"}
TEXTS = {
    "vi": {"yes": "Đúng: theo kế hoạch của {plan}, {holder} là {role} (dòng trích dẫn dưới đây).",
           "no": "Không: theo kế hoạch của {plan}, {role} là {holder}, không phải {body} (dòng trích dẫn dưới đây)."},
    "en": {"yes": "Yes: in {plan}'s plan, {holder} is the {role} (quoted below).",
           "no": "No: in {plan}'s plan, the {role} is {holder}, not {body} (quoted below)."},
}


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", fold(text)) if w not in _LEVEL_WORDS}


def _same_body(a: str, b: str) -> bool:
    """Do two names say the same body, its place and level aside (the caller writes abbreviations out)?"""
    wa, wb = _words(a), _words(b)
    return bool(wa and wb) and (wa <= wb or wb <= wa)


def _holder(doc: Document, pos: int, line: str, role: str) -> str | None:
    """Who the line gives the role: the body named before "là <role>", else the body whose section holds it."""
    m = re.search(rf"\blà\s+{re.escape(role)}\b", line, re.I)
    if m is None:
        return None
    before = _LEAD_IN_RE.sub("", line[:m.start()]).strip(" ,;:-")
    if len(before.split()) >= 2:
        return before
    owner = max((s for s in doc.sections if s.agency and s.start <= pos < s.end), key=lambda s: s.level, default=None)
    return owner.agency if owner else None


def role_claim_answer(query: Query, documents: dict[str, Document], chunks_of: Callable[[str], Sequence[Chunk]],
                      language: str = "vi") -> Answer | None:
    """"Đúng/Không: … là cơ quan thường trực" with the line that gives the role, when the question checks which
    body holds a role in one asked plan that gives it; else None."""
    expand = with_full_forms
    if not query.plans or len(query.plans) != 1 or (doc := documents.get(query.plans[0])) is None:
        return None
    raw = " ".join(fold(query.raw).split())
    m = _CLAIM_RE.search(raw)
    role = m.group("role") if m else None
    if m is None and (e := _EN_CLAIM_RE.search(query.raw)):
        m, role = e, _EN_ROLES.get(fold(e.group("role")))
    if m is None or role is None:
        return None
    typed = " ".join(query.raw.split())
    body = typed[m.start("body"):m.end("body")] if len(typed) == len(raw) and m.re is _CLAIM_RE else m.group("body")
    places = "|".join(re.escape(p) for p in (doc.locality, *doc.parents) if p)
    body = re.sub(rf"\s+(?:{places})\b.*$|^(?:{places})'s\s+", "", body.strip(), flags=re.I).strip() or body
    lines = [(pos, line, holder) for pos, line in plan_lines(doc)
             if (holder := _holder(doc, pos, fold(line), role))]
    if not lines or len({strip_accents(fold(h)) for *_, h in lines}) > 1:
        return None  # the plan gives the role to nobody, or to several: the lines answer as they are
    pos, line, holder = lines[0]
    lang = language if language in TEXTS else "vi"
    holder_name = next((s.agency for s in doc.sections if s.agency and fold(s.agency) == holder), holder)
    said = TEXTS[lang]["yes" if _same_body(expand(body), expand(holder)) else "no"]
    lead = said.format(plan=doc.locality, holder=holder_name[:1].upper() + holder_name[1:],
                       role=role if lang == "vi" else m.group("role"), body=body)
    quoted = quoted_lines(doc, [(pos, line)], chunks_of, lang)
    if quoted is None:
        return None
    quoted.answer = f"{lead}\n\n{quoted.answer}"
    quoted.passages = list(quoted.citations)
    return quoted
