"""The one place that imports ``openai``: a client for any OpenAI-compatible endpoint."""

from __future__ import annotations

from .config import Settings


def make_client(settings: Settings):
    import openai

    return openai.OpenAI(
        base_url=settings.llm_base_url or None,
        api_key=settings.llm_api_key.reveal() or "not-needed",
        timeout=settings.llm_timeout_s,
        max_retries=0,  # retries are ours: one, then the extractive fallback
    )


def endpoint_errors() -> tuple[type[BaseException], ...]:
    """What a chat call raises when the endpoint fails: HTTP status, timeout, lost connection
    (all ``openai.APIError``) or a garbled stream (invalid JSON, missing fields)."""
    import openai

    return (openai.APIError, ValueError, KeyError, AttributeError, TypeError)


def make_embeddings_client(base_url: str, api_key: str, timeout_s: float):
    """A client for one OpenAI-compatible ``/embeddings`` server (``base_url`` "" is OpenAI)."""
    import openai

    return openai.OpenAI(
        base_url=base_url or None,
        api_key=api_key or "not-needed",
        timeout=timeout_s,
        max_retries=2,  # a brief hiccup; a server that stays down fails over or stops the ingest
    )
