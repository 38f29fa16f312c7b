"""An English question's answering point is chosen as retrieval compared it (session 16, hedge17):
with its vector without the language part; the points shown are chosen with its own vector."""

from __future__ import annotations

import numpy as np

from pactrag.compose import points_vector
from pactrag.retrieve import Retrieval


def test_the_answering_point_of_an_english_question_reads_the_shifted_vector():
    own, shifted = np.array([1.0, 0.0, 0.0]), np.array([0.0, 1.0, 0.0])
    retrieval = Retrieval((), own, compare_vector=shifted)
    assert points_vector(retrieval, order=True) is shifted
    assert points_vector(retrieval) is own  # the choice of points keeps the question's vector


def test_a_dutch_question_keeps_its_own_vector_everywhere():
    own = np.array([1.0, 0.0, 0.0])
    retrieval = Retrieval((), own)
    assert points_vector(retrieval, order=True) is own and points_vector(retrieval) is own


def test_retrieval_hands_compose_the_english_vector(assistant):
    from pactrag.retrieve import retrieve

    english = retrieve(assistant.index, "Why do small municipalities lack capacity?", 5)
    dutch = retrieve(assistant.index, "Waarom missen kleine gemeenten capaciteit?", 5)
    assert english.compare_vector is not None and dutch.compare_vector is None
