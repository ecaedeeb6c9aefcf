"""Two asks in one question where one asks a fact of the plan's header or signature and the other its text ("Kế
hoạch Mỹ Lộc thực hiện kế hoạch nào của tỉnh và do ai ký?", "Which plan does My Loc implement, and who signed
it?"): each is answered on its own — the second read with the first one's body and places — and the two answers are
joined, their citations numbered once. The header facts are answered apart from the text (``metadata_answers``), so
one answer for both would drop one ask. So are two bodies' asks ("Phòng Nội vụ làm gì, còn Phòng Tài chính - Kế hoạch
làm gì?"), the second with its own body. Two asks of the text ("… làm gì và báo cáo khi nào?") are left whole: the
lines chosen for them answer both, and the second ask alone has lost its subject ("… on what date?").
"""

from __future__ import annotations

import re
from dataclasses import replace

from chat.metadata_answers import metadata_questions
from chat.types import Answer, Citation

# an ask word of either part ("gì", "ai", "khi nào", "who", "when", …) or a closing "không?"
_ASK_RE = re.compile(r"\b(?:gì|nào|đâu|ai|bao giờ|khi nào|bao nhiêu|mấy|thế nào|ra sao|what|which|who|whom|when|where|"
                     r"how (?:much|many|long)|by when)\b|\bkhông\s*\??\s*$", re.I)
# where one ask ends and the next begins: "… làm gì và báo cáo …", "…, và …", "…; …", "…, and who …", "…? …"
_JOIN_RE = re.compile(r"\s*(?:,\s*)?\b(?:và|and)\s+|\s*;\s+|\?\s+(?=\S)", re.I)
# the second ask names who is asked for ("sở nào bảo đảm …", "who signed …"): no body is carried over to it
_WHO_RE = re.compile(r"\b(?:ai|cơ quan nào|đơn vị nào|sở nào|phòng nào|ban nào|who|which (?:office|agency|body|"
                     r"department|unit))\b", re.I)
# ", còn <another body> …": a second body's ask of its own
_BODY_HEADS = r"Phòng|Sở|Ban|Hội|UBND|Ủy ban|Trung tâm|Đoàn|Công an|Liên đoàn|Đài|Báo|Thư viện|Bảo tàng"
_BODY_HEAD_RE = re.compile(rf"(?:{_BODY_HEADS})\s+[A-ZĐ]")
_OTHER_BODY_RE = re.compile(rf",\s*(?:còn|thế còn|vậy còn)\s+(?={_BODY_HEAD_RE.pattern})")
# "Sở Nội vụ và Sở Tài chính mỗi bên phải làm gì?", "What must the Department of Home Affairs and the Department of
# Finance each do?": each body's own ask, answered from its own section
# (the heads above, and the short forms and other bodies a question names two of)
_HEADS = (rf"{_BODY_HEADS}|Uỷ ban|TT|CA|LĐLĐ|Bộ Chỉ huy|BCHQS|HKH|MTTQ|Mặt trận|Văn phòng|Trường|Thanh tra|Chi cục|Cục|"
          r"Kho bạc|Huyện ủy|Thành ủy|Tỉnh ủy|Uy ban|Cong an")
_EACH_RE = re.compile(rf"^(?P<pre>.*?)(?P<a>\b(?:{_HEADS})\b.+?)\s+(?:và|với|va)\s+(?P<b>(?:{_HEADS})\b.+?)\s*,?\s+"
                      r"(?:mỗi bên|mỗi cơ quan|mỗi đơn vị|mỗi nơi|mỗi bộ phận|từng bên|từng cơ quan|từng đơn vị|"
                      r"moi ben|moi co quan|tung ben)\b\s*(?P<rest>.+)$", re.I)
# a second ask that starts with its own body (case as typed: its name goes on in capitals or with a level —
# "UBND các xã", "CA TP CT" —, "Ban hành ngày nào?" starts with none)
_OWN_BODY_RE = re.compile(rf"(?:{_HEADS})\s+(?:[A-ZĐ]|(?:các|xã|huyện|tỉnh|thành phố|quận|phường)\b)")
_EN_HEADS = (r"Department|Office|People's Committee|Committee|Association|Union|Federation|Cent(?:re|er)|Police|Command|"
             r"Board|Station|Library|Museum|Front|Council|Youth Union|Fund")
_EN_EACH_RE = re.compile(rf"^(?P<pre>.*?)(?P<a>(?:[\w'’-]+\s+){{0,6}}?(?:{_EN_HEADS})\b.*?)\s+and\s+"
                         rf"(?P<b>(?:its\s+|the\s+|their\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){{0,3}}(?:{_EN_HEADS})\b.*?)\s+each\s+"
                         r"(?P<rest>.+)$", re.I)
_EN_STEM_RE = re.compile(r"^(?:what|which|how|who|when|where)\b[^,;?]*?\b(?:must|does|do|did|should|shall|will|are|is|"
                         r"can|have|has)\s+", re.I)
MIN_WORDS = (4, 3)  # words of the first and of the second ask: fewer is a shared ask ("Ai chủ trì và ai phối hợp …?")
# the second answer's plan heading line, repeated from the first: dropped
_HEADING_RE = re.compile(r"^\*\*[^*\n]+\*\* — [^\n]*\n?")
_MARK_RE = re.compile(r"\[(\d+)\]")
TEXTS = {"vi": ("Về ý {which} ({ask}): {refusal}", "thứ nhất", "thứ hai"),
         "en": ("On the {which} question ({ask}): {refusal}", "first", "second")}


def split_asks(question: str) -> tuple[str, str] | None:
    """The question's two asks (first, second), split where a second ask of its own begins: an ask of the plan's text
    then one of a header fact (signer, number, date of issue, period); ``None`` otherwise (after a header fact, a
    further ask qualifies it: "Who signed …, and on what date?", "… và họ ký với cương vị gì?")."""
    text = question.strip()
    if (m := _EACH_RE.match(text)) and _ASK_RE.search(m.group("rest")) and not _ASK_RE.search(m.group("b")):
        return f"{m.group('pre')}{m.group('a')} {m.group('rest')}", f"{m.group('b')} {m.group('rest')}"
    if (m := _EN_EACH_RE.match(text)) and (stem := _EN_STEM_RE.match(m.group("a"))):
        # "What must X and its Y each do?": "What must X do?", "What must the Y do?"
        second = re.sub(r"^(?:its|their)\s+", "the ", m.group("b"))
        return f"{m.group('a')} {m.group('rest')}", f"{stem.group(0)}{second} {m.group('rest')}"
    for m in _OTHER_BODY_RE.finditer(text):
        # "Phòng Nội vụ làm gì, còn Phòng Tài chính - Kế hoạch làm gì?": two bodies' tasks, each answered from its own
        # section (one answer for both would quote the first body's lines only)
        first, second = text[:m.start()].strip(" ,;"), text[m.end():].strip()
        if len(first.split()) >= MIN_WORDS[0] and len(second.split()) >= MIN_WORDS[1] \
                and _ASK_RE.search(first) and _ASK_RE.search(second):
            return first + ("" if first.endswith("?") else "?"), second
    for m in _JOIN_RE.finditer(text):
        first, second = text[:m.start()].strip(" ,;"), text[m.end():].strip()
        if len(first.split()) >= MIN_WORDS[0] and len(second.split()) >= MIN_WORDS[1] \
                and _ASK_RE.search(first) and _ASK_RE.search(second) \
                and not metadata_questions(first) and metadata_questions(second):
            return first + ("" if first.endswith("?") else "?"), second
    return None


# a list of bodies the asker gives to be checked against the plan ("Trong các cơ quan sau đây: A, B, C — cơ quan nào
# …?", "Cơ quan nào sau đây có tên trong kế hoạch …: A, B, C?", "Which of these appear …: the X, the Y, the Z?")
_LIST_LEAD_RE = re.compile(r"\b(?:sau đây|dưới đây|danh sách|trong số|which of these|which of the following|among these)\b"
                           r"[^:?—–]{0,80}?:\s*", re.I)
_LIST_END_RE = re.compile(r"\s[—–]\s|\?")
# the list opening the question, before a dash ("A, B, C — sở nào có việc …?")
_LIST_FIRST_RE = re.compile(r"^(?P<list>[^—–?:]+?)\s[—–]\s")
_LAST_ITEM_RE = re.compile(r"\s+(?:và|hay|hoặc|hay là|and|or)\s+", re.I)
# the words of the ask that stand for the listed body ("cơ quan nào", "Which of these"), and what points at the list
_WHICH_RE = re.compile(r"\b(?:(?:cơ quan|đơn vị|sở|phòng|ban|tổ chức|hội|bên) nào|which of (?:these|the following)"
                       r"(?: (?:bodies|offices|departments|agencies|units))?|which (?:body|office|department|agency|unit)"
                       r"(?:s)?)\b", re.I)
_POINTER_RE = re.compile(r"\s*\b(?:sau đây|dưới đây)\b|^\s*(?:trong\s+)?(?:các|những)?\s*(?:cơ quan|đơn vị|sở|phòng|ban|"
                         r"tổ chức)?\s*(?:sau đây|dưới đây|danh sách|trong số)\s*:?\s*(?:[—–-]\s*)?", re.I)
_LIST_POINTER_RE = re.compile(r"^(?:trong\s+)?(?:các|những|số)\s+(?:cơ quan|đơn vị|tổ chức)\s+", re.I)
MIN_LISTED = 3  # bodies listed: fewer are two bodies' asks (``split_asks``)


def _is_body(item: str) -> bool:
    return bool(re.match(rf"(?:the\s+)?(?:{_HEADS})\b", item) or (
        item.lower().startswith("the ") and re.search(rf"\b(?:{_EN_HEADS})\b", item)))


def listed_asks(question: str) -> tuple[list[str], list[str]] | None:
    """(the bodies listed, an ask for each): a question giving a list of three or more bodies to check against the
    plan, each asked on its own in the question's words ("Sở Y tế có mục riêng trong … kế hoạch Huế?"); ``None``
    otherwise."""
    text = question.strip()
    spans: list[tuple[int, int]] = []
    if lead := _LIST_LEAD_RE.search(text):
        end = _LIST_END_RE.search(text, lead.end())
        spans.append((lead.end(), end.start() if end else len(text)))
    if first := _LIST_FIRST_RE.match(text):
        spans.append((0, first.end("list")))
    for start, end in spans:
        items = [i.strip(" .,;") for i in text[start:end].split(",")]
        items[0] = _LIST_POINTER_RE.sub("", items[0])  # "Trong các cơ quan Sở Y tế, …": the list from its first body
        if items and (last := _LAST_ITEM_RE.split(items[-1], maxsplit=1)) and len(last) == 2 \
                and all(_is_body(x.strip()) for x in last):
            items = [*items[:-1], *(x.strip() for x in last)]  # "…, A và B" (not "Department of Industry and Trade")
        if len(items) < MIN_LISTED or not all(_is_body(i) for i in items):
            continue
        rest = f"{text[:start].rstrip().rstrip(':')} {text[end:]}"
        rest = " ".join(_POINTER_RE.sub(" ", rest).split()).strip(" —–-").replace(" ?", "?")
        asks = []
        for body in items:
            if _WHICH_RE.search(rest):
                ask = _WHICH_RE.sub(body, rest, count=1)
            else:
                ask = f"{body}: {rest}"
            asks.append(ask[:1].upper() + ask[1:])
        return items, asks
    return None


def merge_listed(bodies: list[str], answers: list[Answer]) -> Answer:
    """One answer for a list of bodies: the answered ones joined (citations numbered once), then what the plans say
    of none of the others, each by name; all unanswered is a refusal."""
    lang = next((a.language for a in answers if a.language in LISTED_TEXTS), "vi")
    notes = [LISTED_TEXTS[lang].format(body=b, refusal=a.answer) for b, a in zip(bodies, answers, strict=True)
             if a.refused]
    answered = [a for a in answers if not a.refused]
    if not answered:
        return replace(answers[0], answer="\n\n".join(notes), citations=[])
    out = answered[0]
    for a in answered[1:]:
        out = merge(out, a, ("", ""))
    return replace(out, answer="\n\n".join([out.answer, *notes]))


LISTED_TEXTS = {"vi": "Về {body}: {refusal}", "en": "On {body}: {refusal}"}


def in_context(second: str, agency: str | None, places: list[str]) -> str:
    """The second ask as a question of its own: the first ask's body (unless it asks who) and its plans' places."""
    out = second
    # (a second ask starting with a body of its own keeps it: "Phòng Tài chính - Kế hoạch làm gì?", "UBND các xã …")
    if agency and not _WHO_RE.search(second) and agency.lower() not in second.lower() \
            and not _OWN_BODY_RE.match(second) \
            and not (_EN_STEM_RE.match(second) and re.search(rf"\b(?:{_EN_HEADS})\b", second)):
        out = f"{agency} {out[:1].lower()}{out[1:]}"
    if places and not any(p.lower() in second.lower() for p in places):
        out = f"{out.rstrip(' ?')} ({', '.join(places)})?"
    return out


def merge(first: Answer, second: Answer, asks: tuple[str, str]) -> Answer:
    """One answer for both asks: the second's citations renumbered after the first's (a passage cited by both keeps
    its first number); a refused ask says so after the answered one; both refused is a refusal."""
    if first.refused and second.refused:
        return first
    if first.refused or second.refused:
        answered, refused = (second, first) if first.refused else (first, second)
        template, *which = TEXTS[answered.language if answered.language in TEXTS else "vi"]
        note = template.format(which=which[0] if first.refused else which[1],
                               ask=asks[0 if first.refused else 1].rstrip(" ?"), refusal=refused.answer)
        return replace(answered, answer=f"{answered.answer}\n\n{note}")
    cites: list[Citation] = list(first.citations)
    key = {(c.doc, c.id, c.section): c.n for c in cites}
    numbers: dict[int, int] = {}
    for c in second.citations:
        k = (c.doc, c.id, c.section)
        if k not in key:
            key[k] = len(cites) + 1
            cites.append(replace(c, n=key[k]))
        numbers[c.n] = key[k]
    text = _MARK_RE.sub(lambda m: f"[{numbers.get(int(m.group(1)), int(m.group(1)))}]", second.answer)
    heading = _HEADING_RE.match(first.answer)
    if heading and text.startswith(heading.group(0).rstrip("\n")):
        text = text[len(heading.group(0).rstrip("\n")):].lstrip("\n")
    passages = list({(p.doc, p.id, p.section): p for p in [*first.passages, *second.passages]}.values())
    return replace(first, answer=f"{first.answer}\n\n{text}", citations=cites, passages=passages)
