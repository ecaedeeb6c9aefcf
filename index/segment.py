"""Vietnamese word segmentation (underthesea) into the tokens both lexical indexes use."""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.textnorm import fold, strip_accents

_TOKEN_OK = re.compile(r"\w", re.UNICODE)


@lru_cache(maxsize=1)
def _segmenter():  # noqa: ANN202 - underthesea's function
    from underthesea import word_tokenize

    return word_tokenize


def tokenize(text: str) -> list[str]:
    """Lower-cased, tone-canonical words; compounds joined with "_" ("nội_vụ"), punctuation dropped."""
    words = _segmenter()(fold(text))
    return [w.replace(" ", "_") for w in words if _TOKEN_OK.search(w)]


def syllables(text: str) -> list[str]:
    """Lower-cased syllables without segmentation: robust to segmentation differences."""
    return [s for s in re.findall(r"[\w&/\-]+", fold(text)) if _TOKEN_OK.search(s)]


def unaccented(tokens: list[str]) -> list[str]:
    """The accent-free copy of tokens, so "noi vu" still matches "nội vụ"."""
    return [strip_accents(t) for t in tokens]


def analyze(text: str) -> list[str]:
    """All lexical terms of a text: segmented words plus their syllables (each once per occurrence)."""
    return terms_of(tokenize(text))


def terms_of(words: list[str]) -> list[str]:
    """``analyze`` for words already segmented (segmentation is the costly part; do it once)."""
    out = list(words)
    for w in words:
        if "_" in w:
            out.extend(w.split("_"))
    return out
