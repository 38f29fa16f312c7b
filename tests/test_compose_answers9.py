"""Direct answers trimmed to the question (session 9): references inside a sentence, a narrow
question in a named subfacet, a close call's next section, the points the nearest labelled
questions were answered by."""

from __future__ import annotations

from types import SimpleNamespace

from pactrag import compose
from pactrag.compose import NARROW_POINTS, section_points

REPORT = "toekomstatelier-5"


def _points(answer):
    # a nested item (an item of the list its announcing sentence opens) is a point too
    return [line.lstrip()[2:] for line in answer.answer.splitlines() if line.lstrip().startswith("- ")]


# -- a demonstrative points back -------------------------------------------------------------------


def test_a_demonstrative_after_a_preposition_travels_with_what_it_points_at(index):
    # the parser flattened "o Men pleit om op dit niveau …" into a bullet of its own
    regional = [p.text for p in section_points(index, REPORT, "2.4.2")]
    level = next(p for p in regional if "op dit niveau" in p)
    assert level.startswith("Provincies worden gezien als het reeds bestaande ideale tussenniveau.")
    poverty = [p.text for p in section_points(index, REPORT, "2.2.3.1")]
    gap = next(p for p in poverty if "om deze kloof te verkleinen" in p)
    assert gap.startswith("Vooral mensen in armoede voelen vaak een grote afstand tot het bestuur")


def test_dit_before_an_article_is_a_pronoun_that_points_back(index):
    points = [p.text for p in section_points(index, REPORT, "2.2.3.3")]
    assert not any(p.startswith("Voor kwetsbare groepen") for p in points)
    distance = next(p for p in points if "vergroot dit de afstand" in p)
    assert distance.startswith("Burgers vrezen het verlies van lokale identiteit")


def test_the_reports_words_for_itself_and_a_reference_inside_the_sentence_stay_alone(index):
    intro = [p.text for p in section_points(index, REPORT, "inleiding")]
    assert "In dit toekomstatelier waren er 54 deelnemers." in intro  # the heading says which atelier
    # "Hoewel er al een breed aanbod bestaat, is dit te vaak projectmatig": "dit" is that aanbod
    barriers = [p.text for p in section_points(index, REPORT, "2.2.3.3")]
    assert any(p.startswith("Hoewel er al een breed ondersteuningsaanbod bestaat") for p in barriers)


# -- a narrow question in a named subfacet -------------------------------------------------------


def test_a_narrow_question_of_a_kind_gets_the_points_on_its_topic_not_the_whole_section(assistant):
    answer = assistant.ask("Welke drempels ervaart gemeentepersoneel in het contact met burgers?")
    points = _points(answer)
    assert any("werkdruk, angst voor klachten" in p for p in points)
    whole = section_points(assistant.index, REPORT, "2.2.3.3")
    assert len(points) <= NARROW_POINTS * 3 < len(whole)


def test_every_item_asked_keeps_the_whole_section(assistant):
    answer = assistant.ask("Welke knelpunten voor sterke en nabije besturen werden allemaal genoemd?")
    assert len(_points(answer)) == len(section_points(assistant.index, REPORT, "2.2.3.3"))


def test_the_noun_the_items_are_asked_as_and_the_title_words_are_no_narrow_topic(assistant):
    # "stappen" is what the list's items are called, "andere domeinen" the Synergie section's own
    # title ("Synergie met andere beleidsdomeinen"): both questions ask for the whole list
    for question, section in (
        ("Welke stappen zijn nodig om dorpsinitiatieven in de gemeenschap op te schalen?", "2.5.3.2"),
        ("Welke synergieën met andere domeinen zijn er voor de gebiedsgerichte aanpak?", "2.4.3.4"),
    ):
        answer = assistant.ask(question)
        # a point shown (a bullet's second paragraph joins its item's line since session 15: count
        # the points by their last sentence, not the lines)
        points = section_points(assistant.index, REPORT, section)
        shown = sum(p.sentences[-1].lstrip("•- ").strip()[:40] in answer.answer for p in points)
        assert shown >= len(points) - 1, question


def test_a_section_that_opens_on_the_topic_is_about_it_as_a_whole(assistant):
    # "Een effectieve dorpsontwikkeling en burgerparticipatie stuit op diverse uitdagingen …"
    answer = assistant.ask("Welke drempels zijn er voor dorpsontwikkeling en burgerparticipatie?")
    assert len(_points(answer)) == len(section_points(assistant.index, REPORT, "2.5.3.3"))


# -- a close call shows the next section -------------------------------------------------------------


def _hit(section: str, score: float):
    return SimpleNamespace(chunk=SimpleNamespace(report_id="a", section_id=section), score=score)


def _item(section: str, score: float):
    point = SimpleNamespace(sentences=(f"best of {section}",))
    return (score, point, SimpleNamespace(report_id="a", section_id=section))


def test_a_close_call_shows_the_next_sections_best_point_when_labelled_questions_were_answered_there():
    scored = [_item("2.2.3.3", 0.9), _item("2.2.3.3", 0.88), _item("2.5.2", 0.85), _item("2.5.2", 0.8)]
    chosen = scored[:2]
    votes = {("a", "2.5.2", "best of 2.5.2"): compose.RUNNER_UP_VOTES}
    close = SimpleNamespace(hits=[_hit("2.2.3.3", 1.0), _hit("2.5.2", 1.0 - compose.CLOSE_MARGIN / 2)])
    assert compose._runner_up(close, chosen, scored, votes) == [scored[2]]
    # not when no labelled question was answered there, when the best section clearly leads, or
    # when a point of the next one is shown already
    assert compose._runner_up(close, chosen, scored, {}) == []
    clear = SimpleNamespace(hits=[_hit("2.2.3.3", 1.0), _hit("2.5.2", 1.0 - 2 * compose.CLOSE_MARGIN)])
    assert compose._runner_up(clear, chosen, scored, votes) == []
    assert compose._runner_up(close, scored[:3], scored, votes) == []


# -- the nearest labelled questions vote for points -------------------------------------------------


def test_a_neighbour_voted_section_does_not_shut_out_the_passage_the_question_names(assistant):
    # Was: "Elke euro moet expliciet worden gelinkt" leads (session 9: the labelled questions near
    # it were answered by it). Since cold11 joined the examples, "Hoeveel papierwerk rond plannen
    # …" (planlast, §2.3.3.3) shares the rare "papierwerk" and its section leads. Voting for the
    # passage a neighbour was answered by instead of its whole section fixes this question but
    # lost leave-one-set-out (neighbours.SECTION_SHARE, AGREEMENT_SCALE; NOTES, session 11), so
    # §2.3.3.3 may lead; the subsidy paperwork of §2.4.3.3 must still be in the answer. The point
    # votes themselves are tested on fixed examples (test_pointvotes.py).
    answer = assistant.ask("Waarom is er zoveel papierwerk bij subsidies?")
    # among the cited sections (a one-section answer has no heading naming it in its text)
    assert "2.4.3.3" in {c.section_id for c in answer.citations}
    assert any("hoge administratieve last" in p or p.startswith("Elke euro") for p in _points(answer))


def test_a_point_has_the_votes_of_its_sentences():
    section = SimpleNamespace(report_id="a", section_id="2.4.3.3")
    point = SimpleNamespace(sentences=("• Elke euro moet gelinkt worden.", "Dit zorgt voor problemen."))
    votes = {
        ("a", "2.4.3.3", "Elke euro moet gelinkt worden."): 0.25,
        ("a", "2.4.3.3", "Dit zorgt voor problemen."): 0.5,
    }
    assert compose._vote_share(point, section, votes) == 0.75
    assert compose._vote_share(point, section, {}) == 0.0
