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
_SUBFACET = re.compile(r"^(\d+\.\d+)(?:\.|$)")


def _subfacet(section_id: str) -> str | None:
    m = _SUBFACET.match(section_id)
    return m.group(1) if m else None


def frame_direction(index: Index) -> np.ndarray | None:
    """The unit mean vector of the labelled questions answered in two or more subfacets, or None
    when too few are labelled."""

    def build() -> np.ndarray | None:
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
        mean = data.vectors[rows].mean(axis=0)
        norm = float(np.linalg.norm(mean))
        return mean / norm if norm else None

    return per_held_out(index, "theme_frame", build)


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
