"""The template's own words for Start and Stop asked in English are kinds, and cut asks."""

import pytest

from pactrag.intent import analyse, intent_kinds


@pytest.mark.parametrize(
    "text,kind",
    [
        ("what should start?", "start"),
        ("what has to be started?", "start"),
        ("what has to stop?", "stop"),
        ("what must stop?", "stop"),
    ],
)
def test_english_start_and_stop_in_the_templates_words_name_their_kind(text, kind):
    assert kind in intent_kinds(text)


def test_an_english_three_way_ask_is_three_asks_of_three_kinds():
    question = (
        "For cooperation between municipalities: what already works, what should start, and what has to stop?"
    )
    intent = analyse(question, {})
    assert {"continue", "start", "stop"} <= intent.kinds
    assert len(intent.asks) == 3


def test_start_as_a_plain_word_is_no_kind():
    assert not intent_kinds("When did the workshop start?") & {"start", "stop"}


def test_hindernissen_and_hinderpalen_are_barriers():
    assert "stop" in intent_kinds("Geef alle hindernissen voor lokale besturen.")
    assert "stop" in intent_kinds("Onder welke kopjes staan de hinderpalen?")


def test_barriers_to_be_removed_ask_for_the_actions_too():
    intent = analyse("Wat moet er gebeuren om die hindernissen weg te werken?", {})
    assert {"stop", "start"} <= intent.kinds
