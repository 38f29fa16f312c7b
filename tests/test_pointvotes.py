"""The nearest labelled questions vote for the sentences that held their answers (pointvotes.py)."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from types import SimpleNamespace

from pactrag import examples, pointvotes
from pactrag.config import Settings
from pactrag.embed import HashEmbedder
from pactrag.records import Chunk

SENTENCES = {
    "a-0": ["Kleine gemeenten missen personeel.", "• Elke euro moet aan een doel gelinkt worden."],
    "a-1": ["Quote: “Programmamanagers zijn veel tijd kwijt aan rechtvaardigen.”"],
    "a-2": ["De dorpsraad verbindt bewoners."],
}


def _chunk(n: int, section: str, subfacet: str, kind: str) -> Chunk:
    text = " ".join(SENTENCES[f"a-{n}"])
    return Chunk(f"a-{n}", text, text, "a", "V", "", section, "t", "p", subfacet, "s", kind, 0, n, 0, 1)


def _index(tmp_path: Path, rows: list[dict]) -> SimpleNamespace:
    """An index stand-in: three chunks of one report, each with its sentences."""
    corpus = tmp_path / "corpus"
    corpus.mkdir(exist_ok=True)
    (corpus / examples.EXAMPLES_FILE).write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
    )
    chunks = [
        _chunk(0, "2.4.3.3", "2.4", "stop"),
        _chunk(1, "2.4.3.3", "2.4", "stop"),
        _chunk(2, "2.5.3.1", "2.5", "continue"),
    ]
    settings = Settings(corpus_dir=corpus, index_dir=tmp_path / "index", cache_dir=tmp_path / "cache")
    embedder = HashEmbedder()
    return SimpleNamespace(
        settings=settings,
        embedder=embedder,
        chunks=chunks,
        report_by_id={"a": None},
        sentences=lambda chunk_id: [(s, embedder.embed_query(s)) for s in SENTENCES[chunk_id]],
    )


ROWS = [
    # the answer shares no word with its question: the fact says where it was answered
    {
        "report": "a",
        "question": "waarom zoveel papierwerk bij subsidies",
        "sections": ["2.4.3.3"],
        "facts": [["elke euro"], ["rechtvaardigen"]],
    },
    {"report": "a", "question": "wat doet een dorpsraad", "sections": ["2.5.3.1"], "facts": [["verbindt"]]},
    {"report": "a", "question": "wat gaat goed in het dorp", "sections": ["2.5.3.1"]},  # no facts: no vote
    {
        "report": "a",
        "question": "wie betaalt de burgemeester",
        "sections": [],
        "facts": [["nergens te vinden"]],
    },
]


def _votes(index, question: str) -> dict:
    return pointvotes.sentence_votes(index, index.embedder.embed_query(question))


def test_a_near_question_votes_for_the_sentences_that_hold_its_facts(tmp_path):
    index = _index(tmp_path, ROWS)
    votes = _votes(index, "Waarom is er zoveel papierwerk bij subsidies?")
    euro = ("a", "2.4.3.3", "Elke euro moet aan een doel gelinkt worden.")  # found without its bullet
    quote = ("a", "2.4.3.3", "Quote: “Programmamanagers zijn veel tijd kwijt aan rechtvaardigen.”")
    assert set(votes) >= {euro, quote}
    assert votes[euro] > votes.get(("a", "2.4.3.3", "Kleine gemeenten missen personeel."), 0.0)
    assert abs(sum(votes.values()) - 1.0) < 1e-9
    # the nearest question's two facts share its vote; the farther question votes far less
    assert votes[euro] == votes[quote] > votes[("a", "2.5.3.1", "De dorpsraad verbindt bewoners.")]


def test_one_question_s_votes_are_computed_once(tmp_path):
    # compose reads them for the choice of points, the first source's best point and the answering
    # point, hedge once more: the second read of the same vector is the first's result (the memo
    # once compared the vector's bytes with a sentence key the counting loop had rebound: never hit)
    index = _index(tmp_path, ROWS)
    first = _votes(index, "Waarom is er zoveel papierwerk bij subsidies?")
    assert _votes(index, "Waarom is er zoveel papierwerk bij subsidies?") is first
    other = _votes(index, "wat doet een dorpsraad")
    assert other is not first and other != first


def test_held_out_questions_cast_no_vote(tmp_path):
    index = _index(tmp_path, ROWS)
    held = copy.copy(index)
    examples.hold_out(held, [ROWS[0]["question"]])
    votes = _votes(held, "Waarom is er zoveel papierwerk bij subsidies?")
    assert set(votes) == {("a", "2.5.3.1", "De dorpsraad verbindt bewoners.")}


def test_no_labelled_facts_means_no_votes(tmp_path):
    # a question without facts, and one whose fact no sentence holds, vote for nothing
    index = _index(tmp_path, [ROWS[2], ROWS[3]])
    assert _votes(index, "wat gaat goed in het dorp") == {}


def test_a_fact_is_matched_as_the_eval_sets_match_it():
    # curly quotes count as straight ones, case and white space do not count
    assert pointvotes._folded("Het “Samenproject”  in  Neteland") == pointvotes._folded(
        'het "samenproject" in neteland'
    )
    assert pointvotes.sentence_key("•  Doorbreken van\nverkokering. ") == "Doorbreken van verkokering."


def test_examples_read_their_facts_and_refuse_empty_groups(tmp_path):
    path = tmp_path / "examples.jsonl"
    rows = [
        {"report": "a", "question": "q1", "sections": ["1"], "facts": [["x", "y"], ["z"]]},
        {"report": "a", "question": "q2", "sections": ["1"], "facts": [[]]},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    read, problems = examples.read_examples(path)
    assert [e.facts for e in read] == [(("x", "y"), ("z",))] and len(problems) == 1
