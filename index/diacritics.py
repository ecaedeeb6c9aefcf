"""Restore Vietnamese diacritics in queries typed without them.

A syllable bigram model is learned from the indexed plans themselves (plus a few question words the
plans never use), and each accent-free syllable is decoded with Viterbi over the accented syllables
that strip to it. Syllables the user did accent are kept as typed, so mixed input works too.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable

from ingest.textnorm import fold, strip_accents

# Telex input keys: the tone key typed after the syllable, and the letters typed as two keys
_TELEX_TONES = {"s": "\u0301", "f": "\u0300", "r": "\u0309", "x": "\u0303", "j": "\u0323"}
_TONE_MARKS = set(_TELEX_TONES.values())
_TELEX_LETTERS = (("aw", "ă"), ("aa", "â"), ("ee", "ê"), ("oo", "ô"), ("ow", "ơ"), ("uw", "ư"), ("dd", "đ"))
_SYL_RE = re.compile(r"[^\W\d_]+", re.UNICODE)

# Question words officials type that plans rarely contain: a small prior so decoding can pick them.
QUESTION_WORDS = (
    "phải làm gì có nhiệm vụ gì được giao việc gì chịu trách nhiệm gì thế nào ra sao bao nhiêu phần trăm "
    "khi nào ở đâu ai là gì của nào những kế hoạch nào còn thì sao đến năm đặt chỉ tiêu lấy từ đâu nhằm "
    "mục đích gì trước ngày nào hằng năm gửi báo cáo cơ quan nào có những giao cho giao các đề ra "
    "đúng không phải không có đúng không có phải không đúng chưa có đúng là "
    # the asker speaking of themselves and their body ("toi o hoi khuyen hoc …, hoi toi duoc giao gi")
    "tôi ở hội tôi cho em hỏi "
    # an item asked by its address in the plan ("diem a khoan 7 muc V … noi gi")
    "điểm a khoản mục nói gì quy định gì gạch đầu dòng thứ"
)
QUESTION_PRIOR_SYLLABLES = 8000  # plan syllables per copy of the question words


RESTORE_SHARE = 0.5  # share of bare syllables from which a question is read as typed without diacritics


class DiacriticRestorer:
    """Bigram Viterbi decoder over accented syllables, trained on plan text."""

    def __init__(self, texts: Iterable[str]) -> None:
        uni: Counter[str] = Counter()
        bi: Counter[tuple[str, str]] = Counter()

        def count(text: str, times: int = 1) -> None:
            for sent in re.split(r"[.;:!?\n]", fold(text)):
                syls = _SYL_RE.findall(sent)
                for _ in range(times):
                    uni.update(syls)
                    bi.update(zip(syls, syls[1:], strict=False))

        for text in texts:
            count(text)
        # the question-word prior keeps its share as the corpus grows (a portal with hundreds of plans must still
        # read "co nhiem vu gi" as "có nhiệm vụ gì", not "cơ …"): about three copies per five plans' worth of text
        count(QUESTION_WORDS, max(3, sum(uni.values()) // QUESTION_PRIOR_SYLLABLES))
        self.uni, self.bi = uni, bi
        self.total = sum(uni.values()) or 1
        self.vocab = len(uni) or 1
        self.candidates: dict[str, list[str]] = defaultdict(list)
        for syl in uni:
            self.candidates[strip_accents(syl)].append(syl)

    def _lp_uni(self, s: str) -> float:
        return math.log((self.uni.get(s, 0) + 0.1) / (self.total + 0.1 * self.vocab))

    def _lp_bi(self, a: str, b: str) -> float:
        # interpolated bigram: sharp where the corpus has the pair, unigram otherwise
        pa = self.uni.get(a, 0)
        p_bi = self.bi.get((a, b), 0) / pa if pa else 0.0
        return math.log(0.7 * p_bi + 0.3 * math.exp(self._lp_uni(b)))

    def restore(self, text: str) -> str:
        """Return ``text`` with accent-free syllables replaced by their most likely accented form."""
        tokens = re.findall(r"\w+|\W+", text, re.UNICODE)
        idx = [i for i, t in enumerate(tokens) if _SYL_RE.fullmatch(t)]
        if not idx:
            return text
        options: list[list[str]] = []
        shouting = text.isupper()
        for i in idx:
            tok = tokens[i]
            low = tok.lower()
            # typed with accents: keep; so is a word in capitals in a question that is not ("BTG TU", "tp HN"):
            # an abbreviation or initials, not a syllable
            if strip_accents(low) != low or (tok.isupper() and len(tok) > 1 and not shouting):
                options.append([fold(low)])
            else:
                cands = self.candidates.get(low) or ([t] if (t := self._telex(low)) else [low])
                options.append(sorted(cands, key=lambda c: -self.uni.get(c, 0))[:8])
        # Viterbi over the syllable sequence (punctuation does not break the chain: queries are short)
        best: list[dict[str, tuple[float, str | None]]] = [{c: (self._lp_uni(c), None) for c in options[0]}]
        for k in range(1, len(options)):
            layer: dict[str, tuple[float, str | None]] = {}
            for c in options[k]:
                layer[c] = max(((s + self._lp_bi(p, c), p) for p, (s, _) in best[-1].items()), key=lambda x: x[0])
            best.append(layer)
        seq: list[str] = []
        cur = max(best[-1].items(), key=lambda kv: kv[1][0])[0]
        for k in range(len(options) - 1, -1, -1):
            seq.append(cur)
            prev = best[k][cur][1]
            if prev is not None:
                cur = prev
        seq.reverse()
        for i, syl in zip(idx, seq, strict=True):
            orig = tokens[i]
            tokens[i] = syl.upper() if orig.isupper() and len(orig) > 1 else (
                syl[0].upper() + syl[1:] if orig[0].isupper() else syl)
        return "".join(tokens)

    def _telex(self, word: str) -> str | None:
        """A syllable typed with Telex keys left in ("kyx" → "kỹ", "lamf" → "làm", "nawng" → "năng") when the
        decoded form is one the plans use; else None."""
        tone = ""
        if len(word) > 1 and word[-1] in _TELEX_TONES and re.search(r"[aeiouyw]", word[:-1]):
            tone, word = _TELEX_TONES[word[-1]], word[:-1]
        for typed, letter in _TELEX_LETTERS:
            word = word.replace(typed, letter)
        for cand in self.candidates.get(strip_accents(word), ()):
            marks = {ch for ch in unicodedata.normalize("NFD", cand) if ch in _TONE_MARKS}
            bare = unicodedata.normalize("NFC", "".join(ch for ch in unicodedata.normalize("NFD", cand)
                                                        if ch not in _TONE_MARKS))
            if bare == word and marks == ({tone} if tone else set()):
                return cand
        return None

    def needs_restoring(self, text: str) -> bool:
        """True when a meaningful share of the Vietnamese-looking syllables carry no diacritics."""
        syls = [s for s in _SYL_RE.findall(text) if s.lower() in self.candidates or strip_accents(s.lower()) in self.candidates]
        if not syls:
            return False
        bare = [s for s in syls if strip_accents(s) == s and any(c != s.lower() for c in self.candidates.get(s.lower(), []))]
        # a question typed with diacritics still has toneless words ("chi bao nhiêu cho … trong năm"): about a
        # third of its syllables; one typed without them has (nearly) all bare
        return len(bare) / len(syls) >= RESTORE_SHARE
