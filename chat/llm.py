"""Build the configured chat model. Construction is offline: the first request is the first network call."""

from __future__ import annotations

from langchain_core.language_models import BaseChatModel

from planqa.config import Settings

BACKENDS = ("none", "openai", "ollama")


def make_chat_model(settings: Settings) -> BaseChatModel | None:
    """Return the chat model for ``settings.llm``, or None for the extractive-only mode.

    "openai" covers any OpenAI-compatible server (vLLM, llama.cpp server, Ollama's /v1, OpenAI itself);
    retries are off because the caller has its own timeout and an extractive fallback.
    """
    backend = (settings.llm or "none").strip().lower()
    if backend == "none":
        return None
    if backend not in BACKENDS:
        raise ValueError(f"PLANQA_LLM={settings.llm!r} is not supported; use one of: {', '.join(BACKENDS)}")
    if not settings.llm_model:
        raise ValueError(f"PLANQA_LLM={backend} needs a model name: set PLANQA_LLM_MODEL")
    if backend == "openai":
        from langchain_openai import ChatOpenAI

        return ChatOpenAI(
            base_url=settings.llm_base_url,
            model=settings.llm_model,
            api_key=settings.llm_api_key or "not-needed",
            timeout=settings.llm_timeout_s,
            temperature=settings.llm_temperature,
            max_retries=0,
        )
    from langchain_ollama import ChatOllama

    kwargs = {"base_url": settings.llm_base_url} if settings.llm_base_url else {}
    return ChatOllama(
        model=settings.llm_model,
        temperature=settings.llm_temperature,
        client_kwargs={"timeout": settings.llm_timeout_s},
        **kwargs,
    )
