"""The nearest labelled questions vote for their sections: the example questions as document
expansion.

``examples.py`` fits linear discriminants over the labelled questions' vectors: a smooth pull
towards the section, subfacet and kind their region of the vector space means. What it averages
away is the single question another writer already asked in nearly the same words ("Waarom
haken kleine gemeenten af bij projectoproepen?" beside "Waarom doen kleinere gemeenten niet mee
aan oproepen?"): an everyday or English phrasing the report never uses is often shared with
another everyday or English question, and its label says where the answer is. So a question
looks up its nearest labelled questions twice — by the query vector (cosine) and by BM25 over
the questions' Dutch stems (a shared word the report itself lacks: "council", "geld",
"afhaken") — and each neighbour votes for its sections with a weight that falls off with its
distance from the nearest one. Each vote, a distribution over the index's sections, minus the
even share and weighted, joins the fused retrieval score (``retrieve._fuse``): a pull, never a
filter, and nothing when no labelled question is about the index's reports.

Leave-one-set-out CV (each set's questions ranked with the other sets' examples only: another
writer; ``scripts/retr_lab.py``), section hit@1 of retrieval over 913 questions, on top of the
discriminant prior: 0.839 -> 0.883, everyday words 0.641 -> 0.758, English 0.744 -> 0.821,
direct questions 0.948 -> 0.966, hit@5 0.962 -> 0.972; no set falls (v1 0.899 -> 0.925, cold7
0.820 -> 0.892, fresh 0.667 -> 0.667). In ``pactrag eval`` (out of sample too) everyday words on
cold7 0.676 -> 0.765, English 0.625 -> 0.812.
Either vote alone gives about half (0.85-0.86). A question in the report's own words gets no
vote (``CLOSE_QUANTILE``): its direct match is better evidence than its neighbours.

An English question is compared with the labelled questions without the language part of the
vectors (``crosslingual.without_language``: the English ones centred on the Dutch ones): by their
raw vectors 55 % of an English question's 30 nearest questions were English (14 % of the
labelled questions are), chosen by language more than by topic; centred, 19 %. Its vote by shared
words is left out (``ENGLISH_LEXICAL_WEIGHT``). Leave-one-set-out (``scripts/english9_lab.py``,
the retrieval lab with the gate as retrieval reads it): hit@1 0.866 -> 0.870, English 0.798 ->
0.827 (cold9 0.704 -> 0.852), hit@5 0.966 -> 0.970; no Dutch question changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from .crosslingual import shifted, without_language
from .embed import embed_queries
from .examples import labelled, per_held_out, section_columns, section_key
from .lexical import BM25Index

if TYPE_CHECKING:
    from .index import Index

# How many neighbours vote, and how fast a neighbour's vote falls off with its distance from the
# nearest one: exp((similarity - best) / SCALE). Leave-one-set-out CV over k 20/30/50 and cosine
# scales 0.01/0.02/0.05, BM25 k 10/20/30 and scales 1/2/3 (with the weights below): 0.864-0.880,
# flat; the sharper cosine scale (a vote by the few nearest) is better by 0.01.
DENSE_NEIGHBOURS, DENSE_SCALE = 30, 0.01
LEXICAL_NEIGHBOURS, LEXICAL_SCALE = 30, 1.0
# Weight of each vote (its share for a section minus the even share) in the fused score, whose unit
# is the spread of the question's sentence similarities. CV over 1-4 each: 1.5-3 all give
# 0.870-0.878; 3 and 3 is the best pooled and loses on no set (v1 0.899 -> 0.905).
DENSE_WEIGHT = 3.0
LEXICAL_WEIGHT = 3.0
# The votes are for questions in words the report does not use. A question whose closest sentence
# in the report is as close as that of the labelled questions above this quantile (by their own
# closest sentences: a share, not a cosine, so it holds for another embedder) asks in the report's
# own words, and its neighbours, which share its topic words but ask about another part of the
# subfacet ("volgens de aanvullingen over sterke en nabije besturen" pulled to the subfacet's
# toekomstbeeld), only add noise. Leave-one-set-out CV over the quantiles 0.4-0.8: without the
# gate v1's direct questions lose 0.945 -> 0.931 and v2's 0.983 -> 0.966; from 0.55 to 0.7 neither
# loses and hit@1 stays 0.878-0.880 pooled (everyday words 0.75-0.76, English 0.80-0.81).
CLOSE_QUANTILE = 0.6
# A question that names a template kind ("Welke goede praktijken …", read by intent.py and given
# retrieve.KIND_BONUS) gets this share of the votes: its nearest questions share its topic words but
# the embedder hardly tells "goede praktijken" from "knelpunten" ("Welke goede praktijken werden er
# genoemd rond sterke en nabije besturen?" had "Welke knelpunten voor sterke en nabije besturen
# werden allemaal genoemd?" as nearest by both votes, which outvoted the kind it names). CV over
# 0, 0.25, 0.5 and 1: 0.883-0.884 below 1, 0.881 at 1 (cold6 0.856 -> 0.871, English +0.01).
NAMED_KIND_SHARE = 0.25
# An English question's vote by shared words. Its BM25 stems are English words, which only other
# English questions share, and mostly function words at that: "What does 'come out from behind
# your desk' mean for municipal staff?" had "What does moving 'from verkokering to integral'
# mean?" as its nearest question (what, does, from, mean), cold9 c9q063; "Why do civil servants …
# reflecting on policy?" had "Why should participation work not depend on …?" (c9q073). Dropping
# the English function words alone kept such votes on English content words that a new writer
# does not share: leave-one-set-out (scripts/english9_lab.py), English hit@1 with the vector vote
# read without the language part (above) 0.815 with this vote, 0.815 without its function words,
# 0.827 without it; no Dutch question changes. Chosen (0) on the other sets for every set left out.
ENGLISH_LEXICAL_WEIGHT = 0.0


# A theme asked across subfacets takes the places of the nearest labelled question on a theme
# (gold sections in two or more subfacets), read without the across frame, when it is at least
# this close (cosine of the bundled embedder). scripts/theme_neighbour_lab.py, each set's questions
# held out: of the 41 theme questions of the tuning sets, those whose nearest theme question is this
# close share its theme (fusies, kennisdeling, projectfinanciering, silodenken, vertrouwen …);
# below it the nearest was another theme (0.85-0.88: "local identity" by "Vlaanderen en de
# lokale besturen", "eigen karakter van een dorp" by "goede praktijken rond nabije besturen").
THEME_NEIGHBOUR_MIN = 0.89
# Two actors or themes set side by side ("Hoe verdelen dorpsraad en gemeentebestuur de rollen?")
# take the sections of the nearest labelled question with two or more sections when it is this
# close: the same lab (``--pairs``) over 34 such questions: from 0.92 up the nearest asked the same
# pair in other words (dorpsraad/gemeentebestuur, middenveld/lokaal bestuur, politici/ambtenaren,
# Vlaanderen/lokale besturen) and held both sides; at 0.89-0.92 it was often another pair.
PAIR_NEIGHBOUR_MIN = 0.92


@dataclass(frozen=True)
class Neighbours:
    # (labelled questions, dim), float32; the English questions' without their language part
    # (crosslingual.without_language), so an English question finds its neighbours by topic
    vectors: np.ndarray
    lexical: BM25Index  # over the same questions
    shares: np.ndarray  # (labelled questions, sections): 1/n for each of its n sections
    chunk_section: np.ndarray  # (chunks,) the column of each chunk's section in ``shares``
    close: float  # a question whose closest sentence is at least this close casts no vote


def neighbours(index: Index) -> Neighbours | None:
    """The labelled questions with sections (minus the held-out ones) ready to vote; None
    without any. Built once per opened index and held-out set."""

    def build() -> Neighbours | None:
        data = labelled(index)
        if data is None:
            return None
        rows = [n for n, e in enumerate(data.examples) if e.sections]
        if not rows:
            return None
        keys, column = section_columns(index)
        shares = np.zeros((len(rows), len(column)))
        for row, n in enumerate(rows):
            e = data.examples[n]
            for s in e.sections:
                shares[row, column[section_key(e.report_id, s)]] += 1 / len(e.sections)
        vectors = data.vectors[rows].astype(np.float32)
        sentences = getattr(index, "sentence_vectors", None)
        close = np.inf
        if sentences is not None and len(sentences):
            # the gate reads every question's own vector, as retrieval passes it (``closest``)
            closest = (vectors @ sentences.T).max(1)
            close = float(np.quantile(closest, CLOSE_QUANTILE))
        return Neighbours(
            without_language(index, [data.examples[n].question for n in rows], vectors),
            BM25Index.build([data.examples[n].question for n in rows]),
            shares,
            np.array([column[k] for k in keys]),
            close,
        )

    return per_held_out(index, "neighbours", build)


def _vote(scores: np.ndarray, k: int, scale: float, shares: np.ndarray) -> np.ndarray | None:
    """The ``k`` best-scoring questions' sections, each weighted exp((score - best) / scale);
    a distribution over the sections, None when no question scores above 0."""
    k = min(k, len(scores))
    top = np.argpartition(-scores, k - 1)[:k] if k < len(scores) else np.arange(len(scores))
    top = top[scores[top] > 0]
    if not len(top):
        return None
    weights = np.exp((scores[top] - scores[top].max()) / scale)
    votes = weights @ shares[top]
    return votes / votes.sum()


def chunk_prior(
    index: Index,
    query_vector: np.ndarray,
    tokens: list[str],
    closest: float = -np.inf,
    names_kind: bool = False,
    english: np.ndarray | None = None,
) -> np.ndarray | None:
    """Per chunk: the weighted votes of the nearest labelled questions (by vector and by
    ``tokens``, the question's BM25 stems) for its section, minus the even share. None without
    labelled questions, and when ``closest`` (the question's similarity to its closest sentence
    of the index) says it asks in the report's own words (``CLOSE_QUANTILE``); a share of them when
    it ``names_kind`` (``NAMED_KIND_SHARE``). ``english``: an English question's vector without
    its language part (``crosslingual.shifted``): its neighbours are read with it, and it casts no
    vote by shared words (``ENGLISH_LEXICAL_WEIGHT``)."""
    near = neighbours(index)
    if near is None or closest >= near.close:
        return None
    even = 1.0 / near.shares.shape[1]
    prior = np.zeros(len(index.chunks))
    vector = query_vector if english is None else english
    for scores, k, scale, weight in (
        (near.vectors @ vector.astype(np.float32), DENSE_NEIGHBOURS, DENSE_SCALE, DENSE_WEIGHT),
        (
            near.lexical.scores(tokens) if english is None or ENGLISH_LEXICAL_WEIGHT else None,
            LEXICAL_NEIGHBOURS,
            LEXICAL_SCALE,
            LEXICAL_WEIGHT if english is None else ENGLISH_LEXICAL_WEIGHT,
        ),
    ):
        votes = (
            _vote(scores.astype(np.float64), k, scale, near.shares) if weight and scores is not None else None
        )
        if votes is not None:
            prior += weight * (votes[near.chunk_section] - even)
    return prior * NAMED_KIND_SHARE if names_kind else prior


@dataclass(frozen=True)
class Nearest:
    """The labelled question nearest a question: how close, its sections, its vector (as the
    votes read it: an English one without its language part)."""

    similarity: float
    sections: list[tuple[str, str]]
    vector: np.ndarray | None


@dataclass(frozen=True)
class _Spans:
    """What each labelled question with sections spans (rows as ``Neighbours.vectors``)."""

    sections: list[list[tuple[str, str]]]
    across: np.ndarray  # bool: its sections lie in two or more subfacets
    several: np.ndarray  # bool: it has two or more sections


def _spans(index: Index) -> _Spans | None:
    """The labelled questions' spans, once per opened index and held-out set (not per question)."""

    def build() -> _Spans | None:
        data = labelled(index)
        if data is None:
            return None
        subfacet = {(s.report_id, s.section_id): s.subfacet_id for s in index.sections}
        keys = [[(e.report_id, s) for s in e.sections] for e in data.examples if e.sections]
        return _Spans(
            keys,
            np.array([len({subfacet.get(k, "") for k in ks} - {""}) >= 2 for ks in keys], dtype=bool),
            np.array([len(ks) >= 2 for ks in keys], dtype=bool),
        )

    return per_held_out(index, "spans", build, keep=False)


def nearest_labelled(index: Index, text: str, across: bool, vector: np.ndarray | None = None) -> Nearest:
    """The labelled question nearest ``text`` among those with sections in two or more subfacets
    (``across``) or with two or more sections; similarity -1 without any. One embedding call,
    none when the caller has the text's ``vector`` (retrieval's query vector)."""
    near = neighbours(index)
    spans = _spans(index)
    if near is None or spans is None or not text.strip():
        return Nearest(-1.0, [], None)
    if vector is None:
        vector = embed_queries(index.embedder, [text])[0]
    english = shifted(index, text, vector)
    sims = near.vectors @ (vector if english is None else english).astype(np.float32)
    candidates = np.where(spans.across if across else spans.several, sims, -np.inf)
    row = int(np.argmax(candidates)) if len(candidates) else -1  # the first of equals, as before
    if row < 0 or not candidates[row] > -1.0:
        return Nearest(-1.0, [], None)
    return Nearest(float(sims[row]), spans.sections[row], near.vectors[row])


def theme_neighbour(index: Index, theme: str) -> Nearest | None:
    """The labelled question on a theme across subfacets nearest ``theme`` (a question without
    its across frame: ``intent.across_frame_removed``), when it is THEME_NEIGHBOUR_MIN close."""
    found = nearest_labelled(index, theme, across=True)
    return found if found.similarity >= THEME_NEIGHBOUR_MIN else None


def pair_neighbour(index: Index, question: str, vector: np.ndarray | None = None) -> Nearest | None:
    """The labelled question with two or more sections nearest ``question`` (two actors or themes
    side by side; ``vector``: its query vector, when at hand), when it is PAIR_NEIGHBOUR_MIN close."""
    found = nearest_labelled(index, question, across=False, vector=vector)
    return found if found.similarity >= PAIR_NEIGHBOUR_MIN else None
