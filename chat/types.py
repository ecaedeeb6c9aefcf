"""The answer contract shared by the CLI, the HTTP API, the UIs and the evaluation."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass
class Turn:
    role: str  # "user" | "assistant"
    content: str


@dataclass
class Citation:
    """A passage as shown to the user; ``n`` is the ``[n]`` marker in the answer text."""

    n: int
    doc: str
    title: str
    locality: str
    section: str
    text: str
    start: int
    end: int
    score: float
    id: str = ""  # chunk id, resolvable at GET /api/passages/{id}


@dataclass
class Answer:
    answer: str
    refused: bool
    citations: list[Citation] = field(default_factory=list)
    passages: list[Citation] = field(default_factory=list)
    timings_ms: dict[str, float] = field(default_factory=dict)
    id: str = ""
    language: str = "vi"
    mode: str = "extractive"  # "extractive" | "llm" | "llm-fallback"
    warnings: list[str] = field(default_factory=list)
    query: dict = field(default_factory=dict)  # how the question was understood (rewrites, plan filter)

    def to_dict(self) -> dict:
        return asdict(self)
