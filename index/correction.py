"""A question that corrects itself as it is typed or dictated: "Sở Nội vụ Cần Thơ, à nhầm, Hà Nội phải làm gì?",
"chỉ tiêu năm 2025 à không năm 2030 ở Huế", "What does Hue's, sorry, I mean Can Tho's police do?". The words after
the marker replace the words of the same kind before it (a year, a figure, a body, a place); the question is then
read as if it had been typed right.

Kinds are told by their form alone (a four-digit year, a percentage, a body's head word, a unit word or a province's
name, capitals), so the rule holds for any plan's places."""

from __future__ import annotations

import re

from index.gazetteer import CITIES, PROVINCES
from ingest.textnorm import squash_spaces, strip_accents

_MARKER_RE = re.compile(
    r"\s*[,;.–-]?\s*(?<!\w)(?:(?:à|á|ấy|ơ|ờ|ý)\s+)?(?:nhầm(?!\s+lẫn)|lộn(?!\s+xộn)|xin\s+lỗi|sorry)(?:\s+(?:rồi|nhé|nha|ạ))?"
    r"(?:\s*[,;.:]?\s*(?:ý\s+(?:tôi|em|mình|tui)\s+là|i\s+mean|ý\s+là|phải\s+là))?\s*[,;.:–-]?\s+"
    r"|\s*[,;.–-]?\s*(?<!\w)(?:à\s+không|à\s+quên|ý\s+(?:tôi|em|mình|tui)\s+là|đúng\s+ra\s+là|đúng\s+hơn\s+là|"
    r"(?:sorry,?\s+)?i\s+mean|or\s+rather)\s*[,;.:–-]?\s+",
    re.IGNORECASE)
# a turn that opens by correcting the previous one ("à nhầm, …", "không, ý tôi là …", "sorry, I meant …")
_LEADING_MARKER_RE = re.compile(
    r"^\W*(?:(?:à|á|ấy|ơ|ờ)\s+)?(?:nhầm(?!\s+lẫn)|lộn(?!\s+xộn)|à\s+không|không|không phải)(?:\s+(?:rồi|nhé|ạ))?"
    r"\s*[,;.:–-]\s*(?:(?:ý\s+)?(?:tôi|em|mình|tui)\s+(?:muốn\s+|định\s+)?(?:hỏi|là)\s*(?:về\s+)?)?|"
    r"^\W*(?:(?:à|á|ờ)\s+)?nhầm\s+(?:rồi\s+)?|"
    r"^\W*(?:no|sorry)\s*,\s*(?:i\s+meant?\s+|i\s+was\s+asking\s+about\s+)?", re.IGNORECASE)
_ASK_LEAD_RE = re.compile(r"^(?:(?:ý\s+)?(?:tôi|em|mình|tui)\s+(?:muốn\s+|định\s+)?(?:hỏi|là)\s*(?:về\s+)?)", re.I)
_YEAR_RE = re.compile(r"(?<!\w)(?:năm\s+|in\s+)?(?:19|20)\d\d(?!\w)", re.IGNORECASE)
_PERCENT_RE = re.compile(r"(?<!\w)\d+(?:[.,]\d+)?\s*%")
_BODY_RE = re.compile(r"(?<!\w)(?:the\s+)?(?:sở|phòng|ban|hội|ủy ban|ubnd|trung tâm|đoàn|liên đoàn|công an|bộ chỉ huy|bộ|"
                      r"trường|huyện đoàn|tỉnh đoàn|thành đoàn|văn phòng|chi cục|cục|đài|department|dept\.?|office|ministry|"
                      r"police|people's committee|association|union|centre|center)(?!\w)", re.IGNORECASE)
_UNIT_RE = re.compile(r"(?<!\w)(?:ở|tại|của|bên|tỉnh|thành phố|tp\.?|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu|in|of)\s+",
                      re.IGNORECASE)
# words that end a corrected name ("Hà Nội phải làm gì": the name is "Hà Nội")
_STOP_RE = re.compile(r"(?<!\w)(?:phải|làm|có|thì|là|năm|đặt|giao|được|cần|như|ra|sao|gì|bao|nào|ai|chỉ|kinh|"
                      r"nhiệm|đạt|ký|hạn|khi|do|does|do|what|is|are|has|have|must|'s|’s)(?!\w)|[?,.;:]",
                      re.IGNORECASE)
_PLACES = sorted({strip_accents(p.lower()) for p in (*PROVINCES, *CITIES)}, key=len, reverse=True)


def _core(after: str) -> str:
    """The corrected words at the start of ``after`` ("Hà Nội" of "Hà Nội phải làm gì?")."""
    m = _STOP_RE.search(after, 1)
    return after[:m.start()].strip() if m else after.strip()


def _last(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    matches = list(pattern.finditer(text))
    return matches[-1] if matches else None


def _place_span(before: str, core: str) -> tuple[int, int] | None:
    """Where the place ``core`` corrects sits in ``before``: a known province or city, the words after a unit
    word or a preposition, else as many words at its end as ``core`` has."""
    plain = strip_accents(before.lower())
    for name in _PLACES:
        hits = [m for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", plain)]
        if hits:
            return hits[-1].start(), hits[-1].end()
    unit = _last(_UNIT_RE, before)
    if unit is not None and unit.end() < len(before):
        end = _STOP_RE.search(before, unit.end())
        stop = end.start() if end and end.start() > unit.end() else len(before)
        return unit.end(), stop
    words = list(re.finditer(r"\S+", before))
    n = len(_UNIT_RE.sub("", core, count=1).split()) if _UNIT_RE.match(core) else len(core.split())
    if 0 < n < len(words):
        return words[-n].start(), len(before)
    return None


def _known_place(text: str) -> bool:
    plain = strip_accents(text.lower())
    return any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", plain) for name in _PLACES)


def corrected(text: str) -> str:
    """``text`` as meant when it corrects itself; unchanged when it does not."""
    lead = _LEADING_MARKER_RE.match(text)
    if lead and re.search(r"\w", text[lead.end():]):
        # "à nhầm, tôi muốn hỏi Cần Thơ năm 2024": the question corrected, asked again of what follows
        rest = _ASK_LEAD_RE.sub("", text[lead.end():]).strip()
        english = not re.search(r"[^\x00-\x7f]", rest)  # "sorry, I meant life skills in My Loc"
        return squash_spaces(("what about " if english else "à nhầm, ") + rest)  # (read as a correction of a turn)
    m = _MARKER_RE.search(text)
    if m is None or not re.search(r"\w", text[:m.start()]) or not re.search(r"\w", text[m.end():]):
        return text
    before, after = text[:m.start()].rstrip(" ,;"), text[m.end():].strip()
    if _YEAR_RE.match(after):
        core = _YEAR_RE.match(after).group(0)
        old = _last(_YEAR_RE, before)
        if old is not None and not re.match(r"\d", core):  # "năm 2025 à không năm 2030": the words go too
            span = (old.start(), old.end())
        else:
            span = (old.end() - 4, old.end()) if old else None
    elif _PERCENT_RE.match(after):
        core = _PERCENT_RE.match(after).group(0)
        old = _last(_PERCENT_RE, before)
        span = (old.start(), old.end()) if old else None
    elif _BODY_RE.match(after):
        core = _core(after)
        old = _last(_BODY_RE, before)
        if old is None:
            span = None
        elif _UNIT_RE.search(core) or _place_span(core, "") is not None and _known_place(core):
            span = (old.start(), len(before))  # "UBND TP HCM, à nhầm, UBND TP CT": body and place said again
        else:  # the body's name runs to a place after it or to the end
            tail = before[old.start():]
            place = _place_span(tail, "")
            stop = old.start() + place[0] if place and place[0] > 0 else len(before)
            if place and place[0] > 0:  # "Sở Nội vụ Cần Thơ": keep the place, replace the unit word too
                unit = _last(_UNIT_RE, before[:stop])
                stop = unit.start() if unit and unit.start() > old.start() else stop
            span = (old.start(), stop)
    else:
        core = _core(after)
        span = _place_span(before, core)
    if span is None:
        return squash_spaces(before + " " + after)
    start, end = span
    lead = _last(_UNIT_RE, before[:start])
    if _UNIT_RE.match(after) and lead is not None and lead.end() == start:
        start = lead.start()  # "của Hà Nội, ý tôi là của Huế": the preposition is said again
    rest = after[len(core):] if after.startswith(core) else ""
    if not before[end:].strip(" ,;'’s"):  # the corrected words end the first part: the rest of the question follows
        return squash_spaces(before[:start] + " " + after)
    return squash_spaces(before[:start] + " " + core + " " + before[end:] + " " + rest).replace(" ?", "?")
