"""Choosing the section *within* the subfacet retrieval ranks first.

Every subfacet of the report's template has the same parts (toekomstbeeld, aanvullingen, goede
praktijken, opschaling, drempels, synergiën), and they share the subfacet's words. A question in
everyday words that names no kind ("Kunnen provinciale medewerkers kleine gemeenten helpen?")
often lands in the right subfacet but on another of its parts: of cold8's 28 everyday and
English misses, 15 did (NOTES.md, session 7).

What tells the parts apart is what kind of thing is asked (a wish, a barrier, a way to scale
up), which the example questions' kind model reads (``examples.kind_probabilities``), and the
one sentence that answers it, which the best-sentence similarity reads. Both are already in the
fused score, weighed against every chunk of the report; here they get more weight, but only to
reorder the top subfacet's chunks among the places those chunks already hold: no chunk of another
subfacet moves, so the subfacet chosen and the top 5's other subfacets stay as they were.

Leave-one-set-out (``scripts/within_lab.py``, the labelled questions of nine sets, weights
chosen on the other sets for each set left out: the same point every time): hit@1 0.856 ->
0.867, hit@5 0.966 -> 0.968, within-subfacet errors 75 -> 63, no set falls (cold8 0.683 -> 0.719,
everyday words 0.703 -> 0.733, English 0.759 -> 0.772). Retrieval skips it when the question
names a kind in its own words (the rules' reading stands; cold7 c7c04.1 "Wat staat er in de weg"
lost its Drempels without that): 0.866 / 0.968, 64 errors. No embedder call (the kind model is
one matrix product on the query vector retrieval has).

The mirror (``reorder_subfacets``): a question that names its kind in its own words (the rules of
``intent.py``) but no subfacet by its title ("For city-countryside cooperation, set the proposed
scale-up actions against the barriers …", "Welke goede voorbeelden van werken per gebied bestaan
er al …") is sure of the kind and unsure of the subfacet: English and everyday words name no
title, and the kind words fill its vector. There the first chunk's kind's sections are reordered
among their own places by the example subfacet model (``examples.subfacet_probabilities``) and
the best sentence, with the weights above. Leave-one-set-out (``scripts/english9_lab.py
subfacets``): hit@1 0.870 -> 0.877, English 0.827 -> 0.850, hit@5 0.970 -> 0.971, 8 questions
right and none lost, no set falls; the weights (2, 0.25) are chosen on the other sets for 9 of 10
sets left out (nested: 0.876, English 0.844). Retrieval keeps the first chunk as its scores had it
(``Retrieval.scored_first``): compose's checks that the example model's reading and retrieval's
best passage agree need the passage the question's words matched, not the model's own choice.

The named kind (``reorder_named``): a question that names its kind in its own words still lost
its section to a long sibling of the same subfacet ("Waarom zijn besturen onmisbaar in een
gebiedscoalitie, volgens de synergiën van de regionale aanpak?" got Opschaling, cold10 c10q171:
the short Synergiën list matched less than the long Opschaling text by every score, and
``retrieve.KIND_BONUS`` did not make up for it). After the mirror, the first subfacet's chunks
are reordered among their own places as ``reorder`` does, with the rules' reading in place of
the kind model (share 1 for a kind the question names, 0 for the others). Leave-one-set-out
(``scripts/retr10_lab.py named_within9s``, the shipped score with the mirror): hit@1 0.876 ->
0.881, direct questions 0.954 -> 0.956, hit@5 0.973 -> 0.972, no set falls (v2 0.910 -> 0.928,
cold8 0.755 -> 0.770, cold9 0.863 -> 0.878); the weight (KIND_WEIGHT, 2) is chosen on the other
sets for every set left out (grid 0.5-4). Where the rules misread the kind the model's reading
would have kept, it loses ("de aanvullingen over de capaciteitsproblemen" is read as Drempels,
cold10 c10q018).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from .examples import kind_probabilities, subfacet_probabilities

if TYPE_CHECKING:
    from collections.abc import Callable, Collection

    from .index import Index
    from .records import Chunk

# Weight of the kind model's probability of a chunk's kind, in the fused score's unit (the spread
# of the question's sentence similarities). LOSO grid 0.5-4: 0.5 0.857, 1 0.862, 2 0.863-0.867,
# 4 0.860-0.864 (pooled hit@1; base 0.856); chosen on the other sets, 2 for every set left out.
KIND_WEIGHT = 2.0
# Weight of the chunk's best-sentence similarity, from the best chunk, in units of its spread
# over the chunks. Alone it helps little or hurts (0.25: 0.848, 1: 0.826 unpermuted); with the
# kind it breaks the kind model's near-ties (2 + 0.25: 0.867 vs 2 alone 0.863).
SENTENCE_WEIGHT = 0.25


def reorder(
    index: Index, fused: dict[str, float], best: np.ndarray, query_vector: np.ndarray
) -> dict[str, float]:
    """``fused`` with the chunks of its first chunk's subfacet reordered among their own scores
    by fused + KIND_WEIGHT x p(kind) + SENTENCE_WEIGHT x best sentence; other chunks untouched.
    Unchanged outside a subfacet (inleiding, conclusies) or without examples."""
    inside = _first_subfacet(index, fused)
    kinds = kind_probabilities(index, query_vector) if inside else {}
    if not kinds:
        return fused
    return _permuted(index, fused, best, inside, lambda chunk: kinds.get(chunk.kind, 0.0))


def _first_subfacet(index: Index, fused: dict[str, float]) -> list[str]:
    """The chunks of the first chunk's subfacet (its report's), when there are two or more to
    reorder; [] outside a subfacet (inleiding, conclusies)."""
    if not fused:
        return []
    first = index.by_id[min(fused, key=lambda c: (-fused[c], c))]
    if not first.subfacet_id:
        return []
    inside = [
        cid
        for cid in fused
        if index.by_id[cid].report_id == first.report_id and index.by_id[cid].subfacet_id == first.subfacet_id
    ]
    return inside if len(inside) >= 2 else []


def _permuted(
    index: Index,
    fused: dict[str, float],
    best: np.ndarray,
    inside: list[str],
    share: Callable[[Chunk], float],
) -> dict[str, float]:
    """``fused`` with the ``inside`` chunks reordered among their own scores by fused +
    KIND_WEIGHT x share(chunk) + SENTENCE_WEIGHT x best sentence (from the best chunk, in units
    of its spread over the chunks)."""
    valid = best[best > -1]
    top = float(valid.max()) if len(valid) else 0.0
    spread = float(valid.std()) if len(valid) > 1 else 0.0
    spread = max(spread, 1e-6)

    def score(cid: str) -> float:
        b = float(best[index.position[cid]])
        sentence = (b - top) / spread if b > -1 else 0.0
        return fused[cid] + KIND_WEIGHT * share(index.by_id[cid]) + SENTENCE_WEIGHT * sentence

    places = sorted((fused[c] for c in inside), reverse=True)
    out = dict(fused)
    for cid, place in zip(sorted(inside, key=lambda c: (-score(c), c)), places, strict=True):
        out[cid] = place
    return out


def reorder_named(
    index: Index, fused: dict[str, float], best: np.ndarray, kinds: Collection[str]
) -> dict[str, float]:
    """``fused`` with the chunks of its first chunk's subfacet reordered among their own scores
    by fused + KIND_WEIGHT x (1 for a chunk of one of ``kinds``, the kinds the question names)
    + SENTENCE_WEIGHT x best sentence; other chunks untouched. Unchanged outside a subfacet."""
    inside = _first_subfacet(index, fused) if kinds else []
    if not inside:
        return fused
    return _permuted(index, fused, best, inside, lambda chunk: float(chunk.kind in kinds))


def reorder_subfacets(
    index: Index,
    fused: dict[str, float],
    best: np.ndarray,
    query_vector: np.ndarray,
    kinds: Collection[str],
) -> dict[str, float]:
    """``fused`` with the chunks of its first chunk's kind (in a subfacet) reordered among their
    own scores by fused + KIND_WEIGHT x p(subfacet) + SENTENCE_WEIGHT x best sentence; other
    chunks untouched. For a question that names ``kinds`` but no subfacet (retrieve.py decides);
    unchanged when the first chunk is of no kind named, outside the template's subfacets, or
    without examples."""
    if not fused:
        return fused
    first = index.by_id[min(fused, key=lambda c: (-fused[c], c))]
    if not first.subfacet_id or first.kind not in kinds:
        return fused
    subfacets = subfacet_probabilities(index, query_vector)
    if not subfacets:
        return fused
    inside = [cid for cid in fused if index.by_id[cid].kind == first.kind and index.by_id[cid].subfacet_id]
    if len(inside) < 2:
        return fused
    return _permuted(
        index,
        fused,
        best,
        inside,
        lambda chunk: subfacets.get((chunk.report_id, chunk.subfacet_id), 0.0),
    )
