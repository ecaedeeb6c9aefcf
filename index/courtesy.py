"""What an official types around the ask: greetings, thanks and sign-offs, a question typed in capitals or in
Title Case, a question pasted over several lines, regional words. All of it is read away before the question is
analysed, so "Dạ em chào ad, cho em hỏi … ạ? Em cảm ơn" asks what "…?" asks.

Matching runs on the accent-free lower-case copy of the text (the same length as the text: NFC letters fold one
to one), and the spans found are cut from the text itself."""

from __future__ import annotations

import re

from index.aliases import ABBREVIATIONS, SHORTHAND
from index.correction import corrected
from index.spoken import english_numbers, spoken_numbers, without_fillers
from ingest.textnorm import nfc, squash_spaces, strip_accents

_ADDRESSEE = (r"(?:anh\s*/\s*chi|anh,\s*chi|anh chi|cac anh chi|cac ban|quy vi|moi nguoi|ca nha|admin|anh|chi|ban|ad|add|"
              r"bot|em|co|chu|bac)")
_ASKER = r"(?:em|minh|toi|chau|tui)"
# (accent-free "hoi" is also "Hội": "Hội Khuyến học", "Hội Nông dân" are bodies, not "hỏi")
_NOT_ASK = r"(?!\s+(?:khuyen|nong|lien|cuu|nguoi|phu|dong|chu|doanh|sinh|van|luat|nha|dong|ccb|lhpn|kh)\b)"
# a greeting opening the question ("Dạ em chào ad,", "Xin chào,", "Chào anh/chị,", "Hello,", "Dear team,")
_GREETING_RE = re.compile(
    rf"^\W*(?:(?:da|vang|thua)\b[\s,]*)?(?:{_ASKER}\s+)?(?:xin\s+)?chao\b(?:\s+{_ADDRESSEE}\b)*(?:\s+a\b)?[\s,.!:;-]*"
    r"|^\W*(?:hi|hello|hey|good (?:morning|afternoon|evening)|greetings)\b[^\w\n]*"
    r"|^\W*dear\s[^,\n]{1,40}[,:\n]\s*")
# the lead-in to the ask ("cho em hỏi", "xin hỏi", "em hỏi:", "mình muốn hỏi thêm")
_LEAD_IN_RE = re.compile(
    rf"^\W*(?:(?:da|vang)\b[\s,]*)?(?:(?:(?:xin\s+)?cho\s+(?:{_ASKER}\s+)?hoi|xin\s+hoi|{_ASKER}\s+(?:muon\s+|xin\s+|can\s+)?"
    rf"hoi){_NOT_ASK}(?:\s+(?:them|chut|ti|xiu|voi|nhe|nha|a))*\b|(?:{_ASKER}\s+(?:muon|can)\s+biet|"
    rf"(?:xin\s+)?cho\s+{_ASKER}\s+biet)\b)(?:\s+la)?\s*[,:]?\s*")
# "Dạ," / "Vâng," alone before the question
_PARTICLE_OPEN_RE = re.compile(r"^\W*(?:da|vang|thua)\b[\s,]+(?=\w)")
_PARTICLE_WORD_RE = re.compile(r"^\W*(?:dạ|da|vâng|vang|thưa|thua)(?!\w)", re.I)
# thanks and sign-offs closing the question ("Em cảm ơn ạ.", "Cảm ơn nhiều.", "Trân trọng.", "Many thanks, Anna")
_CLOSING_RE = re.compile(
    rf"(?:[\s,.!]+|^)(?:(?:{_ASKER}|xin)\s+)?(?:chan\s+thanh\s+)?cam\s+on(?:\s+(?:{_ADDRESSEE}|nhieu|rat nhieu|truoc|a|nhe|nha))*"
    r"[\s.!]*$"
    r"|(?:[\s,.!]+|^)tran\s+trong(?:\s+cam\s+on)?[\s.!]*$"
    r"|(?:[\s,.!]+|^)(?:(?:many|thanks?|thank you)(?:\s+(?:thanks|you|a lot|so much|in advance))*|(?:best|kind|warm)?\s*regards"
    r"|best|sincerely|cheers)[\s,.!]*(?:\n\s*[a-z][\w .'-]{0,40})?\s*$")
# a closing particle before the question mark ("… không ạ?")
_POLITE_TAIL_RE = re.compile(r"\s+(?:ạ|nhé|nha|nhen)(?=\s*[?.!]*\s*$)", re.I)  # (not "à?", which asks)
_PUNCT_RUN_RE = re.compile(r"([?!.])(?:\s*[?!.…])+|…+")

# regional words → the standard word the analysis reads; only the accented forms (unaccented "mo", "ni" are
# other words), and never inside a name or a compound ("mô hình", "chi ngân sách", "răng miệng")
_DIALECT: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\bở mô\b", re.I), "ở đâu"),
    (re.compile(r"\bmô(?!\s+(?:hình|tả|phỏng|đun|men|típ))\b", re.I), "nào"),
    (re.compile(r"\bchi(?=(?:\s+(?:rứa|rứa hè|hè|hỉ|vậy|dzậy|ri))?\s*[?.!]*\s*$)", re.I), "gì"),
    (re.compile(r"\b(?:vì|tại) răng\b", re.I), "vì sao"),
    (re.compile(r"\brăng(?!\s+(?:miệng|hàm|sữa|lợi))\b", re.I), "thế nào"),
    (re.compile(r"\brứa\b", re.I), "vậy"),
    (re.compile(r"\b(?:dzậy|dzạ|dậy|dza)\b", re.I), "vậy"),
    (re.compile(r"\bcái ni\b|\bchừ\b", re.I), "cái này"),
    (re.compile(r"\bnớ\b", re.I), "đó"),
    (re.compile(r"\bmần\b", re.I), "làm"),
    (re.compile(r"\bvô\b(?!\s+(?:cùng|tận|địch|hiệu|hình|ích|danh|gia cư|điều kiện))", re.I), "vào"),
    (re.compile(r"\b(?:hông|hổng|hem)\b", re.I), "không"),
    (re.compile(r"(?<!\bbao )\bnhiêu\b", re.I), "bao nhiêu"),
    (re.compile(r"\btui\b", re.I), "tôi"),
    (re.compile(r"\s+(?:hỉ|hè|nghen|nhen)(?=\s*[?.!]*\s*$)", re.I), ""),
]
_VOWEL_RE = re.compile(r"[AEIOUY]")
_NAME_JOIN = "'’‘-"  # "Đưng K’Nớ": a syllable joined to a name's
_KEEP_CASE = {k for k in (*ABBREVIATIONS, *SHORTHAND) if any(c.isupper() for c in k)}


def _in_name(m: re.Match[str]) -> bool:
    """Is the regional word part of a name: capitalised after the question's first word ("xã Đưng K’Nớ"), or joined
    to the syllable before it by an apostrophe or hyphen?"""
    text, word = m.string, m.group(0).strip()
    before = text[:m.start()].rstrip()
    return bool(word) and ((word[0].isupper() and bool(before) and before[-1] not in ".?!")
                           or (m.start() > 0 and text[m.start() - 1] in _NAME_JOIN))


def _cut(text: str, pattern: re.Pattern[str]) -> str:
    """``text`` with the first span ``pattern`` finds in its accent-free lower-case copy cut out."""
    plain = strip_accents(text.lower())
    if len(plain) != len(text):
        return text
    m = pattern.search(plain)
    return text if m is None else text[:m.start()] + " " + text[m.end():]


def _sentence_case(text: str) -> str:
    """A question typed in capitals ("SỞ NỘI VỤ HÀ NỘI PHẢI LÀM GÌ") or in Title Case ("Nhiệm Vụ Của Phòng …"),
    in lower case but for its abbreviations (the analysis reads names typed in lower case too)."""
    words = re.findall(r"[^\W\d_]+", text)
    if len(words) < 3:
        return text
    shouted = not any(c.islower() for c in text)
    titled = sum(w[0].isupper() for w in words) >= 0.9 * len(words) and sum(w.isupper() for w in words) <= 1
    if not (shouted or titled):
        return text

    def kept(w: str) -> bool:  # an abbreviation or initials ("UBND", "GD&ĐT", "DMC": no vowel) keep their case
        bare = re.sub(r"[^\w&]", "", w)
        return w in _KEEP_CASE or bare in _KEEP_CASE or (bare.isupper() and not _VOWEL_RE.search(strip_accents(bare)))

    return " ".join(w if kept(w) else w.lower() for w in text.split(" "))


def courtesy_only(text: str) -> bool:
    """Is the turn only a greeting or thanks ("Chào bạn!", "Em cảm ơn ạ")?"""
    return not re.search(r"\w", _stripped(text))


def plain_question(text: str) -> str:
    """The ask without what surrounds it (unchanged when nothing would be left: "Chào bạn!" stays a greeting)."""
    q = _stripped(text)
    return q if re.search(r"\w", q) else squash_spaces(nfc(text))


def _stripped(text: str) -> str:
    q = without_fillers(nfc(text).strip())
    for pattern in (_GREETING_RE, _LEAD_IN_RE, _PARTICLE_OPEN_RE, _CLOSING_RE, _CLOSING_RE):
        if pattern is _PARTICLE_OPEN_RE and not _PARTICLE_WORD_RE.match(q):
            continue  # "Đà Lạt …" reads "da" without its accents, and is no "Dạ,"
        q = _cut(q, pattern).strip()
    q = _POLITE_TAIL_RE.sub(" ", q)
    q = _PUNCT_RUN_RE.sub(lambda m: m.group(1) or " ", q)
    q = squash_spaces(re.sub(r"\s*\n\s*", " ", q)).strip(" ,;:")
    for pattern, standard in _DIALECT:
        q = pattern.sub(lambda m, standard=standard: m.group(0) if _in_name(m) else standard, q)
    q = english_numbers(corrected(english_numbers(spoken_numbers(q))))  # "năm hai không hai lăm, à nhầm, hai không ba mươi": "năm 2030"
    return re.sub(r"\s+([?!.,;:])", r"\1", squash_spaces(_sentence_case(q)))
