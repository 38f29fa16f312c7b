"""Chroma, embedded on disk or as a server: the one module that imports ``chromadb``.

Vectors are always computed by pactrag and passed in; collections are created without an
embedding function, so Chroma never loads (or downloads) its default model.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse

import numpy as np

from .errors import StoreUnavailableError

COLLECTION_PREFIX = "pactrag-"
_BATCH = 1000


def _server_down(chroma_url: str, exc: BaseException) -> StoreUnavailableError:
    url = urlparse(chroma_url)
    return StoreUnavailableError(
        f"De Chroma-server op {chroma_url} antwoordt niet ({type(exc).__name__}). Start hem met "
        f"'chroma run --path <map> --host {url.hostname or '127.0.0.1'} --port {url.port or 8000}' "
        "of laat PACTRAG_CHROMA_URL leeg voor de ingebouwde opslag."
    )


def _client(chroma_url: str, path: Path | None):
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if chroma_url:
        url = urlparse(chroma_url)
        try:
            client = chromadb.HttpClient(
                host=url.hostname or "127.0.0.1",
                port=url.port or (443 if url.scheme == "https" else 8000),
                ssl=url.scheme == "https",
                settings=chroma_settings,
            )
            client.heartbeat()
        except Exception as exc:
            raise _server_down(chroma_url, exc) from None
        return client
    assert path is not None
    path.mkdir(parents=True, exist_ok=True)
    try:
        return chromadb.PersistentClient(path=str(path), settings=chroma_settings)
    except Exception as exc:  # a damaged chroma.sqlite3 and the like
        raise StoreUnavailableError(
            f"De vectoropslag in '{path}' is beschadigd ({type(exc).__name__}). "
            "Bouw de index opnieuw met: pactrag ingest --rebuild"
        ) from None


class VectorStore:
    """One collection of chunk vectors (cosine space) with flat metadata."""

    def __init__(self, chroma_url: str, path: Path | None, collection: str, create: bool = False):
        self.chroma_url, self.path, self.name = chroma_url, path, collection
        self._client = _client(chroma_url, path)
        try:
            if create:
                self._collection = self._client.get_or_create_collection(
                    collection, embedding_function=None, metadata={"hnsw:space": "cosine"}
                )
            else:
                self._collection = self._client.get_collection(collection, embedding_function=None)
        except StoreUnavailableError:
            raise
        except Exception as exc:
            raise StoreUnavailableError(
                f"De vectorcollectie '{collection}' is niet leesbaar ({type(exc).__name__}: {exc}). "
                "Bouw de index opnieuw met: pactrag ingest --rebuild"
            ) from None

    def add(self, ids: list[str], vectors: np.ndarray, documents: list[str], metadatas: list[dict]) -> None:
        for i in range(0, len(ids), _BATCH):
            self._collection.add(
                ids=ids[i : i + _BATCH],
                embeddings=vectors[i : i + _BATCH],
                documents=documents[i : i + _BATCH],
                metadatas=metadatas[i : i + _BATCH],
            )

    def count(self) -> int:
        return self._collection.count()

    def query(self, vector: np.ndarray, n: int, where: dict | None) -> list[tuple[str, float]]:
        """(chunk_id, cosine similarity), best first."""
        try:
            result = self._collection.query(
                query_embeddings=[vector], n_results=n, where=where or None, include=["distances"]
            )
        except Exception as exc:
            if self.chroma_url and not _is_not_found(exc):
                raise _server_down(self.chroma_url, exc) from None
            raise StoreUnavailableError(
                f"Zoeken in Chroma mislukte: de vectorcollectie '{self.name}' ontbreekt of is beschadigd "
                f"({type(exc).__name__}). Bouw de index opnieuw met: pactrag ingest --rebuild"
            ) from None
        return [(cid, 1.0 - float(d)) for cid, d in zip(result["ids"][0], result["distances"][0])]


def _is_not_found(exc: Exception) -> bool:
    from chromadb.errors import NotFoundError

    return isinstance(exc, NotFoundError) or "does not exist" in str(exc)


def drop_collection(chroma_url: str, path: Path | None, name: str) -> bool:
    """Delete a collection (gone already is fine); False when the store cannot be reached."""
    try:
        client = _client(chroma_url, path)
    except StoreUnavailableError:
        return False
    try:
        client.delete_collection(name)
    except Exception:
        pass  # already gone
    return True


def has_collection(chroma_url: str, name: str) -> bool:
    """Whether the Chroma server holds this collection (raises when the server is down)."""
    try:
        _client(chroma_url, None).get_collection(name, embedding_function=None)
        return True
    except StoreUnavailableError:
        raise
    except Exception:
        return False


def list_collections(chroma_url: str, path: Path | None) -> list[str]:
    return [c.name if hasattr(c, "name") else str(c) for c in _client(chroma_url, path).list_collections()]
