"""An English question gets an English frame (session 15, english16): one language decision per
question, the answer's own lines said in it, the report's quotes and titles left as they stand."""

from __future__ import annotations

import re

import pytest

from pactrag import messages as M
from pactrag.cite import language_of
from pactrag.frame import framed, framed_line
from pactrag.prompts import ENGLISH_TEMPLATE, render_messages

_FIELD = re.compile(r"\{(\w+)\}")


@pytest.mark.parametrize(
    "question",
    [
        "What is Broodje Burger?",
        "Who is involved first in participation processes before the wider public is asked?",
        "Tell me about the talent bank in Aarschot.",
        "Compare what already works well with what still gets in the way.",
    ],
)
def test_english_questions_are_read_as_english(question):
    assert language_of(question) == "en"


@pytest.mark.parametrize(
    "question",
    [
        *M.APP_EXAMPLES,
        # English policy terms inside a Dutch question bring no English function words
        "Wat bedoelen ze met het right to challenge?",
        "Wat is een coalition of the willing?",
        "Wat zegt het verslag over de houding 'what's in it for me'?",
        "En in Olen?",
        "Waarom?",
    ],
)
def test_dutch_questions_are_never_read_as_english(question):
    assert language_of(question) == "nl"


def test_a_turn_without_evidence_keeps_the_conversations_language():
    assert language_of("And Olen?", ["What good practices are there around community strength?"]) == "en"
    assert language_of("Olen?", ["Welke goede praktijken zijn er rond gemeenschapskracht?"]) == "nl"
    # a turn with its own evidence is read by itself
    assert language_of("Wat houdt ze tegen?", ["What good practices exist?"]) == "nl"


def test_every_english_template_has_the_fields_of_its_dutch_one():
    for name, english in M.ENGLISH.items():
        dutch = getattr(M, name)
        fields = set(_FIELD.findall(english))
        assert fields <= set(_FIELD.findall(dutch)), name
    assert set(M.ENGLISH_MISSING_PART) == set(M.MISSING_PART)
    assert set(M.ENGLISH_KIND_PLURAL) == set(M.KIND_PLURAL)
    assert set(M.ENGLISH_NUMBER_WORDS) == set(M.NUMBER_WORDS)


# the Dutch templates an answer's text can show: each has its English twin
ANSWER_TEMPLATES = [
    "ABSTAIN",
    "ABSTAIN_SUGGESTIONS",
    "ABOUT_LEAD",
    "NOTHING_IN",
    "ABSTAIN_UNRELATED_ONE",
    "ABSTAIN_UNRELATED_SEVERAL",
    "ASK_IN_DUTCH_ONE",
    "ASK_IN_DUTCH_SEVERAL",
    "ABSTAIN_PASSING",
    "ABSTAIN_OPINION",
    "OPINION_NONE",
    "OPINION_LEAD",
    "OPINION_LEAD_SEVERAL",
    "ABSTAIN_FILTERED",
    "ABSTAIN_FILTERED_SUGGESTIONS",
    "FRAMING_APPENDIX",
    "FRAMING_APPENDIX_MATCH",
    "LEAD_DEFAULT",
    "LEAD_PLACE",
    "LEAD_SEVERAL",
    "LEAD_COMPARE",
    "LEAD_COMPARE_PARTS",
    "LEAD_OVERLAP_PARTS",
    "COMPARE_DETAILS",
    "LEAD_UNSURE",
    "HEDGE_LEAD",
    "HEDGE_LEAD_SEVERAL",
    "SEE_ALSO",
    "LEAD_ITEMS_ONE",
    "LEAD_ITEMS_MANY",
    "SIDE_MISSING",
    "ASK_NOT_FOUND",
    "MISSING_DOER_PASSIVE",
    "PART_INTRO",
    "ASK_INTRO",
    "STATEMENT_INTRO",
    "INJECTION_REFUSAL",
    "INJECTION_REFUSAL_ONE",
]


@pytest.mark.parametrize("name", ANSWER_TEMPLATES)
def test_each_answer_template_is_said_in_english(name):
    dutch = getattr(M, name)
    values = {
        "lead": M.LEAD_DEFAULT.removesuffix(":"),
        "place": "Drempels — Sterke en nabije besturen",
        "number": " (§2.2.3.3)",
        "kinds": "goede praktijken en drempels",
        "side": "drempels",
        "n": "drie",
        "subfacet": "Gemeenschapskracht als hefboom",
        "ask": "wat houdt ze tegen?",
        "thing": "‘Arktos’",
        "name": "‘Arktos’",
        "filter": "Drempels",
        "sections": "§2.2.3.2 Opschaling (start)",
        "verb": "georganiseerd",
        "corpus": M.CORPUS_SHORT,
    }
    line = dutch.format(**values)
    said = framed_line(line)
    assert said != line
    for field in _FIELD.findall(M.ENGLISH[name]):  # the report's titles and the asker's words stay
        if field not in ("lead", "kinds", "side", "n", "corpus"):
            assert values[field] in said


def test_the_lead_says_the_quotes_are_dutch_and_the_quotes_stay():
    text = (
        M.LEAD_PLACE.format(lead=M.LEAD_DEFAULT.removesuffix(":"), place="Inleiding", number="")
        + "\n\n- In dit toekomstatelier waren er 54 deelnemers. [1]\n\n"
        + M.SEE_ALSO.format(sections="§2.1 Toekomstbeeld")
    )
    english = framed(text, "en")
    lead, _, point, _, pointer = english.split("\n")
    assert "Dutch" in lead and "‘Inleiding’" in lead
    assert point == "- In dit toekomstatelier waren er 54 deelnemers. [1]"
    assert pointer == "See also: §2.1 Toekomstbeeld."
    assert framed(text, "nl") == text  # a Dutch answer is unchanged


def test_a_refusals_part_names_its_thing_then_its_place():
    lead = M.ABOUT_LEAD.format(thing="‘Olen’").removesuffix(":")
    line = M.LEAD_PLACE.format(lead=lead, place="Inleiding", number=" (§1)")
    assert (
        framed_line(line) == "What the report does say about ‘Olen’ (quoted in Dutch), in ‘Inleiding’ (§1):"
    )


def test_kinds_and_counts_are_said_in_english():
    line = M.LEAD_ITEMS_MANY.format(kinds="goede praktijken en drempels", n="drie")
    assert framed_line(line).startswith("The participants named these good practices and barriers in three")


def test_the_llm_is_asked_for_english_only_for_an_english_question():
    assert ENGLISH_TEMPLATE in render_messages("What is Broodje Burger?", [], "en")[1]["content"]
    assert ENGLISH_TEMPLATE not in render_messages("Wat is Broodje Burger?", [], "nl")[1]["content"]


def test_an_english_question_gets_an_english_frame_and_dutch_quotes(assistant):
    result = assistant.ask("What is Broodje Burger?")
    assert result.language == "en" and result.to_json()["language"] == "en"
    assert not result.abstained and "Dutch" in result.answer.splitlines()[0]
    assert "Broodje Burger" in result.answer and "Kempen" in result.answer


def test_an_english_refusal_is_english(assistant):
    result = assistant.ask("Who won the Tour of Flanders in 2025?")
    # worded for the corpus (refuse16): "I find nothing about that in the report of future workshop 5 …"
    assert result.abstained and result.answer.startswith(M.ENGLISH["NOTHING_IN"].split("{")[0])
    assert "verslag" not in result.answer


def test_a_dutch_question_keeps_its_dutch_frame(assistant):
    result = assistant.ask("Wat is Broodje Burger?")
    assert result.language == "nl" and result.answer.startswith(M.LEAD_DEFAULT.removesuffix(":"))


def test_a_refusal_worded_for_the_corpus_is_said_in_english():
    # refuse16 words a refusal for the corpus ("… in het verslag van toekomstatelier 5 (‘…’).") and
    # joins sentences on one line; each is said in English, the report's theme stays its own
    from pactrag.frame import framed

    one = M.NOTHING_IN.format(
        corpus=M.CORPUS_ONE.format(number="5", theme="Besturen en burgers samen aan zet")
    )
    passing = M.ABSTAIN_PASSING.format(name="‘Broodje Burger’")
    assert framed(f"{one} {passing}", "en") == (
        "I find nothing about that in the report of future workshop 5 (‘Besturen en burgers samen aan zet’). "
        "The report mentions ‘Broodje Burger’ only in passing."
    )
    several = M.NOTHING_IN.format(corpus=M.CORPUS_SEVERAL) + " " + M.ABSTAIN_UNRELATED_SEVERAL
    assert (
        framed(several, "en")
        == M.ENGLISH["NOTHING_IN"].format(corpus="the reports")
        + " "
        + (M.ENGLISH["ABSTAIN_UNRELATED_SEVERAL"])
    )
    opinion = M.ABSTAIN_OPINION.format(corpus=M.CORPUS_SHORT)
    assert framed(opinion, "en").endswith("said in the report.")


def test_the_corpus_words_alone_stay_as_they_are():
    # "de verslagen" inside a quote is the report's own words: only read as the refusal's field
    from pactrag.frame import framed

    quote = "- Het gaat om het verslag en de verslagen van de gemeenteraad. [1]"
    assert framed(quote, "en") == quote
