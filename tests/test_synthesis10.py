"""Synthesis questions, session 10: a theme across subfacets, or a pair side by side, takes the
places of the nearest labelled question on the same theme or pair; a list of kinds in nouns is
cut into asks."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

from pactrag import examples, neighbours
from pactrag.config import Settings
from pactrag.embed import HashEmbedder
from pactrag.records import Chunk


def _chunk(n: int, section: str, subfacet: str, kind: str) -> Chunk:
    return Chunk(f"a-{n}", "t", "t", "a", "V", "", section, "t", "p", subfacet, "s", kind, 0, n, 0, 1)


def _index(tmp_path: Path, rows: list[dict]) -> SimpleNamespace:
    corpus = tmp_path / "corpus"
    corpus.mkdir(exist_ok=True)
    (corpus / examples.EXAMPLES_FILE).write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
    )
    chunks = [
        _chunk(0, "2.1.3.3", "2.1", "stop"),
        _chunk(1, "2.3.3.3", "2.3", "stop"),
        _chunk(2, "2.5.3.3", "2.5", "stop"),
    ]
    sections = [
        SimpleNamespace(report_id="a", section_id=c.section_id, subfacet_id=c.subfacet_id) for c in chunks
    ]
    settings = Settings(corpus_dir=corpus, index_dir=tmp_path / "index", cache_dir=tmp_path / "cache")
    return SimpleNamespace(
        settings=settings, embedder=HashEmbedder(), chunks=chunks, sections=sections, report_by_id={"a": 0}
    )


THEME = "het denken in hokjes binnen de besturen"
ROWS = [
    # a theme question: its sections lie in two subfacets
    {"report": "a", "question": THEME, "sections": ["2.1.3.3", "2.3.3.3"]},
    # a question of one subfacet, however close, names no theme's places
    {
        "report": "a",
        "question": "het denken in hokjes binnen de besturen van de dorpen",
        "sections": ["2.5.3.3"],
    },
]


def test_a_theme_takes_the_places_of_the_nearest_labelled_theme_question_when_it_is_close(tmp_path):
    index = _index(tmp_path, ROWS)
    near = neighbours.theme_neighbour(index, THEME)
    assert near is not None and near.sections == [("a", "2.1.3.3"), ("a", "2.3.3.3")]


def test_a_theme_far_from_every_labelled_theme_question_takes_no_places(tmp_path):
    index = _index(tmp_path, ROWS)
    assert neighbours.theme_neighbour(index, "zzz qqq xxx") is None
    assert neighbours.theme_neighbour(index, "") is None


def test_a_held_out_theme_question_names_no_places(tmp_path):
    index = _index(tmp_path, ROWS)
    examples.hold_out(index, [THEME])
    assert neighbours.theme_neighbour(index, THEME) is None


def test_a_request_for_kinds_in_nouns_is_cut_into_one_ask_per_kind():
    from pactrag.intent import asks

    texts, _ = asks(
        "Geef voor samenwerking tussen gemeenten de goede voorbeelden, de voorstellen en de randvoorwaarden over domeinen heen."
    )
    assert len(texts) == 3 and texts[1] == "de voorstellen"
    # a list the narrow rules read whole stays one ask, and so does a list of things, not kinds
    assert asks("Welke goede praktijken en drempels zijn er bij de dorpsraden?")[0] == ()
    assert asks("Geef de namen van de dorpen, de gemeenten en de provincies.")[0] == ()


def test_a_pair_takes_the_sections_of_a_close_labelled_question_with_several_sections(tmp_path):
    rows = [
        {
            "report": "a",
            "question": "hoe verdelen dorpsraad en gemeentebestuur de rollen",
            "sections": ["2.5.3.3", "2.3.3.3"],
        },
        {
            "report": "a",
            "question": "hoe verdelen dorpsraad en gemeentebestuur de taken",
            "sections": ["2.5.3.3"],
        },
    ]
    index = _index(tmp_path, rows)
    near = neighbours.pair_neighbour(index, rows[0]["question"])
    assert near is not None and near.sections == [("a", "2.5.3.3"), ("a", "2.3.3.3")]
    assert neighbours.pair_neighbour(index, "zzz qqq xxx") is None
