"""The point a direct answer opens with reads the labelled questions' votes (session 14, point15)."""

from __future__ import annotations

import numpy as np

from pactrag import compose
from pactrag.pointvotes import sentence_key
from pactrag.retrieve import Retrieval


def test_the_labelled_questions_votes_choose_the_point_a_direct_answer_opens_with(index, monkeypatch):
    # two prose points of one section: the first scores a little higher on the question's words,
    # the nearest labelled questions were answered by the second: the second leads (a fact-holding
    # point first in 0.841 of 763 dev direct answers leaving one set out, against 0.743 by the score)
    section = index.section_by_key[next(k for k in index.section_by_key if k[1] == "2.2.3.2")]
    points = [p for p in compose.section_points(index, section.report_id, section.section_id) if p.block < 0]
    shared, voted = points[0], points[2]
    votes = {(section.report_id, section.section_id, sentence_key(s)): 1.0 for s in voted.sentences}
    monkeypatch.setattr(compose, "sentence_votes", lambda index, q: votes)
    group = compose._group(index, section, points[:3])
    retrieval = Retrieval((), np.zeros(3))

    def score(p):
        return 0.82 if p is shared else 0.80

    first = compose._answer_first([group], score, retrieval, index)[0].points[0]
    assert first is voted
    # without votes the composing score decides, as before
    monkeypatch.setattr(compose, "sentence_votes", lambda index, q: {})
    assert compose._answer_first([group], score, retrieval, index)[0].points[0] is shared
