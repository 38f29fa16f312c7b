"""Follow-ups without an LLM: which kind a turn asks for, whether it leans on the previous turn,
what it carries along; and the eval's "answered as if alone" score."""

from __future__ import annotations

import pytest

from pactrag.evals.metrics import answered_as_alone
from pactrag.followup import asked_kinds, is_followup, rewrite_followup
from pactrag.records import Answer, Chunk, Hit

BARRIERS = "Welke drempels zijn er bij intergemeentelijke samenwerking?"
PRACTICES = "Welke goede praktijken zijn er rond gemeenschapskracht?"


# -- kinds from word families, not from phrasings -------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Wat hindert dat?",
        "Welke hinderpalen zijn er?",
        "Wat belemmert hen?",
        "Waar knelt het?",
        "Wat loopt er mis?",
        "Waarom lukt dat niet?",
        "Welke pijnpunten noemen ze?",
        "Wat remt dat af?",
    ],
)
def test_barriers_are_recognised_in_their_inflections_and_compounds(question):
    assert asked_kinds(question) == {"stop"}


@pytest.mark.parametrize(
    "question",
    [
        "Hoe lossen we dat op?",
        "Hoe pak je dat aan?",
        "Wat kan er beter?",
        "Welke verbeteracties zijn er?",
        "Hoe werken we dat weg?",
        "Welke acties zijn nodig?",
        "Hoe kunnen we dat uitbreiden?",
        "Wat stellen ze voor om dat te verhelpen?",
    ],
)
def test_remedies_and_actions_ask_for_start(question):
    assert asked_kinds(question) == {"start"}


def test_a_remedy_for_barriers_is_start_not_stop():
    assert asked_kinds("Hoe kunnen we die drempels verlagen?") == {"start"}
    assert asked_kinds("Welke oplossingen zijn er voor de knelpunten?") == {"start"}


@pytest.mark.parametrize(
    "question",
    ["Zijn er voorbeelden?", "Wat werkt er al wel?", "Zijn er succesverhalen?", "Wat loopt er goed?"],
)
def test_what_already_works_asks_for_good_practices(question):
    assert asked_kinds(question) == {"continue"}


def test_one_example_of_what_was_just_discussed_is_not_a_kind():
    assert asked_kinds("Welk buitenlands voorbeeld noemen ze daarbij?") == set()


@pytest.mark.parametrize(
    "question",
    [
        "Welke raakvlakken zijn er met andere domeinen?",
        "Hoe hangt dat samen met welzijn?",
        "Met welke domeinen is er een link?",
        "Welke verbanden zijn er met wonen?",
        "Hoe verhoudt dat zich tot mobiliteit?",
    ],
)
def test_links_with_other_areas_ask_for_synergies(question):
    assert asked_kinds(question) == {"synergie"}


def test_what_a_vision_lacks_is_asked_of_the_additions():
    assert asked_kinds("Wat ontbrak daar nog in?", {"toekomstbeeld"}) == {"aanvullingen"}
    assert "aanvullingen" not in asked_kinds("Wat ontbrak daar nog in?", {"stop"})


def test_a_kind_word_after_a_demonstrative_is_what_the_turn_points_at():
    # "dat probleem" is the thing asked about; the turn asks how to tackle it
    assert asked_kinds("Hoe wil men dat probleem aanpakken?") == {"start"}


# -- follow-up or independent ---------------------------------------------------------------


def test_an_everyday_kind_switch_keeps_the_topic_and_names_the_kind():
    standalone = rewrite_followup("Wat loopt daar vandaag fout?", [(PRACTICES, "…")])
    assert "gemeenschapskracht" in standalone and "Drempels" in standalone
    assert "praktijk" not in standalone.lower()


def test_a_kind_only_turn_with_topic_words_of_a_kind_is_a_follow_up():
    # "raakvlakken" and "domeinen" say which kind, not what about
    assert is_followup("Welke raakvlakken zijn er met andere domeinen?", BARRIERS)
    standalone = rewrite_followup("Welke acties zijn nodig?", [(BARRIERS, "…")])
    assert "intergemeentelijke samenwerking" in standalone


def test_kind_and_generic_words_of_the_previous_turn_are_not_carried():
    previous = "Wat werkt volgens de deelnemers goed in intergemeentelijke samenwerking?"
    standalone = rewrite_followup("Hoe kunnen we dat uitbreiden?", [(previous, "…")])
    assert "werkt" not in standalone and "goed" not in standalone
    assert "Opschaling" in standalone


def test_a_question_of_its_own_after_en_is_answered_as_asked():
    question = "En wat is het Open Ruimte Platform?"
    assert not is_followup(question, BARRIERS)
    assert rewrite_followup(question, [(BARRIERS, "…")]) == question


def test_the_user_saying_the_question_is_new_is_believed():
    assert not is_followup("Andere vraag: wat betekent R2C?", BARRIERS)


def test_en_with_a_demonstrative_leans_on_the_last_turn():
    question = "En welke rol speelt die organisatie bij de synergieën met andere domeinen?"
    assert is_followup(question, "Wie ondersteunt de talentenbank in Aarschot?")


def test_a_short_turn_naming_a_new_aspect_keeps_the_topic_and_the_kind():
    previous = "Welke synergiën zijn er tussen stad en platteland rond mobiliteit?"
    standalone = rewrite_followup("En rond gezondheid?", [(previous, "…")])
    assert "stad" in standalone and "Synergiën" in standalone


def test_an_elliptical_turn_naming_a_new_subject_keeps_only_the_kind():
    previous = "Welke synergiën zijn er tussen stad en platteland rond mobiliteit?"
    standalone = rewrite_followup("En bij sterke en nabije besturen?", [(previous, "…")])
    assert "Synergiën" in standalone and "platteland" not in standalone


def test_a_pronoun_carries_the_previous_topic():
    previous = "Wat doet de dorpsraad volgens de goede praktijken bij gemeenschapskracht?"
    standalone = rewrite_followup("Welke valkuilen zijn er voor hen?", [(previous, "…")])
    assert "dorpsraad" in standalone and "Drempels" in standalone


def test_a_remedy_for_one_thing_asked_about_does_not_force_the_actions():
    previous = "Wat zei de deelnemer in het citaat over de supermarkt?"
    standalone = rewrite_followup("Hoe wil men dat probleem aanpakken?", [(previous, "…")])
    assert "supermarkt" in standalone and "Opschaling" not in standalone


# -- the eval metric ------------------------------------------------------------------------


def _answer(*sections: str, abstained: bool = False) -> Answer:
    hits = []
    for rank, sid in enumerate(sections, 1):
        chunk = Chunk(f"c{rank}", "t", "t", "r", "V", "", sid, "t", "p", "2.2", "s", "stop", 0, 0, 0, 1)
        hits.append(Hit(chunk, 1.0 / rank, rank))
    return Answer("q", "a", (), tuple(hits), abstained, "extractive")


def test_an_independent_turn_counts_as_alone_when_it_ranks_the_same_sections_first():
    alone = _answer("2.3.3.3", "2.3.3.3", "2.2.3.3", "2.1.3.3")
    assert answered_as_alone(_answer("2.3.3.3", "2.2.3.3", "2.1.3.3", "2.5.3.1"), alone, False) == 1.0
    assert answered_as_alone(_answer("2.2.3.3", "2.3.3.3", "2.1.3.3"), alone, False) == 0.0
    assert answered_as_alone(_answer("2.3.3.3", "2.2.3.3", "2.1.3.3", abstained=True), alone, False) == 0.0


def test_a_personal_pronoun_in_a_question_with_its_own_subject_does_not_make_it_a_follow_up():
    # "ze" is the participants, "hun" the question's own subject
    for question in (
        "Hoe zien ze de rol van de provincies in de gebiedsgerichte aanpak?",
        "Welke rol spelen vrijwilligers in hun buurt volgens de synergiën bij gemeenschapskracht?",
    ):
        assert not is_followup(question, PRACTICES)
    # a short one leans on the last turn
    assert is_followup("Rond welk thema delen ze kennis?", "Wat is Broodje Burger?")


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Wat gaat daar nog moeizaam?", "stop"),
        ("Waar schiet het tekort?", "stop"),
        ("Welke struikelblokken zijn er?", "stop"),
        ("Hoe krijgen we dat opgelost?", "start"),
        ("Wat raden de deelnemers aan?", "start"),
        ("Welke vorm van financiering zou helpen?", "start"),
        ("Welke projecten tonen dat het kan?", "continue"),
        ("Met welke beleidsvelden heeft dat raakpunten?", "synergie"),
    ],
)
def test_everyday_words_for_the_kinds(question, kind):
    assert asked_kinds(question) == {kind}


def test_a_turn_asking_a_kind_about_one_new_aspect_keeps_the_subject():
    previous = "Welke goede praktijken rond intergemeentelijke samenwerking noemen de deelnemers?"
    standalone = rewrite_followup("Wat loopt er mis bij de kostenverdeling?", [(previous, "…")])
    assert "intergemeentelijke samenwerking" in standalone


def test_a_question_about_one_named_thing_stands_alone():
    assert not is_followup("Wat is de Dorpencoördinator?", BARRIERS)
    assert is_followup("Wat is dat?", BARRIERS)  # a pointer
    assert is_followup("Wat zijn de grootste problemen?", PRACTICES)  # a kind switch


def test_the_kind_kept_is_the_kind_the_last_turn_ended_up_asking():
    history = [
        ("Wat zei de deelnemer in het citaat over de supermarkt?", "…"),
        ("Hoe wil men dat probleem aanpakken? (zei citaat supermarkt)", "…"),
    ]
    standalone = rewrite_followup("Willen alle boeren daaraan meedoen?", history)
    assert "Opschaling" not in standalone and "supermarkt" in standalone


def test_the_eval_asks_an_independent_turn_alone_and_scores_it():
    from types import SimpleNamespace

    from pactrag.evals.metrics import GoldItem
    from pactrag.evals.run import evaluate

    class Assistant:
        index = SimpleNamespace(sections=[], multi_report=False)

        def ask(self, question, history=()):
            # with a conversation before it, the turn drifts to the earlier topic
            return _answer("2.5.3.3", "2.5.3.1") if history else _answer("2.3.3.3", "2.2.3.3")

    turn = dict(conversation="c1", split="dev")
    items = [
        GoldItem("c1.1", "Eerste?", ("2.5.3.3",), (), ("conversation",), turn=1, **turn),
        GoldItem("c1.2", "Los?", ("2.3.3.3",), (), ("conversation", "independent"), turn=2, **turn),
        GoldItem("c1.3", "En dan?", ("2.5.3.3",), (), ("conversation",), turn=3, **turn),
    ]
    scores, _ = evaluate(Assistant(), items)
    assert [s.scores.get("answered_as_alone") for s in scores] == [None, 0.0, None]
    assert any("losse vraag" in f for f in scores[1].failures)


def test_a_split_particle_verb_after_a_noun_phrase_is_still_its_kind():
    """ "lopen … vast" with a noun phrase between verb and particle still asks for barriers."""
    from pactrag.followup import asked_kinds

    assert asked_kinds("Waar lopen die lokale initiatieven op vast?") == {"stop"}
