"""LLM answers whose every [n] is checked against the passage it points to.

The model is untrusted: markers it invents or cannot back with passage text are removed, an answer that
echoes an instruction planted inside a passage is discarded, and whenever no verified claim remains the
caller's extractive ``fallback`` answers instead (mode "llm-fallback").
"""

from __future__ import annotations

import logging
import queue
import re
import threading
import time
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import BaseMessage

from chat.prompting import build_messages, normalize_language
from chat.types import Answer, Citation, Turn
from planqa.config import Settings

log = logging.getLogger(__name__)

MIN_WORDS = 0.5  # share of a claim's content syllables that must occur in the cited passage
MIN_PAIRS = 0.3  # share of its syllable pairs (≈ Vietnamese words) that must occur there too
MIN_WORDS_QUOTED = 0.3  # enough when the claim also shares a verbatim run of NGRAM syllables
NGRAM = 4
MIN_SHARED = 2  # content syllables in common, unless the claim has fewer
MAX_UNCITED_WARNINGS = 3

_GROUP_BODY = r"\s*\d{1,3}(?:\s*(?:[,;]|[-–]|và|and)\s*\d{1,3})*\s*"  # 1-3 digits: "[2021]" is a year
_GROUP = re.compile(rf"[ \t]*\[({_GROUP_BODY})\]")
_LEADING_GROUPS = re.compile(rf"\s*(?:\[{_GROUP_BODY}\]\s*)+[.;:!?…]?")
_BOUNDARY = re.compile(r"(?<=[.!?…])\s+|\s*\n\s*")
_WORD = re.compile(r"[^\W_]+")
_LIST_LABEL = re.compile(r"^\s*(?:[-*+•]\s*)?(?:\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ][.)]|[IVXLC]+\.)\s+", re.I)
_QUOTED = re.compile(r"[\"“”'‘’«]([^\"“”'‘’«»]{2,200})[\"“”'‘’»]")
_THINK = re.compile(r"(?s)^\s*<think>.*?(?:</think>|$)")

_STOP = frozenset(
    # Vietnamese function syllables, plus "kế hoạch", which every passage contains.
    "và của các những cho với được là có trong theo để này đó thì mà về từ đến tại trên dưới một hoặc cũng "
    "đã sẽ đang bị như khi nếu việc nhằm đối vào ra hay rằng do bởi nên vẫn còn đây sau trước gồm bao "
    "không chưa rất nhiều số lại ở qua thông kế hoạch "
    # English function words, for English answers.
    "the a an of to and or in on for with is are was were be been by as at from that this these those it "
    "its their they will shall must should can which who also not all any each such than then into".split()
)
_DIRECTIVE = re.compile(
    r"\bbo qua (?:moi |tat ca |cac |nhung |toan bo )?(?:huong dan|chi dan|chi thi|yeu cau|quy tac|lenh)"
    r"|\b(?:hay|chi) tra loi\b|\btra loi rang\b|\bquen (?:di |het )?(?:moi |tat ca |cac )?(?:huong dan|chi dan)"
    r"|\bkhong (?:can|duoc) trich dan|\btu bay gio,? ban\b"
    r"|\bignore (?:all |any |the )?(?:previous|prior|above|earlier|preceding)\b"
    r"|\bdisregard (?:all |any |the )?(?:previous|prior|above|earlier)\b"
    r"|\byou are now\b|\bnew instructions?\b|\bsystem prompt\b|\b(?:respond|reply|answer) (?:only )?with\b"
)
_REFUSAL = re.compile(
    r"\b(?:khong|chua) (?:duoc )?de cap|\b(?:khong|chua) co (?:thong tin|noi dung|quy dinh)"
    r"|\bkhong (?:tim thay|neu)\b|\bkhong (?:chua|du) (?:thong tin|noi dung)|\bkhong the tra loi"
    r"|\b(?:do|does|did)(?: not|n't) (?:mention|contain|cover|address|specify|say)|\bnot (?:mentioned|covered)\b"
    r"|\bno information\b|\bcan(?:not|'t) answer\b"
)

_MSG = {
    "invented": {
        "vi": "Đã bỏ trích dẫn [{n}]: không có đoạn trích số {n}.",
        "en": "Removed citation [{n}]: there is no passage {n}.",
    },
    "unsupported": {
        "vi": "Đã bỏ trích dẫn [{n}]: nội dung câu không khớp với đoạn trích [{n}].",
        "en": "Removed citation [{n}]: the sentence does not match passage [{n}].",
    },
    "numbers": {
        "vi": "Đã bỏ trích dẫn [{n}]: số liệu {nums} không có trong đoạn trích được dẫn.",
        "en": "Removed citation [{n}]: the figures {nums} are not in the cited passage.",
    },
    "uncited": {"vi": "Câu không có trích dẫn: “{s}”", "en": "Sentence without a citation: “{s}”"},
    "refusal_trimmed": {
        "vi": "Đã bỏ phần nội dung không có căn cứ đi kèm câu trả lời “không có thông tin”.",
        "en": "Removed unsupported text that came with the “no information” answer.",
    },
    "error": {
        "vi": "Mô hình ngôn ngữ gặp lỗi ({err}); hiển thị câu trả lời trích xuất.",
        "en": "The language model failed ({err}); showing the extractive answer.",
    },
    "timeout": {
        "vi": "Mô hình ngôn ngữ không phản hồi trong {s:g} giây; hiển thị câu trả lời trích xuất.",
        "en": "The language model did not respond within {s:g} s; showing the extractive answer.",
    },
    "empty": {
        "vi": "Mô hình ngôn ngữ trả về câu trả lời rỗng; hiển thị câu trả lời trích xuất.",
        "en": "The language model returned an empty answer; showing the extractive answer.",
    },
    "no_support": {
        "vi": "Câu trả lời của mô hình không có trích dẫn nào khớp với đoạn trích; hiển thị câu trả lời trích xuất.",
        "en": "No citation in the model's answer matches a passage; showing the extractive answer.",
    },
    "injection": {
        "vi": "Câu trả lời của mô hình lặp lại chỉ dẫn lạ nằm trong đoạn trích; hiển thị câu trả lời trích xuất.",
        "en": "The model's answer repeats an instruction found inside a passage; showing the extractive answer.",
    },
}


def _msg(key: str, language: str, **kw: object) -> str:
    return _MSG[key][normalize_language(language)].format(**kw)


# ---------------------------------------------------------------- text normalisation


def _fold(text: str) -> str:
    """Lowercase, no diacritics, single spaces: for phrase matching that survives typing variants."""
    text = unicodedata.normalize("NFD", text.lower()).replace("đ", "d")
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(_WORD.findall(text))


def _tokens(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFC", text).lower())


def _numbers(tokens: Sequence[str]) -> set[str]:
    return {t.lstrip("0") or "0" for t in tokens if t.isdigit()}


def _ngrams(tokens: Sequence[str], n: int = NGRAM) -> set[tuple[str, ...]]:
    return {tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1)}


def _split_sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?…])\s+", " ".join(text.split())) if s]


# ---------------------------------------------------------------- passages: support and planted directives


@dataclass
class _Passage:
    words: set[str]
    pairs: set[tuple[str, ...]]
    grams: set[tuple[str, ...]]
    numbers: set[str]
    payloads: list[str]  # folded phrases an injected directive asks the model to say


def _directives(text: str) -> tuple[list[str], set[int]]:
    """Payloads of instruction-like sentences planted in a passage, and the sentence indexes to distrust."""
    sentences = _split_sentences(text)
    payloads: list[str] = []
    bad: set[int] = set()
    for i, sentence in enumerate(sentences):
        if not _DIRECTIVE.search(_fold(sentence)):
            continue
        bad.add(i)
        quoted = _QUOTED.findall(sentence)
        if not quoted and i + 1 < len(sentences):
            quoted = _QUOTED.findall(" ".join(sentences[i : i + 2]))
            if quoted:
                bad.add(i + 1)
        if not quoted and ":" in sentence:
            quoted = [sentence.split(":", 1)[1]]
        payloads += [p for p in (_fold(q) for q in quoted or [sentence]) if len(p) >= 3]
    return payloads, bad


def _index_passage(c: Citation) -> _Passage:
    """What a claim citing ``c`` may rely on: the passage minus planted directives, plus its metadata."""
    payloads, bad = _directives(c.text)
    trusted = " ".join(s for i, s in enumerate(_split_sentences(c.text)) if i not in bad)
    seqs = [_tokens(trusted), _tokens(c.title), _tokens(c.locality), _tokens(c.section)]
    words = {t for seq in seqs for t in seq}
    pairs = set().union(*(_ngrams(seq, 2) for seq in seqs))
    grams = set().union(*(_ngrams(seq) for seq in seqs))
    return _Passage(words=words, pairs=pairs, grams=grams, numbers=_numbers(list(words)), payloads=payloads)


def _content(tokens: Sequence[str]) -> list[str]:
    return [t for t in tokens if t not in _STOP and not t.isdigit()]


def _supported(claim: list[str], p: _Passage) -> bool:
    """Word overlap alone is weak in Vietnamese (syllables recur everywhere), so pairs must match too."""
    content = set(_content(claim)) or {t for t in claim if not t.isdigit()}
    if not content:
        return False
    shared = len(content & p.words)
    words = shared / len(content)
    if words >= MIN_WORDS_QUOTED and _ngrams(claim) & p.grams:
        return True
    pairs = {pair for pair in _ngrams(claim, 2) if not set(pair) <= _STOP}
    paired = len(pairs & p.pairs) / len(pairs) if pairs else words
    return shared >= min(MIN_SHARED, len(content)) and words >= MIN_WORDS and paired >= MIN_PAIRS


# ---------------------------------------------------------------- answer structure


def _parse_group(body: str) -> list[int]:
    out: list[int] = []
    for part in re.split(r"\s*(?:[,;]|và|and)\s*", body.strip()):
        bounds = [int(x) for x in re.findall(r"\d+", part)]
        if len(bounds) == 2 and 0 <= bounds[1] - bounds[0] <= 20:
            out += range(bounds[0], bounds[1] + 1)
        else:
            out += bounds
    return list(dict.fromkeys(out))


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence/line spans; markers opening a span ("… chủ trì. [1]") belong to the previous span."""
    pieces, start = [], 0
    for m in _BOUNDARY.finditer(text):
        pieces.append((start, m.start()))
        start = m.end()
    pieces.append((start, len(text)))
    spans: list[list[int]] = []
    for s, e in pieces:
        if s >= e:
            continue
        lead = _LEADING_GROUPS.match(text, s, e)
        if spans and lead and lead.end() > s:
            spans[-1][1] = lead.end()
            s = lead.end()
        if s < e and (_WORD.search(text, s, e) or not spans):
            spans.append([s, e])
        elif s < e:
            spans[-1][1] = e
    return [(s, e) for s, e in spans]


def _claim_tokens(text: str) -> list[str]:
    return _tokens(_LIST_LABEL.sub("", _GROUP.sub(" ", text)))


def _evidence_tokens(claim: str, language: str) -> list[str]:
    """What must be found in the passage: for English answers, the Vietnamese quotes the prompt demands."""
    if normalize_language(language) == "en":
        quoted = _QUOTED.findall(claim)
        if quoted:
            return _tokens(" … ".join(quoted))
    return _claim_tokens(claim)


def verify_citations(
    answer_text: str, citations: Sequence[Citation], language: str = "vi"
) -> tuple[str, list[int], list[str]]:
    """Keep only [n] markers whose claim is backed by passage n; return (text, used n, warnings).

    A claim is the text between the previous marker (or the sentence start) and the marker. It is backed
    when enough of its words and word pairs occur in the passage (or it quotes a 4-word run verbatim) and
    every figure in it occurs in the cited passages. Groups such as [1, 2] or [1-3] are rewritten [1][2].
    """
    passages = {c.n: _index_passage(c) for c in citations}
    warnings: list[str] = []
    edits: list[tuple[int, int, str]] = []
    used: list[int] = []
    for s, e in _sentence_spans(answer_text):
        prev_end, prev_claim = s, answer_text[s:e]
        for m in _GROUP.finditer(answer_text, s, e):
            claim = answer_text[prev_end : m.start()]
            if len(_content(_claim_tokens(claim))) < 2:  # "[1][2]", "… và [3]": reuse the fuller claim
                claim = prev_claim if prev_end > s else answer_text[s:e]
            prev_end, prev_claim = m.end(), claim
            evidence = _evidence_tokens(claim, language)
            numbers = _parse_group(m[1])
            valid = [n for n in numbers if n in passages]
            known_numbers = set().union(*(passages[n].numbers for n in valid))
            missing = sorted(_numbers(_claim_tokens(claim)) - known_numbers, key=int)
            kept: list[int] = []
            for n in numbers:
                if n not in passages:
                    warnings.append(_msg("invented", language, n=n))
                elif missing:
                    warnings.append(_msg("numbers", language, n=n, nums=", ".join(missing)))
                elif not _supported(evidence, passages[n]):
                    warnings.append(_msg("unsupported", language, n=n))
                else:
                    kept.append(n)
            used += kept
            lead = m[0][: len(m[0]) - len(m[0].lstrip(" \t"))]
            edits.append((m.start(), m.end(), lead + "".join(f"[{n}]" for n in kept) if kept else ""))
    text = answer_text
    for start, end, new in reversed(edits):
        text = text[:start] + new + text[end:]
    text = re.sub(r"[ \t]+(?=\n|$)", "", text).strip()
    return text, list(dict.fromkeys(used)), list(dict.fromkeys(warnings))


def _is_framing(sentence: str) -> bool:
    """Headings, lead-ins ending with ':' and very short fragments are not claims needing a citation."""
    s = sentence.strip()
    return (
        s.startswith("#")
        or (s.startswith("**") and s.rstrip(":").endswith("**"))
        or s.endswith(":")
        or len(_WORD.findall(s)) < 4
    )


def _uncited_claims(text: str) -> list[str]:
    spans = _sentence_spans(text)
    return [
        text[s:e].strip()
        for s, e in spans
        if not _GROUP.search(text, s, e)
        and not _is_framing(text[s:e])
        and not _REFUSAL.search(_fold(text[s:e]))
    ]


def _echoed_payloads(answer_text: str, passages: Sequence[_Passage]) -> bool:
    folded = f" {_fold(_GROUP.sub(' ', answer_text))} "
    return any(f" {p} " in folded for passage in passages for p in passage.payloads)


def _refusal_text(text: str) -> tuple[str, bool]:
    """The refusal sentences only: whatever else the model added has no citation to back it."""
    plain = re.sub(r"[ \t]+(?=\n|$)", "", _GROUP.sub("", text)).strip()
    spans = _sentence_spans(plain)
    keep = [plain[s:e].strip() for s, e in spans if _REFUSAL.search(_fold(plain[s:e]))]
    if not keep:
        return plain, False
    return " ".join(keep), len(keep) < len([1 for s, e in spans if not _is_framing(plain[s:e])])


# ---------------------------------------------------------------- answer assembly


def _fallback(fallback: Callable[[], Answer], warning: str, timings: dict[str, float]) -> Answer:
    answer = fallback()
    return replace(
        answer,
        mode="llm-fallback",
        warnings=[warning, *answer.warnings],
        timings_ms={**answer.timings_ms, **timings},
    )


def _strip_think(text: str) -> str:
    return _THINK.sub("", text).strip()


def _finalize(
    raw: str,
    citations: Sequence[Citation],
    language: str,
    fallback: Callable[[], Answer],
    timings: dict[str, float],
) -> Answer:
    lang = normalize_language(language)
    text = _strip_think(raw)
    if not text:
        return _fallback(fallback, _msg("empty", lang), timings)
    if _echoed_payloads(text, [_index_passage(c) for c in citations]):
        log.warning("LLM answer echoes a directive planted in a passage; falling back")
        return _fallback(fallback, _msg("injection", lang), timings)
    cleaned, used, warnings = verify_citations(text, citations, lang)
    if not used:
        if _REFUSAL.search(_fold(text)):
            answer_text, trimmed = _refusal_text(text)
            return Answer(
                answer=answer_text,
                refused=True,
                citations=[],
                passages=list(citations),
                timings_ms=timings,
                language=lang,
                mode="llm",
                warnings=[_msg("refusal_trimmed", lang)] if trimmed else [],
            )
        return _fallback(fallback, _msg("no_support", lang), timings)
    uncited = _uncited_claims(cleaned)[:MAX_UNCITED_WARNINGS]
    warnings += [_msg("uncited", lang, s=s if len(s) <= 80 else s[:79] + "…") for s in uncited]
    return Answer(
        answer=cleaned,
        refused=False,
        citations=[c for c in citations if c.n in used],
        passages=list(citations),
        timings_ms=timings,
        language=lang,
        mode="llm",
        warnings=warnings,
    )


def _error_warning(exc: BaseException, language: str, timeout_s: float) -> str:
    if isinstance(exc, TimeoutError):
        return _msg("timeout", language, s=timeout_s)
    return _msg("error", language, err=type(exc).__name__)


def _invoke(llm: BaseChatModel, messages: list[BaseMessage], timeout_s: float) -> str:
    """Call the model in a worker thread so a hung backend cannot block the request past ``timeout_s``."""
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="planqa-llm")
    try:
        return str(pool.submit(llm.invoke, messages).result(timeout=timeout_s).text)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def generate_answer(
    question: str,
    citations: list[Citation],
    history: Sequence[Turn],
    llm: BaseChatModel,
    settings: Settings,
    language: str,
    fallback: Callable[[], Answer],
) -> Answer:
    """Answer with the LLM, keeping only verified citations; ``fallback()`` answers when the LLM cannot."""
    lang = normalize_language(language)
    messages = build_messages(question, citations, history, lang, settings)
    t0 = time.perf_counter()
    try:
        raw = _invoke(llm, messages, settings.llm_timeout_s)
    except Exception as exc:  # any backend failure must degrade to the extractive answer
        log.warning("LLM call failed: %r", exc)
        timings = {"llm": (time.perf_counter() - t0) * 1000}
        return _fallback(fallback, _error_warning(exc, lang, settings.llm_timeout_s), timings)
    return _finalize(raw, citations, lang, fallback, {"llm": (time.perf_counter() - t0) * 1000})


class _ThinkFilter:
    """Hide a leading <think>…</think> block (reasoning models) from the streamed deltas."""

    def __init__(self) -> None:
        self.buf = ""
        self.state = "start"  # "start" | "think" | "pass"

    def feed(self, text: str) -> str:
        if self.state == "pass":
            return text
        self.buf += text
        if self.state == "start":
            head = self.buf.lstrip()
            if "<think>".startswith(head):
                return ""  # undecided yet
            if not head.startswith("<think>"):
                self.state, out, self.buf = "pass", self.buf, ""
                return out
            self.state = "think"
        end = self.buf.find("</think>")
        if end < 0:
            return ""
        self.state, out, self.buf = "pass", self.buf[end + len("</think>") :].lstrip(), ""
        return out

    def flush(self) -> str:
        out, self.buf = (self.buf if self.state == "start" else ""), ""
        return out


_DONE = object()


def stream_answer(
    question: str,
    citations: list[Citation],
    history: Sequence[Turn],
    llm: BaseChatModel,
    settings: Settings,
    language: str,
    fallback: Callable[[], Answer],
) -> Iterator[tuple[str, str | Answer]]:
    """Yield ("delta", text) while the model streams, then ("final", Answer) verified like generate_answer.

    ``settings.llm_timeout_s`` bounds the wait for each chunk (not the whole answer), so a slow but live
    model keeps streaming while a stalled one falls back. The final text may differ from the deltas.
    """
    lang = normalize_language(language)
    messages = build_messages(question, citations, history, lang, settings)
    chunks: queue.Queue[object] = queue.Queue()
    stop = threading.Event()

    def produce() -> None:
        try:
            for chunk in llm.stream(messages):
                if stop.is_set():
                    return
                chunks.put(str(chunk.text))
            chunks.put(_DONE)
        except Exception as exc:  # handed to the consumer, which falls back
            chunks.put(exc)

    t0 = time.perf_counter()
    threading.Thread(target=produce, name="planqa-llm-stream", daemon=True).start()
    parts: list[str] = []
    think = _ThinkFilter()
    try:
        while True:
            try:
                item = chunks.get(timeout=settings.llm_timeout_s)
            except queue.Empty:
                item = TimeoutError()
            if isinstance(item, BaseException):
                log.warning("LLM stream failed: %r", item)
                timings = {"llm": (time.perf_counter() - t0) * 1000}
                yield (
                    "final",
                    _fallback(fallback, _error_warning(item, lang, settings.llm_timeout_s), timings),
                )
                return
            if item is _DONE:
                break
            parts.append(str(item))
            delta = think.feed(str(item))
            if delta:
                yield "delta", delta
        rest = think.flush()
        if rest:
            yield "delta", rest
        timings = {"llm": (time.perf_counter() - t0) * 1000}
        yield "final", _finalize("".join(parts), citations, lang, fallback, timings)
    finally:
        stop.set()
