"""A plan forwarded by e-mail and saved as text: the plan is the quoted part ("> " lines).

The forwarder's note above it ("Em chuyển tiếp KH 41 …"), the "Forwarded message" headers (From, Date, Subject)
and anything after the quote are not the plan: citing them would put a sender's words in the plan's mouth.
"""

from __future__ import annotations

import re

_QUOTED_RE = re.compile(r"^[ \t]*>[ \t]?")
_PLAN_HEAD_RE = re.compile(r"^\s*(?:KẾ HOẠCH|QUYẾT ĐỊNH|CHƯƠNG TRÌNH|ĐỀ ÁN)\b")
_MIN_SHARE = 0.5  # quoted lines among the non-blank ones: a mail that is mostly the quote


def unquote(text: str) -> str:
    """The quoted part of a forwarded mail holding a plan, one quote level removed; other text as it is."""
    lines = text.split("\n")
    quoted = [i for i, ln in enumerate(lines) if _QUOTED_RE.match(ln)]
    filled = [ln for ln in lines if ln.strip()]
    if not quoted or len(quoted) < _MIN_SHARE * len(filled):
        return text
    inner = [_QUOTED_RE.sub("", lines[i], count=1) for i in range(quoted[0], quoted[-1] + 1)]
    if not any(_PLAN_HEAD_RE.match(ln) for ln in inner):
        return text  # a quoted mail thread, not a plan sent on
    return "\n".join(inner)
