"""The nearest labelled questions vote for the sentences that held their answers.

``neighbours.py`` lets the labelled questions of ``corpus/examples.jsonl`` vote for the sections
that answer them. Within a section, a direct answer still has to pick its few points, and the
point whose sentence is closest to the question (e5 similarity plus shared words) is often not
the one with the fact: "Waarom is er zoveel papierwerk bij subsidies?" is closest to the points
that say "subsidies", while the answer ("Elke euro moet expliciet worden gelinkt aan een
specifieke doelstelling") shares no word with it. Other writers asked nearly the same question,
and their labels say which words answer it: an example may carry ``facts`` (groups of
alternative strings, as the eval sets give them), and the sentences of the index that contain
one of them are where that question was answered.

So a direct question looks up its nearest labelled questions by query vector and each votes for
the sentences holding its facts, with the weight ``neighbours.py`` gives a neighbour (falling
off with its distance from the nearest one). ``compose`` adds a point's share of the votes to
its score (``POINT_VOTE_WEIGHT``). ``pactrag eval`` holds out the evaluated set's own questions
(``examples.hold_out``), so every eval figure is a vote by other writers' questions.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from .examples import labelled, per_held_out
from .neighbours import DENSE_NEIGHBOURS, DENSE_SCALE

if TYPE_CHECKING:
    from .index import Index

# How many labelled questions vote, and how fast a vote falls off with the distance from the
# nearest one: exp((similarity - best) / SCALE); the section votes' own values (neighbours.py),
# not a second pair to keep equal. In the session 9 lab (each set's questions voted on by the
# other sets' only) 20 and 50 voters and a scale of 0.015 gave the same fact recall within 0.003.
NEIGHBOURS, SCALE = DENSE_NEIGHBOURS, DENSE_SCALE

Key = tuple[str, str, str]  # (report_id, section_id, sentence_key(text))

_BULLET = re.compile(r"^[•●▪◦·o-]\s+")
_STRAIGHT = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def sentence_key(text: str) -> str:
    """A sentence as chunks and section points both hold it: without a leading bullet, white
    space collapsed."""
    return re.sub(r"\s+", " ", _BULLET.sub("", text.strip())).strip()


def _folded(text: str) -> str:
    """Case-, quote- and whitespace-insensitive form, as the eval sets' facts are matched."""
    return re.sub(r"\s+", " ", text.translate(_STRAIGHT)).strip().casefold()


@dataclass(frozen=True)
class _Voters:
    vectors: np.ndarray  # (voters, dim), unit length: the labelled questions with a fact found
    facts: tuple[tuple[tuple[Key, ...], ...], ...]  # per voter, per fact group: the sentences holding it


def _sentences(index: Index) -> tuple[list[Key], str, list[int]]:
    """Every distinct sentence of the index (its key), their folded texts joined by a separator
    that no fact holds, and where each starts in that text."""
    keys: list[Key] = []
    seen: set[Key] = set()
    starts, parts, at = [], [], 0
    for chunk in index.chunks:
        for text, _ in index.sentences(chunk.chunk_id):
            key = (chunk.report_id, chunk.section_id, sentence_key(text))
            if key in seen or not key[2]:
                continue
            seen.add(key)
            keys.append(key)
            starts.append(at)
            folded = _folded(text)
            parts.append(folded)
            at += len(folded) + 1
    return keys, "\x00".join(parts), starts


def _holding(index: Index) -> dict[str, tuple[Key, ...]]:
    """{folded fact string: the sentences that contain it}, filled as facts are asked for (once
    per opened index)."""
    memo = index.__dict__.setdefault("_pointvotes_memo", {})
    if "sentences" not in memo:
        memo["sentences"] = _sentences(index)
        memo["holding"] = {}
    return memo["holding"]


def _find(index: Index, fact: str) -> tuple[Key, ...]:
    holding = _holding(index)
    if fact not in holding:
        keys, text, starts = index.__dict__["_pointvotes_memo"]["sentences"]
        found: dict[Key, None] = {}
        at = text.find(fact) if fact else -1
        while at >= 0:
            found[keys[bisect.bisect_right(starts, at) - 1]] = None
            at = text.find(fact, at + 1)
        holding[fact] = tuple(found)
    return holding[fact]


def _voters(index: Index) -> _Voters | None:
    """The labelled questions (minus the held-out ones) with at least one fact the index holds."""

    def build() -> _Voters | None:
        data = labelled(index)
        if data is None:
            return None
        rows, facts = [], []
        for n, example in enumerate(data.examples):
            groups = []
            for group in example.facts:
                hits = {k: None for alt in group for k in _find(index, _folded(alt))}
                if hits:
                    groups.append(tuple(hits))
            if groups:
                rows.append(n)
                facts.append(tuple(groups))
        if not rows:
            return None
        vectors = data.vectors[rows]
        vectors = vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
        return _Voters(vectors, tuple(facts))

    return per_held_out(index, "point_voters", build)


def sentence_votes(index: Index, query_vector: np.ndarray) -> dict[Key, float]:
    """Each sentence's share of the nearest labelled questions' votes (summing to 1); {} when no
    labelled question carries facts about the index's reports."""
    voters = _voters(index)
    if voters is None:
        return {}
    # one question's votes are read by the choice of points, the first source's best point and the
    # answering point (``compose``): computed once per query vector and voters
    memo = index.__dict__.setdefault("_pointvotes_memo", {})
    asked = np.asarray(query_vector).tobytes()
    last = memo.get("last_votes")
    if last is not None and last[0] is voters and last[1] == asked:
        return last[2]
    q = np.asarray(query_vector, dtype=np.float64)
    sims = voters.vectors @ (q / max(float(np.linalg.norm(q)), 1e-12))
    nearest = np.argsort(-sims)[:NEIGHBOURS]
    best = sims[nearest[0]]
    votes: dict[Key, float] = {}
    for j in nearest:
        weight = float(np.exp((sims[j] - best) / SCALE))
        groups = voters.facts[j]
        for hits in groups:
            for key in hits:
                votes[key] = votes.get(key, 0.0) + weight / len(groups) / len(hits)
    total = sum(votes.values())
    shares = {k: v / total for k, v in votes.items()} if total else {}
    memo["last_votes"] = (voters, asked, shares)
    return shares


def warm(index: Index) -> None:
    """Build the voters now (``Assistant.warm``): mapping the facts to sentences takes a few tenths
    of a second once per opened index."""
    _voters(index)
