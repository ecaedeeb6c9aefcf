"""A table of contents ("MỤC LỤC") at the top of a plan: every heading once more, with its page number after a
dotted leader (Word, a PDF) or as a list of links to the headings (markdown). Read as text it would be a second
outline in the preamble, answering "what does part III say" with a line of titles; it is dropped. A block counts
as contents only when most of its entries are headings found again later in the plan."""

from __future__ import annotations

import re

from ingest.textnorm import fold

_HEAD_RE = re.compile(r"^[\s#*_>]*(?:MỤC LỤC|Mục lục|NỘI DUNG|TABLE OF CONTENTS|CONTENTS)[\s#*_:]*$")
# "I. MỤC ĐÍCH, YÊU CẦU ........ 2", "1. Mục đích\t2", "2. Yêu cầu … 3"
_LEADER_RE = re.compile(r"^\s*(\S.{1,200}?)\s*(?:\.{3,}|…{2,}|(?:\.\s){3,}\.?|_{3,}|·{3,}|\t+)\s*\d{1,3}\s*$")
# "- [III. NHIỆM VỤ …](#iii-nhiem-vu)" or its flattened text "- III. NHIỆM VỤ …"
_ITEM_RE = re.compile(r"^\s*(?:[-*+•]|\d{1,2}\.)\s+(?:\[([^\]]{2,200})\]\(#[^)]*\)|(\S.{1,200}))\s*$")
MIN_ENTRIES = 3
SHARE_FOUND = 0.6  # entries found again as lines later in the plan


def _key(text: str) -> str:
    return " ".join(re.sub(r"[*_#>\[\]`]", " ", fold(text)).split()).rstrip(" .:")


def _entry(line: str) -> str | None:
    m = _LEADER_RE.match(line)
    if m:
        return m.group(1)
    m = _ITEM_RE.match(line)
    return (m.group(1) or m.group(2)) if m else None


def drop_contents(text: str) -> str:
    """``text`` without its table of contents (unchanged when there is none)."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if not _HEAD_RE.match(line):
            continue
        entries: list[str] = []
        j = i + 1
        while j < len(lines) and (not lines[j].strip() or (entry := _entry(lines[j])) is not None):
            if lines[j].strip():
                entries.append(entry)
            j += 1
        later = {_key(ln) for ln in lines[j:] if ln.strip()}
        found = sum(_key(e) in later for e in entries)
        if len(entries) >= MIN_ENTRIES and found >= SHARE_FOUND * len(entries):
            return "\n".join(lines[:i] + lines[j:])
    return text
