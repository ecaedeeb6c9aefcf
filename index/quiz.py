"""A question written for a quiz on the plan ("Cuộc thi tìm hiểu"): multiple choice ("… là bao nhiêu? A. 50% B. 60%
C. 70% D. 80%"), true or false ("Đúng hay sai: …"), fill in the blank ("Điền vào chỗ trống: '… phấn đấu ___% …'").
The wrapper and the options are no part of what the plans are asked: the options are figures the plan may not state
(read as a claim, "70%" would be refused as a premise), the blank is no passage to look up. What is asked is read
out; the options are kept so the answer can say which one the plan's line bears out."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.textnorm import squash_spaces

# the quiz's own words before the ask: "Câu hỏi trắc nghiệm:", "Câu đố:", "Quiz question:", "Câu tiếp:" (the next one)
_LABEL_RE = re.compile(r"^\W*(?:(?:câu hỏi\s+)?trắc nghiệm|câu đố|câu hỏi thi|(?:quiz|multiple[- ]choice)(?:\s+question)?|"
                       r"câu (?:tiếp|sau|kế tiếp)(?: theo)?|next question)\b\s*[:.–—-]?\s*", re.I)
# the asker's errand: "Em đang soạn Cuộc thi tìm hiểu:", "Mình ra đề thi về kế hoạch …:" (up to its colon)
_ERRAND_RE = re.compile(r"^\W*(?:(?:em|mình|tôi|chúng tôi|bên em)\s+)?(?:đang\s+)?(?:soạn|ra|làm|xây dựng)\s+"
                        r"(?:bộ\s+)?(?:câu hỏi|đề thi|đề|cuộc thi)[^:?]{0,80}:\s*", re.I)
_TRUE_FALSE_RE = re.compile(r"^\W*(?:đúng hay sai|đúng/sai|true or false)\s*[:?.–—-]+\s*(.+)$", re.I | re.S)
_BLANK_LABEL_RE = re.compile(r"^\W*(?:điền vào chỗ trống|điền từ|fill in the blanks?)\b([^:]{0,80}):\s*", re.I)
_BLANK_RE = re.compile(r"_{2,}|\.{4,}|…{2,}")
_FIGURE_NEXT_RE = re.compile(r"\s*(?:%|phần trăm|người|lượt|lớp|hộ|đơn vị|xã|trung tâm|triệu|tỷ|nghìn|suất|học viên)",
                             re.I)
_QUOTES_RE = re.compile(r"[“”\"‘’']")
# "A. 50% B. 60% C. 70% D. 80%", "A) …; B) …", one per line: two options at least, lettered in order from A
_OPTION_RE = re.compile(r"(?:(?<=\s)|^|(?<=[?:]))\(?([A-E])[.)/:]\s+")


@dataclass(frozen=True)
class Quiz:
    """What a quiz question asks of the plans, and the options it offers (letter, text)."""

    question: str
    options: tuple[tuple[str, str], ...] = ()
    kind: str = ""  # "choice" | "true_false" | "blank" | "" (no quiz)


def _options(text: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """The ask before its options, and the options (A, B, … in order), if it ends with two or more."""
    marks = list(_OPTION_RE.finditer(text))
    for i, m in enumerate(marks):
        if m.group(1) != "A":
            continue
        run = [m]
        for n in marks[i + 1:]:
            if ord(n.group(1)) == ord(run[-1].group(1)) + 1:
                run.append(n)
        if len(run) < 2:
            continue
        ends = [r.start() for r in run[1:]] + [len(text)]
        opts = tuple((r.group(1), squash_spaces(text[r.end():e]).strip(" ;,.")) for r, e in zip(run, ends, strict=True))
        if all(o for _, o in opts):
            return text[:m.start()].rstrip(" \n:;,"), opts
    return text, ()


def read_quiz(question: str) -> Quiz:
    """The question as the plans are asked it; a question that is no quiz comes back as it was. The label's language
    ("True or false", "Fill in the blank") is the question's."""
    text = question.strip()
    labelled = False
    for rx in (_ERRAND_RE, _LABEL_RE):
        if m := rx.match(text):
            text, labelled = text[m.end():], True
    if m := _TRUE_FALSE_RE.match(text):
        claim = m.group(1).strip().rstrip(".?! ")
        english = text.lower().lstrip(" \"'“").startswith("true")
        asked = f"Is it true that {claim}?" if english else f"Có đúng là {claim} không?"
        return Quiz(asked, (), "true_false")
    blank = _BLANK_LABEL_RE.match(text)
    if blank or _BLANK_RE.search(text) and labelled:
        body = text[blank.end():] if blank else text
        lead = re.sub(r"^(?:for|of|about|in|về|cho|trong)\s+", "", blank.group(1).strip(" ,"), flags=re.I) if blank else ""
        english = bool(blank) and blank.group(0).lower().lstrip(" \"'“").startswith("fill")
        # a blank before "%" or a unit asks a figure ("___% hộ gia đình"), any other a word ("mạng lưới ‘___’")
        body = _BLANK_RE.sub(lambda b: " what " if english else " bao nhiêu " if _FIGURE_NEXT_RE.match(
            body, b.end()) else " gì ", body)
        body = _QUOTES_RE.sub(" ", body)
        asked = squash_spaces(f"{lead}: {body}" if lead else body).strip(" .")
        return Quiz(asked if asked.endswith("?") else f"{asked}?", (), "blank")
    ask, options = _options(text)
    if options:
        return Quiz(ask if ask.rstrip().endswith("?") else f"{ask}?", options, "choice")
    return Quiz(text if labelled else question, (), "")
