"""All settings in one place: read once from env (``PLANQA_*``) and ``planqa.toml``, then passed down."""

from __future__ import annotations

from pathlib import Path

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

    # retrieval
    top_k: int = 10
    candidates: int = 60
    per_plan_quota: int = 3
    min_relevance: float = 0.5
    # best passage's cosine (e5) below this: nothing in the plans is about the question (answerable ones
    # measured ≥ 0.869 on dev + eval/sets/extra, off-topic ones 0.836–0.864; see docs/)
    min_dense: float = 0.845
    english_dense_margin: float = 0.045  # English questions: the floor is this much lower (see docs/refusals.md)
    embed_batch_size: int = 16

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
    def feedback_path(self) -> Path:
        return self.path(self.feedback_db)
