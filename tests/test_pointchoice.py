"""The point model of direct answers (session 11): which points a direct answer shows, and how
many, by the probability that a point holds a fact of the question per word of its length."""

from __future__ import annotations

import numpy as np

from pactrag import compose, pointchoice


def test_the_model_has_one_coefficient_per_feature():
    assert len(compose.POINT_MODEL) == len(pointchoice.FEATURES)


def test_fit_learns_that_a_telling_feature_raises_the_probability():
    rng = np.random.default_rng(0)
    signal = rng.normal(size=400)
    x = np.column_stack([np.ones(400), signal, rng.normal(size=400)])
    y = (signal + 0.3 * rng.normal(size=400) > 0.5).astype(float)
    w = pointchoice.fit(x, y)
    assert w[1] > 1.0 and abs(w[2]) < 0.5
    p = pointchoice.probabilities(x, w)
    assert p[y == 1].mean() > 0.6 > 0.3 > p[y == 0].mean()


def test_a_long_point_must_be_likelier_than_a_short_one_to_be_shown():
    # 0.3 per 20 words: a 12-word point is worth showing, the same odds over 150 words are not
    kept = pointchoice.worth(np.array([0.3, 0.3, 0.01]), [12, 150, 4], keep=0.05, per=20, least=8)
    assert kept.tolist() == [True, False, False]


def test_the_value_type_asked_is_matched_by_what_a_sentence_supplies():
    texts = [
        "Het project werkt samen met Thomas More hogeschool.",
        "Dit gebeurt omdat de middelen versnipperd zijn.",
        "men werkt via lerende netwerken.",
    ]
    base = np.zeros((3, pointchoice.BASE))
    who = pointchoice.typed("Met welke hogeschool werkt het project samen?", texts, base)
    why = pointchoice.typed("Waarom lukt het niet?", texts, base)
    how = pointchoice.typed("Hoe delen ze kennis?", texts, base)
    at = {name: i - pointchoice.BASE for i, name in enumerate(pointchoice.FEATURES) if i >= pointchoice.BASE}
    assert who[0, at["name_asked"]] == 1.0 and who[2, at["name_asked"]] == 0.0
    assert why[1, at["reason_asked"]] == 1.0 and why[0, at["reason_asked"]] == 0.0
    assert how[2, at["means_asked"]] == 1.0 and how[0, at["means_asked"]] == 0.0


def test_a_direct_answer_keeps_its_fact_when_the_best_point_holds_it(assistant):
    answer = assistant.ask("Met welke hogeschool werkt het project Zorgzame buurten samen?")
    assert "Thomas More" in answer.answer
