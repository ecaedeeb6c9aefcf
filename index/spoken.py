"""A question dictated to a phone: numbers spoken in words ("năm hai nghìn không trăm ba mươi", "hai không ba
mươi", "bảy mươi phần trăm", "kế hoạch số bảy tư"), filler sounds ("ờ", "ừm"), no punctuation. The plans write
figures in digits, so the words are read into digits before the question is analysed.

Only runs that can be nothing but a number are read: a run with a multiplier ("mươi", "trăm", "nghìn"), three or
more digit words in a row (a year read digit by digit), two words ending in a tens-only unit ("bảy tư", "hai lăm"),
or a number before "phần trăm". "năm" is the year unless a multiplier follows it, "tư" and "một" alone stay words
("tư pháp", "một số")."""

from __future__ import annotations

import re

_DIGITS = {"không": 0, "một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5, "nhăm": 5,
           "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9}
_TENS_ONLY = {"mốt", "tư", "lăm", "nhăm"}  # units that only follow a tens word ("hai mươi mốt", "bảy tư")
# a single digit word after these is a number ("tháng sáu", "ngày một", "mục ba", "số hai")
_ORDINAL_ANCHOR_RE = re.compile(r"(?<!\w)(?:tháng|ngày|mục|điểm|khoản|số|điều)\s*$", re.IGNORECASE)
_QUARTER_RE = re.compile(r"(?<!\w)quý\s*$", re.IGNORECASE)
_ROMAN_QUARTER = {"một": "I", "hai": "II", "ba": "III", "bốn": "IV", "tư": "IV"}
_MULT = {"mười", "mươi", "trăm", "nghìn", "ngàn", "linh", "lẻ"}
_PERCENT_RE = re.compile(r"(\d)\s*phần\s+trăm\b", re.IGNORECASE)
# sounds a dictation keeps ("ờ", "ừm", "à" inside the sentence, "thì là"); "à?" closing a question asks
_FILLER_RE = re.compile(r"(?<!\w)(?:ờ+|ừ+m*|ừm|ơ+|hừm|ưm|à(?=\s+\w)(?!\s+(?:không|nhầm|quên|mà)\b)|thì là|kiểu như là)(?!\w)[,]?", re.IGNORECASE)


def _value(words: list[str]) -> int | None:
    """The number a run of spoken number words says, or None when it is not one reading."""
    total, group, pending, seen_tens = 0, 0, None, False
    for w in words:
        if w in _DIGITS:
            if pending is not None:
                return None
            if w in _TENS_ONLY and not seen_tens:
                return None
            pending = _DIGITS[w]
        elif w == "mười":
            if pending is not None:
                return None
            group, seen_tens = group + 10, True
        elif w == "mươi":
            if pending is None:
                return None
            group, pending, seen_tens = group + pending * 10, None, True
        elif w == "trăm":
            group, pending, seen_tens = group + (1 if pending is None else pending) * 100, None, False
        elif w in ("linh", "lẻ"):
            seen_tens = False
        elif w in ("nghìn", "ngàn"):
            total, group, pending, seen_tens = total + (group + (pending or 0)) * 1000, 0, None, False
    return total + group + (pending or 0)


def _written(n: int, year_like: bool) -> str:
    if year_like or n < 10000 and 1900 <= n <= 2100:
        return str(n)
    return f"{n:,}".replace(",", ".") if n >= 1000 else str(n)


def _read_run(words: list[str], before: str, after: str) -> str | None:
    """The digits a run of number words stands for, or None to keep the words."""
    low = [w.lower() for w in words]
    if not any(w in _DIGITS or w == "mười" for w in low):
        return None  # "hàng trăm", "hàng nghìn": a multiplier alone is a word
    has_mult = any(w in _MULT for w in low)
    percent = after.lower().startswith("phần trăm")
    if not has_mult:
        if len(low) >= 3 and low[0] not in _TENS_ONLY:  # a year or a number read digit by digit
            return "".join(str(_DIGITS[w]) for w in low)
        if len(low) == 2 and low[1] in _TENS_ONLY and low[0] not in _TENS_ONLY and low[0] != "không":
            return str(_DIGITS[low[0]] * 10 + _DIGITS[low[1]])  # "bảy tư" = 74, "hai lăm" = 25
        if low == ["năm"] and re.match(r"(?:\d{4}|hai|một)\b", after, re.I):
            return None  # "kỹ năng số năm 2026": the year word
        if low == ["không"] or re.match(r"lần\b", after, re.I):
            return None  # "thư viện số không?" asks whether; "mấy tháng một lần" is how often
        if len(low) == 1 and low[0] not in _TENS_ONLY and (percent or _ORDINAL_ANCHOR_RE.search(before)):
            return str(_DIGITS[low[0]])  # "năm phần trăm", "tháng sáu", "mục ba"
        if len(low) == 1 and _QUARTER_RE.search(before) and low[0] in _ROMAN_QUARTER:
            return _ROMAN_QUARTER[low[0]]  # "quý tư" = Quý IV, as plans write it
        return None
    # "hai không ba mươi", "hai không hai lăm": the century digit by digit, then the rest as a number
    head = 0
    while head < len(low) and low[head] in _DIGITS and low[head] not in _TENS_ONLY \
            and head + 1 < len(low) and low[head + 1] in _DIGITS:
        head += 1
    if head >= 1:
        rest = _value(low[head:])
        if rest is not None and rest < 100:
            return "".join(str(_DIGITS[w]) for w in low[:head]) + f"{rest:02d}"
    n = _value(low)
    if n is None:
        return None
    return _written(n, ("nghìn" in low or "ngàn" in low) and before.lower().rstrip().endswith("năm"))


_NUMBER_WORD = "|".join(sorted((*_DIGITS, *_MULT), key=len, reverse=True))
_RUN_RE = re.compile(rf"(?<!\w)(?<!phần )(?:{_NUMBER_WORD})(?:\s+(?:{_NUMBER_WORD}))*(?!\w)", re.IGNORECASE)


def spoken_numbers(text: str) -> str:
    """``text`` with its spoken numbers in digits ("năm hai nghìn không trăm ba mươi" → "năm 2030",
    "bảy mươi phần trăm" → "70%"); text with no number words comes back unchanged."""

    def read_words(words: list[str], before: str, after: str) -> str:
        lead = ""
        # "năm" opening a run is the year ("năm hai nghìn …") unless a multiplier follows it ("năm mươi")
        while len(words) > 1 and words[0].lower() == "năm" and words[1].lower() not in _MULT:
            lead, words = lead + words[0] + " ", words[1:]
        # "mười hai năm hai nghìn …", "sáu năm hai không hai sáu" (a month, then the year): two numbers either
        # side of the year word
        for k in range(1, len(words) - 1):
            if words[k].lower() == "năm" and words[k + 1].lower() not in _MULT:
                head = read_words(words[:k], before + " " + lead, "năm")
                return lead + head + " " + read_words(words[k:], before + " " + lead + head, after)
        digits = _read_run(words, before + " " + lead, after)
        if digits is not None and len(digits) == 2 and (before + " " + lead).rstrip().lower().endswith("năm") \
                and 20 <= int(digits) <= 50:
            digits = "20" + digits  # "năm hai lăm": 2025
        return lead + (" ".join(words) if digits is None else digits)

    shouted = not any(c.islower() for c in text)

    def read(m: re.Match[str]) -> str:
        words = m.group(0).split()
        opens = not re.search(r"[^\W\d_][^.?!:\n]*$", text[:m.start()])  # the run opens the sentence
        if not shouted and any(w[:1].isupper() for w in words[1 if opens else 0:]):
            return m.group(0)  # a name: "Tháp Mười", "Năm Căn", "Hai Bà Trưng"
        return read_words(m.group(0).split(), text[:m.start()], text[m.end():].lstrip())

    return _PERCENT_RE.sub(r"\1%", _RUN_RE.sub(read, text))


def without_fillers(text: str) -> str:
    """``text`` without the sounds a dictation keeps ("ờ", "ừm", "thì là")."""
    if not _FILLER_RE.search(text):
        return text
    return re.sub(r"[ \t]{2,}", " ", _FILLER_RE.sub(" ", text)).strip(" ,")  # lines kept: a sign-off is a line


_EN_UNITS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                                         "fourteen fifteen sixteen seventeen eighteen nineteen".split())}
_EN_TENS = {w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
_EN_WORD = "|".join(sorted((*_EN_UNITS, *_EN_TENS, "hundred", "thousand", "and"), key=len, reverse=True))
_EN_RUN_RE = re.compile(rf"(?<![\w-])(?:{_EN_WORD})(?:[\s-]+(?:{_EN_WORD}))*(?![\w-])", re.IGNORECASE)
_EN_MARKERS_RE = re.compile(r"\b(?:the|what|which|who|how|is|are|for|of|plan|percent|target|by|in)\b", re.I)
_EN_POINT_RE = re.compile(r"\s+point((?:\s+(?:zero|one|two|three|four|five|six|seven|eight|nine))+)\b", re.IGNORECASE)
_EN_PERCENT_RE = re.compile(r"(\d)\s*(?:percent|per cent)\b", re.IGNORECASE)


def _en_value(words: list[str]) -> int | None:
    total, group = 0, 0
    for w in words:
        if w in _EN_UNITS:
            group += _EN_UNITS[w]
        elif w in _EN_TENS:
            group += _EN_TENS[w]
        elif w == "hundred":
            group = max(group, 1) * 100
        elif w == "thousand":
            total, group = total + max(group, 1) * 1000, 0
    return total + group


def english_numbers(text: str) -> str:
    """Numbers an English question spells out ("twenty thirty", "ninety six percent", "two thousand and
    twenty five") in digits; only in a question with English words ("ten" is also unaccented "tên")."""
    if len(_EN_MARKERS_RE.findall(text)) < 2:
        return text

    def read(m: re.Match[str]) -> str:
        words = [w.lower() for w in re.split(r"[\s-]+", m.group(0)) if w]
        if words[0] == "and" or words[-1] == "and":
            return m.group(0)
        if len(words) >= 2 and words[0] in ("twenty", "nineteen") and words[1] in _EN_TENS:
            return f"{_EN_UNITS.get(words[0], _EN_TENS.get(words[0], 0))}{_en_value(words[1:]):02d}"  # "twenty thirty"
        if len(words) == 1 and words[0] in ("one", "zero") and not re.match(r"\s*(?:percent|per cent)", text[m.end():]):
            return m.group(0)  # "one of the plans"
        return str(_en_value(words))

    # "fifty five point five five": the digits after "point" are the decimals (written with a comma, as the plans do)
    text = _EN_POINT_RE.sub(lambda m: "," + "".join(str(_EN_UNITS[w.lower()]) for w in m.group(1).split()), text)
    return _EN_PERCENT_RE.sub(r"\1%", _EN_RUN_RE.sub(read, text))

