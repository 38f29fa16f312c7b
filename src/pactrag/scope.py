"""What kind of information a question asks for, learned from labelled questions.

The answer-type checks in ``abstain.py`` read a question's ask from word families ("hoeveel",
"welk decreet", "wie is de voorzitter"); writers who were never read use other words
("wettelijke bepaling", "regelgeving", "Steunt X het voorstel?", "volgens jou … het best").
The labelled questions of ``corpus/examples.jsonl`` (``examples.labelled``) hold many writers'
phrasings of both what the report answers and what it cannot (amounts, decrees, persons' names,
world facts about places, an organisation's stance, the assistant's own view). One shrunk linear
discriminant over their query vectors separates the two: a direction "asks for what this kind of
report holds" against "asks for something else". It reads the question only (the query vector is
made anyway: no embedder call), so it learns the kind of information asked, not the evidence.

The threshold is a share of answerable questions, not a score: it is set at the
``QUANTILE``-th quantile of the answerable examples' scores, each scored by a discriminant fitted
without its own set (leave one set out), so it holds for any embedder's scale
(``PACTRAG_EMBEDDINGS_BASE_URL``). Fitted when the first question arrives, per opened index and
held-out set (``pactrag eval`` leaves out the questions of the set it evaluates).

Leave-one-set-out CV over v1, v2 dev, fresh dev, cold4, cold5, cold6 and the refusal tuning sets
(``scripts/abstain_loso.py cv --with-tuning``, fitted as the product is, on the eval sets and the
tuning sets): out-of-scope refused 248 -> 267 of 295 pooled (cold6 19 -> 24 of 32), false
refusals 13 -> 16 of 936 (1.7 %, within the 2 % budget); without the tuning sets 264 of 295.
Session 9 (cold4-cold9): the rules and the signal model refuse 357 of 391 at 13 false of 1353,
with this check 379 at 17, and with its second point (``INSIDE_QUANTILE``) 378 at 11.

A second point on the same score says the opposite: above the ``INSIDE_QUANTILE``-th quantile of
the out-of-scope examples' held-out scores, a question asks what the answerable ones ask
(``asks_inside``), which ``abstain.declines_opinion`` reads for Dutch yes/no verdicts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from .examples import labelled, per_held_out

if TYPE_CHECKING:
    from .index import Index

# Weight of the identity in the shrunk within-class covariance ((1 - s) * cov + s * scale * I).
# Leave-one-set-out CV over 0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 0.8: 0.05-0.2 refuse within 2 of
# each other; 0.1 the most at the fewest false refusals; 0.5-0.8 lose 4-9 refusals (the two
# classes differ in few directions, which strong shrinkage blurs).
SHRINKAGE = 0.1
# Refuse a question that scores below this share of the answerable examples (each scored without
# its own set). The share the operating point chose per fold (false refusals <= 2 % pooled with
# the rules and the signal model in front) ran 0.004-0.013, median 0.008. Since session 11 the
# rules in front spend little of the budget and the share that fills it ran 0.021-0.028 (session 12,
# cold12 a set): filling it buys 7 refusals for 13 false ones. The fixed point stays at the knee of
# the pooled sweep (`scripts/abstain_loso.py point --with-tuning`, 13 sets, 487 out of scope, 1770
# answerable): 0.004 462/16, 0.006 464/17, 0.008 465/18, 0.010 466/22, 0.012 467/22, 0.020 472/27.
QUANTILE = 0.008
# A question scoring above this share of the out-of-scope examples (each scored without its own
# set) asks what the answerable ones ask: few refusals ever look like it. A Dutch yes/no verdict on
# the asker's own case that scores so ("Moeten we bij de start van een project al regelen wie het
# overneemt …?") asks what the report recommends, not a decision of the assistant's
# (``abstain.declines_opinion``). Leave-one-set-out (scripts/abstain_loso.py cv --with-tuning,
# "inside" line): false refusals 17 -> 11 of 1353 at 0.95 (cold4 ×3, cold9, tuning ×2 leave the
# opinion refusal; holdout5 one more), refused 379 -> 378 of 391 ("Moeten wij onze jeugdbeweging
# laten fuseren met die van het buurdorp?" answered); 0.9: 11 false, 377 refused; 0.98: 14, 379.
INSIDE_QUANTILE = 0.95
# Fewer out-of-scope examples than this, or fewer than two sets: no model (a threshold from a
# handful of examples would be noise).
MIN_REFUSALS = 20


@dataclass(frozen=True)
class ScopeModel:
    """score = weights . query_vector + bias; asks for something the reports do not hold when
    the score is below ``threshold``."""

    weights: np.ndarray
    bias: float
    threshold: float
    # above it: the question asks what the answerable examples ask (``INSIDE_QUANTILE``)
    inside_threshold: float = float("inf")

    def score(self, query_vector: np.ndarray) -> float:
        return float(np.asarray(query_vector, dtype=np.float64) @ self.weights + self.bias)

    def outside(self, query_vector: np.ndarray) -> bool:
        return self.score(query_vector) < self.threshold

    def inside(self, query_vector: np.ndarray) -> bool:
        return self.score(query_vector) >= self.inside_threshold


def _discriminant(x: np.ndarray, answerable: np.ndarray) -> tuple[np.ndarray, float]:
    """Weights and bias of a two-class shrunk LDA (positive: answerable)."""
    yes, no = x[answerable].mean(0), x[~answerable].mean(0)
    centred = np.concatenate([x[answerable] - yes, x[~answerable] - no])
    cov = centred.T @ centred / len(centred)
    scale = max(float(np.trace(cov)) / cov.shape[0], 1e-9)
    cov = (1 - SHRINKAGE) * cov + SHRINKAGE * scale * np.eye(cov.shape[0])
    weights = np.linalg.solve(cov, yes - no)
    return weights, float(-weights @ (yes + no) / 2)


def fit(vectors: np.ndarray, answerable: np.ndarray, sets: np.ndarray) -> ScopeModel | None:
    """The model of labelled query vectors; ``answerable``: bool per question; ``sets``: the set
    each question comes from (its writer), left out in turn to place the threshold."""
    x = np.asarray(vectors, dtype=np.float64)
    answerable = np.asarray(answerable, dtype=bool)
    sets = np.asarray(sets)
    names = sorted(set(sets.tolist()))
    if (~answerable).sum() < MIN_REFUSALS or answerable.sum() < MIN_REFUSALS or len(names) < 2:
        return None
    held_scores, held_refusals = [], []
    for name in names:
        rest, own = sets != name, sets == name
        if answerable[rest].all() or not answerable[rest].any():
            continue
        w, b = _discriminant(x[rest], answerable[rest])
        held_scores.append(x[own & answerable] @ w + b)
        held_refusals.append(x[own & ~answerable] @ w + b)
    if not held_scores or not np.concatenate(held_scores).size:
        return None
    weights, bias = _discriminant(x, answerable)
    refusals = np.concatenate(held_refusals)
    return ScopeModel(
        weights,
        bias,
        float(np.quantile(np.concatenate(held_scores), QUANTILE)),
        float(np.quantile(refusals, INSIDE_QUANTILE)) if refusals.size else float("inf"),
    )


def scope_model(index: Index) -> ScopeModel | None:
    """The model of ``index``'s labelled questions (fitted once per opened index and held-out
    set); None without enough of them."""

    def build() -> ScopeModel | None:
        data = labelled(index)
        if data is None:
            return None
        return fit(
            data.vectors,
            np.array([e.answerable for e in data.examples]),
            np.array([e.set_name for e in data.examples]),
        )

    return per_held_out(index, "scope", build)


def asks_inside(index: Index, query_vector: np.ndarray | None) -> bool:
    """The question scores where few labelled out-of-scope questions do (``INSIDE_QUANTILE``)."""
    if query_vector is None or not np.any(query_vector):
        return False
    model = scope_model(index)
    return model is not None and model.inside(query_vector)


def asks_outside(index: Index, query_vector: np.ndarray | None) -> bool:
    """The question asks for a kind of information the labelled out-of-scope questions ask for
    and the answerable ones do not."""
    if query_vector is None or not np.any(query_vector):  # no vector (the embedder was down)
        return False
    model = scope_model(index)
    return model is not None and model.outside(query_vector)
