"""Example questions: labelled questions teach retrieval which section a question in its own
words means.

The report and the questions people ask about it use different words: "urbane en landelijke
besturen" for the subfacet on city and countryside, "what keeps councils from working together"
for the barriers of intergemeentelijke samenwerking. The embedder links few of them (NOTES.md,
session 5). What does link them is questions already answered: ``corpus/examples.jsonl`` holds
questions with the sections that answer them (one JSON object per line: ``report``,
``question``, ``sections``; ``sections: []`` for a question the report cannot answer, unless
``"answerable": true`` says it is answerable but unlabelled; optionally ``facts``, the words
that answer it, for ``pointvotes``). From their
query vectors three linear discriminants are fitted, one over the report's sections, one over
its subfacets and one over the template kinds (goede praktijken, opschaling, drempels …). The
kind model holds for every report that follows the template; the section and subfacet models
only for the reports the examples are about, so a new report without examples gets the kind
part alone, and nothing here names a section.

Retrieval adds, per chunk, the probability of its section, subfacet and kind minus the even
share (``chunk_prior``): a soft pull, never a filter. The examples' vectors are made once, at
ingest, and kept in the embedding cache; the fit takes a few milliseconds when the first
question arrives. ``pactrag eval`` calls ``hold_out`` with the questions of the set it evaluates,
so an eval never scores a question with its own label's help (figures stay out of sample).

Leave-one-set-out CV (fit on all labelled sets but one, rank the one left out; ``scripts/
tune_examples.py``): section hit@1 of retrieval 0.808 -> 0.838, hit@5 0.954 -> 0.965 (everyday
words 0.555 -> 0.622, English 0.714 -> 0.758; v1's direct questions 0.910 -> 0.899).
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import numpy as np

from . import fitted
from .config import Settings
from .corpus import EXAMPLES_FILE
from .embed import Embedder, embed_queries

if TYPE_CHECKING:
    from .index import Index, Progress
    from .records import Chunk

log = logging.getLogger(__name__)
T = TypeVar("T")

# Weight of the pooled within-class covariance against a multiple of the identity: ~770
# questions estimate a 384-dimensional covariance poorly. Leave-one-set-out CV over 0.5, 0.8,
# 0.9 (scripts/tune_examples.py --grid): all within 0.015 of each other.
SHRINKAGE = 0.5
# The discriminant's log-odds are sharper than the evidence of one question warrants; divided by
# this before the softmax. CV over 3 and 5: flat.
TEMPERATURE = 3.0
# Weight of each part's (probability - even share) in the fused retrieval score, whose unit is
# the spread of the question's sentence similarities (retrieve._fuse). Leave-one-set-out CV,
# section hit@1 of retrieval over 766 questions (base 0.808): sections alone (2.0) 0.81-0.83,
# subfacets and kinds 0.82-0.83, all three at 1.0 0.82-0.84, at 0.5 0.83-0.84. Every setting
# loses 1-5 points on v1's direct questions (near-ties that the prior tips) and gains 5-9 on
# everyday words, English and the cold sets; 0.5 each loses least on v1 (0.910 -> 0.899).
WEIGHTS = {"section": 0.5, "subfacet": 0.5, "kind": 0.5}


@dataclass(frozen=True)
class Example:
    report_id: str
    question: str
    sections: tuple[str, ...]  # the sections that answer it (may be empty when not labelled)
    source: str = ""
    # False: a question the report cannot answer; an answerable question written to tune the
    # refusals (scripts/abstain_tuning*.jsonl) may come without its sections
    answerable: bool = True
    # the words that answer it, as groups of alternatives ([["werkdruk"], ["klachten"]]): the
    # sentences that hold them are where it was answered (``pointvotes``)
    facts: tuple[tuple[str, ...], ...] = ()

    @property
    def set_name(self) -> str:
        """The set the example comes from ("cold5" of "cold5:c5q001"): its writer."""
        return self.source.split(":", 1)[0]


@dataclass(frozen=True)
class Labelled:
    """The examples about the index's reports (minus the held-out questions), with their
    query vectors."""

    examples: tuple[Example, ...]
    vectors: np.ndarray  # (examples, dim)


@dataclass(frozen=True)
class _Part:
    name: str  # its key in WEIGHTS
    weights: np.ndarray  # (dim, classes)
    bias: np.ndarray  # (classes,)
    chunk_class: np.ndarray  # (chunks,) class of each chunk, -1: none of this part's classes
    classes: tuple[str, ...]  # the class of each column

    def distribution(self, query_vector: np.ndarray) -> np.ndarray:
        """The probability of each class for a query vector (softmax at ``TEMPERATURE``)."""
        return class_distribution(query_vector, self.weights, self.bias)


def class_distribution(query_vector: np.ndarray, weights: np.ndarray, bias: np.ndarray) -> np.ndarray:
    """The probability of each class of a fitted discriminant (``_lda``) for a query vector:
    softmax of its scores at ``TEMPERATURE``."""
    scores = (query_vector.astype(np.float64) @ weights + bias) / TEMPERATURE
    p = np.exp(scores - scores.max())
    return p / p.sum()


@dataclass(frozen=True)
class ExampleModel:
    parts: tuple[_Part, ...]


def examples_path(settings: Settings) -> Path:
    return settings.corpus_dir / EXAMPLES_FILE


def read_examples(path: Path) -> tuple[list[Example], list[str]]:
    """The examples in ``path`` and a message per line that could not be read (skipped); no
    file: no examples."""
    if not path.exists():
        return [], []
    examples, problems = [], []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            question = str(row["question"]).strip()
            sections = tuple(str(s) for s in row.get("sections") or ())
            if not question:
                raise ValueError("lege vraag")
            answerable = row.get("answerable", bool(sections))
            if not isinstance(answerable, bool) or (sections and not answerable):
                raise ValueError("'answerable' is true of false, en true wanneer er secties zijn")
            facts = tuple(tuple(str(alt) for alt in group) for group in row.get("facts") or ())
            if any(not group or not all(group) for group in facts):
                raise ValueError("'facts' is een lijst van niet-lege lijsten van alternatieven")
            examples.append(
                Example(str(row["report"]), question, sections, str(row.get("source", "")), answerable, facts)
            )
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            problems.append(
                f"regel {number} overgeslagen ({type(exc).__name__}: {exc}); verwacht: "
                '{"report": …, "question": …, "sections": […]}'
            )
    return examples, problems


def example_vectors(
    settings: Settings, embedder: Embedder, questions: Sequence[str], progress: Progress | None = None
) -> np.ndarray:
    """Query vectors of ``questions`` through the embedding cache (made once, at ingest)."""
    from .index import embedding_cache

    try:
        cache = embedding_cache(settings, embedder, queries=True)
    except (OSError, sqlite3.Error):  # a read-only cache folder: embed without keeping them
        return embed_queries(embedder, list(questions))
    try:
        return cache.embed(list(questions), progress, "voorbeeldvragen")
    finally:
        cache.close()


def warm(settings: Settings, embedder: Embedder, progress: Progress | None = None) -> tuple[int, list[str]]:
    """Embed the examples ahead of the first question (ingest). Returns their number and the
    problems of the file."""
    examples, problems = read_examples(examples_path(settings))
    if examples:
        example_vectors(settings, embedder, [e.question for e in examples], progress)
    return len(examples), problems


def _norm(question: str) -> str:
    return " ".join(question.lower().split())


def hold_out(index: Index, questions: Iterable[str]) -> None:
    """Leave these questions out of the examples of ``index`` (an eval's own questions)."""
    index.__dict__["_examples_held_out"] = frozenset(_norm(q) for q in questions)


def per_held_out(index: Index, name: str, build: Callable[[], T], keep: bool = True) -> T:
    """``build()`` once per opened index, name and held-out set (``hold_out``): what is fitted on
    the examples (``labelled``, ``example_model``, ``scope.scope_model``). Without held-out
    questions and with ``keep``, once per generation and inputs: later processes load it
    (``fitted.py``)."""
    held_out = index.__dict__.get("_examples_held_out", frozenset())
    memo = index.__dict__.setdefault("_examples_memo", {})
    if (name, held_out) not in memo:
        memo[name, held_out] = fitted.cached(index, name, build) if keep and not held_out else build()
    return memo[name, held_out]


def labelled(index: Index) -> Labelled | None:
    """The examples about the index's reports whose sections exist (answerable) or that have none
    (out of scope), minus the held-out questions; None when there are none."""
    # not kept on disk: only the fits read it, and they are kept
    return per_held_out(index, "labelled", lambda: _labelled(index), keep=False)


def _labelled(index: Index) -> Labelled | None:
    held_out = index.__dict__.get("_examples_held_out", frozenset())
    examples, problems = read_examples(examples_path(index.settings))
    for problem in problems:
        log.warning("%s: %s", EXAMPLES_FILE, problem)
    known = {(c.report_id, c.section_id) for c in index.chunks}
    kept = [
        e
        for e in examples
        if e.report_id in index.report_by_id
        and all((e.report_id, s) in known for s in e.sections)
        and _norm(e.question) not in held_out
    ]
    if not kept:
        return None
    vectors = example_vectors(index.settings, index.embedder, [e.question for e in kept])
    return Labelled(tuple(kept), vectors.astype(np.float64))


def _lda(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Weights and bias of a shrunk linear discriminant; ``y``: (examples, classes) soft labels
    (an example answered by several classes counts for each with an equal share)."""
    mass = y.sum(0)
    means = (y.T @ x) / mass[:, None]
    # sum over examples and their classes of y (x - mean)(x - mean)^T, each row of y summing to 1
    within = x.T @ x - (means.T * mass) @ means
    cov = within / len(x)
    scale = max(float(np.trace(cov)) / cov.shape[0], 1e-6)  # a handful of examples may not vary
    cov = (1 - SHRINKAGE) * cov + SHRINKAGE * scale * np.eye(cov.shape[0])
    weights = np.linalg.solve(cov, means.T)
    bias = -0.5 * np.einsum("cd,dc->c", means, weights) + np.log(mass / len(x))
    return weights, bias


def section_key(report_id: str, section_id: str) -> str:
    """A section's (or a subfacet's) key in what is fitted on the examples: "report\x00id"."""
    return f"{report_id}\x00{section_id}"


def section_columns(index: Index) -> tuple[list[str], dict[str, int]]:
    """Each chunk's section key, and one column per section in the chunks' order: the section axis
    of the nearest questions' votes (``neighbours.py``) and of the word bridge (``bridge.py``)."""
    keys = [section_key(c.report_id, c.section_id) for c in index.chunks]
    return keys, {k: i for i, k in enumerate(dict.fromkeys(keys))}


def _fit(index: Index, data: Labelled) -> ExampleModel | None:
    by_section = {(c.report_id, c.section_id): c for c in index.chunks}
    answerable = [n for n, e in enumerate(data.examples) if e.sections]
    if len(answerable) < 2:
        return None
    x = data.vectors[answerable]
    # what a chunk is an instance of, per part; an example is labelled by its sections' chunks
    keys: dict[str, Callable[[Chunk], str]] = {
        "section": lambda c: section_key(c.report_id, c.section_id),
        "subfacet": lambda c: section_key(c.report_id, c.subfacet_id),
        "kind": lambda c: c.kind,
    }
    parts = []
    for name, key in keys.items():
        per_example = [
            [key(by_section[data.examples[n].report_id, s]) for s in data.examples[n].sections]
            for n in answerable
        ]
        classes = sorted({c for labels in per_example for c in labels})
        if len(classes) < 2:
            continue
        number = {c: i for i, c in enumerate(classes)}
        y = np.zeros((len(answerable), len(classes)))
        for row, labels in enumerate(per_example):
            for c in labels:
                y[row, number[c]] += 1 / len(labels)
        weights, bias = _lda(x, y)
        chunk_class = np.array([number.get(key(c), -1) for c in index.chunks])
        parts.append(_Part(name, weights, bias, chunk_class, tuple(classes)))
    return ExampleModel(tuple(parts)) if parts else None


def example_model(index: Index) -> ExampleModel | None:
    """The model of ``index``'s examples (fitted once per opened index and held-out set)."""

    def build() -> ExampleModel | None:
        data = labelled(index)
        return _fit(index, data) if data is not None else None

    return per_held_out(index, "model", build)


def chunk_prior(index: Index, query_vector: np.ndarray) -> np.ndarray | None:
    """Per chunk: the weighted sum over the parts of (probability of its class - even share);
    0 for a chunk outside a part's classes. None without examples."""
    model = example_model(index)
    if model is None:
        return None
    prior = np.zeros(len(index.chunks))
    for part in model.parts:
        if not WEIGHTS[part.name]:
            continue
        p = part.distribution(query_vector)
        per_class = p - 1.0 / len(p)
        prior += WEIGHTS[part.name] * np.where(
            part.chunk_class >= 0, per_class[np.maximum(part.chunk_class, 0)], 0.0
        )
    return prior


def _probabilities(index: Index, name: str, query_vector: np.ndarray) -> dict[str, float]:
    """One part's distribution over its classes for a query vector; {} without examples."""
    model = example_model(index)
    part = next((p for p in model.parts if p.name == name), None) if model is not None else None
    if part is None:
        return {}
    return dict(zip(part.classes, (float(v) for v in part.distribution(query_vector)), strict=True))


def kind_probabilities(index: Index, query_vector: np.ndarray) -> dict[str, float]:
    """The kind part alone: the probability of each template kind (goede praktijken, drempels …)
    for a query vector; empty without examples. A conversation turn is read with it when its
    words name no kind (``Assistant._read_kind``): it is out of sample by construction, since
    the examples are single questions."""
    return _probabilities(index, "kind", query_vector)


def subfacet_probabilities(index: Index, query_vector: np.ndarray) -> dict[tuple[str, str], float]:
    """The examples' distribution over the reports' subfacets for a question vector: {(report,
    subfacet): probability} (the sections outside a subfacet left out); {} without examples.
    Used by ``compose`` to tell which subfacet an ask means when no title word names it."""
    out = {}
    for key, p in _probabilities(index, "subfacet", query_vector).items():
        report_id, subfacet_id = key.split("\x00", 1)
        if subfacet_id:
            out[report_id, subfacet_id] = p
    return out
