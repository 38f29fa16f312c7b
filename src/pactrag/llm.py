"""Chat models: one small protocol and the OpenAI-compatible client behind it."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Protocol

from .config import Settings
from .errors import LLMError


class ChatModel(Protocol):
    name: str

    def stream(self, messages: list[dict[str, str]]) -> Iterator[str]: ...


def complete(model: ChatModel, messages: list[dict[str, str]], deadline: float | None = None) -> str:
    return "".join(stream_within(model, messages, deadline))


def stream_within(model: ChatModel, messages: list[dict[str, str]], deadline: float | None) -> Iterator[str]:
    """``model.stream`` that ends in ``LLMError`` once ``deadline`` (``time.monotonic()``) has
    passed: a model that knows deadlines shortens its own timeouts and retries to fit; for any
    other the deadline is checked before the call and between deltas."""
    if deadline is None:
        yield from model.stream(messages)
        return
    if time.monotonic() >= deadline:
        raise LLMError(BUDGET_SPENT)
    if getattr(model, "supports_deadline", False):
        yield from model.stream(messages, deadline=deadline)  # type: ignore[call-arg]
        return
    for delta in model.stream(messages):
        if time.monotonic() > deadline:
            raise LLMError(BUDGET_SPENT)
        yield delta


BUDGET_SPENT = "het tijdsbudget voor het taalmodel (PACTRAG_LLM_BUDGET_S) is op"


class OpenAIChatModel:
    """Any OpenAI-compatible chat-completions endpoint (OpenAI, Azure, vLLM, Ollama, llama.cpp).

    Streams the reply; a timeout, connection error, 5xx or garbled stream is retried once
    (only when nothing was yielded yet) and then raised as ``LLMError``.
    """

    supports_deadline = True

    def __init__(self, settings: Settings) -> None:
        from .openai_client import make_client

        self.name = settings.llm_model
        self._client = make_client(settings)
        self._retries = max(settings.llm_retries, 0)
        self._timeout = settings.llm_timeout_s

    def stream(self, messages: list[dict[str, str]], deadline: float | None = None) -> Iterator[str]:
        """``deadline`` (``time.monotonic()``): no request, retry or wait lasts past it."""
        from .openai_client import endpoint_errors

        failures = endpoint_errors()
        attempt = 0
        while True:
            yielded = False
            remaining = self._timeout if deadline is None else min(self._timeout, deadline - time.monotonic())
            if remaining <= 0:
                raise LLMError(BUDGET_SPENT)
            try:
                response = self._client.chat.completions.create(
                    model=self.name, messages=messages, stream=True, temperature=0.1, timeout=remaining
                )
                ends = time.monotonic() + self._timeout * 4
                if deadline is not None:
                    ends = min(ends, deadline)
                for event in response:
                    if time.monotonic() > ends:
                        raise LLMError("het taalmodel bleef te lang antwoorden")
                    if not getattr(event, "choices", None):
                        continue
                    delta = event.choices[0].delta
                    text = getattr(delta, "content", None) if delta is not None else None
                    if text:
                        yielded = True
                        yield text
                return
            except LLMError:
                raise
            except failures as exc:
                status = getattr(exc, "status_code", None)
                retryable = status is None or status >= 500 or status == 429
                if yielded or not retryable or attempt >= self._retries:
                    raise LLMError(f"{type(exc).__name__}: {str(exc)[:200]}") from None
                attempt += 1
                time.sleep(0.2)
            except Exception as exc:  # anything else from the transport: never a stack trace
                raise LLMError(f"{type(exc).__name__}: {str(exc)[:200]}") from None


def chat_model_from_settings(settings: Settings) -> ChatModel | None:
    return OpenAIChatModel(settings) if settings.llm_configured else None
