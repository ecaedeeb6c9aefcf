"""What the asker brings along to be checked, told apart from what they ask.

Officials paste what reached them — a Zalo message, a forwarded e-mail, a line of another unit's công văn — and ask
what the plan really says ("Nhóm Zalo chuyển tin: «… nộp về UBND thành phố trước 20/12 …» Theo kế hoạch thì gửi
về đâu, trước ngày nào?"); or they give their own unit's figure and ask how it stands against the plan's ("Xã tôi
có 65% … So với chỉ tiêu năm 2025 thì đã đạt chưa?"). The figures, dates, bodies and document numbers of such a
message are claims to check, not constraints of the ask: read as constraints they make the plan's true lines look
like no answer ("the plan states no 85%", "the plan does not name Phòng Văn hóa"). So the message's claims are
taken out before analysis, keeping its topic words (and its place, when the ask names none); an asker's own figure
compared with the plan's target is marked, so the question is answered with the target it is compared against.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ingest.textnorm import tidy_spaces

# a pasted message: in guillemets, or in quotes after a word of reporting ("nhắn:", "viết:", "says", "was told")
_GUILLEMETS_RE = re.compile(r"«([^»]{12,600})»")
_QUOTED_RE = re.compile(r"[\"“]([^\"“”]{25,600})[\"”]|(?<!\w)['‘]((?:[^'‘’]|(?<=\w)['’](?=\w)){25,600})['’](?!\w)")
_REPORTING_RE = re.compile(
    r"\b(?:nhắn|nhan|tin nhắn|tin nhan|chuyển tiếp|chuyen tiep|forward(?:ed|ing)?|fw|fwd|email|e-mail|zalo|công văn|"
    r"cong van|viết|viet|đăng|says|said|claims?|wrote|writes|told|newsletter|message|note from|"
    r"from (?:a|an|our|the|my))\b[^«\"“‘]{0,60}$", re.I)
# the ask is whether the plan writes the quoted words ("Kế hoạch Huế có ghi '…' không?", "Đúng nguyên văn không:
# "…"?", a blank to fill): the quote is what is asked about, not a message to set apart
_VERBATIM_ASK_RE = re.compile(r"nguyên văn|nguyen van|\b(?:điền|dien) vào|chỗ trống|cho trong|_{3,}|\bđề thi\b|"
                              r"\bword for word\b|\bverbatim\b|\bexact (?:words|wording|line)\b", re.I)
_VERBATIM_BEFORE_RE = re.compile(r"(?:\bcó (?:ghi|câu|cụm từ|cụm|viết|dòng)|\bghi(?: là| rằng)?|\bcâu|\bcụm từ|\bviết là|"
                                 r"\b(?:say|says|state|states|contain|contains|include|includes)(?: that)?)\s*[:,]?\s*$",
                                 re.I)
# the intro naming who sent it, ending right before the message ("Nhóm Zalo phường vừa chuyển tiếp tin:")
_INTRO_RE = re.compile(r"(?:^|(?<=[.?!]))\s*[^.?!«\"“]{0,90}:\s*$")
# what a message claims: figures, amounts, dates, years, a section or item pointer, a document's number
_CLAIM_RES = (
    re.compile(r"(?<![\w/])\d+(?:[.,]\d+)*\s*(?:%|phần trăm|percent|per cent|triệu|tỷ|tỉ|nghìn|ngàn|đồng|million|"
               r"billion|VND|vnđ)", re.I),
    re.compile(r"\b(?:ngày|hạn|trước|sau|đến|by|before|until)?\s*\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?", re.I),
    re.compile(r"\b(?:ngày\s+\d{1,2}\s+)?tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?\b|\bquý\s+[IV1-4]+(?:\s*(?:/|năm)\s*\d{4})?",
               re.I),
    re.compile(r"\b(?:năm\s+|in\s+|of\s+|by\s+)?(?:19|20)\d\d\b", re.I),
    re.compile(r"\b(?:mục|muc|khoản|điểm|item|section|part)\s+[IVX]+(?:\.\d+)*(?:\.[a-zđ])?\b|\b(?:mục|muc|khoản|item|"
               r"section)\s+\d+(?:\.\d+)*\b", re.I),
    re.compile(r"\b(?:(?:kế hoạch|ke hoach|KH|plan|quyết định|QĐ|chỉ thị|nghị quyết|thông tư|hướng dẫn)\s+(?:số\s+)?)"
               r"\d+(?:/[\w\-Đđ]+)*", re.I),
    re.compile(r"\b\d+(?:[.,]\d+)?\b"),
)
# English bodies a message names ("the Department of Culture", "the Women's Union")
_EN_BODY_RE = re.compile(r"\b(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,4}(?:Department|Office|Union|Committee|Association|"
                         r"Federation|Cent(?:re|er)|Police|Command|Board|Council|Fund)\b(?:\s+(?:of|for)\s+"
                         r"(?:[A-Z][\w'’-]*|and|,)(?:\s+(?:[A-Z][\w'’-]*|and|,))*)?")
# the asker's own figure, compared with the plan's ("Xã tôi … có 65% …", "Our survey shows 94% …")
_OWN_RE = re.compile(r"\b(?:(?:xã|phường|thị trấn|huyện|quận|tỉnh|thành phố|trường|đơn vị|cơ quan|bên|nhà)\s+"
                     r"(?:tôi|em|mình|chúng tôi|chúng em|tui)|tôi|chúng tôi|our|my|we)\b", re.I)
_UNIT_FIGURE_RE = re.compile(r"\b(?:huyện|xã|phường|quận|thị xã|tỉnh|thành phố|trường)\s+[A-ZĐ]\w*[^.?!]{0,40}?"
                             r"\b(?:có|đạt|mới|already|has|had)\b")
_FIGURE_RE = re.compile(r"(?<![\w/.,])\d+(?:[.,]\d+)?\s*(?:%|phần trăm|percent)", re.I)
_COMPARE_RE = re.compile(
    r"\bso với (?:chỉ tiêu|mục tiêu|kế hoạch)|\b(?:đã )?đạt (?:chỉ tiêu )?chưa\b|\bbằng chỉ tiêu\b|\bđủ chỉ tiêu\b|"
    r"\bnằm trong (?:khoảng )?chỉ tiêu\b|\bcao hay thấp\b|\bvượt (?:chỉ tiêu|mục tiêu)\b|"
    r"\bcompare[sd]?\b|\b(?:reach|meet|hit|match|exceed)(?:es|s)?\s+(?:the\s+)?(?:plan'?s\s+|its\s+|\d{4}\s+)*(?:target|"
    r"goal|aim)|\b(?:above|below|short of|on track)\b[^?]{0,30}\btarget", re.I)


@dataclass(frozen=True)
class Reported:
    """The question as analysed, and what was set apart from it."""

    ask: str
    message: str = ""  # the pasted message, as typed
    compared: tuple[str, ...] = ()  # the asker's own figures compared with the plan's ("65%")


# the ask pointing at the message's figure ("Kế hoạch có con số này không?", "Is that figure in the plan?"): the
# figure is what is checked, so it stays
_FIGURE_POINTER_RE = re.compile(r"\b(?:con số|số liệu|số tiền|mức|tỷ lệ|tỉ lệ|chỉ tiêu|con so|so lieu|muc)\s+(?:này|đó|ấy|"
                                r"trên|nay|do|tren)\b|\b(?:this|that|these|those|the same)\s+(?:figures?|numbers?|"
                                r"amounts?|percentages?|sums?)\b", re.I)
_WORD_RE = re.compile(r"[^\W\d_]+")
_WHO_RE = re.compile(r"\b(?:ai|cơ quan nào|đơn vị nào|sở nào|phòng nào|ban nào|bên nào|who|whom|which (?:body|office|"
                     r"department|agency|unit))\b", re.I)


def _without_names(text: str) -> str:
    """The text without its names: two or more capitalised words running on (a place, a person)."""
    words = list(_WORD_RE.finditer(text))
    drop: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        j = i
        while j + 1 < len(words) and words[j + 1].group(0)[0].isupper() and words[j].group(0)[0].isupper() \
                and text[words[j].end():words[j + 1].start()].strip() == "":
            j += 1
        if j > i:
            drop.append((words[i].start(), words[j].end()))
        i = j + 1
    for a, b in reversed(drop):
        text = f"{text[:a]} {text[b:]}"
    return text


def _neutral(message: str, bodies: Callable[[str], list[str]], figures: bool, names: bool) -> str:
    """The message's topic words: its claims (dates, years, pointers, numbers, bodies; figures unless ``figures``
    keeps them; names of places and people unless ``names`` keeps them) taken out."""
    text = message
    for body in bodies(text):
        text = text.replace(body, " ")
    text = _EN_BODY_RE.sub(" ", text)
    if not names:
        text = _without_names(text)
    for rx in _CLAIM_RES[1:-1] if figures else _CLAIM_RES:
        text = rx.sub(" ", text)
    text = re.sub(r"[\[\](){}]|(?<!\w)[-–—:]+(?!\w)", " ", text)
    return re.sub(r"\s+", " ", re.sub(r"(?:\s*[,;:]\s*){2,}", ", ", text)).strip(" ,;:-—….")


def set_apart(question: str, bodies: Callable[[str], list[str]], scoped: Callable[[str], bool]) -> Reported:
    """The ask with a pasted message's claims taken out (``bodies`` finds the bodies a text names; ``scoped`` tells
    whether a text names a loaded plan or place by itself), and the asker's own figures compared with the plan's."""
    found = None
    if not _VERBATIM_ASK_RE.search(question):
        found = next((m for m in _GUILLEMETS_RE.finditer(question)
                      if not _VERBATIM_BEFORE_RE.search(question[:m.start()])), None) \
            or next((m for m in _QUOTED_RE.finditer(question) if _REPORTING_RE.search(question[:m.start()])
                     and not _VERBATIM_BEFORE_RE.search(question[:m.start()])), None)
    if found is None:
        own = _own_figures(question)
        return Reported(question, compared=own)
    start, end = found.span()
    intro = _INTRO_RE.search(question[:start])
    if intro and len(intro.group(0).split()) <= 14:
        start = intro.start()
    rest = f"{question[:start]} {question[end:]}".strip()
    rest = tidy_spaces(rest)
    # the message's topic stays with the ask ("Kế hoạch Mỹ Lộc có câu tương tự không?"); its places only when the
    # ask names none
    # (its bodies are claims when the ask names its own body or asks who: "… giao Hội Cựu chiến binh.» Thực ra giao
    # cho ai?"; else they are its subject)
    asks_body = bool(_WHO_RE.search(rest) or bodies(rest))
    topic = _neutral(found.group(found.lastindex or 1), bodies if asks_body else (lambda _: []),
                     figures=bool(_FIGURE_POINTER_RE.search(rest)), names=not scoped(rest))
    ask = f"{rest} ({topic})" if topic else rest
    return Reported(ask.strip(), message=found.group(found.lastindex or 1), compared=_own_figures(ask))


# the verdict asked of an own figure ("… thì đã đạt chưa?", "cao hay thấp", "Does that reach the plan's target?"):
# asked of the plan, it is the target itself
_VERDICT_RES = (
    (re.compile(r"\s*(?:thì\s+|như vậy\s+|vậy\s+)?(?:đã\s+)?(?:đạt|bằng|đủ)\s+(?:được\s+)?(chỉ tiêu[^?]*?)?\s*chưa\s*(?=\?|$)",
                re.I), r" \1 là bao nhiêu"),
    (re.compile(r"\s*(?:thì\s+)?(?:cao hay thấp|thế nào|ra sao|sao)\s*(?=\?|$)", re.I), " là bao nhiêu"),
    (re.compile(r"\b(?:có\s+)?nằm trong (?:khoảng\s+)?(chỉ tiêu[^?]*?)\s*(?:không)?\s*(?=\?|$)", re.I), r"\1 là bao nhiêu"),
    (re.compile(r"\b(?:does|do|did|will)\s+(?:that|this|it|these|they)\s+(?:reach|meet|hit|match|exceed)\s+", re.I),
     "what is "),
    (re.compile(r"\bhow does (?:that|this|it) compare with\s+", re.I), "what is "),
)
_NOW_RE = re.compile(r"\bhiện\s+(?:mới\s+|đã\s+)?(?=có\b|đạt\b)|\b(?:currently|now|already)\s+", re.I)


def compared_ask(question: str, figures: tuple[str, ...]) -> str:
    """The question with the asker's own figures taken out and its verdict asked as the plan's target ("Xã tôi có
    65% … So với chỉ tiêu năm 2025 thì đã đạt chưa?" → "… So với chỉ tiêu năm 2025 là bao nhiêu?")."""
    text = question
    for f in figures:
        text = text.replace(f, " ", 1)
    for rx, repl in _VERDICT_RES:
        text = rx.sub(repl, text)
    text = _NOW_RE.sub("", text)
    return tidy_spaces(text)


def _own_figures(question: str) -> tuple[str, ...]:
    """The percentages an asker gives as their own unit's and asks to compare with the plan's target."""
    if not _COMPARE_RE.search(question):
        return ()
    out = []
    for m in _FIGURE_RE.finditer(question):
        before = question[max(0, m.start() - 90):m.start()]
        if _OWN_RE.search(before) or _UNIT_FIGURE_RE.search(before):
            out.append(m.group(0))
    return tuple(out)
