"""A word bridge learned from the labelled questions: which report stems a question stem stands for.

The misses left on every cold set are a vocabulary gap: a question says in everyday words (or in
English) what the report says in policy language ("vaste financiering" for "doelgerichte besteding
van middelen", "council" for "gemeente"). BM25 matches spelling only, and the nearest-question
votes (``neighbours.py``) help only when another writer asked nearly the same whole question. The
labelled questions hold the bridge at the level of words: each is paired with the sections that
answer it, so which report stems a question stem predicts can be fitted on them.

The fit is IBM Model 1 (Brown et al. 1993) with the question as the translation of its gold
sections' text: t(q | w), the probability that a report stem w is asked as question stem q, by EM
(each question stem is aligned to one stem of the gold sections, or to none: the NULL word
takes up the words any question uses). The identity path is kept (a question stem that is a
report stem translates to itself with ``SELF``), so a shared word explains itself and the
alignments left are the bridge. It is used in one way: a question stem the index does not know
adds the ``TOP`` report stems it was aligned to most to the BM25 query, each weighted by its share
of the stem's alignments times ``WEIGHT`` (``expanded_lexical``, read with the question in
``retrieve.read_question``): "farmer" -> landbouw, landbouwer; "rural" -> stad, platteland;
"municipal" -> intergemeentelijk, bovenlokaal. The known-words share of BM25 in ``retrieve._fuse``
is left as it was: the expansion adds evidence, it does not make the question's words known.

Leave-one-set-out on the retrieval dump (``scripts/trans14_lab.py``; each set's questions
expanded with a bridge fitted on the other sets; ``WEIGHT`` chosen on the other sets per fold from
0-4: 2 in 8 folds, 4 in 7, 1 in 1), section hit@1 / hit@5 over the labelled questions: 0.867 /
0.977 -> 0.870 / 0.981, everyday words 0.750 / 0.951 -> 0.757 / 0.958, English 0.829 / 0.944 ->
0.825 / 0.951, direct 0.955 -> 0.956; v1, fresh, cold5, cold11, cold12 up, cold6, cold9, cold13 one
item down each. Dropped there: the bridge as a translation-language-model part of the fused
score (Berger & Lafferty 1999; 0.852-0.872 against 0.867, everyday words down at every weight:
over 45 sections it mostly relearns the votes' section classifier), the expansion of every stem
(not only the unknown ones: same pooled, cold13 down), and a shrunk lift estimator in place of the
alignments (0.868, flat).

Fitted on the labelled questions minus the held-out ones (``examples.per_held_out``, as
``neighbours.py``): ``pactrag eval`` holds out the evaluated set's own questions.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from .examples import labelled, per_held_out, section_columns, section_key
from .lexical import tokenize

if TYPE_CHECKING:
    from .index import Index

# EM iterations of the fit (IBM Model 1's likelihood is concave in t; 10 reach its plateau).
ITERATIONS = 10
# The share of a report stem's translation mass kept on itself (the identity path).
SELF = 0.5
# The share of each gold section's alignment mass on the NULL word (the question's own frame).
NULL = 0.2
# How many report stems an unknown question stem adds to the BM25 query, and their weight there
# (each times its alignment share).
TOP = 3
WEIGHT = 2.0
# A question stem enters the table only when at least this many labelled questions use it: a
# stem of one question translates to whatever its one section holds.
MIN_QUESTIONS = 2


@dataclass(frozen=True)
class Bridge:
    """Per question stem the index does not know: the report stems it was aligned to most, each
    with its share of the stem's alignments (NULL and itself included in the whole)."""

    expansions: dict[str, tuple[tuple[str, float], ...]]


def fit_translation(
    questions: list[list[str]],
    gold: list[list[int]],
    sections: list[list[str]],
    iterations: int = ITERATIONS,
    self_share: float = SELF,
    null_share: float = NULL,
    min_questions: int = MIN_QUESTIONS,
) -> tuple[dict[str, int], dict[str, int], np.ndarray, np.ndarray]:
    """IBM Model 1 t(q | w) over ``questions`` (stem lists) as translations of the text of their
    ``gold`` sections (indexes into ``sections``, stem lists). Returns the report stems (rows;
    the last row is NULL), the question stems (columns), t with the identity path mixed in
    (rows sum to 1) and the expected alignment counts of the last iteration (same shape: how
    often each question stem was aligned to each report stem, NULL and itself included)."""
    doc_terms: dict[str, int] = {}
    for tokens in sections:
        for t in tokens:
            doc_terms.setdefault(t, len(doc_terms))
    used = Counter(t for tokens in questions for t in set(tokens))
    q_terms = {t: i for i, t in enumerate(sorted(t for t, n in used.items() if n >= min_questions))}
    n_doc, n_q, n_sec = len(doc_terms), len(q_terms), len(sections)
    # float32: the fit runs once per held-out set at the first question (halves its ~1 s)
    prior = np.zeros((n_sec, n_doc + 1), dtype=np.float32)  # alignment prior per section: p(w | s) and NULL
    for s, tokens in enumerate(sections):
        counts = Counter(tokens)
        total = sum(counts.values()) or 1
        for t, c in counts.items():
            prior[s, doc_terms[t]] = (1 - null_share) * c / total
        prior[s, n_doc] = null_share
    asked = np.zeros((n_sec, n_q), dtype=np.float32)  # how often each question stem is asked of each section
    for tokens, secs in zip(questions, gold, strict=True):
        if not secs:
            continue
        for t in tokens:
            if t in q_terms:
                for s in secs:
                    asked[s, q_terms[t]] += 1 / len(secs)
    identity = np.zeros((n_doc + 1, n_q), dtype=np.float32)
    for t, j in q_terms.items():
        if t in doc_terms:
            identity[doc_terms[t], j] = 1.0
    has_self = identity.sum(1, keepdims=True) > 0
    keep = np.where(has_self, self_share, 0.0).astype(np.float32)
    learned = np.full((n_doc + 1, n_q), 1.0 / max(n_q, 1), dtype=np.float32)
    aligned = np.zeros((n_doc + 1, n_q), dtype=np.float32)
    for _ in range(iterations):
        table = keep * identity + (1 - keep) * learned
        expected = prior @ table  # (sections, question stems): p(q | section)
        ratio = np.divide(asked, expected, out=np.zeros_like(asked), where=expected > 0)
        posterior = prior.T @ ratio
        aligned = table * posterior
        expected_counts = (1 - keep) * learned * posterior  # the learned path's
        mass = expected_counts.sum(1, keepdims=True)
        learned = np.divide(
            expected_counts, mass, out=np.full_like(expected_counts, 1.0 / max(n_q, 1)), where=mass > 0
        )
    return doc_terms, q_terms, keep * identity + (1 - keep) * learned, aligned


def expansions(
    doc_terms: dict[str, int],
    q_terms: dict[str, int],
    aligned: np.ndarray,
    known: Callable[[str], bool],
    top: int = TOP,
) -> dict[str, tuple[tuple[str, float], ...]]:
    """For each question stem that ``known`` rejects: its ``top`` report stems by alignment count
    (not NULL, not itself), each with its share of the stem's alignments."""
    words = list(doc_terms)
    out: dict[str, tuple[tuple[str, float], ...]] = {}
    for t, j in q_terms.items():
        if known(t):
            continue
        col = aligned[:, j].copy()
        total = float(col.sum())
        if total <= 0:
            continue
        col[-1] = 0.0  # NULL
        if t in doc_terms:
            col[doc_terms[t]] = 0.0
        best = [int(w) for w in np.argsort(-col, kind="stable")[:top] if col[w] > 0]
        if best:
            out[t] = tuple((words[w], float(col[w] / total)) for w in best)
    return out


def expanded_lexical(index: Index, tokens: list[str] | tuple[str, ...]) -> np.ndarray | None:
    """The BM25 scores of the report stems that the question's unknown stems stand for, each
    weighted by its alignment share (``Bridge.expansions``) and by ``WEIGHT``; None when no stem of
    the question has any."""
    # a question whose stems the report all uses has nothing to expand: it never waits for the
    # fit (~0.5-0.9 s at the first such question of a fresh process, a one-shot `pactrag ask`)
    if not WEIGHT or all(t in index.vocabulary for t in tokens):
        return None
    found = bridge(index)
    if found is None:
        return None
    pairs = [pair for t in tokens for pair in found.expansions.get(t, ())]
    if not pairs:
        return None
    scores = np.zeros(len(index.chunks), dtype=np.float64)
    for word, share in pairs:
        scores += share * index.bm25.scores([word])
    return WEIGHT * scores


def bridge(index: Index) -> Bridge | None:
    """The bridge fitted on the labelled questions minus the held-out ones; None without any.
    Built once per opened index and held-out set (kept on disk: ``fitted.py``)."""

    def build() -> Bridge | None:
        data = labelled(index)
        if data is None:
            return None
        rows = [e for e in data.examples if e.sections]
        if not rows:
            return None
        keys, column = section_columns(index)
        section_tokens: list[list[str]] = [[] for _ in column]
        seen: set[str] = set()
        for c, k in zip(index.chunks, keys, strict=True):
            if c.text not in seen:  # the same passage twice (a report ingested under two names)
                seen.add(c.text)
                section_tokens[column[k]].extend(tokenize(c.text))
        doc_terms, q_terms, _table, aligned = fit_translation(
            [list(tokenize(e.question)) for e in rows],
            [[column[section_key(e.report_id, s)] for s in e.sections] for e in rows],
            section_tokens,
        )
        vocabulary = index.vocabulary
        return Bridge(expansions(doc_terms, q_terms, aligned, lambda t: t in vocabulary))

    return per_held_out(index, "bridge", build)
