"""The answer says how sure it is (hedge16): a calibrated confidence on every answered question,
and a generic lead that says so below the operating point."""

from __future__ import annotations

import pytest

from pactrag import hedge
from pactrag import messages as M
from pactrag.frame import framed


def test_a_hedged_lead_keeps_its_place():
    text = "Dit zegt het verslag hierover, in ‘Drempels — Sterke en nabije besturen’ (§2.2.3.3):\n\n- Een punt. [1]"
    lead = hedge.hedged(text).split("\n")[0]
    assert lead == M.HEDGE_LEAD + ", in ‘Drempels — Sterke en nabije besturen’ (§2.2.3.3):"
    assert hedge.hedged(text).split("\n")[1:] == text.split("\n")[1:]  # only the lead line changes


def test_a_close_call_and_a_several_sections_lead_are_hedged_too():
    unsure = M.LEAD_UNSURE.removesuffix(":") + ", in ‘Inleiding’:\n\n- x [1]"
    assert hedge.hedged(unsure).startswith(M.HEDGE_LEAD + ", in ‘Inleiding’:")
    several = M.LEAD_SEVERAL + "\n\nA [1]:\n- x [1]"
    assert hedge.hedged(several).startswith(M.HEDGE_LEAD_SEVERAL + "\n")


def test_a_hedged_several_sections_lead_is_said_wholly_in_english():
    # built as the hedge and LEAD_SEVERAL's Dutch place, an English answer kept "in deze onderdelen"
    several = hedge.hedged(M.LEAD_SEVERAL + "\n\nA [1]:\n- x [1]")
    lead = framed(several, "en").split("\n")[0]
    assert lead == M.ENGLISH["HEDGE_LEAD_SEVERAL"]
    assert "deze" not in lead and lead.endswith("in these parts:")


def test_an_item_lead_is_not_hedged():
    # it names the kind and the subfacet it lists: no generic claim to soften
    text = "In het subfacet ‘Sterke en nabije besturen’ noemden de deelnemers deze drempels:\n\n- x [1]"
    assert hedge.hedged(text) == text


def test_confidence_is_a_probability_that_grows_with_the_evidence():
    base = dict.fromkeys(hedge.FEATURES, 0.0)
    weak = {**base, "shown": 0.1, "coverage": 0.1, "margin": 0.05, "first_gap": 0.05}
    strong = {**base, "shown": 1.0, "coverage": 1.0, "margin": 1.0, "first_is_top": 1.0, "agreement": 1.0}
    assert 0.0 <= hedge.confidence(weak) < hedge.confidence(strong) <= 1.0


def test_the_answer_json_carries_the_confidence(assistant):
    answer = assistant.ask("Hoeveel deelnemers waren er op het toekomstatelier?")
    data = answer.to_json()
    assert not answer.abstained and 0.0 <= data["confidence"] <= 1.0
    assert set(data["confidence_signals"]) == set(hedge.FEATURES)


def test_a_refusal_carries_no_confidence(assistant):
    answer = assistant.ask("Wat is de hoofdstad van Frankrijk?")
    assert answer.abstained and answer.to_json()["confidence"] is None


@pytest.mark.parametrize("question", ["Hoeveel deelnemers waren er op het toekomstatelier?"])
def test_a_plain_answer_is_not_hedged(assistant, question):
    answer = assistant.ask(question)
    assert not answer.answer.startswith(M.HEDGE_LEAD)


def test_the_answering_point_is_the_first_item_past_a_section_heading():
    # an answer of several sections opens its body with the first section's heading line
    text = (
        "Het verslag gaat hier op meer dan één plaats op in; dit sluit het best aan bij je vraag:\n\n"
        "Drempels — Intergemeentelijke samenwerking (§2.3.3.3) [1]:\n"
        "- Zodra een subsidieperiode eindigt, verdwijnt vaak ook de projectwerking. [1]\n"
        "- Een ander punt. [1]"
    )
    assert (
        hedge._first_point(text) == "Zodra een subsidieperiode eindigt, verdwijnt vaak ook de projectwerking."
    )


def test_the_answer_signals_read_the_votes_on_the_shown_answer(assistant):
    # session 16: whether the shown answer answers, beside how well retrieval did
    answer = assistant.ask("Hoeveel deelnemers waren er op het toekomstatelier?")
    signals = answer.to_json()["confidence_signals"]
    assert set(hedge.SHOWN) <= set(signals)
    assert 0.0 <= signals["answer_votes"] <= signals["section_votes"] + 1e-6 <= 1.0 + 1e-6
    assert 0.0 <= signals["shown_votes"] <= 1.0 + 1e-6 and signals["point_gap"] >= 0.0
