"""English words typed inside a Vietnamese question ("budget cho plan Huế lấy từ đâu?", "deadline nộp report của
Phòng GD …") read as the plans' Vietnamese wording ("kinh phí cho kế hoạch Huế …"): officials mix in the English
words of their office software, and the question is Vietnamese all the same (its answer, its analysis). A word
that could be a Vietnamese syllable ("an", "can", "Hue"), is written in capitals (an abbreviation: "KPI", "UBND") or
capitalised inside the sentence (a name: "Zalo") is left as typed; a word the bilingual glossary does not hold too."""

from __future__ import annotations

import re

from index.glossary import TERMS, en_key
from ingest.clean import is_syllable

# a letter only Vietnamese writes: the question is Vietnamese (no re.I: "s" would meet "ſ" inside the range)
_VIETNAMESE_RE = re.compile(r"[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđĐ]")
_WORD_RE = re.compile(r"(?<![\w&/.\-])[A-Za-z][a-z]+(?![\w&/.\-]\w)")  # not inside "KH-58-signed.pdf"
# an English sentence naming Vietnamese bodies and places ("Please list the nhiệm vụ of the Hội …", "And Đắk Lắk
# province?") has English function words; a Vietnamese one with English terms in it has none
_ENGLISH_RE = re.compile(r"\b(?:the|what|who|which|how|does|do|is|are|please|when|where|and|of|for|with|whether)\b",
                         re.I)
# loanwords Vietnamese writing keeps as they are (plans write "học online", "ứng dụng Zalo", "trang website")
LOANWORDS = frozenset("online offline internet website web email app video radio tivi wifi smartphone camera "
                      "livestream fanpage facebook youtube zalo".split())
VIETNAMESE_SHARE = 0.35  # of its words written with Vietnamese letters: the question is Vietnamese (an English
# question names places with accents — "the Kim Liên commune plan" — but few)
_FIRST: dict[str, str] = {}  # one-word English term (en_key form) → its Vietnamese
for _vi, _en, _ in TERMS:
    _key = en_key(_en)
    if " " not in _key and (_key not in _FIRST or len(_vi) < len(_FIRST[_key])):
        _FIRST[_key] = _vi  # the glossary's plainest (shortest) Vietnamese wording of a one-word term


def vietnamese_words(question: str) -> str:
    """The question with its English one-word terms in the plans' Vietnamese; unchanged when it is not
    Vietnamese."""
    words = question.split()
    if not words or sum(bool(_VIETNAMESE_RE.search(w)) for w in words) < VIETNAMESE_SHARE * len(words) \
            or _ENGLISH_RE.search(question):
        return question

    def swap(m: re.Match[str]) -> str:
        word = m.group(0)
        if is_syllable(word) or (word[0].isupper() and m.start() > 0) or word.lower() in LOANWORDS:
            return word  # (capitalised inside the sentence: a name — "Zalo" —, not a word)
        return _FIRST.get(en_key(word), word)

    return _WORD_RE.sub(swap, question)
