"""Words typed with the Vietnamese keyboard switched off: the Telex or VNI keys land in the text as letters and
digits ("Hooij Khuyeens hocj", "So73 Noi vu", "lamf gif") instead of becoming accents. A word is decoded only when it
is no Vietnamese syllable as typed and its decoding is one ("xoong" stays, "Hooij" becomes "Hội"); English words and
names never decode to a syllable ("plans", "UBND"), so they stay as typed.
"""

from __future__ import annotations

import re
import unicodedata

from index.aliases import ENGLISH_MARKERS
from index.glossary import EN_TO_VI
from ingest.clean import is_syllable

# English words a Vietnamese question may carry ("Which tasks does Kinh Môn's town …"): never decoded
_ENGLISH = frozenset(ENGLISH_MARKERS) | frozenset(w for term in EN_TO_VI for w in term.split())

_TONE_KEYS = {"s": "\u0301", "f": "\u0300", "r": "\u0309", "x": "\u0303", "j": "\u0323"}
_VNI_TONES = {"1": "\u0301", "2": "\u0300", "3": "\u0309", "4": "\u0303", "5": "\u0323"}
_VNI_MARKS = {"6": {"a": "â", "e": "ê", "o": "ô"}, "7": {"o": "ơ", "u": "ư"}, "8": {"a": "ă"}, "9": {"d": "đ"}}
_VOWELS = "aăâeêioôơuưy"
_WORD_RE = re.compile(r"(?<![\w/&.-])([A-Za-zĐđ]+[0-9A-Za-z]*)(?![\w/&-])")


def _place_tone(word: str, tone: str) -> str:
    """The syllable with its tone mark on the vowel that carries it (the canonical placement is applied later)."""
    start = 2 if word[:2] in ("qu", "gi") and len(word) > 2 and word[2] in _VOWELS else 0
    spans = [i for i in range(start, len(word)) if word[i] in _VOWELS]
    if not spans:
        return word
    group = [spans[0]]
    for i in spans[1:]:
        if i != group[-1] + 1:
            break
        group.append(i)
    marked = [i for i in group if word[i] in "ăâêôơư"]
    if marked:
        at = marked[-1]
    elif len(group) == 1:
        at = group[0]
    elif group[-1] == len(word) - 1:  # an open syllable: "hoa", "mua" — on the first of two, the middle of three
        at = group[0] if len(group) == 2 else group[1]
    else:
        at = group[-1]
    return unicodedata.normalize("NFC", word[:at + 1] + tone + word[at + 1:])


def _telex(word: str) -> str | None:
    tone = ""
    if word[-1] in _TONE_KEYS and any(c in _VOWELS for c in word[:-1]):
        tone, word = _TONE_KEYS[word[-1]], word[:-1]
    w = word.replace("dd", "đ").replace("uow", "ươ").replace("aa", "â").replace("ee", "ê").replace("oo", "ô")
    w = w.replace("aw", "ă").replace("ow", "ơ").replace("uw", "ư").replace("w", "ư")
    if w == word and not tone:
        return None
    return _place_tone(w, tone) if tone else w


def _vni(word: str) -> str | None:
    if not re.search(r"[a-z][1-9]", word):
        return None
    out, tone = "", ""
    for ch in word:
        if ch in _VNI_TONES:
            tone = _VNI_TONES[ch]
        elif ch in _VNI_MARKS:
            for i in range(len(out) - 1, -1, -1):
                if out[i] in _VNI_MARKS[ch]:
                    out = out[:i] + _VNI_MARKS[ch][out[i]] + out[i + 1:]
                    break
        elif ch.isdigit():
            return None
        else:
            out += ch
    return _place_tone(out, tone) if tone else out


def _decoded(raw: str) -> str | None:
    """The word a Telex/VNI-typed ``raw`` stands for, or None when it is no such word."""
    low = raw.lower()
    if len(low) < 3 or low in _ENGLISH or low.rstrip("s") in _ENGLISH \
            or (not any(c.isdigit() for c in low) and is_syllable(low)) or (raw.isupper() and len(raw) > 1):
        return None
    decoded = _vni(low) if any(c.isdigit() for c in low) else _telex(low)
    if not decoded or not is_syllable(decoded):
        return None
    return decoded[0].upper() + decoded[1:] if raw[0].isupper() else decoded


def untyped(text: str, keep: frozenset[str] = frozenset()) -> tuple[str, list[str]]:
    """``text`` with Telex/VNI-typed words decoded, and the words changed ("Hooij→Hội").

    A capitalised word inside a name ("Ea Kar", "Ea Bar": the word before it capitalised and typed as it is) is a
    name, not Telex; so is a lone capitalised candidate in the middle of a sentence, and a word of a loaded place's
    name typed around it (``keep``, lower case: "xa da sar" is xã Đạ Sar, not "sả")."""
    matches = list(_WORD_RE.finditer(text))
    found = {i: d for i, m in enumerate(matches) if m.group(1).lower() not in keep and (d := _decoded(m.group(1)))}
    changed: list[str] = []
    out, last = [], 0
    for i, m in enumerate(matches):
        if i not in found:
            continue
        raw = m.group(1)
        if raw[0].isupper():
            before = text[:m.start()].rstrip()
            starts = not before or before[-1] in ".?!:;\n"
            in_name = i > 0 and matches[i - 1].group(1)[0].isupper() and (i - 1) not in found \
                and text[matches[i - 1].end():m.start()].strip() == ""
            if in_name or (not starts and len(found) < 2):
                continue
        out.append(text[last:m.start()] + found[i])
        last = m.end()
        changed.append(f"{raw}→{found[i]}")
    out.append(text[last:])
    return "".join(out), changed
