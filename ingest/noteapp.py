"""A plan pasted into a chat group or kept in a note app, then saved as text or markdown.

A chat export wraps the plan in messages ("[07:43, 14/02/2025] VP UBND xã - Ngọc Hiền: …") with the sender's note
before it and the replies after it: only the message holding the plan is the plan (the replies are other people's
words). Note apps (Notion, Obsidian) add a YAML front matter block, callouts ("> [!NOTE]"), task boxes ("- [ ] …"),
inline code around document numbers, emoji before headings and " · " between the header's parts. Chat plans head
their parts with an emoji and a caption in capitals ("📌 CHỈ TIÊU NĂM 2025"): those are the plan's headings.
"""

from __future__ import annotations

import re

# "[07:42, 14/02/2025] Name: text", "[14/02/2025 07:42] Name: text", "14/02/2025, 07:42 - Name: text"
_CHAT_RE = re.compile(r"^\s*(?:\[\d{1,2}:\d{2}(?:,\s*\d{1,2}/\d{1,2}/\d{2,4})?\]|\[\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}\]"
                      r"|\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}\s+[-–])\s*[^:\n]{1,60}:\s?(.*)$")
_MIN_MESSAGES = 3  # lines opening a message: fewer is a plan that quotes a time, not a chat export
_PLAN_HEAD_RE = re.compile(r"^\s*(?:\W+\s*)?(?:KẾ HOẠCH|QUYẾT ĐỊNH|CHƯƠNG TRÌNH)\b")

_FRONT_MATTER_RE = re.compile(r"\A\ufeff?---[ \t]*\n(?:[\w-]+[ \t]*:.*\n|[ \t]+.*\n|-[ \t].*\n)*---[ \t]*\n")
_CODE_RE = re.compile(r"`([^`\n]+)`")
_CALLOUT_RE = re.compile(r"^[ \t]*>[ \t]*\[!\w+\][^\n]*$", re.MULTILINE)  # "> [!NOTE]": the box's kind, no text
_QUOTE_RE = re.compile(r"^[ \t]*>[ \t]?", re.MULTILINE)
_TASK_BOX_RE = re.compile(r"^([ \t]*[-*+][ \t]+)\[[ xX]\][ \t]+", re.MULTILINE)
_PICTO = r"[\u2600-\u27BF\U0001F000-\U0001FAFF\u2B00-\u2BFF][\uFE0F\u200d]?"
_HEADING_PICTO_RE = re.compile(rf"^([ \t]*#{{1,6}}[ \t]+)(?:{_PICTO}[ \t]*)+", re.MULTILINE)
# "📌 CHỈ TIÊU NĂM 2025": a caption in capitals after a pictograph
_PICTO_CAPTION_RE = re.compile(rf"^[ \t]*(?:{_PICTO}[ \t]*)+([^\n]*)$", re.MULTILINE)
_DOT_SEPARATOR_RE = re.compile(r"[ \t]+·[ \t]+")


def unchat(text: str) -> str:
    """The message of a chat export that holds the plan, without the message's time-and-sender prefix; other
    text as it is."""
    lines = text.split("\n")
    opens = [i for i, ln in enumerate(lines) if _CHAT_RE.match(ln)]
    if len(opens) < _MIN_MESSAGES:
        return text
    bounds = list(zip(opens, [*opens[1:], len(lines)], strict=True))
    messages = [[_CHAT_RE.sub(r"\1", lines[a])] + lines[a + 1:b] for a, b in bounds]
    plan = [m for m in messages if any(_PLAN_HEAD_RE.match(ln) for ln in m)]
    if not plan:
        return text
    return "\n".join(max(plan, key=len)).strip("\n") + "\n"


def note_markup(text: str) -> str:
    """Markdown as note apps write it → the plain markdown the cleaner reads (see the module docstring)."""
    text = _FRONT_MATTER_RE.sub("", text)
    text = _CALLOUT_RE.sub("", text)
    if "`" in text:
        text = _CODE_RE.sub(r"\1", text)
    text = _TASK_BOX_RE.sub(r"\1", text)
    text = _HEADING_PICTO_RE.sub(r"\1", text)
    text = _PICTO_CAPTION_RE.sub(_caption, text)
    return _DOT_SEPARATOR_RE.sub("\n", text)


def unquote_callouts(text: str) -> str:
    """A note's callout boxes ("> **Lưu ý:** …") read as the plan's lines. Runs after ``ingest.forwarded`` has
    taken a mostly quoted text (a forwarded mail) for its quote: the quote marks left are callouts."""
    return _QUOTE_RE.sub("", text)


def _caption(m: re.Match[str]) -> str:
    rest = m.group(1).strip()
    letters = [c for c in rest if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) >= 0.8 * len(letters):
        return f"**{rest}**"  # a part's heading
    return f"- {rest}"  # a bullet
