"""Close the citation loop: parse [n] out of an answer, check each against its source.

A sentence is *supported* by the passage it cites when enough of its content words occur
in that passage (stemmed), or when it is semantically close to one of the passage's
sentences. Numbers that point at no source are invalid; sentences without support are
dropped, and the caller falls back to the extractive answer when too little survives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from .chunk import split_sentences
from .lexical import tokenize
from .records import Citation, Hit

_MARKER = re.compile(r"\[(\d{1,3})\]")
_ANSWER_SENTENCE = re.compile(r"(?<=[.!?])(?:\s*\[\d{1,3}\])*\s+(?=[A-ZÀ-Ý•\-*“\"‘(])|\n+")

LEXICAL_SUPPORT = 0.6  # share of a sentence's content words found in its cited passage
SEMANTIC_SUPPORT = 0.90  # e5 cosine between the sentence and the passage's best sentence
MIN_SUPPORTED_SHARE = 0.5  # below this share of supported sentences: extractive fallback


@dataclass(frozen=True)
class CheckedSentence:
    text: str  # without its markers
    numbers: tuple[int, ...]
    invalid: tuple[int, ...]  # numbers that point at no source
    supported_by: tuple[int, ...]  # valid numbers whose passage supports the sentence
    quote: str  # best supporting sentence of the first supporting passage
    is_claim: bool  # carries content (not a framing line)


@dataclass(frozen=True)
class Verification:
    sentences: tuple[CheckedSentence, ...]

    @property
    def claims(self) -> list[CheckedSentence]:
        return [s for s in self.sentences if s.is_claim]

    @property
    def invalid_numbers(self) -> set[int]:
        return {n for s in self.sentences for n in s.invalid}

    @property
    def unsupported(self) -> list[CheckedSentence]:
        return [s for s in self.claims if not s.supported_by]

    @property
    def supported_share(self) -> float:
        claims = self.claims
        return sum(1 for s in claims if s.supported_by) / len(claims) if claims else 0.0


def split_answer(text: str) -> list[tuple[str, tuple[int, ...]]]:
    """Answer text -> [(sentence without markers, cited numbers)]."""
    out = []
    for raw in _split_keep_markers(text):
        numbers = tuple(int(n) for n in _MARKER.findall(raw))
        clean = re.sub(r"\s*\[\d{1,3}\]", "", raw).strip()
        clean = re.sub(r"^[-*•]\s+", "", clean)
        if clean:
            out.append((clean, numbers))
    return out


def _split_keep_markers(text: str) -> list[str]:
    parts, start = [], 0
    for m in _ANSWER_SENTENCE.finditer(text):
        end = m.start()
        # markers after the period belong to the sentence before
        tail = re.match(r"(?:\s*\[\d{1,3}\])*", text[end:m.end()])
        end += tail.end() if tail else 0
        parts.append(text[start:end])
        start = m.end()
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]


def _is_claim(sentence: str, numbers: tuple[int, ...]) -> bool:
    if numbers:
        return True
    words = re.findall(r"\w+", sentence)
    # a framing line ("Dit zijn de punten:") carries no claim of its own
    return len(words) >= 6 and not sentence.rstrip().endswith(":")


def verify(answer_text: str, hits: list[Hit], embed_query=None, sentence_vectors=None) -> Verification:
    """Check every sentence's [n] markers against hits[n-1].

    ``embed_query(text) -> vector`` and ``sentence_vectors(chunk_id) -> [(text, vector)]`` add
    the semantic check; without them only the lexical check runs.
    """
    checked = []
    for sentence, numbers in split_answer(answer_text):
        invalid = tuple(n for n in numbers if not 1 <= n <= len(hits))
        valid = [n for n in numbers if 1 <= n <= len(hits)]
        supported, quote = [], ""
        words = set(tokenize(sentence))
        qvec = None
        for n in valid:
            hit = hits[n - 1]
            passage_words = set(tokenize(hit.chunk.text))
            lexical = len(words & passage_words) / len(words) if words else 0.0
            best_sentence, best_sim = _best_sentence(sentence, hit, words, embed_query, sentence_vectors, qvec)
            if embed_query is not None and sentence_vectors is not None and qvec is None:
                qvec = embed_query(sentence)
            if lexical >= LEXICAL_SUPPORT or best_sim >= SEMANTIC_SUPPORT:
                supported.append(n)
                quote = quote or best_sentence
        checked.append(CheckedSentence(sentence, tuple(numbers), invalid, tuple(supported), quote,
                                       _is_claim(sentence, tuple(numbers))))
    return Verification(tuple(checked))


def _best_sentence(sentence: str, hit: Hit, words: set[str], embed_query, sentence_vectors, qvec):
    """The passage sentence closest to the claim: lexical overlap, then e5 cosine."""
    if embed_query is not None and sentence_vectors is not None:
        pairs = sentence_vectors(hit.chunk.chunk_id)
        if pairs:
            vec = qvec if qvec is not None else embed_query(sentence)
            sims = [float(np.dot(v, vec)) for _, v in pairs]
            i = int(np.argmax(sims))
            return pairs[i][0], sims[i]
    candidates = split_sentences(hit.chunk.text) or [hit.chunk.text]
    scored = [(len(words & set(tokenize(c))), c) for c in candidates]
    return max(scored, key=lambda t: t[0])[1], 0.0


def citations_for(verification: Verification, hits: list[Hit]) -> list[Citation]:
    """One citation per cited source number, with the quote that supports it."""
    by_number: dict[int, Citation] = {}
    for s in verification.sentences:
        for n in s.supported_by:
            if n not in by_number:
                by_number[n] = Citation.from_chunk(n, hits[n - 1].chunk, s.quote or hits[n - 1].chunk.text)
    return [by_number[n] for n in sorted(by_number)]


def renumber(text: str, mapping: dict[int, int]) -> str:
    return _MARKER.sub(lambda m: f"[{mapping[int(m.group(1))]}]" if int(m.group(1)) in mapping else "", text)


_DUTCH = {"de", "het", "een", "en", "van", "is", "dat", "die", "niet", "zijn", "voor", "met", "op",
          "te", "ook", "worden", "wordt", "om", "bij", "door", "naar", "er", "aan", "deze", "als", "meer"}
_ENGLISH = {"the", "a", "an", "and", "of", "is", "that", "to", "for", "with", "on", "are", "be",
            "by", "this", "as", "it", "from", "more", "which", "can", "their", "they", "in"}


def is_dutch(text: str) -> bool:
    words = re.findall(r"[a-zà-ÿ]+", re.sub(r"\[\d+\]", "", text.lower()))
    nl = sum(w in _DUTCH for w in words)
    en = sum(w in _ENGLISH for w in words)
    return nl >= en and (nl > 0 or len(words) < 4)
