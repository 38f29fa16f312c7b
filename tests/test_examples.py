"""The labelled example questions (corpus/examples.jsonl) and the retrieval prior fitted on them."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

from pactrag import examples
from pactrag.config import Settings
from pactrag.corpus import discover
from pactrag.embed import HashEmbedder
from pactrag.evals.sets import TUNING_SETS
from pactrag.records import Chunk


def _chunk(n: int, report: str, section: str, subfacet: str, kind: str, text: str) -> Chunk:
    return Chunk(
        f"{report}-{n}", text, text, report, "V", "", section, "t", "p", subfacet, "s", kind, 0, n, 0, 1
    )


def _index(tmp_path: Path, rows: list[dict]) -> SimpleNamespace:
    """An index stand-in: two reports on the same template, examples about the first only."""
    corpus = tmp_path / "corpus"
    corpus.mkdir(exist_ok=True)
    (corpus / examples.EXAMPLES_FILE).write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
    )
    chunks = [
        _chunk(0, "a", "2.1.3.1", "2.1", "continue", "dorpsraad werkt goed"),
        _chunk(1, "a", "2.1.3.3", "2.1", "stop", "regels houden tegen"),
        _chunk(2, "a", "2.2.3.1", "2.2", "continue", "loket dichtbij"),
        _chunk(3, "a", "2.2.3.3", "2.2", "stop", "te weinig personeel"),
        _chunk(4, "b", "2.1.3.1", "2.1", "continue", "boerenmarkt"),
        _chunk(5, "b", "2.1.3.3", "2.1", "stop", "versnippering"),
    ]
    settings = Settings(corpus_dir=corpus, index_dir=tmp_path / "index", cache_dir=tmp_path / "cache")
    return SimpleNamespace(
        settings=settings, embedder=HashEmbedder(), chunks=chunks, report_by_id={"a": None, "b": None}
    )


ROWS = [
    {"report": "a", "question": "wat houdt de buurt tegen bij plannen", "sections": ["2.1.3.3"]},
    {"report": "a", "question": "wat houdt gemeenten tegen bij personeel", "sections": ["2.2.3.3"]},
    {"report": "a", "question": "wat gaat goed in het dorp", "sections": ["2.1.3.1"]},
    {"report": "a", "question": "wat gaat goed aan het loket", "sections": ["2.2.3.1"]},
    {"report": "a", "question": "hoeveel kost een dorpsraad", "sections": []},
]


def test_read_examples_skips_a_bad_line_with_a_message_and_keeps_the_rest(tmp_path):
    path = tmp_path / "examples.jsonl"
    path.write_text('{"report": "a", "question": "q?", "sections": ["1"]}\nnot json\n{"question": "x"}\n')
    rows, problems = examples.read_examples(path)
    assert [r.question for r in rows] == ["q?"]
    assert len(problems) == 2 and problems[0].startswith("regel 2 overgeslagen")
    assert examples.read_examples(tmp_path / "none.jsonl") == ([], [])


def test_the_examples_file_is_no_report_of_the_corpus(tmp_path):
    (tmp_path / examples.EXAMPLES_FILE).write_text("{}\n")
    files, problems = discover([tmp_path])
    assert files == [] and problems == []


def test_a_question_like_the_barrier_examples_is_pulled_to_barrier_sections_of_every_report(tmp_path):
    index = _index(tmp_path, ROWS)
    prior = examples.chunk_prior(index, index.embedder.embed_query("wat houdt de buurt tegen"))
    assert prior is not None
    kinds = [c.kind for c in index.chunks]
    # report a has examples: its barrier section of the matching subfacet gets the strongest pull
    assert int(np.argmax(prior)) == 1
    # report b has none: only the kind part reaches it, the same for both of its stop chunks …
    # … and more for its stop chunk than for its continue chunk
    assert prior[5] > prior[4]
    assert kinds[5] == "stop"


def test_held_out_questions_are_left_out_of_the_model(tmp_path):
    index = _index(tmp_path, ROWS)
    assert len(examples.labelled(index).examples) == 5
    held = copy.copy(index)
    examples.hold_out(held, ["Wat houdt de buurt  tegen bij plannen"])  # case and spaces do not matter
    assert [e.question for e in examples.labelled(held).examples if "buurt" in e.question] == []
    assert len(examples.labelled(index).examples) == 5  # the original index is untouched


def test_examples_about_unknown_sections_or_reports_are_skipped(tmp_path):
    rows = ROWS + [
        {"report": "a", "question": "ergens anders", "sections": ["9.9"]},
        {"report": "zz", "question": "ander verslag", "sections": ["2.1.3.1"]},
    ]
    index = _index(tmp_path, rows)
    assert {e.question for e in examples.labelled(index).examples} == {r["question"] for r in ROWS}


def test_no_examples_file_means_no_prior(tmp_path):
    index = _index(tmp_path, [])
    (index.settings.corpus_dir / examples.EXAMPLES_FILE).unlink()
    assert examples.chunk_prior(index, index.embedder.embed_query("wat houdt tegen")) is None


def test_the_vectors_are_kept_in_the_cache_so_a_second_fit_embeds_nothing(tmp_path, monkeypatch):
    index = _index(tmp_path, ROWS)
    assert examples.warm(index.settings, index.embedder) == (5, [])
    calls = []
    monkeypatch.setattr(
        HashEmbedder, "embed_queries", lambda self, t: calls.append(t) or np.zeros((len(t), 256))
    )
    again = _index(tmp_path, ROWS)
    assert examples.labelled(again) is not None and calls == []


@pytest.mark.parametrize("bad", ['{"report": "a", "question": "", "sections": []}'])
def test_an_empty_question_is_a_problem_not_an_example(tmp_path, bad):
    path = tmp_path / "e.jsonl"
    path.write_text(bad + "\n")
    rows, problems = examples.read_examples(path)
    assert rows == [] and "lege vraag" in problems[0]


def test_an_eval_leaves_out_its_own_questions(built_settings, index, tmp_path, monkeypatch):
    from pactrag.evals import run

    held: list[list[str]] = []
    monkeypatch.setattr(run, "hold_out", lambda idx, qs: held.append(list(qs)))
    whole = run.load_gold(run.find_set("v1"))
    chosen = [i for i in whole if i.id == "q001"]
    gate = tmp_path / "gate.toml"
    gate.write_text("")
    with open(tmp_path / "log", "w") as log:
        run.run_eval(
            built_settings,
            "v1",
            tmp_path,
            reference=False,
            llm_check=False,
            index=index,
            items=chosen,
            thresholds_path=gate,
            out=log,
        )
    assert len(held) == 1 and {i.question for i in whole} <= set(held[0])


def test_the_bundled_examples_are_up_to_date_and_hold_no_held_out_question():
    """corpus/examples.jsonl is what scripts/make_examples.py writes from the tuning sets, and no
    question of a held-out split (v2 test, fresh test) or of a set never tuned on is in it unless
    a tuning set asks it too."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    done = subprocess.run(
        [sys.executable, "scripts/make_examples.py", "--check"], cwd=root, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr
    bundled, problems = examples.read_examples(root / "corpus" / examples.EXAMPLES_FILE)
    assert not problems and len(bundled) > 500
    asked = {" ".join(e.question.lower().split()) for e in bundled}
    held_out, tuned_texts = [], set()
    whole_sets = {name for name, split in TUNING_SETS if split is None}
    for folder in sorted((root / "evals").iterdir()):
        for name in ("questions.jsonl", "conversations.jsonl"):
            path = folder / name
            if not folder.is_dir() or not path.exists():
                continue
            for line in path.read_text(encoding="utf-8").splitlines():
                row = json.loads(line) if line.strip() else {}
                tuned = folder.name in whole_sets or row.get("split") == "dev"
                texts = [row.get("question", "")] + [t["question"] for t in row.get("turns", [])]
                held_out += [t for t in texts if t and not tuned]
                tuned_texts |= {" ".join(t.lower().split()) for t in texts if t and tuned}
    for path in sorted((root / "scripts").glob("abstain_tuning*.jsonl")):  # tuning sets too
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                tuned_texts.add(" ".join(json.loads(line)["question"].lower().split()))
    # a held-out question may repeat a tuning question word for word (v2 test repeats some of
    # v1); an eval holds out its set's questions by their text, so that copy never helps it
    leaked = {" ".join(q.lower().split()) for q in held_out} & asked
    assert held_out and leaked <= tuned_texts


def test_subfacet_probabilities_spread_over_the_subfacets_and_favour_the_examples_subfacet(tmp_path):
    index = _index(tmp_path, ROWS)
    p = examples.subfacet_probabilities(
        index, index.embedder.embed_query("wat houdt gemeenten tegen bij personeel")
    )
    assert set(p) == {("a", "2.1"), ("a", "2.2")}  # report b has no examples: no classes of its own
    assert abs(sum(p.values()) - 1.0) < 1e-9
    assert max(p, key=lambda k: p[k]) == ("a", "2.2")


def test_no_examples_means_no_subfacet_probabilities(tmp_path):
    index = _index(tmp_path, ROWS)
    (tmp_path / "corpus" / examples.EXAMPLES_FILE).unlink()
    assert examples.subfacet_probabilities(index, index.embedder.embed_query("wat houdt tegen")) == {}
