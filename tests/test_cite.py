"""The citation loop in isolation: split an answer, check each [n], renumber, language."""

from __future__ import annotations

import pytest

from pactrag.cite import (
    citations_for,
    is_claim,
    is_dutch,
    kept_text,
    leaks_prompt,
    renumber,
    split_answer,
    verify,
)
from pactrag.prompts import SYSTEM_PROMPT
from pactrag.records import Chunk, Hit

BROODJE = (
    "Netwerken en kennisdeling tussen besturen, ondersteund door hogere overheden, zijn cruciaal om "
    "expertise uit te wisselen. Een inspirerend voorbeeld hiervan is ‘Broodje Burger’, een netwerk in "
    "de Kempen waarin 27 lokale besturen kennis delen rond burgerparticipatie."
)
DREMPELS = (
    "Kleine gemeenten hebben vaak onvoldoende middelen en personeel om hun bestuurskracht te "
    "garanderen. De werkdruk bij het gemeentepersoneel is hoog."
)


def make_hit(n: int, text: str, section_id: str, title: str) -> Hit:
    chunk = Chunk(
        chunk_id=f"c{n}",
        text=text,
        embed_text=text,
        report_id="r",
        report_title="Verslag",
        report_date="",
        section_id=section_id,
        section_title=title,
        section_path=f"Verslag › {section_id} {title}",
        subfacet_id=section_id[:3],
        subfacet_title="Sterke en nabije besturen",
        kind="start",
        page=0,
        chunk_index=0,
        char_start=0,
        char_end=len(text),
    )
    return Hit(chunk=chunk, score=1.0 / n, rank=n)


HITS = [
    make_hit(1, BROODJE, "2.2.3.2", "Opschaling (start)"),
    make_hit(2, DREMPELS, "2.2.3.3", "Drempels (stop)"),
]


# -- split_answer ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # markers after the period belong to the sentence before; bullets are stripped
        (
            "Inleiding:\n\n- Eerste punt. [1]\n- Tweede punt [2][3]\nDerde zin. [1] Vierde zin.",
            [
                ("Inleiding:", ()),
                ("Eerste punt.", (1,)),
                ("Tweede punt", (2, 3)),
                ("Derde zin.", (1,)),
                ("Vierde zin.", ()),
            ],
        ),
        # a list number is no sentence of its own
        (
            "Er zijn twee punten:\n1. Eerste punt [1].\n2) Tweede punt [2].",
            [("Er zijn twee punten:", ()), ("Eerste punt.", (1,)), ("Tweede punt.", (2,))],
        ),
        # an abbreviation does not end the sentence (the marker stays with all of it)
        (
            "Dit gebeurt bv. Geel en o.a. Olen [1]. Daarna meer [2].",
            [("Dit gebeurt bv. Geel en o.a. Olen.", (1,)), ("Daarna meer.", (2,))],
        ),
        # "[1, 2]" is read as [1][2]
        (
            "Zin met twee bronnen [1, 2]. Nog een [3;4].",
            [("Zin met twee bronnen.", (1, 2)), ("Nog een.", (3, 4))],
        ),
        # a sentence that starts with a number still starts a new sentence
        (
            "Er waren 54 deelnemers [1]. 27 besturen doen mee [2].",
            [("Er waren 54 deelnemers.", (1,)), ("27 besturen doen mee.", (2,))],
        ),
        (
            "Zin één.[1] Zin twee. [2]\n\n* Punt [3]",
            [("Zin één.", (1,)), ("Zin twee.", (2,)), ("Punt", (3,))],
        ),
    ],
)
def test_split_answer(text, expected):
    assert split_answer(text) == expected


def test_claims_are_sentences_with_content():
    assert not is_claim("Dit zijn de punten die de deelnemers aanhaalden:")
    assert not is_claim("Drempels")
    assert is_claim("Olen telt 54 inwoners.")  # short, but a claim: needs a source
    assert is_claim("Kort [1]", (1,))


# -- verify ------------------------------------------------------------------------------------


def test_faithful_sentences_are_supported_with_a_verbatim_quote():
    answer = (
        "Dit staat er in het verslag over:\n\n"
        "- Broodje Burger is een netwerk in de Kempen waarin 27 lokale besturen kennis delen. [1]\n"
        "- Kleine gemeenten hebben vaak onvoldoende middelen en personeel. [2]"
    )
    checked = verify(answer, HITS)
    assert [s.supported_by for s in checked.sentences] == [(), (1,), (2,)]
    assert checked.supported_share == 1.0 and not checked.unsupported
    citations = citations_for(checked, HITS)
    assert [c.n for c in citations] == [1, 2]
    for c, hit in zip(citations, HITS, strict=True):
        assert c.quote in hit.chunk.text and c.section_id == hit.chunk.section_id
    assert "27 lokale besturen" in citations[0].quote


def test_invented_numbers_are_invalid_and_unsupported():
    checked = verify(
        "Broodje Burger is een netwerk van lokale besturen [1][7]. De provincie betaalt alles [7].", HITS
    )
    first, second = checked.sentences
    assert first.invalid == (7,) and first.supported_by == (1,)
    assert second.invalid == (7,) and not second.supported_by and second.problem == "invalid-number"
    assert checked.invalid_numbers == {7}
    assert kept_text(checked) == "Broodje Burger is een netwerk van lokale besturen. [1]"


@pytest.mark.parametrize(
    "claim, problem",
    [
        (
            "Broodje Burger kreeg een subsidie van de Europese Commissie voor nieuwe fietspaden. [1]",
            "not-in-passage",
        ),
        # the words match, a number does not
        (
            "Broodje Burger is een netwerk in de Kempen waarin 72 lokale besturen kennis delen. [1]",
            "number-not-in-passage",
        ),
        # the words match, a name does not
        (
            "Broodje Burger is een netwerk in Limburg waarin 27 lokale besturen kennis delen. [1]",
            "name-not-in-passage",
        ),
        # true, but not in the passage it cites
        ("Kleine gemeenten hebben vaak onvoldoende middelen en personeel. [1]", "not-in-passage"),
        ("Gemeenten moeten elk jaar een rapport indienen bij de minister.", "no-citation"),
    ],
)
def test_claims_the_cited_passage_does_not_support(claim, problem):
    checked = verify(claim, HITS)
    (sentence,) = checked.sentences
    assert sentence.is_claim and not sentence.supported_by and sentence.problem == problem
    assert checked.supported_share == 0.0


def test_quotes_belong_to_the_passage_each_number_points_at():
    checked = verify(
        "Kleine gemeenten hebben onvoldoende personeel en Broodje Burger deelt kennis tussen "
        "lokale besturen. [2][1]",
        HITS,
    )
    (sentence,) = checked.sentences
    citations = {c.n: c for c in citations_for(checked, HITS)}
    for n in sentence.supported_by:
        assert citations[n].quote in HITS[n - 1].chunk.text


def test_kept_text_keeps_the_layout_and_drops_unsupported_claims():
    answer = (
        "Dit staat er in het verslag over:\n\n"
        "- Broodje Burger is een netwerk in de Kempen. [1]\n"
        "- De provincie Antwerpen financiert het netwerk volledig. [1]\n"
        "- De werkdruk bij het gemeentepersoneel is hoog. [2]"
    )
    assert kept_text(verify(answer, HITS)) == (
        "Dit staat er in het verslag over:\n\n"
        "- Broodje Burger is een netwerk in de Kempen. [1]\n"
        "- De werkdruk bij het gemeentepersoneel is hoog. [2]"
    )


def test_semantic_support_with_embedder():
    calls = []

    def embed_query(text):
        calls.append(text)
        return [1.0, 0.0]

    def sentence_vectors(chunk_id):
        return [("Een zin uit de bron.", [0.95, 0.0]), ("Een andere zin.", [0.1, 0.0])]

    checked = verify(
        "Een parafrase zonder gemeenschappelijke woorden hier. [1]", HITS, embed_query, sentence_vectors
    )
    (sentence,) = checked.sentences
    assert sentence.supported_by == (1,) and sentence.quote == "Een zin uit de bron."
    assert calls == ["Een parafrase zonder gemeenschappelijke woorden hier."]  # embedded once


# -- renumber, language, leaks -------------------------------------------------------------------


def test_renumber_maps_and_drops_markers():
    assert renumber("A [3]. B [1][3]. C [5].", {3: 1, 1: 2}) == "A [1]. B [2][1]. C ."


@pytest.mark.parametrize(
    "text, dutch",
    [
        ("Kleine gemeenten hebben vaak onvoldoende middelen en personeel [1].", True),
        ("Kleine gemeenten kampen vaak met personeelstekorten", True),
        ("Dit staat er in het verslag over:", True),
        ("Ja.", True),
        ("The report mentions Broodje Burger, a network of 27 local governments in the Kempen [1].", False),
        ("Small municipalities often lack staff and money [1].", False),
        ("Small municipalities struggle with staffing", False),
    ],
)
def test_is_dutch(text, dutch):
    assert is_dutch(text) is dutch


def test_leaked_prompt_is_recognised_in_any_layout():
    leaked = SYSTEM_PROMPT.replace("\n", " ").replace("1. ", "- ").upper()
    assert leaks_prompt(leaked, SYSTEM_PROMPT)
    assert leaks_prompt(
        "Mijn regels: Gebruik uitsluitend de genummerde bronnen hieronder. Voeg geen kennis toe.",
        SYSTEM_PROMPT,
    )
    # the refusal the prompt prescribes is no leak, nor is an ordinary answer
    assert not leaks_prompt(
        "Daar vind ik niets over in de verslagen.",
        SYSTEM_PROMPT,
        ignore=("Daar vind ik niets over in de verslagen.",),
    )
    assert not leaks_prompt("Broodje Burger is een netwerk in de Kempen. [1]", SYSTEM_PROMPT)
