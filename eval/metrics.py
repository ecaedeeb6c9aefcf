"""The metrics of ``../shared/eval/FORMAT.md`` as pure functions, so any system's output can be scored.

Evidence is matched against passage *text* (never chunk ids or offsets), which keeps the figures
comparable across chunkers: the product, BM25 over fixed windows and the LangChain recipe.

Choices FORMAT.md leaves open, made here once:
- Word tokens are ``\\w+`` runs of the normalised text, case kept (spans are verbatim); the 80% rule
  is the longest in-order (not necessarily contiguous) subsequence of span tokens in the passage.
- Citation "overlap": the span is found in the cited text (rule above), or the two share a contiguous
  run of >= ``OVERLAP_MIN_TOKENS`` word tokens that is >= ``OVERLAP_MIN_SHARE`` of the shorter text.
  This credits a citation that holds only part of a span cut by a chunk boundary, or a citation that
  is a shorter extract of the span, but not one sharing a stock phrase ("xây dựng xã hội học tập").
- Plan accuracy needs at least one citation: an answer citing nothing has not named the right plan.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Protocol

KS: tuple[int, ...] = (1, 3, 5, 10)
MRR_K = 10
MIN_IN_ORDER_SHARE = 0.8
OVERLAP_MIN_TOKENS = 8
OVERLAP_MIN_SHARE = 0.5
CROSS_PLAN = "cross_plan"

_DROP = re.compile(r"[*#]")
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w+")


class PassageLike(Protocol):
    """Anything ranked or cited: ``RankedPassage``, ``chat.types.Citation``."""

    doc: str
    text: str


class EvidenceLike(Protocol):
    doc: str
    span: str


class CaseLike(Protocol):
    type: str
    docs: list[str]
    evidence: Sequence[EvidenceLike]
    key_facts: list[str]


@dataclass
class RankedPassage:
    """The common shape of a retrieved passage, whatever system produced it."""

    doc: str
    text: str
    rank: int  # 1-based
    score: float | None = None
    id: str = ""
    section: str = ""
    start: int | None = None


# --------------------------------------------------------------------------- matching


@lru_cache(maxsize=8192)
def normalize(text: str) -> str:
    """NFC, delete ``*`` and ``#``, collapse whitespace (newlines included), strip."""
    text = _DROP.sub("", unicodedata.normalize("NFC", text))
    return _SPACE.sub(" ", text).strip()


@lru_cache(maxsize=8192)
def word_tokens(text: str) -> tuple[str, ...]:
    """Word tokens of the normalised text (cached: the same passage is checked against many spans)."""
    return tuple(_WORD.findall(normalize(text)))


def lcs_length(a: Sequence[str], b: Sequence[str]) -> int:
    """Length of the longest common subsequence, bit-parallel over ``a`` (O(len(b)) big-int steps)."""
    if not a or not b:
        return 0
    masks: dict[str, int] = {}
    for i, tok in enumerate(a):
        masks[tok] = masks.get(tok, 0) | (1 << i)
    full = (1 << len(a)) - 1
    v = full  # zero bits of v mark matched positions of a
    for tok in b:
        u = v & masks.get(tok, 0)
        if u:
            v = ((v + u) | (v - u)) & full
    return len(a) - v.bit_count()


def longest_common_run(a: Sequence[str], b: Sequence[str]) -> int:
    """Length of the longest contiguous token run shared by ``a`` and ``b``."""
    positions: dict[str, list[int]] = {}
    for i, tok in enumerate(a):
        positions.setdefault(tok, []).append(i)
    best = 0
    prev: dict[int, int] = {}
    for tok in b:
        cur = {i: prev.get(i - 1, 0) + 1 for i in positions.get(tok, ())}
        if cur:
            best = max(best, max(cur.values()))
        prev = cur
    return best


def span_found(span: str, passage_text: str, *, fuzzy: bool = True) -> bool:
    """FORMAT.md rule: normalised substring, or >= 80% of span tokens in order within the passage.

    ``fuzzy=False`` keeps only the substring rule (reported alongside, as a strictness check).
    """
    nspan = normalize(span)
    if not nspan:
        return False
    if nspan in normalize(passage_text):
        return True
    if not fuzzy:
        return False
    stoks = word_tokens(span)
    if not stoks:
        return False
    ptoks = word_tokens(passage_text)
    if len(ptoks) * 5 < len(stoks) * 4:
        return False
    return lcs_length(stoks, ptoks) * 5 >= len(stoks) * 4  # integer form of ratio >= 0.8


def evidence_found(evidence: EvidenceLike, passage: PassageLike, *, fuzzy: bool = True) -> bool:
    """A span is only found by a passage from the span's own plan."""
    return passage.doc == evidence.doc and span_found(evidence.span, passage.text, fuzzy=fuzzy)


def overlaps_span(span: str, text: str) -> bool:
    """Citation-precision test: ``text`` contains the span, or shares a substantial run with it."""
    if span_found(span, text):
        return True
    stoks, ttoks = word_tokens(span), word_tokens(text)
    shorter = min(len(stoks), len(ttoks))
    if shorter < OVERLAP_MIN_TOKENS:
        return False
    run = longest_common_run(stoks, ttoks)
    return run >= OVERLAP_MIN_TOKENS and run >= OVERLAP_MIN_SHARE * shorter


# --------------------------------------------------------------------------- retrieval


def span_ranks(
    evidence: Sequence[EvidenceLike], passages: Sequence[PassageLike], *, depth: int = max(KS), fuzzy: bool = True
) -> list[int | None]:
    """For each span, the 1-based rank of the first passage (within ``depth``) that finds it."""
    ranks: list[int | None] = []
    top = list(passages)[:depth]
    for ev in evidence:
        ranks.append(next((r for r, p in enumerate(top, start=1) if evidence_found(ev, p, fuzzy=fuzzy)), None))
    return ranks


def retrieval_metrics(
    evidence: Sequence[EvidenceLike], passages: Sequence[PassageLike], ks: Sequence[int] = KS, mrr_k: int = MRR_K
) -> dict[str, Any]:
    """Hit@k, Recall@k, MRR@k for one question; every figure is None when there is no evidence."""
    depth = max(max(ks), mrr_k)
    out: dict[str, Any] = {}
    if not evidence:
        out.update({f"hit@{k}": None for k in ks} | {f"recall@{k}": None for k in ks})
        out.update({f"mrr@{mrr_k}": None, "first_hit_rank": None, "span_ranks": [], "strict_hit@5": None})
        return out
    ranks = span_ranks(evidence, passages, depth=depth)
    found = [r for r in ranks if r is not None]
    first = min(found) if found else None
    for k in ks:
        out[f"hit@{k}"] = first is not None and first <= k
    for k in ks:
        out[f"recall@{k}"] = sum(1 for r in found if r <= k) / len(evidence)
    out[f"mrr@{mrr_k}"] = 1.0 / first if first is not None and first <= mrr_k else 0.0
    strict = [r for r in span_ranks(evidence, passages, depth=5, fuzzy=False) if r is not None]
    out["strict_hit@5"] = bool(strict)
    out["first_hit_rank"] = first
    out["span_ranks"] = ranks
    return out


# --------------------------------------------------------------------------- answers


def key_fact_coverage(key_facts: Sequence[str], answer_text: str) -> float | None:
    """Share of key facts present in the answer after normalisation, case-insensitively."""
    if not key_facts:
        return None
    answer = normalize(answer_text).casefold()
    return sum(1 for f in key_facts if normalize(f).casefold() in answer) / len(key_facts)


def missing_key_facts(key_facts: Sequence[str], answer_text: str) -> list[str]:
    answer = normalize(answer_text).casefold()
    return [f for f in key_facts if normalize(f).casefold() not in answer]


def citation_supported(citation: PassageLike, docs: Sequence[str], evidence: Sequence[EvidenceLike]) -> bool:
    """A cited passage is precise if it is from a gold plan and contains/overlaps a span of that plan."""
    if citation.doc not in docs:
        return False
    return any(ev.doc == citation.doc and overlaps_span(ev.span, citation.text) for ev in evidence)


def citation_precision(
    citations: Sequence[PassageLike], docs: Sequence[str], evidence: Sequence[EvidenceLike]
) -> float | None:
    """Share of cited passages that are supported; None when nothing is cited."""
    if not citations:
        return None
    return sum(1 for c in citations if citation_supported(c, docs, evidence)) / len(citations)


def plan_accuracy(cited_docs: Iterable[str], docs: Sequence[str]) -> bool | None:
    """Cited plans ⊆ gold plans (and something is cited); None for unanswerable questions."""
    if not docs:
        return None
    cited = set(cited_docs)
    return bool(cited) and cited <= set(docs)


def plan_coverage(cited_docs: Iterable[str], docs: Sequence[str]) -> float | None:
    """Share of the gold plans that the answer cites (used for cross-plan questions)."""
    if not docs:
        return None
    gold = set(docs)
    return len(gold & set(cited_docs)) / len(gold)


def refusal_correct(refused: bool, citations: Sequence[Any]) -> bool:
    """Unanswerable question handled right: refused and nothing cited."""
    return bool(refused) and not citations


def answer_metrics(
    case: CaseLike,
    answer_text: str,
    refused: bool,
    citations: Sequence[PassageLike],
    passages: Sequence[PassageLike],
) -> dict[str, Any]:
    """All answer-side figures for one question; None marks "not applicable to this question"."""
    answerable = bool(case.docs)
    cited = [c.doc for c in citations]
    return {
        "key_fact_coverage": key_fact_coverage(case.key_facts, answer_text),
        "missing_key_facts": missing_key_facts(case.key_facts, answer_text),
        "citation_precision": citation_precision(citations, case.docs, case.evidence) if answerable else None,
        "plan_accuracy": plan_accuracy(cited, case.docs),
        "cross_plan_coverage": plan_coverage(cited, case.docs) if case.type == CROSS_PLAN else None,
        "refusal_accuracy": None if answerable else refusal_correct(refused, citations),
        "false_refusal": bool(refused) if answerable else None,
        "empty_retrieval": None if answerable else not passages,  # "nothing above threshold"
        "wrongly_cut": not passages if answerable else None,
    }


# --------------------------------------------------------------------------- aggregation


def percentile(values: Sequence[float], q: float) -> float | None:
    """Linear-interpolated percentile (numpy's default), q in [0, 100]; None for no values."""
    xs = sorted(values)
    if not xs:
        return None
    pos = (len(xs) - 1) * q / 100.0
    lo, hi = math.floor(pos), math.ceil(pos)
    return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo)


def summarize(
    rows: Sequence[Mapping[str, Any]], keys: Sequence[str], pct_keys: Sequence[str] = ()
) -> dict[str, Any]:
    """Mean of each metric over the rows where it applies (not None); p50/p95 for ``pct_keys``."""
    out: dict[str, Any] = {"n": len(rows)}
    support: dict[str, int] = {}
    for key in keys:
        vals = [float(r[key]) for r in rows if r.get(key) is not None]
        out[key] = sum(vals) / len(vals) if vals else None
        support[key] = len(vals)
    for key in pct_keys:
        vals = [float(r[key]) for r in rows if r.get(key) is not None]
        out[f"{key}_p50"] = percentile(vals, 50)
        out[f"{key}_p95"] = percentile(vals, 95)
        support[key] = len(vals)
    out["support"] = support
    return out


def aggregate(
    rows: Sequence[Mapping[str, Any]], keys: Sequence[str], pct_keys: Sequence[str] = (), group: str = "type"
) -> dict[str, Any]:
    """Overall and per-``type`` summaries (types in first-seen order).

    Retrieval figures are None on unanswerable rows, so "overall" retrieval is over answerable
    questions only, as FORMAT.md asks, without a special case here.
    """
    groups: dict[str, list[Mapping[str, Any]]] = {}
    for r in rows:
        groups.setdefault(str(r[group]), []).append(r)
    return {
        "overall": summarize(rows, keys, pct_keys),
        "by_type": {t: summarize(rs, keys, pct_keys) for t, rs in groups.items()},
    }


RETRIEVAL_KEYS: tuple[str, ...] = (
    *(f"hit@{k}" for k in KS),
    *(f"recall@{k}" for k in KS),
    f"mrr@{MRR_K}",
    "strict_hit@5",
)
ANSWER_KEYS: tuple[str, ...] = (
    "key_fact_coverage",
    "citation_precision",
    "plan_accuracy",
    "cross_plan_coverage",
    "refusal_accuracy",
    "false_refusal",
    "empty_retrieval",
    "wrongly_cut",
)
