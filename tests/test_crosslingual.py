"""English questions compared with the report's sentences without their language part
(crosslingual.py)."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

from pactrag import crosslingual
from pactrag.examples import Example, Labelled


def test_english_and_dutch_questions_are_told_apart_by_their_function_words():
    assert crosslingual.is_english("What do people fear will be lost when municipalities merge?")
    assert crosslingual.is_english("Which barriers keep rural towns from working together?")
    assert not crosslingual.is_english("Wat vrezen burgers bij een gemeentefusie?")
    assert not crosslingual.is_english("Welke drempels zien de deelnemers voor regiodeals?")
    # words of both lists ("in", "is") count for neither; English names do not make it English
    assert not crosslingual.is_english("Is er in Water+Land+Schap een rol voor LEADER?")


def _index(monkeypatch, english: int, dutch: int) -> SimpleNamespace:
    # English questions lie along axis 0, Dutch ones along axis 1: the offset is e0 - e1
    rows = [Example("a", "What is the plan?", ("2.1.1",))] * english
    rows += [Example("a", "Wat is het plan?", ("2.1.1",))] * dutch
    vectors = np.array([[1.0, 0.0, 0.0]] * english + [[0.0, 1.0, 0.0]] * dutch)
    monkeypatch.setattr(crosslingual, "labelled", lambda index: Labelled(tuple(rows), vectors))
    return SimpleNamespace()


def test_an_english_question_loses_the_offset_between_english_and_dutch_questions(monkeypatch):
    index = _index(monkeypatch, 30, 30)
    query = np.array([0.8, 0.0, 0.6], dtype=np.float32)
    moved = crosslingual.shifted(index, "What is planned for the villages?", query)
    assert moved is not None and moved.dtype == np.float32
    assert np.isclose(np.linalg.norm(moved), 1.0, atol=1e-6)
    expected = np.array([-0.2, 1.0, 0.6]) / np.linalg.norm([-0.2, 1.0, 0.6])
    assert np.allclose(moved, expected, atol=1e-6)


def test_a_dutch_question_or_too_few_labelled_questions_leave_the_vector_alone(monkeypatch):
    index = _index(monkeypatch, 30, 30)
    query = np.array([0.8, 0.0, 0.6], dtype=np.float32)
    assert crosslingual.shifted(index, "Wat is er gepland voor de dorpen?", query) is None
    few = _index(monkeypatch, crosslingual.MIN_QUESTIONS - 1, 30)
    assert crosslingual.shifted(few, "What is planned for the villages?", query) is None


def test_retrieval_reads_the_sentences_with_the_shifted_vector_and_gates_votes_with_its_own(
    index, monkeypatch
):
    from pactrag import retrieve as retrieve_mod

    # the shifted vector points at one sentence of the last chunk that has sentences
    row = len(index.sentence_chunk) - 1
    target = index.sentence_vectors[row] / np.linalg.norm(index.sentence_vectors[row])
    monkeypatch.setattr(retrieve_mod, "language_shifted", lambda idx, q, v: target)
    seen: dict[str, object] = {}
    fuse = retrieve_mod._fuse

    def spy_fuse(idx, tokens, sims, best, *args, **kwargs):
        seen["best"] = np.asarray(best).copy()
        return fuse(idx, tokens, sims, best, *args, **kwargs)

    def spy_votes(idx, qvec, tokens, closest, names_kind=False, english=None):
        seen["closest"] = closest
        return None

    monkeypatch.setattr(retrieve_mod, "_fuse", spy_fuse)
    monkeypatch.setattr(retrieve_mod, "neighbour_prior", spy_votes)
    question = "What do people fear will be lost when municipalities merge?"
    qvec = index.embedder.embed_query(question)
    retrieve_mod.retrieve(index, question, 5, query_vector=qvec)
    assert int(np.argmax(seen["best"])) == int(index.sentence_chunk[row])
    own = retrieve_mod.best_sentence_scores(index, qvec)
    assert seen["closest"] == float(own.max())


def test_labelled_english_questions_lose_the_offset_and_dutch_ones_keep_their_vectors(monkeypatch):
    index = _index(monkeypatch, 30, 30)
    vectors = np.array([[1.0, 0.0, 0.0], [0.0, 0.6, 0.8]], dtype=np.float32)
    moved = crosslingual.without_language(index, ["What is the plan?", "Wat is het plan?"], vectors)
    assert moved.dtype == np.float32
    assert np.allclose(moved[0], crosslingual.shifted(index, "What is the plan?", vectors[0]))
    assert np.allclose(moved[1], vectors[1])
