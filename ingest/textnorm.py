"""Unicode and Vietnamese text normalisation shared by ingest, index and chat."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# Old-style tone placement (hoà, thuý, khoẻ) → new style (hòa, thúy, khỏe), for matching only.
_OLD_TONE = {
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}
_OLD_TONE_RE = re.compile(
    # "qu" is one consonant: "quý", "quỹ" carry the mark on the vowel after it in either style
    r"(?<![qQ])(" + "|".join(sorted(_OLD_TONE, key=len, reverse=True)) + r")(?![a-zđàáảãạâăêôơưèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ])",
    re.IGNORECASE,
)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def canonical_tones(text: str) -> str:
    """Map old tone-mark placement to the new one so "hoà" and "hòa" compare equal."""

    def repl(m: re.Match[str]) -> str:
        s = m.group(0)
        out = _OLD_TONE[s.lower()]
        return out.upper() if s.isupper() else (out[0].upper() + out[1:] if s[0].isupper() else out)

    return _OLD_TONE_RE.sub(repl, text)


def strip_accents(text: str) -> str:
    """Remove Vietnamese diacritics ("Sở Nội vụ" → "So Noi vu"); đ/Đ become d/D."""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if unicodedata.category(c) != "Mn"))


def has_accents(text: str) -> bool:
    return strip_accents(text) != text


def fold(text: str) -> str:
    """Lower-case, NFC, canonical tones: the form used to compare words."""
    return canonical_tones(nfc(text).lower())


def plain_words(text: str) -> set[str]:
    """The text's words lower-cased and accent-free: how a question's and a line's words are compared."""
    return set(re.findall(r"\w+", strip_accents(fold(text))))


def squash_spaces(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def tidy_spaces(text: str) -> str:
    """One space between words and none before a punctuation mark: a text a span was cut out of ("Hà Nội , các")."""
    return re.sub(r"\s+([.?!,;:])", r"\1", squash_spaces(text))


def title_has(title: str, phrases: Iterable[str]) -> bool:
    """Does a heading contain one of the phrases? A heading OCR left without any diacritics ("MUC TIEU") is
    compared without them; one that has them keeps them ("chi tiêu" is spending, not "chỉ tiêu")."""
    t = fold(title)
    if strip_accents(t) == t:
        return any(strip_accents(fold(p)) in t for p in phrases)
    return any(fold(p) in t for p in phrases)
