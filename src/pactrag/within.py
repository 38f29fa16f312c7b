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
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from .examples import kind_probabilities

if TYPE_CHECKING:
    from .index import Index

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
    if not fused:
        return fused
    first = index.by_id[min(fused, key=lambda c: (-fused[c], c))]
    if not first.subfacet_id:
        return fused
    kinds = kind_probabilities(index, query_vector)
    if not kinds:
        return fused
    inside = [
        cid
        for cid in fused
        if index.by_id[cid].report_id == first.report_id and index.by_id[cid].subfacet_id == first.subfacet_id
    ]
    if len(inside) < 2:
        return fused
    valid = best[best > -1]
    top = float(valid.max()) if len(valid) else 0.0
    spread = float(valid.std()) if len(valid) > 1 else 0.0
    spread = max(spread, 1e-6)

    def score(cid: str) -> float:
        chunk = index.by_id[cid]
        b = float(best[index.position[cid]])
        sentence = (b - top) / spread if b > -1 else 0.0
        return fused[cid] + KIND_WEIGHT * kinds.get(chunk.kind, 0.0) + SENTENCE_WEIGHT * sentence

    places = sorted((fused[c] for c in inside), reverse=True)
    out = dict(fused)
    for cid, place in zip(sorted(inside, key=lambda c: (-score(c), c)), places, strict=True):
        out[cid] = place
    return out
