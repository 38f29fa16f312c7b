"""Which subfacet a question means when it names it in its own words ("samenwerking tussen
gemeenten", "community strength", "city and countryside"), read from the reports themselves.

The subfacet titles alone are too short to match everyday or English words (their e5 vectors
lie within 0.01 of each other for most questions, and their words match by spelling). What
does describe a subfacet is everything its participants wrote: each report's own sentences,
labelled by the subfacet they stand in, are the training data of a linear discriminant (one
mean per subfacet, one within-subfacet covariance pooled over all reports and shrunk towards
the identity). It learns which directions of the embedding tell the subfacets apart, not the
direction all sentences of the report share, which dominates a plain centroid or title
similarity. Fitted when an index opens (a few milliseconds per report), so a new report with
other subfacet titles brings its own classes; nothing here names a subfacet.

At question time the question's vector (already made for retrieval: no extra embedder call)
gives a probability per subfacet of each report, relative to that report's other subfacets.
Retrieval adds it as a soft prior (``retrieve.SUBFACET_PRIOR``).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .index import Index

# Weight of the pooled within-subfacet covariance against a multiple of the identity: ~600
# sentences per report estimate a 384-dimensional covariance poorly; strong shrinkage keeps
# only its main directions (chosen on the tuning sets, ``scripts/tune_understanding.py``).
SHRINKAGE = 0.9
# The discriminant's scores are log-odds for passages; a question is not a passage, and taken
# at face value they are near-certain for most questions (median gap between the two best
# subfacets 3.9 nats). Divided by this before the softmax; 5 (CV over 2, 5, 10 with the weight).
TEMPERATURE = 5.0


@dataclass(frozen=True)
class SubfacetModel:
    """A linear discriminant over the sentence vectors, one class per (report, subfacet)."""

    classes: tuple[tuple[str, str], ...]  # (report id, subfacet id)
    weights: np.ndarray  # (dim, classes)
    bias: np.ndarray  # (classes,)
    report_of: np.ndarray  # (classes,) report number of each class
    chunk_class: np.ndarray  # (chunks,) class of each chunk, -1 outside a subfacet


def subfacet_model(index: Index) -> SubfacetModel | None:
    """The discriminant of ``index`` (fitted once per opened index); None when no report has
    two subfacets with sentences."""
    memo = index.__dict__.setdefault("_naming_memo", {})
    key = (SHRINKAGE,)
    if key not in memo:
        memo[key] = _fit(index, SHRINKAGE)
    return memo[key]


def _fit(index: Index, shrinkage: float) -> SubfacetModel | None:
    owner = index.sentence_chunk
    if not len(owner):
        return None
    reports = {c.report_id for c in index.chunks}
    classes = sorted({(c.report_id, c.subfacet_id) for c in index.chunks if c.subfacet_id})
    per_report: dict[str, int] = {}
    for report_id, _sid in classes:
        per_report[report_id] = per_report.get(report_id, 0) + 1
    classes = [c for c in classes if per_report[c[0]] >= 2]  # one subfacet alone tells nothing
    if not classes:
        return None
    number = {c: n for n, c in enumerate(classes)}
    chunk_class = np.array([number.get((c.report_id, c.subfacet_id), -1) for c in index.chunks])
    sentence_class = chunk_class[owner]
    labelled = sentence_class >= 0
    x = index.sentence_vectors[labelled].astype(np.float64)
    y = sentence_class[labelled]
    means = np.zeros((len(classes), x.shape[1]))
    np.add.at(means, y, x)
    means /= np.maximum(np.bincount(y, minlength=len(classes)), 1)[:, None]
    within = x - means[y]
    cov = within.T @ within / max(len(x) - len(classes), 1)
    cov = (1 - shrinkage) * cov + shrinkage * (np.trace(cov) / cov.shape[0]) * np.eye(cov.shape[0])
    inverse = np.linalg.inv(cov)
    weights = inverse @ means.T
    bias = -0.5 * np.einsum("cd,dc->c", means, weights)
    order = sorted(reports)
    report_of = np.array([order.index(r) for r, _ in classes])
    return SubfacetModel(tuple(classes), weights, bias, report_of, chunk_class)


def subfacet_probabilities(model: SubfacetModel, query_vector: np.ndarray) -> np.ndarray:
    """Per class: the probability that the question means that subfacet, among its report's
    subfacets (softmax within each report)."""
    scores = (query_vector.astype(np.float64) @ model.weights + model.bias) / TEMPERATURE
    out = np.zeros_like(scores)
    for report in np.unique(model.report_of):
        members = model.report_of == report
        s = scores[members]
        e = np.exp(s - s.max())
        out[members] = e / e.sum()
    return out


def chunk_prior(index: Index, query_vector: np.ndarray) -> np.ndarray | None:
    """Per chunk: the probability of its subfacet minus the even share (1 / its report's number
    of subfacets); 0 outside subfacets. None without a model."""
    model = subfacet_model(index)
    if model is None:
        return None
    p = subfacet_probabilities(model, query_vector)
    share = 1.0 / np.bincount(model.report_of)[model.report_of]
    per_class = p - share
    return np.where(model.chunk_class >= 0, per_class[np.maximum(model.chunk_class, 0)], 0.0)
