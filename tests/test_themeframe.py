"""A theme across subfacets: each subfacet's places go to its sections whose sentences carry the
question's own theme, measured against the question's vector without the frame that the labelled
questions across subfacets share (``themeframe``, ``compose._by_own_theme``)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from pactrag import compose, themeframe
from pactrag.compose import Point
from pactrag.examples import Example, Labelled


@dataclass(frozen=True)
class _Section:
    subfacet_id: str
    section_id: str


def _point(vector: list[float]) -> Point:
    return Point("x", ("x",), 0, np.array([vector], dtype=np.float64))


def _entry(sub: str, sid: str, weight: float, vector: list[float]):
    return (weight, 0.0, True, _Section(sub, sid), [_point(vector)])


def test_each_subfacet_keeps_its_places_filled_by_the_sections_nearest_the_own_theme():
    weighed = [
        _entry("2.4", "2.4.1", 9.0, [0.0, 1.0]),  # the word's heaviest section, off the theme
        _entry("2.1", "2.1.3.4", 8.0, [1.0, 0.0]),
        _entry("2.4", "2.4.3.2", 7.0, [0.2, 0.9]),
        _entry("2.4", "2.4.3.1", 5.0, [0.95, 0.1]),  # lighter in words, nearest the theme
    ]
    ordered = compose._by_own_theme(weighed, np.array([1.0, 0.0]))
    assert [e[3].subfacet_id for e in ordered] == ["2.4", "2.1", "2.4"] + ["2.4"]
    assert [e[3].section_id for e in ordered] == ["2.4.3.1", "2.1.3.4", "2.4.3.2", "2.4.1"]


def test_a_section_far_lighter_in_the_themes_words_stays_behind_the_heavier_ones():
    # a subfacet's vision, near every theme, does not take the place of the section that says the
    # theme's rarest word
    weighed = [_entry("2.2", "2.2.3.2", 9.0, [0.0, 1.0]), _entry("2.2", "2.2.1", 2.0, [1.0, 0.0])]
    ordered = compose._by_own_theme(weighed, np.array([1.0, 0.0]))
    assert [e[3].section_id for e in ordered] == ["2.2.3.2", "2.2.1"]


def test_without_a_frame_the_words_weight_orders_the_sections():
    weighed = [_entry("2.4", "2.4.1", 9.0, [0.0, 1.0]), _entry("2.4", "2.4.3.1", 3.0, [1.0, 0.0])]
    assert compose._by_own_theme(weighed, None) == weighed


def test_the_frame_is_the_mean_of_questions_answered_in_two_subfacets(monkeypatch):
    across = [Example("r", f"q{i}", ("2.1.3.1", "2.4.1")) for i in range(themeframe.MIN_ACROSS_QUESTIONS)]
    within = [Example("r", "direct", ("2.1.3.1",))]
    vectors = np.array([[1.0, 0.0, 0.0]] * len(across) + [[0.0, 0.0, 1.0]])
    monkeypatch.setattr(themeframe, "labelled", lambda index: Labelled(tuple(across + within), vectors))
    monkeypatch.setattr(themeframe, "per_held_out", lambda index, name, build: build())
    assert np.allclose(themeframe.frame_direction(object()), [1.0, 0.0, 0.0])
    # the question's own theme is what is left when the frame goes
    theme = themeframe.theme_vector(object(), np.array([0.8, 0.6, 0.0]))
    assert np.allclose(theme, [0.0, 1.0, 0.0])


def test_too_few_questions_across_subfacets_measure_no_frame(monkeypatch):
    few = [Example("r", "q", ("2.1.3.1", "2.4.1"))]
    monkeypatch.setattr(themeframe, "labelled", lambda index: Labelled(tuple(few), np.ones((1, 3))))
    monkeypatch.setattr(themeframe, "per_held_out", lambda index, name, build: build())
    assert themeframe.frame_direction(object()) is None
    assert themeframe.theme_vector(object(), np.ones(3)) is None
