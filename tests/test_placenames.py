"""Subfacet names learned from the labelled questions (session 12): a question that sets a theme
in two places named in words of its own ("intermunicipal cooperation", "the area-based approach")
is read as naming both; one learned name alone narrows nothing; a topic word the report uses, a
short unknown word and a frame word are no names."""

from __future__ import annotations

from types import SimpleNamespace

from pactrag import placenames
from pactrag.examples import Example
from pactrag.intent import Intent

TITLES = {
    "2.3": "Intergemeentelijke en interbestuurlijke samenwerking",
    "2.4": "Gebiedsgerichte en regionale aanpak",
    "2.5": "Gemeenschapskracht als hefboom",
}


def _index(monkeypatch, rows: list[tuple[str, tuple[str, ...], str]]) -> SimpleNamespace:
    data = SimpleNamespace(examples=tuple(Example("a", q, sections, source) for q, sections, source in rows))
    monkeypatch.setattr(placenames, "labelled", lambda index: data)
    monkeypatch.setattr(placenames, "subfacet_titles", lambda index: TITLES)
    monkeypatch.setattr(placenames, "per_held_out", lambda index, name, build, keep=True: build())
    chunk = SimpleNamespace(text="Vertrouwen tussen partners groeit traag. Gemeenten komen samen.")
    return SimpleNamespace(chunks=[chunk], idf={})


def _rows() -> list[tuple[str, tuple[str, ...], str]]:
    rows = []
    for n, writer in enumerate(["cold4", "cold5", "cold6", "cold7", "cold8", "cold9"]):
        rows.append((f"What blocks intermunicipal projects {n}?", ("2.3.3.3",), f"{writer}:q{n}"))
        rows.append(
            (f"How does vertrouwen grow in the area-based approach {n}?", ("2.4.3.2",), f"{writer}:r{n}")
        )
        rows.append((f"Where does come back young idea {n}?", ("2.5.3.1",), f"{writer}:s{n}"))
    return rows


def test_two_places_named_in_learned_words_are_both_read(monkeypatch) -> None:
    index = _index(monkeypatch, _rows())
    question = "How do subsidy rules come up in intermunicipal work and in the area-based approach?"
    assert placenames.places(question, index) == ("2.3", "2.4")
    intent = Intent(frozenset(), (), False, False, ("subsidy", "intermunicipal"))
    read = placenames.with_places(intent, question, index)
    assert read.subfacets == ("2.3", "2.4") and read.compare
    assert "intermunicipal" not in read.topic  # the place's name is no part of the theme


def test_one_learned_name_alone_narrows_nothing(monkeypatch) -> None:
    index = _index(monkeypatch, _rows())
    assert placenames.places("What do residents want from intermunicipal work?", index) == ()


def test_topic_words_short_words_and_frame_words_are_no_names(monkeypatch) -> None:
    names = placenames.learned_names(_index(monkeypatch, _rows()))
    assert names.get("intermunicipal") == "2.3" and names.get("area-based") == "2.4"
    assert "vertrouwen" not in names  # the report uses it: a topic that happened to live in 2.4
    assert "come" not in names  # an English verb the stop lists lack: too short for a name
    assert "idea" not in names  # too short as well
