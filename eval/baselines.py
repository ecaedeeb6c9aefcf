"""Two reference retrievers over the same plans, so the product's figures have something to beat.

- ``bm25-1000``: the project's own tokenizer and BM25 over fixed 1000-character windows, i.e. what
  the lexical side gives without structure-aware chunking or query analysis.
- ``langchain-recipe``: the textbook RecursiveCharacterTextSplitter(1000, 200) + HuggingFaceEmbeddings
  (same e5 model as the product) + FAISS pipeline.

Both see the raw plan files as text (NFC) and only the question (no history, no query rewriting):
they are baselines, not competitors. They do retrieval only; answer metrics are product-only.
"""

from __future__ import annotations

import logging
import math
import time
import unicodedata
import warnings
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import numpy as np

from eval.dataset import QACase
from eval.metrics import RankedPassage

log = logging.getLogger(__name__)

WINDOW_CHARS = 1000
LC_CHUNK_SIZE = 1000
LC_CHUNK_OVERLAP = 200
TEXT_SUFFIXES = (".txt", ".md")


class Searcher(Protocol):
    name: str
    notes: list[str]

    def search(self, question: str, k: int = 10) -> list[RankedPassage]: ...


@dataclass
class BaselineRun:
    """One baseline's ranked passages and timings for every case, keyed by case id."""

    name: str
    passages: dict[str, list[RankedPassage]]
    latency_ms: dict[str, float]
    build_s: float
    notes: list[str] = field(default_factory=list)


def plan_texts(plans_dir: Path, only: Iterable[str] | None = None) -> dict[str, str]:
    """Raw plan files read as NFC text, keyed by file name (the doc id used in test sets).

    ``only`` restricts to the product's document ids so every system sees the same plans;
    READMEs and files that cannot be read as text (.docx/.pdf) are skipped with a warning.
    """
    wanted = set(only) if only is not None else None
    texts: dict[str, str] = {}
    for path in sorted(Path(plans_dir).iterdir()):
        if not path.is_file() or (wanted is not None and path.name not in wanted):
            continue
        if wanted is None and (path.suffix.lower() not in TEXT_SUFFIXES or path.stem.upper() == "README"):
            continue
        if path.suffix.lower() not in TEXT_SUFFIXES:
            log.warning("baselines: %s is not plain text; left out of the baselines", path.name)
            continue
        texts[path.name] = unicodedata.normalize("NFC", path.read_text(encoding="utf-8", errors="replace"))
    if wanted is not None and (missing := wanted - texts.keys()):
        log.warning("baselines: plans not seen by the baselines: %s", ", ".join(sorted(missing)))
    return texts


def fixed_windows(text: str, size: int = WINDOW_CHARS) -> list[tuple[int, str]]:
    """Non-overlapping ``size``-character windows (stride = size), with their start offsets."""
    return [(i, text[i : i + size]) for i in range(0, len(text), size) if text[i : i + size].strip()]


# --------------------------------------------------------------------------- BM25 over windows


def _simple_tokenize(text: str) -> list[str]:
    return [t for t in (w.strip(".,;:!?()[]{}\"'“”‘’*#") for w in text.lower().split()) if t]


class _LocalBM25:
    """Okapi BM25 (k1=1.5, b=0.75); only used when ``index.lexical`` cannot be imported."""

    def __init__(self, corpus_tokens: list[list[str]], k1: float = 1.5, b: float = 0.75) -> None:
        self.k1, self.b = k1, b
        self.tfs = [Counter(toks) for toks in corpus_tokens]
        self.lens = np.array([len(t) for t in corpus_tokens], dtype=np.float64)
        self.avgdl = float(self.lens.mean()) if len(self.lens) else 0.0
        df = Counter(tok for tf in self.tfs for tok in tf)
        n = len(corpus_tokens)
        self.idf = {tok: math.log(1 + (n - d + 0.5) / (d + 0.5)) for tok, d in df.items()}

    def scores(self, query_tokens: Sequence[str]) -> np.ndarray:
        out = np.zeros(len(self.tfs), dtype=np.float64)
        norm = self.k1 * (1 - self.b + self.b * self.lens / (self.avgdl or 1.0))
        for tok in set(query_tokens):
            idf = self.idf.get(tok)
            if idf is None:
                continue
            tf = np.array([d.get(tok, 0) for d in self.tfs], dtype=np.float64)
            out += idf * tf * (self.k1 + 1) / (tf + norm)
        return out


def _lexical_tools() -> tuple[Callable[[str], list[str]], type, list[str]]:
    """The project's tokenizer + BM25, or a loudly announced fallback if they cannot be imported."""
    try:
        from index.lexical import BM25
        from index.segment import tokenize
    except Exception as exc:  # any import failure means: not the intended path
        msg = (
            f"BASELINE FALLBACK: index.segment/index.lexical unavailable ({exc!r}); "
            "bm25-1000 uses a whitespace tokenizer and a local BM25, so its figures are NOT the intended baseline"
        )
        warnings.warn(msg, RuntimeWarning, stacklevel=2)
        log.error(msg)
        return _simple_tokenize, _LocalBM25, [msg]
    return tokenize, BM25, []


class BM25Windows:
    """BM25 over fixed 1000-character windows of each plan."""

    name = "bm25-1000"

    def __init__(self, plans: dict[str, str], window: int = WINDOW_CHARS) -> None:
        self.tokenize, bm25_cls, self.notes = _lexical_tools()
        self.windows: list[tuple[str, int, str]] = [
            (doc, start, text) for doc, full in plans.items() for start, text in fixed_windows(full, window)
        ]
        self.bm25 = bm25_cls([self.tokenize(text) for _, _, text in self.windows])

    def search(self, question: str, k: int = 10) -> list[RankedPassage]:
        scores = np.asarray(self.bm25.scores(self.tokenize(question)), dtype=np.float64)
        out = []
        for r, i in enumerate(np.argsort(-scores, kind="stable")[:k], start=1):
            doc, start, text = self.windows[int(i)]
            out.append(RankedPassage(doc, text, r, float(scores[i]), id=f"{doc}@{start}", start=start))
        return out


# --------------------------------------------------------------------------- LangChain recipe


class LangChainRecipe:
    """The textbook LangChain RAG retriever, with the product's e5 model and e5 prompts."""

    name = "langchain-recipe"

    def __init__(self, plans: dict[str, str], model_dir: Path) -> None:
        from langchain_community.vectorstores import FAISS
        from langchain_huggingface import HuggingFaceEmbeddings
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        self.notes: list[str] = []
        splitter = RecursiveCharacterTextSplitter(
            chunk_size=LC_CHUNK_SIZE, chunk_overlap=LC_CHUNK_OVERLAP, add_start_index=True
        )
        docs = splitter.create_documents(list(plans.values()), metadatas=[{"doc": name} for name in plans])
        embeddings = HuggingFaceEmbeddings(
            model_name=str(model_dir),
            model_kwargs={"device": "cpu"},
            encode_kwargs={"normalize_embeddings": True, "prompt": "passage: "},
            query_encode_kwargs={"normalize_embeddings": True, "prompt": "query: "},
        )
        self.store = FAISS.from_documents(docs, embeddings)

    def search(self, question: str, k: int = 10) -> list[RankedPassage]:
        # similarity_search_with_score ranks exactly as similarity_search; the score is kept for the report
        found = self.store.similarity_search_with_score(question, k=k)
        return [
            RankedPassage(
                doc=d.metadata["doc"],
                text=d.page_content,
                rank=r,
                score=float(dist),  # L2 distance between unit vectors: lower is closer
                id=f"{d.metadata['doc']}@{d.metadata.get('start_index', '')}",
                start=d.metadata.get("start_index"),
            )
            for r, (d, dist) in enumerate(found, start=1)
        ]


# --------------------------------------------------------------------------- running


def run_searcher(searcher: Searcher, cases: Sequence[QACase], build_s: float, k: int = 10) -> BaselineRun:
    """Ask every case's question (without history) and time each search."""
    passages: dict[str, list[RankedPassage]] = {}
    latency: dict[str, float] = {}
    for case in cases:
        t0 = time.perf_counter()
        passages[case.id] = searcher.search(case.question, k=k)
        latency[case.id] = (time.perf_counter() - t0) * 1000.0
    return BaselineRun(searcher.name, passages, latency, build_s, list(searcher.notes))


def run_baselines(
    cases: Sequence[QACase],
    plans_dir: Path,
    model_dir: Path | None,
    only: Iterable[str] | None = None,
    k: int = 10,
) -> list[BaselineRun]:
    """Build and run both baselines; a baseline that cannot be built is reported, not fatal."""
    plans = plan_texts(plans_dir, only)
    runs: list[BaselineRun] = []
    builders: list[tuple[str, Callable[[], Searcher]]] = [("bm25-1000", lambda: BM25Windows(plans))]
    if model_dir is not None:
        builders.append(("langchain-recipe", lambda: LangChainRecipe(plans, model_dir)))
    else:
        runs.append(BaselineRun("langchain-recipe", {}, {}, 0.0, ["skipped: no embedding model available"]))
    for name, build in builders:
        t0 = time.perf_counter()
        try:
            searcher = build()
        except Exception as exc:  # keep the product's figures even if a baseline breaks
            log.exception("baseline %s could not be built", name)
            runs.append(BaselineRun(name, {}, {}, 0.0, [f"failed to build: {exc!r}"]))
            continue
        runs.append(run_searcher(searcher, cases, time.perf_counter() - t0, k=k))
    order = {"bm25-1000": 0, "langchain-recipe": 1}
    return sorted(runs, key=lambda r: order.get(r.name, 99))
