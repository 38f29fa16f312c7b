"""The frame of a question across subfacets, measured from the labelled questions.

A theme across the report is asked in words that say where and how it is told ("Welke rol speelt
water als verbindend thema doorheen de verschillende subfacetten?"): the frame. Its words are the
same whatever the theme, so the labelled questions whose answers lie in two or more subfacets,
each on its own theme, share it: their mean query vector points along the frame. The question's
vector without that direction (``theme_vector``) is what its own theme says; a section's sentences
are held against it to choose which of a subfacet's sections carry the theme (``compose.
_theme_groups``). No hand list: the direction is fitted on the labelled questions (minus an eval's
held-out ones) and needs no embedding of its own.
"""

from __future__ import annotations

import re

import numpy as np

from .examples import labelled, per_held_out
from .index import Index

# at least this many labelled questions across subfacets before their mean is trusted as the frame
MIN_ACROSS_QUESTIONS = 20
# a sentence's hubness: its mean similarity to this many of the labelled questions' own themes it
# comes nearest (CSLS, cross-domain similarity local scaling)
HUB_NEIGHBOURS = 10
_SUBFACET = re.compile(r"^(\d+\.\d+)(?:\.|$)")


def _subfacet(section_id: str) -> str | None:
    m = _SUBFACET.match(section_id)
    return m.group(1) if m else None


def frame_direction(index: Index) -> np.ndarray | None:
    """The unit mean vector of the labelled questions answered in two or more subfacets, or None
    when too few are labelled."""
    fitted = _frame(index)
    return None if fitted is None else fitted[0]


def labelled_themes(index: Index) -> np.ndarray | None:
    """The own themes (``theme_vector``) of the labelled questions across subfacets, one row each."""
    fitted = _frame(index)
    return None if fitted is None else fitted[1]


def _frame(index: Index) -> tuple[np.ndarray, np.ndarray] | None:
    def build() -> tuple[np.ndarray, np.ndarray] | None:
        data = labelled(index)
        if data is None:
            return None
        rows = [
            i
            for i, e in enumerate(data.examples)
            if len({(e.report_id, s) for x in e.sections if (s := _subfacet(x))}) >= 2
        ]
        if len(rows) < MIN_ACROSS_QUESTIONS:
            return None
        vectors = data.vectors[rows]
        mean = vectors.mean(axis=0)
        norm = float(np.linalg.norm(mean))
        if not norm:
            return None
        frame = mean / norm
        rest = vectors - np.outer(vectors @ frame, frame)
        rest /= np.maximum(np.linalg.norm(rest, axis=1, keepdims=True), 1e-12)
        return frame, rest

    return per_held_out(index, "theme_frame", build)


def own_theme_similarity(vectors: np.ndarray, theme: np.ndarray, themes: np.ndarray | None) -> np.ndarray:
    """Each sentence's similarity to the question's own theme, less half its mean similarity to
    the HUB_NEIGHBOURS labelled themes it comes nearest: a sentence near every theme (a vision's
    "Samenwerking en kennisdeling … verruimt de middelen") is near none in particular. Without the
    correction the visions of two subfacets took the places of sections that say the theme's word
    (cold10 c10q099: §2.2.1 for §2.2.3.2 on "vertrouwen")."""
    sims = vectors @ theme
    if themes is None or not len(themes):
        return sims
    near = np.sort(vectors @ themes.T, axis=1)[:, -min(HUB_NEIGHBOURS, themes.shape[0]) :]
    return sims - 0.5 * near.mean(axis=1)


def theme_vector(index: Index, query_vector: np.ndarray | None) -> np.ndarray | None:
    """The question's vector without its component along the frame (unit length), or None."""
    if query_vector is None:
        return None
    frame = frame_direction(index)
    if frame is None:
        return None
    q = np.asarray(query_vector, dtype=np.float64)
    rest = q - float(q @ frame) * frame
    norm = float(np.linalg.norm(rest))
    return rest / norm if norm else None
