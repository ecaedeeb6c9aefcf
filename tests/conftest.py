"""Shared fixtures: a real index over copies of the bundled plans, built once per test session."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

ROOT = Path(__file__).resolve().parents[1]
PLANS = ROOT / "data" / "plans"
MODEL_DIR = ROOT / ".cache" / "models" / "multilingual-e5-small"

HUE = "000_4550be4bb11189cd.txt"
MYLOC = "001_7bafa58816a5de75.txt"
HANOI = "002_797e8de6131c77f9.txt"
CANTHO = "003_1a817ee72b993e3e.txt"
ANLAO = "004_b1b28019b71edc03.txt"


@pytest.fixture(scope="session")
def embedder():
    from index.embed import Embedder
    from planqa.config import Settings

    return Embedder.from_settings(Settings(model_dir=MODEL_DIR))  # the product's mode (int8 unless configured)


@pytest.fixture(scope="session")
def built_settings(tmp_path_factory, embedder):
    """Settings whose plans and index live in a temp dir, with the index already built."""
    from chat.pipeline import ingest_folder
    from planqa.config import Settings

    home = tmp_path_factory.mktemp("planqa")
    plans = home / "plans"
    plans.mkdir()
    for p in PLANS.glob("*.txt"):
        shutil.copy2(p, plans / p.name)
    settings = Settings(home=home, plans_dir=plans, index_dir=home / "index", model_dir=MODEL_DIR,
                        feedback_db=home / "feedback.sqlite3", admin_api_key="test-admin-key",
                        cors_origins=["https://cong-thong-tin.example.gov.vn"])
    ingest_folder(settings, embedder)
    return settings


@pytest.fixture(scope="session")
def assistant(built_settings, embedder):
    from chat.pipeline import Assistant

    return Assistant(built_settings, embedder=embedder)


def assistant_over(home: Path, embedder):  # noqa: ANN001, ANN201
    """A real index over the plans in ``home / "plans"`` (real ingest, model and FAISS) and an Assistant on it:
    the test modules that write their own plans share this."""
    from chat.pipeline import Assistant, ingest_folder
    from planqa.config import Settings

    settings = Settings(home=home, plans_dir=home / "plans", index_dir=home / "index", model_dir=MODEL_DIR,
                        feedback_db=home / "feedback.sqlite3")
    ingest_folder(settings, embedder)
    return Assistant(settings, embedder=embedder)
