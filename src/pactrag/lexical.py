"""Dutch BM25 (Snowball 'dutch' stemmer + Dutch stop words), composed from per-report segments."""

from __future__ import annotations

import functools
import importlib.util
import re
import threading
import unicodedata
from collections import Counter
from dataclasses import dataclass
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
def bm25s_stopwords(language: str) -> tuple[str, ...]:
    """bm25s's stop word list of ``language`` ("DUTCH", "EN"), read from its ``stopwords.py``
    without importing the bm25s package: its ``__init__`` imports tqdm, importlib.metadata and
    more, ~0.13 s CPU of a cold `pactrag ask`, for two lists of words (NOTES.md, session 10)."""
    spec = importlib.util.find_spec("bm25s")  # finds the package, does not import it
    folder = spec.submodule_search_locations if spec is not None else None
    source = (
        importlib.util.spec_from_file_location("_bm25s_stopwords", Path(folder[0]) / "stopwords.py")
        if folder
        else None
    )
    if source is None or source.loader is None:  # an unusual install: import it the usual way
        import bm25s.stopwords as module
    else:
        module = importlib.util.module_from_spec(source)
        source.loader.exec_module(module)
    return tuple(getattr(module, f"STOPWORDS_{language}"))


@functools.cache
def stopwords() -> frozenset[str]:
    """Dutch stop words plus question words that never carry the topic."""
    return frozenset(bm25s_stopwords("DUTCH")) | {
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
    return list(_tokens(text))


def fold(text: str) -> str:
    """Lower case without accents ("Coördinatie" -> "coordinatie"): how the tokenizer reads a text
    before it splits it, and how a text is matched against it."""
    folded = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in folded if not unicodedata.combining(c))


# One answer tokenizes the same texts many times (the question in retrieval, intent, compose and
# abstention; the titles of the subfacets per question; the sentences of the retrieved passages):
# ~30 calls per question. The tokens depend on the text alone.
@functools.lru_cache(maxsize=8192)
def _tokens(text: str) -> tuple[str, ...]:
    stop = stopwords()
    folded = fold(text).replace("’", "'")
    words: list[str] = []
    for token in _TOKEN.findall(folded):
        parts = [token] + (
            [p for p in re.split(r"[-']", token) if p] if ("-" in token or "'" in token) else []
        )
        words.extend(p for p in parts if len(p) > 1 and p not in stop)
    return tuple(_stem(words))


K1, B = 1.2, 0.75
EMPTY_DOC = "_leeg_"  # the token of a chunk without words, so every chunk has a length


@dataclass(frozen=True)
class Postings:
    """One segment's term statistics: for each term (sorted) the chunks it occurs in and how
    often, each chunk's length, and the document frequency of each term of the plain chunk
    texts (``df_terms``/``df``, for the sentence scorer's idf). Segments compose into one
    ``BM25Index`` whose idf and average length are those of the whole corpus."""

    terms: np.ndarray  # str, sorted
    indptr: np.ndarray  # int64, len(terms) + 1
    docs: np.ndarray  # int32, chunk position within the segment
    tf: np.ndarray  # float32
    lengths: np.ndarray  # int32, per chunk
    df_terms: np.ndarray  # str
    df: np.ndarray  # int32

    @classmethod
    def build(cls, texts: list[str], plain_texts: list[str] | None = None) -> Postings:
        per_term: dict[str, list[tuple[int, int]]] = {}
        lengths = []
        for doc, text in enumerate(texts):
            tokens = tokenize(text) or [EMPTY_DOC]
            lengths.append(len(tokens))
            for term, count in Counter(tokens).items():
                per_term.setdefault(term, []).append((doc, count))
        terms = sorted(per_term)
        counts = [len(per_term[t]) for t in terms]
        pairs = [pair for t in terms for pair in per_term[t]]
        df: Counter[str] = Counter()
        for text in plain_texts if plain_texts is not None else texts:
            df.update(set(tokenize(text)))
        df_terms = sorted(df)
        return cls(
            terms=np.array(terms, dtype=str),
            indptr=np.concatenate([[0], np.cumsum(counts, dtype=np.int64)]).astype(np.int64),
            docs=np.array([d for d, _ in pairs], dtype=np.int32),
            tf=np.array([c for _, c in pairs], dtype=np.float32),
            lengths=np.array(lengths, dtype=np.int32),
            df_terms=np.array(df_terms, dtype=str),
            df=np.array([df[t] for t in df_terms], dtype=np.int32),
        )

    def save(self, path: Path) -> None:
        with open(path, "wb") as handle:
            np.savez(handle, **{name: getattr(self, name) for name in self.__dataclass_fields__})

    @classmethod
    def load(cls, path: Path) -> Postings:
        with np.load(path, allow_pickle=False) as data:
            return cls(**{name: data[name] for name in cls.__dataclass_fields__})

    def document_frequencies(self) -> dict[str, int]:
        return dict(zip(self.df_terms.tolist(), self.df.tolist(), strict=True))


class BM25Index:
    """Okapi BM25 as bm25s scores it ("lucene": idf = ln(1 + (N - df + .5)/(df + .5)),
    tf / (tf + k1 (1 - b + b len/avglen))), over segments composed when the index opens."""

    def __init__(self, vocab: dict[str, int], indptr: np.ndarray, docs: np.ndarray, data: np.ndarray, n: int):
        self._vocab, self._indptr, self._docs, self._data, self.n = vocab, indptr, docs, data, n

    @classmethod
    def build(cls, texts: list[str]) -> BM25Index:
        return cls.compose([Postings.build(texts)])

    @classmethod
    def compose(cls, segments: list[Postings]) -> BM25Index:
        vocab: dict[str, int] = {}
        term_parts, doc_parts, tf_parts, length_parts = [], [], [], []
        offset = 0
        for seg in segments:
            ids = np.fromiter(
                (vocab.setdefault(t, len(vocab)) for t in seg.terms.tolist()),
                dtype=np.int64,
                count=len(seg.terms),
            )
            term_parts.append(np.repeat(ids, np.diff(seg.indptr)))
            doc_parts.append(seg.docs.astype(np.int64) + offset)
            tf_parts.append(seg.tf)
            length_parts.append(seg.lengths)
            offset += len(seg.lengths)
        if not offset:
            return cls({}, np.zeros(1, dtype=np.int64), np.zeros(0, np.int64), np.zeros(0, np.float32), 0)
        terms = np.concatenate(term_parts)
        order = np.argsort(terms, kind="stable")
        terms, docs, tf = terms[order], np.concatenate(doc_parts)[order], np.concatenate(tf_parts)[order]
        lengths = np.concatenate(length_parts).astype(np.float32)
        df = np.bincount(terms, minlength=len(vocab))
        indptr = np.concatenate([[0], np.cumsum(df)]).astype(np.int64)
        idf = np.log(1 + (offset - df + 0.5) / (df + 0.5)).astype(np.float32)
        norm = K1 * (1 - B + B * lengths / lengths.mean())
        data = (idf[terms] * tf / (tf + norm[docs])).astype(np.float32)
        return cls(vocab, indptr, docs, data, offset)

    @property
    def vocabulary(self) -> set[str]:
        return set(self._vocab)

    def scores(self, tokens: list[str]) -> np.ndarray:
        scores = np.zeros(self.n, dtype=np.float32)
        for token in tokens:
            term = self._vocab.get(token)
            if term is None:
                continue
            a, b = self._indptr[term], self._indptr[term + 1]
            scores[self._docs[a:b]] += self._data[a:b]  # a term's chunks are distinct
        return scores

    def search(self, query: str, n: int, mask: np.ndarray | None = None) -> list[tuple[int, float]]:
        """(document position, score) for documents with a score > 0, best first."""
        tokens = tokenize(query)
        if not tokens or not self.n:
            return []
        scores = self.scores(tokens)
        if mask is not None:
            scores = np.where(mask, scores, 0.0)
        n = min(n, len(scores))
        top = np.argpartition(-scores, n - 1)[:n] if n < len(scores) else np.arange(len(scores))
        top = top[np.argsort(-scores[top], kind="stable")]
        return [(int(i), float(scores[i])) for i in top if scores[i] > 0]
