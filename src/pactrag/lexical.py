"""Dutch BM25 (bm25s + Snowball 'dutch' stemmer + Dutch stop words)."""

from __future__ import annotations

import functools
import logging
import re
import threading
import unicodedata
from pathlib import Path

import numpy as np

_TOKEN = re.compile(r"[^\W\d_](?:[\w’'-]*\w)?|\d+", re.UNICODE)
_stemmer_lock = threading.Lock()
_stemmer = None


def _stem(words: list[str]) -> list[str]:
    global _stemmer
    with _stemmer_lock:
        if _stemmer is None:
            import Stemmer

            _stemmer = Stemmer.Stemmer("dutch")
        return _stemmer.stemWords(words)


@functools.cache
def stopwords() -> frozenset[str]:
    """Dutch stop words plus question words that never carry the topic."""
    from bm25s.stopwords import STOPWORDS_DUTCH

    return frozenset(STOPWORDS_DUTCH) | {
        "welke",
        "wat",
        "hoe",
        "waarom",
        "wie",
        "waar",
        "wanneer",
        "zijn",
        "worden",
        "wordt",
        "er",
        "gaat",
        "rond",
    }


def tokenize(text: str) -> list[str]:
    """Lower-cased, accent-folded, stop words out, stemmed; compounds with '-' split too."""
    stop = stopwords()
    folded = unicodedata.normalize("NFKD", text.lower())
    folded = "".join(c for c in folded if not unicodedata.combining(c)).replace("’", "'")
    words: list[str] = []
    for token in _TOKEN.findall(folded):
        parts = [token] + (
            [p for p in re.split(r"[-']", token) if p] if ("-" in token or "'" in token) else []
        )
        words.extend(p for p in parts if len(p) > 1 and p not in stop)
    return _stem(words)


class BM25Index:
    def __init__(self, model) -> None:
        self._model = model
        self._lock = threading.Lock()

    @classmethod
    def build(cls, texts: list[str]) -> BM25Index:
        import bm25s

        model = bm25s.BM25(k1=1.2, b=0.75)
        model.index([tokenize(t) or ["_leeg_"] for t in texts], show_progress=False)
        return cls(model)

    def save(self, path: Path) -> None:
        self._model.save(str(path), show_progress=False)

    @classmethod
    def load(cls, path: Path) -> BM25Index:
        import bm25s

        logging.getLogger("bm25s").setLevel(logging.ERROR)
        return cls(bm25s.BM25.load(str(path), show_progress=False))

    @property
    def vocabulary(self) -> set[str]:
        return set(self._model.vocab_dict)

    def search(self, query: str, n: int, mask: np.ndarray | None = None) -> list[tuple[int, float]]:
        """(document position, score) for documents with a score > 0, best first."""
        tokens = tokenize(query)
        if not tokens:
            return []
        with self._lock:
            scores = self._model.get_scores(tokens)
        if mask is not None:
            scores = np.where(mask, scores, 0.0)
        n = min(n, len(scores))
        top = np.argpartition(-scores, n - 1)[:n] if n < len(scores) else np.arange(len(scores))
        top = top[np.argsort(-scores[top], kind="stable")]
        return [(int(i), float(scores[i])) for i in top if scores[i] > 0]
