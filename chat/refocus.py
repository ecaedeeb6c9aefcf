"""A question that goes back to an earlier turn of the conversation: "quay lại câu đầu, cơ quan đó …", "quay lại
chỉ tiêu thứ hai, mức độ mấy?", "back to the first question: …". The conversation is read as it stood at that turn,
so "đó" and "họ" point where the asker points, not at the last answer."""

from __future__ import annotations

import re

from chat.types import Turn

_PLACES = {"đầu tiên": 1, "đầu": 1, "thứ nhất": 1, "thứ hai": 2, "thứ ba": 3, "thứ tư": 4, "thứ năm": 5,
           "first": 1, "second": 2, "third": 3, "fourth": 4}
# (the thing pointed at may be named by its kind, "sở đầu tiên", "hội đầu tiên anh nhắc", "the first body": the
# one that turn asked about)
_BACK_RE = re.compile(
    r"^\W*(?:quay lại|trở lại|về lại|(?:going |go )?back to)\s+(?:với\s+)?(?:the\s+)?"
    r"(?:câu hỏi|câu|ý|chỉ tiêu|cơ quan|đơn vị|vấn đề|sở|phòng|hội|kế hoạch|question|one|body|agency|plan)?\s*"
    r"(đầu tiên|đầu|thứ nhất|thứ hai|thứ ba|thứ tư|thứ năm|thứ \d|first|second|third|fourth)"
    r"(?:\s+(?:question|one|body|agency|plan))?"
    r"(?:\s+(?:mà\s+)?(?:anh|chị|bạn|em|tôi|mình)\s+(?:vừa\s+)?(?:nhắc|nêu|nói|hỏi)(?:\s+(?:đến|tới))?)?"
    r"\s*[,:;.-]?\s*", re.IGNORECASE)
# "cơ quan tôi hỏi đầu tiên", "the agency I asked about first": the first turn's body
_FIRST_ASKED_RE = re.compile(r"\b(?:cơ quan|đơn vị|sở|phòng)\s+(?:mà\s+)?(?:tôi|em|mình)\s+hỏi\s+(?:đầu tiên|lúc đầu|ban đầu)\b|"
                             r"\bthe (?:agency|body|office|department) I asked about first\b", re.IGNORECASE)


def refocused(question: str, turns: list[Turn]) -> tuple[str, list[Turn]]:
    """(the question without its pointer, the conversation up to the turn it points at); unchanged when the
    question points at no earlier turn or the conversation has no such turn."""
    m = _BACK_RE.match(question)
    place, rest = None, question
    if m and re.search(r"\w", question[m.end():]):
        word = m.group(1).lower()
        place = _PLACES.get(word) or (int(word.split()[-1]) if word.split()[-1].isdigit() else None)
        rest = question[m.end():]
    elif (f := _FIRST_ASKED_RE.search(question)):
        place, rest = 1, question[:f.start()] + "cơ quan đó" + question[f.end():]
    asked = [i for i, t in enumerate(turns) if t.role == "user"]
    if place is None or not 1 <= place <= len(asked) or place == len(asked):
        return question, turns
    end = asked[place] if place < len(asked) else len(turns)  # the asked turn and its answer
    return rest.strip(), turns[:end]
