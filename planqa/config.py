"""All settings in one place: read once from env (``PLANQA_*``) and ``planqa.toml``, then passed down."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

REPO_ROOT = Path(__file__).resolve().parents[1]


class Settings(BaseSettings):
    """Runtime configuration. Paths are relative to ``home`` unless absolute."""

    model_config = SettingsConfigDict(env_prefix="PLANQA_", toml_file="planqa.toml", extra="ignore")

    home: Path = REPO_ROOT
    plans_dir: Path = Path("data/plans")
    index_dir: Path = Path("data/index")
    model_dir: Path = Path(".cache/models/multilingual-e5-small")
    prompts_dir: Path = REPO_ROOT / "prompts"
    feedback_db: Path = Path("data/feedback.sqlite3")

    # the day questions are asked on ("năm nay", "next year"); None: the clock's. Fixed for reproducible evals
    today: date | None = None

    # retrieval
    top_k: int = 10
    candidates: int = 60
    per_plan_quota: int = 3
    min_relevance: float = 0.5
    # best passage's cosine (e5) below this: nothing in the plans is about the question. Set for the int8
    # embedder (the default): answerable questions of dev + extra ≥ 0.859 (x028), the "giá vé xe buýt ở Huế"
    # probe 0.8455 (fp32: 0.855 and 0.841, when the floor was 0.845)
    min_dense: float = 0.85
    english_dense_margin: float = 0.045  # English questions: the floor is this much lower (see docs/refusals.md)
    embed_batch_size: int = 16
    # embedding: int8 ONNX Runtime (per-channel weights; vectors agree with fp32 at cosine ≥ 0.99), a token cap
    # (384: dev MRR 0.919 vs fp32 0.921; at 256 it was 0.906 — whole sections run longer than passages' p95 of
    # 266 tokens), threads for passage batches (0: all cores) and for each question;
    # questions are embedded alone, so a question's vector never depends on concurrent ones
    embed_quantize: bool = True
    embed_max_tokens: int = 384
    embed_threads: int = 0
    embed_query_threads: int = 1
    # at most this many questions are answered at once (the rest wait): more only fight for the cores
    ask_concurrency: int = 4

    # where passage vectors live: "faiss" (embedded, in the version folder) or "qdrant" (see index/backend_qdrant.py)
    index_backend: Literal["faiss", "qdrant"] = "faiss"
    qdrant_url: str | None = None  # a Qdrant server or cluster, e.g. http://qdrant-0:6333
    qdrant_path: Path | None = None  # qdrant-client's embedded local mode (default: index_dir/qdrant)
    qdrant_api_key: str | None = None
    qdrant_collection: str = "planqa"  # the alias; each index version is a collection "planqa-<version>"
    qdrant_shards: int = 1  # server/cluster only
    qdrant_replication: int = 1  # server/cluster only (2 on the 3-node cluster of docs/deploy.md)

    # answer generation: "none" (extractive), "openai" (any OpenAI-compatible server) or "ollama"
    llm: str = "none"
    llm_base_url: str | None = None
    llm_model: str | None = None
    llm_api_key: str | None = None
    llm_timeout_s: float = 60.0
    llm_temperature: float = 0.0

    # service
    host: str = "127.0.0.1"
    port: int = 8000
    admin_api_key: str | None = None
    cors_origins: list[str] = Field(default_factory=list)
    max_question_chars: int = 1000
    max_upload_mb: int = 20
    # per client on /api/ask and /api/ask/stream: a token bucket refilled at this rate (0 = no limit) …
    rate_limit_per_minute: int = 60
    rate_limit_burst: int = 60  # … holding this many requests
    # the client is the TCP peer; X-Forwarded-For is believed only from these proxies (IPs or CIDRs)
    trusted_proxies: list[str] = Field(default_factory=list)
    request_timeout_s: float = 60.0  # an answer not started by then gets 504 (0 = no timeout)

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (init_settings, env_settings, TomlConfigSettingsSource(settings_cls))

    def path(self, p: Path) -> Path:
        """Resolve a configured path against ``home``."""
        return p if p.is_absolute() else (self.home / p)

    @property
    def plans_path(self) -> Path:
        return self.path(self.plans_dir)

    @property
    def index_path(self) -> Path:
        return self.path(self.index_dir)

    @property
    def model_path(self) -> Path:
        return self.path(self.model_dir)

    @property
    def qdrant_local_path(self) -> Path:
        return self.path(self.qdrant_path) if self.qdrant_path else self.index_path / "qdrant"

    @property
    def feedback_path(self) -> Path:
        return self.path(self.feedback_db)
