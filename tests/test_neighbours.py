"""The nearest labelled questions vote for their sections (neighbours.py)."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from types import SimpleNamespace

import numpy as np

from pactrag import examples, neighbours
from pactrag.config import Settings
from pactrag.embed import HashEmbedder
from pactrag.lexical import tokenize
from pactrag.records import Chunk


def _chunk(n: int, report: str, section: str, subfacet: str, kind: str) -> Chunk:
    return Chunk(
        f"{report}-{n}", "t", "t", report, "V", "", section, "t", "p", subfacet, "s", kind, 0, n, 0, 1
    )


def _index(tmp_path: Path, rows: list[dict]) -> SimpleNamespace:
    """An index stand-in: two reports on the same template (two chunks in one section of a),
    examples about the first only."""
    corpus = tmp_path / "corpus"
    corpus.mkdir(exist_ok=True)
    (corpus / examples.EXAMPLES_FILE).write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
    )
    chunks = [
        _chunk(0, "a", "2.1.3.1", "2.1", "continue"),
        _chunk(1, "a", "2.1.3.3", "2.1", "stop"),
        _chunk(2, "a", "2.1.3.3", "2.1", "stop"),
        _chunk(3, "a", "2.2.3.3", "2.2", "stop"),
        _chunk(4, "b", "2.1.3.3", "2.1", "stop"),
    ]
    settings = Settings(corpus_dir=corpus, index_dir=tmp_path / "index", cache_dir=tmp_path / "cache")
    return SimpleNamespace(
        settings=settings, embedder=HashEmbedder(), chunks=chunks, report_by_id={"a": 0, "b": 0}
    )


ROWS = [
    {"report": "a", "question": "waarom haken kleine gemeenten af bij oproepen", "sections": ["2.1.3.3"]},
    {"report": "a", "question": "wat gaat goed in het dorp", "sections": ["2.1.3.1"]},
    {"report": "a", "question": "te weinig personeel bij het loket", "sections": ["2.2.3.3"]},
    {"report": "a", "question": "wat kost een dorpsraad", "sections": []},
]


def _prior(index, question: str) -> np.ndarray | None:
    return neighbours.chunk_prior(index, index.embedder.embed_query(question), tokenize(question))


def test_a_question_in_another_writers_words_is_pulled_to_the_section_its_nearest_question_has(tmp_path):
    index = _index(tmp_path, ROWS)
    prior = _prior(index, "Waarom haken kleinere gemeenten af?")
    assert prior is not None
    # both chunks of the section the near question is labelled with get the same, strongest pull
    assert prior[1] == prior[2] == prior.max() > 0
    # a section no near question is labelled with is pushed below the even share …
    assert prior[3] < 0
    # … and the same section number in another report is another section: no pull there
    assert prior[4] < 0


def test_a_shared_word_alone_is_a_vote_the_vectors_may_miss(tmp_path, monkeypatch):
    index = _index(tmp_path, ROWS)
    monkeypatch.setattr(neighbours, "DENSE_WEIGHT", 0.0)
    prior = _prior(index, "personeel")
    assert prior is not None and int(np.argmax(prior)) == 3
    # no word shared with any labelled question and no vector vote: nothing at all
    assert not _prior(index, "zzz").any()


def test_held_out_questions_cast_no_vote(tmp_path):
    index = _index(tmp_path, ROWS)
    held = copy.copy(index)
    examples.hold_out(held, [ROWS[0]["question"]])
    near = neighbours.neighbours(held)
    assert near is not None and len(near.vectors) == 2  # the unlabelled out-of-scope row never votes
    assert len(neighbours.neighbours(index).vectors) == 3


def test_a_question_in_the_reports_own_words_gets_no_vote(tmp_path):
    # the report's sentences: one in exactly the words of the question below
    index = _index(tmp_path, ROWS)
    question = "Waarom haken kleinere gemeenten af?"
    index.sentence_vectors = np.vstack(
        [index.embedder.embed_query(question), index.embedder.embed_query("xyz")]
    )
    closest = float(index.sentence_vectors[0] @ index.embedder.embed_query(question))
    vector = index.embedder.embed_query(question)
    assert neighbours.chunk_prior(index, vector, tokenize(question), closest) is None
    # a question farther from every sentence than most labelled questions is voted on
    assert neighbours.chunk_prior(index, vector, tokenize(question), -1.0) is not None


def test_a_question_naming_its_kind_gets_a_share_of_the_votes(tmp_path):
    # its words say the kind; its neighbours, by topic words, may be of another kind
    index = _index(tmp_path, ROWS)
    question = "Welke goede praktijken haken kleinere gemeenten af?"
    vector, tokens = index.embedder.embed_query(question), tokenize(question)
    full = neighbours.chunk_prior(index, vector, tokens)
    shared = neighbours.chunk_prior(index, vector, tokens, names_kind=True)
    assert full is not None and shared is not None
    assert np.allclose(shared, neighbours.NAMED_KIND_SHARE * full)


def test_no_labelled_questions_means_no_votes(tmp_path):
    index = _index(tmp_path, [ROWS[3]])
    assert _prior(index, "wat kost een dorpsraad") is None


def _bilingual(monkeypatch, index) -> None:
    """Labelled questions in a space of four axes: English (0), Dutch (1), topic A (2), topic B (3).
    English questions are all about topic A (section 2.1.3.3); Dutch ones about A and about B
    (section 2.2.3.3)."""
    from pactrag import crosslingual

    def vec(*v: float) -> np.ndarray:
        x = np.array(v, dtype=np.float64)
        return x / np.linalg.norm(x)

    rows = [examples.Example("a", f"What about topic a {n}?", ("2.1.3.3",)) for n in range(20)]
    rows += [examples.Example("a", f"Wat over onderwerp a {n}?", ("2.1.3.3",)) for n in range(20)]
    rows += [examples.Example("a", f"Wat over onderwerp b {n}?", ("2.2.3.3",)) for n in range(20)]
    vectors = np.array([vec(1, 0, 0.5, 0)] * 20 + [vec(0, 1, 0.5, 0)] * 20 + [vec(0, 1, 0, 0.5)] * 20)
    data = examples.Labelled(tuple(rows), vectors)
    monkeypatch.setattr(neighbours, "labelled", lambda idx: data)
    monkeypatch.setattr(crosslingual, "labelled", lambda idx: data)


def test_an_english_question_is_voted_on_by_questions_on_its_topic_not_in_its_language(tmp_path, monkeypatch):
    # by its raw vector an English question about topic B is nearest to the English questions
    # (about A); without the language part it is nearest to the Dutch questions about B
    from pactrag import crosslingual

    index = _index(tmp_path, ROWS)
    _bilingual(monkeypatch, index)
    question = "What about topic b?"
    query = np.array([1, 0, 0, 0.5]) / np.linalg.norm([1, 0, 0, 0.5])
    english = crosslingual.shifted(index, question, query.astype(np.float32))
    assert english is not None
    prior = neighbours.chunk_prior(index, query, tokenize(question), english=english)
    assert prior is not None and int(np.argmax(prior)) == 3  # 2.2.3.3, not 2.1.3.3


def test_an_english_question_casts_no_vote_by_its_english_words(tmp_path, monkeypatch):
    # its stems are English words that only other English questions share, function words first
    from pactrag import crosslingual

    index = _index(tmp_path, ROWS)
    _bilingual(monkeypatch, index)
    monkeypatch.setattr(neighbours, "DENSE_WEIGHT", 0.0)
    question = "What about topic a 3?"
    query = np.array([1, 0, 0.5, 0]) / np.linalg.norm([1, 0, 0.5, 0])
    assert neighbours.chunk_prior(index, query, tokenize(question)).max() > 0  # read as Dutch: a vote
    english = crosslingual.shifted(index, question, query.astype(np.float32))
    prior = neighbours.chunk_prior(index, query, tokenize(question), english=english)
    assert prior is not None and not prior.any()
