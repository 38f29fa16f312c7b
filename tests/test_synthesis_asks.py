"""Synthesis questions (session 8): each ask's kind read by meaning, short lead lines per ask."""

from pactrag import messages as M
from pactrag.compose import ask_intro, ask_leads, read_ask_kinds
from pactrag.intent import analyse
from pactrag.retrieve import subfacet_titles


def _sections(result):
    return {c.section_id for c in result.citations}


def test_asks_in_everyday_words_set_two_kinds_side_by_side(assistant):
    # neither "werken al goed" (plural) nor "nog moeilijk" is a kind to the intent rules: the
    # asks' own readings make it the practices and the barriers of one subfacet
    result = assistant.ask(
        "Welke dorpsinitiatieven werken al goed, en wat maakt burgerparticipatie in dorpen nog moeilijk?"
    )
    assert {"2.5.3.1", "2.5.3.3"} <= _sections(result)


def test_an_ask_the_kind_model_reads(index):
    # "gelden als geslaagd" names no kind in words; the example kind model reads the ask
    question = "Welke initiatieven tussen gemeenten gelden als geslaagd, en waarom dreigen zulke projecten toch te verdwijnen?"
    intent = analyse(question, subfacet_titles(index), index.idf)
    read = read_ask_kinds(question, intent, index)
    assert frozenset().union(*read.values()) >= {"continue", "stop"}


def test_actor_asks_are_not_read_as_kinds(index):
    # an actor's ask reads as Aanvullingen to the kind model; its sibling names no kind
    question = "Wat wordt er van burgers verwacht en wat van het bestuur wanneer ze samen aan beleid werken?"
    assert read_ask_kinds(question, analyse(question, subfacet_titles(index), index.idf), index) == {}


def test_asks_about_a_thing_whose_words_name_no_kind_are_not_read_as_kinds(index):
    # each ask alone reads as some kind to the model ("start", "aanvullingen"), but the question
    # asks what a named thing is and why it comes up: answered from where the report names it
    question = "What are the Dutch 'Regiodeals' and why are they brought up?"
    assert read_ask_kinds(question, analyse(question, subfacet_titles(index), index.idf), index) == {}


def test_a_theme_across_subfacets_is_not_read_as_kinds(index):
    question = "Hoe komt het capaciteitsprobleem van kleine gemeenten terug in de verschillende subfacetten, en wat houdt het tegen?"
    assert read_ask_kinds(question, analyse(question, subfacet_titles(index), index.idf), index) == {}


def test_lead_lines_leave_out_the_question_the_asks_share():
    asks = [
        "Welke rol speelt vertrouwen tussen partners, bij samenwerking tussen besturen",
        "Welke rol speelt vertrouwen tussen partners, bij de gebiedsgerichte aanpak?",
    ]
    assert [ask_intro(a) for a in ask_leads(asks)] == [
        M.PLACE_INTRO.format(place="Bij samenwerking tussen besturen"),
        M.PLACE_INTRO.format(place="Bij de gebiedsgerichte aanpak"),
    ]


def test_lead_lines_leave_out_a_subject_set_before_the_question():
    asks = [
        "De band tussen een centrumstad en de dorpen: wat loopt vandaag al goed",
        "wat wil men uitrollen?",
    ]
    assert ask_leads(asks) == ["wat loopt vandaag al goed", "wat wil men uitrollen?"]


def test_asks_that_share_no_clause_keep_their_words():
    asks = ["Wat wordt er van de lokale besturen verwacht", "wat van de Vlaamse overheid?"]
    assert ask_leads(asks) == asks


def test_a_separable_verb_around_a_long_subject_is_a_barrier():
    from pactrag.followup import asked_kinds

    assert "stop" in asked_kinds("Waar loopt de samenwerking tussen stad en platteland vast")
    assert "stop" not in asked_kinds("Welke projecten lopen, en welke vaste financiering is er?")


def test_the_lead_names_every_subfacet_the_asks_brought_in(assistant):
    # an ask may add another subfacet's section after the lead was composed: the lead says so
    result = assistant.ask(
        "Welke samenwerkingen tussen steden en dorpen lopen al goed, en wat maakt het nog lastig?"
    )
    subfacets = {c.section_id[:3] for c in result.citations}
    lead = result.answer.splitlines()[0]
    assert len(subfacets) == 1 or "In het subfacet" not in lead, lead


def test_a_tension_question_is_answered_from_its_sides_not_its_frame(assistant):
    # "spanning" and "zien" frame the relation; as theme words they drew six sections
    result = assistant.ask(
        "Eigenbelang tegenover samenwerking: welke spanning zien de deelnemers bij gemeenten?"
    )
    assert "2.3.3.3" in _sections(result) and len(_sections(result)) <= 3, result.answer
