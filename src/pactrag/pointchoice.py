"""Which points a direct answer shows, and how many: a point model fitted on the labelled facts.

A direct answer picks its points among the scored points of the sections retrieval ranks near
the best (``compose._best_groups``). The hand-set rule took every point within FACT_MARGIN of the
best score, up to FACT_LIMIT: a margin in the unit of the score, the same for a question whose
best point stands out and one whose points all score alike. Session 10 found the section usually
right and the point often not (cold11: hit@1 0.889, fact recall 0.843), and narrow questions
answered with many points.

Here each candidate point gets the probability that it holds a fact of the question which the
best point and what the best point brings along (``compose._continuation``, ``_lead_in``) do not
hold, from a logistic model over what the pipeline already knows of it: its score's distance from
the best, its e5 similarity's distance from the best, the share of the question's words it holds,
the labelled questions' votes for it, its section's rank and whether it is the best point's
section, its place in the section, whether it opens with a label, gives a count asked for, is a
quote, its length, its order by score and by similarity, and whether it supplies the value type
the question asks (a name, a reason, a way). The stopping rule is in expected facts per word
(``worth``): past the best point, a point the margin rule chose stays when its probability per 20
words of its length reaches ``compose.POINT_MODEL_KEEP``. The coefficients are fitted by
``scripts/facts11_lab.py`` on the direct questions of the labelled sets and reported
leave-one-set-out there. Used as the chooser itself (points by probability) the model did not beat
the margin rule's recall at equal words; as a stopping rule it trims the long tail.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from .compose import Point

FEATURES = (
    "bias",
    "score_gap",  # the point's score minus the best point's (<= 0)
    "dense_gap",  # its best sentence's e5 similarity minus the best candidate's
    "lexical",  # idf-weighted share of the question's words it holds
    "vote",  # the nearest labelled questions' vote share for it
    "section_rank",  # 1 / its section's retrieval rank
    "best_section",  # it lies in the best point's section
    "place",  # its place in its section, 0 (first) .. 1 (last)
    "label",  # it opens with a label ("Capaciteitstekorten bij kleine gemeenten: …")
    "count",  # a count is asked and it states one
    "quote",  # a participant's quote
    "words",  # log(1 + its words)
    "score_order",  # 1 / (1 + its place among the candidates by score)
    "dense_order",  # 1 / (1 + its place among the candidates by e5 similarity)
    "name_asked",  # the question asks who or which named thing, and it names one
    "reason_asked",  # the question asks why, and it gives a cause or purpose
    "means_asked",  # the question asks how, and it gives a way
)
BASE = 12  # the features above "score_order": what ``compose`` knows of a candidate by itself

# What a question asks for and what a sentence supplies: the value type, read by question words
# (Dutch and English), not by any eval question's phrasing.
_ASKS_NAME = re.compile(r"\b(wie|welke?|which|who|what)\b", re.I)
_ASKS_REASON = re.compile(r"\b(waarom|waardoor|why|reden)\b", re.I)
_ASKS_MEANS = re.compile(r"\b(hoe|how|op welke manier|waarmee|via welke?)\b", re.I)
_NAME = re.compile(r"(?<=[a-z,;]\s)[A-Z][\w’'+-]{2,}|\b[A-Z]{2,}\b")
_REASON = re.compile(r"\b(omdat|doordat|want|waardoor|zodat|oorzaak|dankzij|daardoor|om te)\b", re.I)
_MEANS = re.compile(r"\b(door|via|met behulp|bijvoorbeeld|zoals|aan de hand)\b", re.I)

_LABEL = re.compile(r"^[^:.!?]{3,160}:(\s|$)")
_QUOTE = re.compile(r"^\s*Quote:", re.I)


def features(
    scores: Sequence[float],
    points: Sequence[Point],
    same_section: Sequence[bool],
    section_sizes: Sequence[int],
    ranks: Sequence[int],
    votes: Sequence[float],
    lexical: Sequence[float],
    query_vector: np.ndarray,
    counts: Sequence[bool],
    question: str = "",
) -> np.ndarray:
    """One row per candidate (best first, as ``scores`` are sorted), in FEATURES order."""
    q = np.asarray(query_vector, dtype=np.float64)
    dense = [
        float(np.max(p.vectors @ q)) if p.vectors.shape[0] and p.vectors.shape[1] == q.shape[0] else 0.0
        for p in points
    ]
    top_dense = max(dense, default=0.0)
    best = scores[0] if scores else 0.0
    rows = []
    for i, p in enumerate(points):
        first = p.sentences[0].lstrip() if p.sentences else ""
        rows.append(
            (
                1.0,
                scores[i] - best,
                dense[i] - top_dense,
                lexical[i],
                votes[i],
                1.0 / max(ranks[i], 1),
                float(same_section[i]),
                p.position / max(section_sizes[i] - 1, 1),
                float(bool(_LABEL.match(first))),
                float(counts[i]),
                float(bool(_QUOTE.match(first))),
                math.log1p(len(p.text.split())),
            )
        )
    base = np.array(rows, dtype=np.float64).reshape(len(points), BASE)
    return np.hstack([base, typed(question, [p.text for p in points], base)])


def typed(question: str, texts: Sequence[str], base: np.ndarray) -> np.ndarray:
    """The features after BASE: each candidate's order by score and by similarity, and whether it
    supplies the value type the question asks (a name, a reason, a way)."""
    n = len(texts)
    score_order = 1.0 / (1.0 + np.arange(n))
    dense_order = np.empty(n)
    dense_order[np.argsort(-base[:, 2], kind="stable")] = 1.0 / (1.0 + np.arange(n))
    asks = [bool(r.search(question)) for r in (_ASKS_NAME, _ASKS_REASON, _ASKS_MEANS)]
    supplied = [
        [float(asks[k] and bool(r.search(t))) for t in texts] for k, r in enumerate((_NAME, _REASON, _MEANS))
    ]
    return np.column_stack([score_order, dense_order, *supplied]).reshape(n, 5)


def probabilities(x: np.ndarray, coef: Sequence[float]) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-(x @ np.asarray(coef, dtype=np.float64))))


def worth(p: np.ndarray, words: Sequence[int], keep: float, per: int, least: int) -> np.ndarray:
    """Which candidates are worth their words: probability per ``per`` words of their length (at
    least ``least`` words) of ``keep`` or more."""
    return p * per / np.maximum(np.asarray(words, dtype=np.float64), least) >= keep


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 50) -> np.ndarray:
    """Logistic regression by Newton steps, an L2 penalty on all but the bias."""
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], l2)
    penalty[0] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) + penalty * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.max(np.abs(step)) < 1e-8:
            break
    return w
