"""A plan issued with a decision ("QUYẾT ĐỊNH Về việc ban hành Kế hoạch …", "Điều 1. Ban hành kèm theo Quyết định
này Kế hoạch …", signature, then the plan itself "(Ban hành kèm theo Quyết định số …)").

Everything before the plan's own "KẾ HOẠCH" title is header furniture for a plain plan, but here it holds the
decision's grounds and articles (who is charged with carrying it out) and the only signature: both are kept, the
articles as text before the plan's first part, the signature as the document's. A submission proposing the plan
("TỜ TRÌNH", with its own number, date and signer) filed before it is kept as text the same way; its number, date and
signer are not the plan's.
"""

from __future__ import annotations

import re

from ingest.clean import parse_tail, split_tail

_DECISION_TITLE_RE = re.compile(r"^\s*(?:#+\s*)?(?:\*\*)?\s*QUYẾT\s+ĐỊNH\s*(?:\*\*)?\s*$")
# a submission proposing the plan, filed before it ("TỜ TRÌNH Về việc ban hành Kế hoạch …"): its number, date and
# signer are its own, not the plan's; its text (what was proposed) is kept before the plan, as a decision's is
_SUBMISSION_TITLE_RE = re.compile(r"^\s*(?:#+\s*)?(?:\*\*)?\s*TỜ\s+TRÌNH\s*(?:\*\*)?\s*$")
_ARTICLE_RE = re.compile(r"^\s*(?:\*\*)?\s*Điều\s+\d+\s*[.:]", re.IGNORECASE)


def split_decision(header: str) -> tuple[str, str, str]:
    """(header, decision text, decision signature) from the text before a plan's title; ("header", "", "") when
    it holds no decision with articles. A submission filed first (``_split_submission``) gives its text and no
    signature: its signer proposed the plan, and did not sign it. The returned header keeps the decision's own top lines (number, date)
    and the plan's header lines after the signature."""
    lines = header.split("\n")
    start = next((i for i, ln in enumerate(lines) if _DECISION_TITLE_RE.match(ln)), None)
    if start is None or not any(_ARTICLE_RE.match(ln) for ln in lines[start:]):
        return _split_submission(lines)
    decision, tail = split_tail("\n".join(lines[start:]))
    if not tail:
        return header, "", ""
    # the tail runs from "Nơi nhận" through the signer's name; what follows it is the plan's own header
    tail_lines = tail.split("\n")
    _, signature = parse_tail(tail)
    last = signature.split("\n")[-1].strip() if signature else ""
    end = next((k + 1 for k in range(len(tail_lines) - 1, -1, -1) if last and last in tail_lines[k]), len(tail_lines))
    rest = "\n".join(lines[:start] + tail_lines[end:])
    return rest, decision, signature


def _split_submission(lines: list[str]) -> tuple[str, str, str]:
    """(the plan's own header, the submission's text with its header, "") when a submission comes first: the
    plan's header is the last number line before the plan's title with the furniture lines right above it."""
    start = next((i for i, ln in enumerate(lines) if _SUBMISSION_TITLE_RE.match(ln)), None)
    numbers = [k for k, ln in enumerate(lines) if _NUMBER_LINE_RE.match(ln)]
    if start is None or not numbers or numbers[-1] <= start:
        return "\n".join(lines), "", ""
    end = numbers[-1]
    while end > start + 1 and numbers[-1] - end < _PLAN_HEADER_LINES and _FURNITURE_RE.search(lines[end - 1]):
        end -= 1
    submission = [ln for ln in lines[:end] if ln.strip()]
    return "\n".join(lines[end:]), "\n".join(submission), ""


_NUMBER_LINE_RE = re.compile(r"^\s*(?:\*\*)?\s*Số\s*:")
_FURNITURE_RE = re.compile(r"CỘNG\s+HÒA|Độc\s+lập|^\s*[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ\s.,-]+$")  # the motto, a unit in capitals
_PLAN_HEADER_LINES = 3
