"""Turn (question, passages, history) into chat messages from the plain-text templates in ``prompts/``.

Templates stay as files so wording can be tuned without touching code; ``{name}`` placeholders are filled
in one pass, so braces or placeholder look-alikes inside passages or questions are never re-expanded.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from langchain_core.messages import BaseMessage, HumanMessage, SystemMessage

from chat.types import Citation, Turn
from planqa.config import Settings

LANGUAGES = ("vi", "en")
HISTORY_TURNS = 6  # most recent turns shown to the model
HISTORY_TURN_CHARS = 500

_PLACEHOLDER = re.compile(r"\{(\w+)\}")
# Runs of two or more angle-bracket look-alikes (optionally spaced): these could forge "<<<END PASSAGE [n]>>>".
_OPENERS = "<＜﹤‹«〈⟨《"
_CLOSERS = ">＞﹥›»〉⟩》"
_OPEN_RUN = re.compile(f"[{_OPENERS}](?:\\s*[{_OPENERS}])+")
_CLOSE_RUN = re.compile(f"[{_CLOSERS}](?:\\s*[{_CLOSERS}])+")
_DELIM_WORD = re.compile(r"(?i)\b((?:end\s+)?passage)\s*\[\s*(\d+)\s*\]")
_MARKER = re.compile(r"\s*\[\d+(?:\s*[,;]\s*\d+)*\]")

_NO_HISTORY = {"vi": "(không có)", "en": "(none)"}
_ROLE = {
    "vi": {"user": "Người dùng", "assistant": "Trợ lý"},
    "en": {"user": "User", "assistant": "Assistant"},
}


def normalize_language(language: str | None) -> str:
    """Map anything but English to Vietnamese: the plans and most users are Vietnamese."""
    return "en" if (language or "").lower().startswith("en") else "vi"


@lru_cache(maxsize=64)
def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def load_prompt(name: str, prompts_dir: Path) -> str:
    """Read ``prompts_dir / name`` once per process (templates are small and change only on deploy)."""
    path = (prompts_dir / name).resolve()
    if not path.is_file():
        raise FileNotFoundError(f"prompt template not found: {path}")
    return _read(path)


def clear_prompt_cache() -> None:
    """Forget cached templates, e.g. after editing them in a running process or in tests."""
    _read.cache_clear()


def render(template: str, **values: object) -> str:
    """Fill ``{name}`` placeholders in one pass; unknown placeholders are left as written."""
    return _PLACEHOLDER.sub(lambda m: str(values[m[1]]) if m[1] in values else m[0], template)


def neutralize(text: str) -> str:
    """Defang delimiter look-alikes so untrusted text cannot close or forge a passage block."""
    text = _OPEN_RUN.sub("‹", text)
    text = _CLOSE_RUN.sub("›", text)
    return _DELIM_WORD.sub(lambda m: f"{m[1].lower()} ({m[2]})", text)


def format_passage(citation: Citation, prompts_dir: Path) -> str:
    """One delimited context block; the block number is ``Citation.n`` so the model cites real numbers."""
    return render(
        load_prompt("context.md", prompts_dir).strip(),
        n=citation.n,
        title=neutralize(citation.title or "?"),
        locality=neutralize(citation.locality or "?"),
        section=neutralize(citation.section or "?"),
        text=neutralize(citation.text.strip()),
    )


def format_history(history: Sequence[Turn], language: str) -> str:
    """Recent turns, truncated, with old [n] markers removed (they pointed at other passages)."""
    lang = normalize_language(language)
    lines = []
    for turn in list(history)[-HISTORY_TURNS:]:
        content = " ".join(_MARKER.sub("", turn.content).split())
        if not content:
            continue
        if len(content) > HISTORY_TURN_CHARS:
            content = content[:HISTORY_TURN_CHARS].rstrip() + "…"
        role = _ROLE[lang].get(turn.role, turn.role)
        lines.append(f"{role}: {neutralize(content)}")
    return "\n".join(lines) or _NO_HISTORY[lang]


def build_messages(
    question: str,
    citations: Sequence[Citation],
    history: Sequence[Turn],
    language: str,
    settings: Settings,
) -> list[BaseMessage]:
    """System rules for the question's language, then one user message with history, passages, question."""
    lang = normalize_language(language)
    prompts_dir = settings.path(settings.prompts_dir)
    context = "\n\n".join(format_passage(c, prompts_dir) for c in citations)
    user = render(
        load_prompt("user.md", prompts_dir).strip(),
        history=format_history(history, lang),
        count=len(citations),
        context=context,
        question=neutralize(question.strip()),
    )
    return [
        SystemMessage(content=load_prompt(f"system.{lang}.md", prompts_dir).strip()),
        HumanMessage(content=user),
    ]
