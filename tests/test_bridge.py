"""The word bridge learned from the labelled questions (bridge.py)."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import numpy as np

from pactrag import bridge, examples
from pactrag.config import Settings
from pactrag.embed import HashEmbedder
from pactrag.lexical import BM25Index, tokenize
from pactrag.records import Chunk
from pactrag.retrieve import read_question


def test_a_question_stem_asked_of_two_sections_aligns_to_the_stem_they_share():
    # "farmer" is asked of both sections; only "landbouw" is in both, so EM puts its alignments
    # there rather than on either section's own words
    sections = [["landbouw", "water", "beek"], ["landbouw", "fusie", "gemeent"]]
    questions = [["farmer"], ["farmer"], ["farmer"], ["farmer"]]
    gold = [[0], [1], [0], [1]]
    doc_terms, q_terms, table, aligned = bridge.fit_translation(questions, gold, sections)
    column = aligned[:, q_terms["farmer"]]
    assert int(np.argmax(column[:-1])) == doc_terms["landbouw"]
    assert np.allclose(table.sum(1), 1.0)


def test_the_expansion_skips_known_stems_null_and_itself():
    sections = [["landbouw", "water"], ["landbouw", "fusie"]]
    questions = [["farmer", "water"], ["farmer", "water"], ["farmer"], ["farmer"]]
    gold = [[0], [0], [1], [1]]
    doc_terms, q_terms, _table, aligned = bridge.fit_translation(questions, gold, sections)
    found = bridge.expansions(doc_terms, q_terms, aligned, lambda t: t in doc_terms)
    assert set(found) == {"farmer"}  # "water" is a report stem: BM25 matches it already
    words = [w for w, _share in found["farmer"]]
    assert words[0] == "landbouw" and "farmer" not in words
    assert all(0 < share <= 1 for _w, share in found["farmer"])


def test_a_stem_of_one_labelled_question_is_not_in_the_table():
    _doc, q_terms, _table, _aligned = bridge.fit_translation(
        [["farmer"], ["farmer"], ["tractor"]], [[0], [0], [0]], [["landbouw"]]
    )
    assert "farmer" in q_terms and "tractor" not in q_terms


def _chunk(n: int, section: str, text: str) -> Chunk:
    return Chunk(f"a-{n}", text, text, "a", "V", "", section, "t", "p", "2.1", "s", "stop", 0, n, 0, 1)


def _index(tmp_path: Path, rows: list[dict]) -> SimpleNamespace:
    corpus = tmp_path / "corpus"
    corpus.mkdir(exist_ok=True)
    (corpus / examples.EXAMPLES_FILE).write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
    )
    chunks = [
        _chunk(0, "2.1.3.1", "De landbouwers werken samen rond water en beken."),
        _chunk(1, "2.1.3.3", "De fusie van gemeenten vraagt aandacht voor de identiteit."),
    ]
    settings = Settings(corpus_dir=corpus, index_dir=tmp_path / "index", cache_dir=tmp_path / "cache")
    bm25 = BM25Index.build([c.text for c in chunks])
    return SimpleNamespace(
        settings=settings,
        embedder=HashEmbedder(),
        chunks=chunks,
        report_by_id={"a": 0},
        bm25=bm25,
        vocabulary=bm25.vocabulary,
        column=lambda name: np.array([getattr(c, name) for c in chunks]),
    )


ROWS = [
    {"report": "a", "question": "What do farmers do about water?", "sections": ["2.1.3.1"]},
    {"report": "a", "question": "How do farmers cooperate?", "sections": ["2.1.3.1"]},
    {"report": "a", "question": "Why do towns merge?", "sections": ["2.1.3.3"]},
    {"report": "a", "question": "What do towns lose in a merger?", "sections": ["2.1.3.3"]},
]


def test_the_bridge_is_fitted_without_the_held_out_questions(tmp_path):
    index = _index(tmp_path, ROWS)
    farmer = tokenize("farmers")[0]
    assert farmer in bridge.bridge(index).expansions
    examples.hold_out(index, [ROWS[0]["question"], ROWS[1]["question"]])
    held = bridge.bridge(index)
    assert held is None or farmer not in held.expansions


def test_a_question_in_words_the_report_does_not_use_gets_bm25_mass_through_the_bridge(tmp_path):
    index = _index(tmp_path, ROWS)
    question = "Which farmers were mentioned?"  # no stem of it is in the report
    assert not index.bm25.scores(tokenize(question)).any()
    extra = bridge.expanded_lexical(index, tokenize(question))
    assert extra is not None and int(np.argmax(extra)) == 0


def test_a_question_in_the_reports_own_words_is_not_expanded_and_does_not_wait_for_the_fit(
    tmp_path, monkeypatch
):
    index = _index(tmp_path, ROWS)
    words = sorted(index.vocabulary)[:3]  # stems the report uses

    def no_fit(_index):
        raise AssertionError("the bridge was fitted for a question without an unknown stem")

    monkeypatch.setattr(bridge, "bridge", no_fit)
    assert bridge.expanded_lexical(index, words) is None


def test_retrieval_reads_the_question_with_the_bridge_beside_its_own_words(index):
    question = "What did the farmers say?"
    tokens = tokenize(question)
    reading = read_question(index, question)
    extra = bridge.expanded_lexical(index, tokens)
    assert extra is not None and extra.any()
    assert reading.expansion is not None and np.allclose(reading.expansion, extra)
    # BM25 of the question's own words stays apart: its ranks feed abstention's agreement check
    assert reading.lexical is not None and np.allclose(reading.lexical, index.bm25.scores(tokens))


def test_the_expansion_moves_the_fused_score_but_not_the_bm25_ranks(index):
    from pactrag.retrieve import _fuse

    tokens = tokenize("Wat zeggen de landbouwers over water?")
    lexical = index.bm25.scores(tokens)
    target = int(np.argmin(lexical))  # a chunk the question's own words do not match
    assert lexical[target] == 0
    expansion = np.zeros(len(index.chunks))
    expansion[target] = 10 * float(lexical.max())
    sims = np.zeros(len(index.sentence_chunk), dtype=np.float32)
    best = np.full(len(index.chunks), -1.0)
    n = len(index.chunks)
    args = (index, tokens, sims, best, [], lexical, None, (0.0, 0.0, 1.0), set(), None, n)
    plain, _, plain_ranks = _fuse(*args)
    bridged, _, bridged_ranks = _fuse(*args, expansion=expansion)
    chunk_id = index.chunks[target].chunk_id
    assert bridged[chunk_id] > plain[chunk_id]
    assert bridged_ranks == plain_ranks and chunk_id not in bridged_ranks
