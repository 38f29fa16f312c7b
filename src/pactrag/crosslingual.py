"""English questions over a Dutch report: the language offset of the query vector.

e5-small embeds an English question and a Dutch sentence that say the same thing less alike
than two Dutch ones: part of every vector is the language itself. The labelled example
questions (``corpus/examples.jsonl``) hold English and Dutch questions about the same sections,
so the difference of their mean vectors estimates that language component; an English question
compared with the report's sentences is moved by it first (mean-centering per language, as in
cross-lingual retrieval with multilingual encoders). No embedder call: one vector subtraction.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

from .examples import labelled, per_held_out
from .intent import english_stopwords
from .lexical import stopwords

if TYPE_CHECKING:
    from .index import Index

_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


@lru_cache(maxsize=1)
def _function_words() -> tuple[frozenset[str], frozenset[str]]:
    english, dutch = english_stopwords(), stopwords()
    return english - dutch, dutch - english


def is_english(text: str) -> bool:
    """More English than Dutch function words ("what", "the", "should" against "wat", "de",
    "moet"); words of both lists ("in", "is") count for neither. On the 1052 labelled questions
    with sections it agrees with the sets' "english" tags on all but one, an English question
    left untagged."""
    english, dutch = _function_words()
    words = _WORD.findall(text.lower())
    return sum(w in english for w in words) > sum(w in dutch for w in words)


# The offset is estimated only when both languages have this many labelled questions: a mean of a
# handful of vectors is mostly their topics, not their language.
MIN_QUESTIONS = 20
# How much of the offset is removed. Leave-one-set-out (scripts/retr8_lab.py lang, the offset from
# the other sets' questions): 0.5 / 1.0 / 1.5 give hit@1 0.869 / 0.870 / 0.870 (shipped 0.866),
# English 0.793 / 0.800 / 0.800 (0.772); 1.0 is chosen on the other sets for 8 of 9 sets left out.
SHIFT = 1.0


def offset(index: Index) -> np.ndarray | None:
    """Mean vector of the English labelled questions minus that of the Dutch ones (held-out
    questions left out, as every learned part); None with too few of either."""

    def build() -> np.ndarray | None:
        data = labelled(index)
        if data is None:
            return None
        english = np.array([is_english(e.question) for e in data.examples])
        if english.sum() < MIN_QUESTIONS or (~english).sum() < MIN_QUESTIONS:
            return None
        return data.vectors[english].mean(0) - data.vectors[~english].mean(0)

    return per_held_out(index, "language offset", build)


def without_language(index: Index, questions: list[str], vectors: np.ndarray) -> np.ndarray:
    """``vectors`` (one row per question) with the offset removed from the English questions' rows
    (unit length, as ``shifted``); unchanged without the offset. The labelled questions, compared
    with an English question's shifted vector, are centred the same way (``neighbours.py``)."""
    shift = offset(index)
    english = np.array([is_english(q) for q in questions], dtype=bool)
    if shift is None or not english.any():
        return vectors
    moved = vectors.astype(np.float64) - SHIFT * np.outer(english, shift)
    norms = np.linalg.norm(moved, axis=1, keepdims=True)
    return (moved / np.where(norms > 0, norms, 1.0)).astype(vectors.dtype)


def shifted(index: Index, question: str, query_vector: np.ndarray) -> np.ndarray | None:
    """An English question's vector with the language offset removed (unit length), to compare
    with the report's sentences; None for a Dutch question or without the offset."""
    if not is_english(question):
        return None
    shift = offset(index)
    if shift is None:
        return None
    moved = query_vector.astype(np.float64) - SHIFT * shift
    norm = float(np.linalg.norm(moved))
    return (moved / norm).astype(query_vector.dtype) if norm > 0 else None
