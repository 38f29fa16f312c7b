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


def _client(chroma_url: str, path: Path | None):
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if chroma_url:
        url = urlparse(chroma_url)
        try:
            client = chromadb.HttpClient(host=url.hostname or "127.0.0.1",
                                         port=url.port or (443 if url.scheme == "https" else 8000),
                                         ssl=url.scheme == "https", settings=chroma_settings)
            client.heartbeat()
        except Exception as exc:
            raise StoreUnavailableError(
                f"De Chroma-server op {chroma_url} antwoordt niet ({type(exc).__name__}). "
                "Start hem met 'chroma run --host 127.0.0.1 --port 8000' of laat "
                "PACTRAG_CHROMA_URL leeg voor de ingebouwde opslag.") from None
        return client
    assert path is not None
    path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(path), settings=chroma_settings)


class VectorStore:
    """One collection of chunk vectors (cosine space) with flat metadata."""

    def __init__(self, chroma_url: str, path: Path | None, collection: str, create: bool = False):
        self.chroma_url, self.path, self.name = chroma_url, path, collection
        self._client = _client(chroma_url, path)
        try:
            if create:
                self._collection = self._client.get_or_create_collection(
                    collection, embedding_function=None, metadata={"hnsw:space": "cosine"})
            else:
                self._collection = self._client.get_collection(collection, embedding_function=None)
        except StoreUnavailableError:
            raise
        except Exception as exc:
            raise StoreUnavailableError(
                f"De vectorcollectie '{collection}' is niet leesbaar ({type(exc).__name__}: {exc}). "
                "Bouw de index opnieuw met: pactrag ingest --rebuild") from None

    def add(self, ids: list[str], vectors: np.ndarray, documents: list[str], metadatas: list[dict]) -> None:
        for i in range(0, len(ids), _BATCH):
            self._collection.add(ids=ids[i:i + _BATCH], embeddings=vectors[i:i + _BATCH],
                                 documents=documents[i:i + _BATCH], metadatas=metadatas[i:i + _BATCH])

    def count(self) -> int:
        return self._collection.count()

    def query(self, vector: np.ndarray, n: int, where: dict | None) -> list[tuple[str, float]]:
        """(chunk_id, cosine similarity), best first."""
        try:
            result = self._collection.query(query_embeddings=[vector], n_results=n, where=where or None,
                                            include=["distances"])
        except Exception as exc:
            raise StoreUnavailableError(
                f"Zoeken in Chroma mislukte ({type(exc).__name__}). "
                + ("Controleer of de Chroma-server draait." if self.chroma_url
                   else "Bouw de index opnieuw met: pactrag ingest --rebuild")) from None
        return [(cid, 1.0 - float(d)) for cid, d in zip(result["ids"][0], result["distances"][0])]


def drop_collection(chroma_url: str, path: Path | None, name: str) -> None:
    try:
        _client(chroma_url, path).delete_collection(name)
    except Exception:
        pass  # already gone


def list_collections(chroma_url: str, path: Path | None) -> list[str]:
    return [c.name if hasattr(c, "name") else str(c) for c in _client(chroma_url, path).list_collections()]
