"""The learned point scorer (``pointrank``) that picks the point a direct answer opens with."""

from __future__ import annotations

import numpy as np

from pactrag import pointrank
from pactrag.pointrank import FEATURES, Candidate


def _candidate(text: str, dense: float = 0.85, lexical: float = 0.01, vote: float = 0.0, **kw) -> Candidate:
    values = dict(group=0, position=3, list_item=False, list_head=False) | kw
    return Candidate(text, dense, lexical, vote, **values)


def test_the_fitted_constants_cover_every_feature():
    assert len(pointrank.WEIGHTS) == len(pointrank.MEANS) == len(pointrank.SCALES) == len(FEATURES)
    assert all(s > 0 for s in pointrank.SCALES)


def test_a_point_that_gives_the_count_asked_outranks_one_that_only_repeats_the_topic():
    # the same similarity and words; only the second states a number: a count asked wants it
    question = "Hoeveel lokale besturen delen kennis rond burgerparticipatie?"
    topic = _candidate("Lokale besturen delen kennis rond burgerparticipatie via netwerken en lerende trajecten.")
    count = _candidate("Een netwerk waarin 27 lokale besturen kennis delen rond burgerparticipatie in de regio.")
    scores = pointrank.scores(question, [topic, count])
    assert scores[1] > scores[0]


def test_the_labelled_questions_votes_lift_a_point():
    question = "Wie ondersteunt het initiatief?"
    plain, voted = _candidate("Een zin over het initiatief."), _candidate("Een zin over het initiatief.", vote=0.6)
    scores = pointrank.scores(question, [plain, voted])
    assert scores[1] > scores[0]


def test_a_higher_composing_score_still_counts():
    question = "Wat vragen de deelnemers?"
    low, high = _candidate("Een zin.", dense=0.80), _candidate("Een zin.", dense=0.88, lexical=0.03)
    assert np.argmax(pointrank.scores(question, [low, high])) == 1


def test_no_candidates_no_scores():
    assert pointrank.scores("Wat?", []).shape == (0,)
