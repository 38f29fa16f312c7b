"""Chroma, embedded on disk or as a server: the one module that imports ``chromadb``.

Vectors are always computed by pactrag and passed in; collections are created without an
embedding function, so Chroma never loads (or downloads) its default model.
"""

from __future__ import annotations

import contextlib
import threading
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

import numpy as np

from .errors import StoreUnavailableError, StoreUnreachableError

COLLECTION_PREFIX = "pactrag-"
_BATCH = 1000
DEFAULT_TIMEOUT_S = 5.0  # Settings.chroma_timeout_s
DEFAULT_RETRY_S = 30.0  # Settings.chroma_retry_s


def _server_down(chroma_url: str, exc: BaseException, timeout: float) -> StoreUnreachableError:
    url = urlparse(chroma_url)
    return StoreUnreachableError(
        f"De Chroma-server op {chroma_url} antwoordt niet binnen {timeout:g} s ({type(exc).__name__}). "
        f"Start hem met 'chroma run --path <map> --host {url.hostname or '127.0.0.1'} "
        f"--port {url.port or 8000}' of laat PACTRAG_CHROMA_URL leeg voor de ingebouwde opslag."
    )


def _probe(chroma_url: str, timeout: float) -> None:
    """One heartbeat with a deadline: chromadb's own client has none (a stalled server hangs it)."""
    with urllib.request.urlopen(chroma_url.rstrip("/") + "/api/v2/heartbeat", timeout=timeout) as reply:
        reply.read()


def _client(chroma_url: str, path: Path | None, timeout: float = DEFAULT_TIMEOUT_S):
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if chroma_url:
        url = urlparse(chroma_url)
        try:
            _probe(chroma_url, timeout)
            client = chromadb.HttpClient(
                host=url.hostname or "127.0.0.1",
                port=url.port or (443 if url.scheme == "https" else 8000),
                ssl=url.scheme == "https",
                settings=chroma_settings,
            )
            _set_timeout(client, timeout)
            client.heartbeat()
        except Exception as exc:
            raise _server_down(chroma_url, exc, timeout) from None
        return client
    assert path is not None
    path.mkdir(parents=True, exist_ok=True)
    try:
        return chromadb.PersistentClient(path=str(path), settings=chroma_settings)
    except Exception as exc:  # a damaged chroma.sqlite3, a full disk and the like
        if _disk_full(exc):
            raise StoreUnavailableError(
                f"De vectoropslag in '{path}' kan niet geopend worden: de schijf is vol. "
                "Maak ruimte vrij en probeer opnieuw."
            ) from None
        raise store_damaged(path, type(exc).__name__) from None


def store_damaged(path: Path, what: str) -> StoreUnavailableError:
    """The error for an embedded store that cannot be opened; ``what``: why."""
    return StoreUnavailableError(
        f"De vectoropslag in '{path}' is beschadigd ({what}). Bouw de index opnieuw met: pactrag ingest --rebuild"
    )


def _set_timeout(client, timeout: float) -> None:
    """Give the HTTP session behind a chromadb HttpClient a timeout (chromadb sets none)."""
    import httpx

    session = getattr(getattr(client, "_server", None), "_session", None)
    if isinstance(session, httpx.Client):
        session.timeout = httpx.Timeout(timeout)


def _disk_full(exc: BaseException) -> bool:
    text = f"{exc!r} {getattr(exc, '__cause__', '')!r}".lower()
    return getattr(exc, "errno", None) == 28 or "disk is full" in text or "no space left" in text


class VectorStore:
    """One collection of chunk vectors (cosine space) with flat metadata.

    In server mode a read-only store survives the server going away: opening it or querying
    it raises ``StoreUnreachableError`` (within ``timeout`` seconds, also when the server is
    stalled), after which it does not try again for ``retry_s`` seconds; then it reconnects
    by itself.
    """

    def __init__(
        self,
        chroma_url: str,
        path: Path | None,
        collection: str,
        create: bool = False,
        timeout: float = DEFAULT_TIMEOUT_S,
        retry_s: float = DEFAULT_RETRY_S,
    ):
        self.chroma_url, self.path, self.name = chroma_url, path, collection
        self.timeout, self.retry_s = timeout, retry_s
        self._lock = threading.Lock()
        self._collection = None
        self._down_until = 0.0
        self._down: StoreUnreachableError | None = None
        if create or not chroma_url:
            self._collection = self._open(create)
            return
        try:
            self._collection = self._open(False)
        except StoreUnreachableError as exc:  # answer from BM25 until the server is back
            self._mark_down(exc)

    def _open(self, create: bool):
        client = _client(self.chroma_url, self.path, self.timeout)
        try:
            if create:
                return client.get_or_create_collection(
                    self.name, embedding_function=None, metadata={"hnsw:space": "cosine"}
                )
            return client.get_collection(self.name, embedding_function=None)
        except Exception as exc:
            if self.chroma_url and not _is_not_found(exc):
                raise _server_down(self.chroma_url, exc, self.timeout) from None
            raise StoreUnavailableError(
                f"De vectorcollectie '{self.name}' is niet leesbaar ({type(exc).__name__}: {exc}). "
                "Bouw de index opnieuw met: pactrag ingest --rebuild"
            ) from None

    def _mark_down(self, exc: StoreUnreachableError) -> None:
        self._down, self._down_until = exc, time.monotonic() + self.retry_s

    def _ready(self):
        """The collection, (re)connecting when the last failure is ``retry_s`` ago."""
        with self._lock:
            if self._down is not None and time.monotonic() < self._down_until:
                raise self._down
            if self._collection is None:
                try:
                    self._collection = self._open(False)
                except StoreUnreachableError as exc:
                    self._mark_down(exc)
                    raise
            return self._collection

    @property
    def reachable(self) -> bool:
        """False while the server is considered down (until the next retry)."""
        return self._down is None or time.monotonic() >= self._down_until

    def add(self, ids: list[str], vectors: np.ndarray, documents: list[str], metadatas: list[dict]) -> None:
        collection = self._ready()
        for i in range(0, len(ids), _BATCH):
            collection.add(
                ids=ids[i : i + _BATCH],
                embeddings=vectors[i : i + _BATCH],
                documents=documents[i : i + _BATCH],
                metadatas=metadatas[i : i + _BATCH],
            )

    def upsert(
        self, ids: list[str], vectors: np.ndarray, documents: list[str], metadatas: list[dict]
    ) -> None:
        """Like ``add``, but a batch written before (by an ingest that was killed) is no error."""
        collection = self._ready()
        for i in range(0, len(ids), _BATCH):
            collection.upsert(
                ids=ids[i : i + _BATCH],
                embeddings=vectors[i : i + _BATCH],
                documents=documents[i : i + _BATCH],
                metadatas=metadatas[i : i + _BATCH],
            )

    def delete(self, where: dict) -> None:
        self._ready().delete(where=where)

    def vectors(self) -> tuple[list[str], np.ndarray]:
        """Every id in the collection with its vector (rows in the order of the ids)."""
        got = self._ready().get(include=["embeddings"])
        embeddings = got["embeddings"]
        if embeddings is None or len(embeddings) == 0:
            return [], np.zeros((0, 0), dtype=np.float32)
        return list(got["ids"]), np.asarray(embeddings, dtype=np.float32)

    def ids(self, where: dict | None = None) -> list[str]:
        return list(self._ready().get(where=where or None, include=[])["ids"])

    def count(self) -> int:
        return self._ready().count()

    def query(self, vector: np.ndarray, n: int, where: dict | None) -> list[tuple[str, float]]:
        """(chunk_id, cosine similarity), best first."""
        collection = self._ready()
        try:
            result = collection.query(
                query_embeddings=[vector], n_results=n, where=where or None, include=["distances"]
            )
        except Exception as exc:
            if self.chroma_url and not _is_not_found(exc):
                down = _server_down(self.chroma_url, exc, self.timeout)
                with self._lock:
                    self._mark_down(down)
                raise down from None
            raise StoreUnavailableError(
                f"Zoeken in Chroma mislukte: de vectorcollectie '{self.name}' ontbreekt of is beschadigd "
                f"({type(exc).__name__}). Bouw de index opnieuw met: pactrag ingest --rebuild"
            ) from None
        with self._lock:
            self._down = None
        return [
            (cid, 1.0 - float(d)) for cid, d in zip(result["ids"][0], result["distances"][0], strict=True)
        ]


def _is_not_found(exc: Exception) -> bool:
    from chromadb.errors import NotFoundError

    return isinstance(exc, NotFoundError) or "does not exist" in str(exc)


def drop_collection(
    chroma_url: str, path: Path | None, name: str, timeout: float = DEFAULT_TIMEOUT_S
) -> bool:
    """Delete a collection (gone already is fine); False when the store cannot be reached."""
    try:
        client = _client(chroma_url, path, timeout)
    except StoreUnavailableError:
        return False
    with contextlib.suppress(Exception):  # already gone
        client.delete_collection(name)
    return True


def has_collection(chroma_url: str, name: str, timeout: float = DEFAULT_TIMEOUT_S) -> bool:
    """Whether the Chroma server holds this collection (raises when the server is down)."""
    try:
        client = _client(chroma_url, None, timeout)
    except StoreUnavailableError:
        raise
    try:
        client.get_collection(name, embedding_function=None)
        return True
    except Exception as exc:
        if _is_not_found(exc):
            return False
        raise _server_down(chroma_url, exc, timeout) from None


def list_collections(chroma_url: str, path: Path | None, timeout: float = DEFAULT_TIMEOUT_S) -> list[str]:
    client = _client(chroma_url, path, timeout)
    return [c.name if hasattr(c, "name") else str(c) for c in client.list_collections()]
