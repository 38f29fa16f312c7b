"""The template kind an ask of a synthesis question asks for, read from its words and its vector.

    ask_kind_shares(index, text, vector) -> {kind: probability}

A synthesis question often asks two kinds of one subfacet in two clauses, the second in everyday
words no rule knows ("… en wat willen ze daar concreet tegenover zetten?", "wat moet erbij
komen"). The example kind model (``examples.kind_probabilities``) reads a clause by its vector,
fitted on whole questions: a clause of a few words gets a flat reading (0.25-0.45 for its best
kind). Beside it, a word model of the same labelled questions: naive Bayes over their words and
word pairs (function words kept: "wat moet erbij" is the words "moet" and "erbij", not a topic),
each labelled question whose sections are all of one template kind counting for that kind. The
two readings are multiplied (the words' log-odds at ``TEMPERATURE``): they err on different
clauses. Fitted per held-out set like the examples' model (``examples.per_held_out``): an eval
never reads a question with its own label's help.

Leave-one-set-out over the 33 unread asks of the labelled questions with two or more kind sides
that sit beside an ask whose words name a kind (every tuning set, ``scripts/sides17_lab.py``):
the best kind not named by the other asks is a side for the vector alone 22, the words alone 23,
both 25 (temperature 1: 24, 4: 24, 8: 23). No embedding call: the vector is the ask's own.
Used only where the vector alone is unsure and the two readings agree (``ask_kind``): the joint
reading alone also read the asks of actors and things as kinds.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from .examples import kind_probabilities, labelled, per_held_out
from .intent import ITEM_KINDS
from .lexical import fold

if TYPE_CHECKING:
    from .index import Index

# The word model's log-odds are divided by this before they meet the vector's probabilities (the
# naive Bayes sum over a dozen words and pairs is overconfident). Lab above: 1 -> 24, 2 -> 25, 4 -> 24.
TEMPERATURE = 2.0
SMOOTHING = 1.0  # added to every word's count per kind (Laplace)
MIN_QUESTIONS = 2  # a word or pair in fewer labelled questions is not counted (one writer's phrase)
_WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class WordKindModel:
    kinds: tuple[str, ...]
    vocabulary: dict[str, int]
    log_p: np.ndarray  # (kinds, words): log P(word | kind)
    log_prior: np.ndarray  # (kinds,)

    def log_odds(self, text: str) -> np.ndarray:
        columns = [self.vocabulary[t] for t in set(features(text)) if t in self.vocabulary]
        out = self.log_prior.copy()
        if columns:
            out += self.log_p[:, columns].sum(1)
        return out


def features(text: str) -> list[str]:
    """The text's folded words and its pairs of adjacent words."""
    words = _WORD.findall(fold(text))
    return words + [f"{a}_{b}" for a, b in zip(words, words[1:], strict=False)]


def word_kind_model(index: Index) -> WordKindModel | None:
    """The word model of ``index``'s labelled questions (once per opened index and held-out set;
    without held-out questions kept on disk, ``fitted.py``: fitting it took ~0.4 s)."""
    return per_held_out(index, "kind_words", lambda: _fit(index))


def _fit(index: Index) -> WordKindModel | None:
    data = labelled(index)
    if data is None:
        return None
    rows: list[tuple[list[str], int]] = []
    number = {k: i for i, k in enumerate(ITEM_KINDS)}
    for example in data.examples:
        kinds = {index.section_by_key[example.report_id, s].kind for s in example.sections}
        if len(kinds) == 1 and (kind := kinds.pop()) in number:
            rows.append((features(example.question), number[kind]))
    present = {y for _, y in rows}
    if len(present) < len(ITEM_KINDS):  # a kind without questions would get the even share
        return None
    seen = Counter(t for words, _ in rows for t in set(words))
    vocabulary = {t: i for i, t in enumerate(sorted(t for t, n in seen.items() if n >= MIN_QUESTIONS))}
    counts = np.zeros((len(ITEM_KINDS), len(vocabulary)))
    questions = np.zeros(len(ITEM_KINDS))
    for words, y in rows:
        questions[y] += 1
        for t in set(words):
            if t in vocabulary:
                counts[y, vocabulary[t]] += 1
    log_p = np.log(counts + SMOOTHING) - np.log(counts.sum(1, keepdims=True) + SMOOTHING * len(vocabulary))
    return WordKindModel(ITEM_KINDS, vocabulary, log_p, np.log(questions / questions.sum()))


def ask_kind_shares(index: Index, text: str, vector: np.ndarray) -> dict[str, float]:
    """The probability of each template kind (``ITEM_KINDS``) for an ask: the example kind
    model's reading of its vector times the word model's of its words; the vector's reading
    alone without a word model, {} without examples."""
    by_vector = kind_probabilities(index, vector)
    p = np.array([by_vector.get(k, 0.0) for k in ITEM_KINDS])
    if not p.sum():
        return {}
    model = word_kind_model(index)
    if model is not None:
        s = model.log_odds(text) / TEMPERATURE
        p = p * np.exp(s - s.max())
    p = p / p.sum()
    return dict(zip(ITEM_KINDS, (float(v) for v in p), strict=True))


def ask_kind(index: Index, text: str, vector: np.ndarray, share: float) -> str:
    """The kind an ask asks for: the example kind model's best kind for its vector at ``share``
    or more (``compose.read_ask_kinds`` as of session 8); else the kind that the vector and the
    words both read first and that the two together give ``share`` or more; '' when neither.
    The second reading alone, without the agreement, read actors' and things' asks as kinds
    ("wat brengen de gemeenten zelf in?" as Aanvullingen, "Welk alternatief model noemen de
    deelnemers tegenover de wildgroei …" as Opschaling and Drempels) and lost their facts."""
    by_vector = {k: p for k, p in kind_probabilities(index, vector).items() if k in ITEM_KINDS}
    if not by_vector:
        return ""
    first = max(by_vector, key=lambda k: by_vector[k])
    if by_vector[first] >= share:
        return first
    model = word_kind_model(index)
    if model is None:
        return ""
    by_words = model.kinds[int(np.argmax(model.log_odds(text)))]
    both = ask_kind_shares(index, text, vector)
    best = max(both, key=lambda k: both[k], default="")
    return best if best == first == by_words and both[best] >= share else ""
