"""Labelled conversation turns: which kind a follow-up asks when its words name none.

    turn_kind_probabilities(index, query_vector) -> {kind: probability}

The example prior's kind model (``examples.kind_probabilities``) is fitted on single questions,
which name their subject and their kind in full ("Welke drempels ervaren kleine gemeenten …?").
A follow-up is short and leans on the conversation ("Waar moet zo'n raad voor opletten?",
"Welke zaken gooien daar roet in het eten?"): on the dev turns that asked another kind in words no
cue reads, that model was right about one time in three and seldom sure. ``corpus/turns.jsonl``
holds the later turns the eval writers tagged ``kind-switch`` (``scripts/make_turns.py``), each
with its gold sections. The kind discriminant here is fitted on the single questions and those
turns together, each turn counting ``TURN_WEIGHT`` times, so it learns how people ask for another
kind inside a conversation, while the single questions keep it anchored on every kind.

The turns are embedded at ingest beside the examples (same embedding cache); the fit takes a few
milliseconds, once per opened index and held-out set. ``pactrag eval`` leaves out the turns of the
set it evaluates (``examples.hold_out``), so its figures stay out of sample.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from .config import Settings
from .corpus import TURNS_FILE
from .embed import Embedder
from .examples import _lda, _norm, class_distribution, example_vectors, labelled, per_held_out, read_examples

if TYPE_CHECKING:
    from .index import Index, Progress

log = logging.getLogger(__name__)

# How many single questions one labelled kind-switch turn counts for. Leave-one-source-out over
# the 349 kind-switch turns of 18 sources (``scripts/followup_turn_lab.py``): of the turns
# ``Assistant._read_kind`` reads, the model's kind at READ_KIND_SHARE turned wrong answers right
# and right ones wrong at weight 0 (the single questions alone) +0 -1, 3: +9 -0, 4: +10 -0,
# 6: +11 -0, 8: +12 -0, 10: +12 -2, 16: +12 -5. 6 sits inside the flat part. In the pipeline,
# each source's own turns held out: 446 -> 458 of 493 later turns right (+12 -0).
TURN_WEIGHT = 6


def turns_path(settings: Settings) -> Path:
    return settings.corpus_dir / TURNS_FILE


def warm(settings: Settings, embedder: Embedder, progress: Progress | None = None) -> tuple[int, list[str]]:
    """Embed the labelled turns ahead of the first follow-up (ingest). Returns their number and
    the problems of the file."""
    turns, problems = read_examples(turns_path(settings))
    if turns:
        example_vectors(settings, embedder, [t.question for t in turns], progress)
    return len(turns), problems


def _model(index: Index) -> tuple[tuple[str, ...], np.ndarray, np.ndarray] | None:
    """(kinds, weights, bias) of the kind discriminant over the examples and the turns, minus the
    held-out questions; None without labelled data."""
    held_out = index.__dict__.get("_examples_held_out", frozenset())
    data = labelled(index)
    turns, problems = read_examples(turns_path(index.settings))
    for problem in problems:
        log.warning("%s: %s", TURNS_FILE, problem)
    kind_of = {(c.report_id, c.section_id): c.kind for c in index.chunks}
    labels: list[list[str]] = []
    counts: list[int] = []
    vectors: list[np.ndarray] = []
    if data is not None:
        for example, vector in zip(data.examples, data.vectors, strict=True):
            told = [kind_of[example.report_id, s] for s in example.sections]
            if told:
                vectors.append(vector)
                labels.append(told)
                counts.append(1)
    kept = [
        t
        for t in turns
        if t.sections
        and all((t.report_id, s) in kind_of for s in t.sections)
        and _norm(t.question) not in held_out
    ]
    if kept:
        questions = [t.question for t in kept]
        turn_vectors = example_vectors(index.settings, index.embedder, questions).astype(np.float64)
        for turn, vector in zip(kept, turn_vectors, strict=True):
            vectors.append(vector)
            labels.append([kind_of[turn.report_id, s] for s in turn.sections])
            counts.append(TURN_WEIGHT)
    kinds = tuple(sorted({k for ks in labels for k in ks}))
    if len(kinds) < 2:
        return None
    number = {k: i for i, k in enumerate(kinds)}
    y = np.zeros((len(labels), len(kinds)))
    for row, ks in enumerate(labels):
        for k in ks:
            y[row, number[k]] += 1 / len(ks)
    repeat = np.array(counts)
    weights, bias = _lda(np.repeat(np.vstack(vectors), repeat, axis=0), np.repeat(y, repeat, axis=0))
    return kinds, weights, bias


def turn_kind_model(index: Index) -> tuple[tuple[str, ...], np.ndarray, np.ndarray] | None:
    """The fitted turn kind model of ``index`` (once per opened index and held-out set)."""
    return per_held_out(index, "turn-kinds", lambda: _model(index))


def turn_kind_probabilities(index: Index, query_vector: np.ndarray) -> dict[str, float]:
    """The probability of each template kind that a conversation turn asks, read from its
    vector; empty without labelled data. Softmax at the examples' temperature."""
    model = turn_kind_model(index)
    if model is None:
        return {}
    kinds, weights, bias = model
    p = class_distribution(query_vector, weights, bias)
    return dict(zip(kinds, (float(v) for v in p), strict=True))
