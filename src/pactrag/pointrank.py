"""Which shown point answers a direct question: a learned point scorer.

A direct answer opens with its best point (``compose._answer_first``). Until session 14 "best" was
the composing score alone (the sentence's nearest similarity to the question plus the idf share of
the question's words it holds), and the first point held a required fact in only 51-69 % of the clean
sets' direct answers: a point that repeats the question's words outscores the one that gives the
value ("Welke stad …?" answered by a line about the topic without the city). The scorer here reads a
few signals of *every* candidate point, none a word list taken from questions:

- the composing score's two parts (dense, lexical) and the point's distance below the best one;
- the labelled questions' votes for the point (``pointvotes``);
- whether the point supplies the kind of value the question asks (``abstain.ANSWER_TYPES``: a
  number, a date, a name, an actor …) and how many names it brings that the question does not;
- its shape: list item, list head, quote, length, place in its section, first part or a later one.

The weights are a conditional logit (softmax over one answer's candidate points) fitted on the dev
sets' direct questions with facts, leave one set out (``scripts/point15_lab.py``: each set is another
writer); the shipped weights are the fit on all sets. Features are standardised with the fit's own
means and scales, stored beside the weights.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from .abstain import ANSWER_TYPES, asked_types

FEATURES = (
    "dense",  # the point's nearest sentence similarity to the question
    "lexical",  # the idf-weighted share of the question's words it holds (weighted as in compose)
    "gap",  # composing score minus the best candidate's (<= 0)
    "vote",  # the labelled questions' vote share for the point
    "typed",  # the question asks a kind of value and the point supplies it
    "new_names",  # capitalised words the question does not hold (capped at 3)
    "later_part",  # the point stands in a later part (group) of the answer
    "opens_section",  # the first point of its section
    "list_item",  # an item of a labelled list
    "list_head",  # the line that announces a list
    "quote",  # a participant's quote
    "log_words",  # log of its length in words
)

_NAME = re.compile(r"(?<=[\s(‘'\"“])[A-ZÀ-Ý][\w+’'-]*\w")
_QUOTE = re.compile(r"^\s*(Quote:|[“\"])")
NAMES_CAP = 3  # a list of many names is no more an answer than one with three


@dataclass(frozen=True)
class Candidate:
    """One point an answer may open with, and what the composer already knows of it."""

    text: str
    dense: float
    lexical: float
    vote: float
    group: int  # the answer part it stands in (0 = the first)
    position: int  # its place in its section
    list_item: bool
    list_head: bool


def features(question: str, candidates: Sequence[Candidate]) -> np.ndarray:
    """One row per candidate, in ``FEATURES`` order."""
    kinds = [k for k in asked_types(question) if k != "advice"]
    asked_names = {m.group(0).casefold() for m in _NAME.finditer(" " + question)}
    best = max((c.dense + c.lexical for c in candidates), default=0.0)
    rows = []
    for c in candidates:
        names = {m.group(0).casefold() for m in _NAME.finditer(c.text)} - asked_names
        typed = any(ANSWER_TYPES[k].supplied(c.text, question) for k in kinds)
        rows.append(
            (
                c.dense,
                c.lexical,
                c.dense + c.lexical - best,
                c.vote,
                float(typed),
                float(min(len(names), NAMES_CAP)),
                float(c.group > 0),
                float(c.position == 0),
                float(c.list_item),
                float(c.list_head),
                float(bool(_QUOTE.match(c.text))),
                math.log(1 + len(c.text.split())),
            )
        )
    return np.asarray(rows, dtype=np.float64).reshape(len(rows), len(FEATURES))


# Fitted by ``scripts/point15_lab.py fit`` on every dev set's direct answers (standardised features,
# ``FEATURES`` order); see NOTES.md (session 14, point15) for the leave-one-set-out figures.
WEIGHTS = (0.5345, 0.609, 0.6019, 1.4493, 0.5921, 0.2512, -0.0922, -0.0909, 0.1557, -0.0829, -0.18, -0.4013)
MEANS = (0.8338, 0.0137, -0.0416, 0.1388, 0.0242, 1.1882, 0.0997, 0.1036, 0.0228, 0.1347, 0.0137, 3.3934)
SCALES = (0.0338, 0.0183, 0.0486, 0.2343, 0.1537, 1.2062, 0.2996, 0.3048, 0.1491, 0.3414, 0.1163, 0.6229)


def scores(question: str, candidates: Sequence[Candidate]) -> np.ndarray:
    """The learned score of each candidate (higher: more likely the answering point)."""
    if not candidates:
        return np.zeros(0)
    z = (features(question, candidates) - np.asarray(MEANS)) / np.asarray(SCALES)
    return z @ np.asarray(WEIGHTS)
