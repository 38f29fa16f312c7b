"""The turn kind model (``turns.py``): labelled kind-switch turns teach how a follow-up asks for
another kind in words no cue reads (session 9)."""

from __future__ import annotations

import copy
import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

from pactrag import examples, turns
from pactrag.config import Settings
from pactrag.corpus import TURNS_FILE, discover
from pactrag.embed import HashEmbedder
from pactrag.followup import asked_kinds
from pactrag.records import Chunk
from pactrag.retrieve import Filters

ROOT = Path(__file__).resolve().parents[1]


def _chunk(n: int, section: str, kind: str) -> Chunk:
    return Chunk(f"a-{n}", kind, kind, "a", "V", "", section, "t", "p", "2.1", "s", kind, 0, n, 0, 1)


def _index(tmp_path: Path, turn_rows: list[dict]) -> SimpleNamespace:
    corpus = tmp_path / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    single = [
        {"report": "a", "question": "welke drempels houden de dorpsraad tegen", "sections": ["2.1.3.3"]},
        {"report": "a", "question": "welke knelpunten ervaren gemeenten", "sections": ["2.1.3.3"]},
        {"report": "a", "question": "waar moet men voor gaan bij goede praktijken", "sections": ["2.1.3.1"]},
        {"report": "a", "question": "waar moet de raad voor kiezen als voorbeeld", "sections": ["2.1.3.1"]},
    ]
    for name, rows in ((examples.EXAMPLES_FILE, single), (TURNS_FILE, turn_rows)):
        (corpus / name).write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    settings = Settings(corpus_dir=corpus, index_dir=tmp_path / "index", cache_dir=tmp_path / "cache")
    chunks = [_chunk(0, "2.1.3.1", "continue"), _chunk(1, "2.1.3.3", "stop")]
    return SimpleNamespace(
        settings=settings, embedder=HashEmbedder(), chunks=chunks, report_by_id={"a": None}
    )


TURNS = [
    {"report": "a", "question": "waar moet zo'n raad voor opletten", "sections": ["2.1.3.3"]},
    {"report": "a", "question": "waar moet men dan voor opletten", "sections": ["2.1.3.3"]},
]
ASKED = "waar moet die raad voor opletten"


def test_labelled_turns_teach_how_a_follow_up_asks_for_another_kind(tmp_path):
    # the single questions name barriers with their nouns; the turns with a verb no cue reads
    without = _index(tmp_path / "without", [])
    with_turns = _index(tmp_path / "with", TURNS)
    vector = with_turns.embedder.embed_query(ASKED)
    before = turns.turn_kind_probabilities(without, vector)
    after = turns.turn_kind_probabilities(with_turns, vector)
    assert after["stop"] > before["stop"] and max(after, key=after.__getitem__) == "stop"


def test_the_turns_of_the_evaluated_set_are_left_out(tmp_path):
    index = _index(tmp_path, TURNS)
    vector = index.embedder.embed_query(ASKED)
    whole = turns.turn_kind_probabilities(index, vector)["stop"]
    held = copy.copy(index)
    examples.hold_out(held, [t["question"] for t in TURNS])
    assert turns.turn_kind_probabilities(held, vector)["stop"] < whole


def test_the_turns_file_is_no_report_and_is_embedded_at_warm_up(tmp_path):
    (tmp_path / TURNS_FILE).write_text("{}\n")
    assert discover([tmp_path]) == ([], [])
    index = _index(tmp_path, TURNS)
    assert turns.warm(index.settings, index.embedder) == (2, [])


def _sets_taken_whole() -> set[str]:
    """The eval sets scripts/make_turns.py takes whole (the cold sets already measured clean)."""
    spec = importlib.util.spec_from_file_location("make_turns", ROOT / "scripts" / "make_turns.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return {name for name, split in module.SETS if split is None}


_TUNED_WHOLE = _sets_taken_whole()


def test_the_bundled_turns_are_up_to_date_and_hold_no_held_out_turn():
    """corpus/turns.jsonl is what scripts/make_turns.py writes, and holds no turn of a held-out
    split (v2 test, fresh test), of a set never tuned on, or of the newest held-out file."""
    done = subprocess.run(
        [sys.executable, "scripts/make_turns.py", "--check"], cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr
    bundled, problems = examples.read_examples(ROOT / "corpus" / TURNS_FILE)
    assert not problems and len(bundled) > 300
    asked = {_norm(t.question) for t in bundled}
    held_out, tuned = set(), set()
    for path in sorted((ROOT / "evals").glob("*/conversations.jsonl")):
        opened = path.parent.name in _TUNED_WHOLE
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else {}
            texts = {_norm(t["question"]) for t in row.get("turns", ())}
            if opened or row.get("split", "dev") == "dev":
                tuned |= texts
            else:
                held_out |= texts
    for path in sorted((ROOT / "scripts").glob("followup_*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            texts = {_norm(t["question"]) for t in json.loads(line)["turns"]}
            if path.name in ("followup_holdout9.jsonl", "followup_holdout10.jsonl"):
                held_out |= texts
            else:
                tuned |= texts
    # a held-out turn may repeat a tuning turn word for word ("Hoe kunnen we dat oplossen?"); an
    # eval holds out its set's turns by their text, so that copy never helps it
    assert held_out and held_out & asked <= tuned


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def test_a_turn_naming_another_policy_field_after_barriers_is_read_as_asking_links(assistant):
    # the single questions' model read it as barriers (0.45): "gevolgen" for the subject told
    barriers = [("Welke drempels ervaren dorpsraden?", "…")]
    question = "Welke gevolgen heeft dat voor het welzijnsbeleid?"
    assert not asked_kinds(question)
    assert assistant._read_kind(question, barriers, Filters()) == ("synergie",)


def test_one_example_asked_is_no_practices_question(assistant):
    # v1 c05: an instance of what was told (France's entity among the actions), as the cues read it
    actions = [("Welke acties stellen de deelnemers voor rond samenwerking tussen stad en platteland?", "…")]
    assert assistant._read_kind("Welk buitenlands voorbeeld noemen ze daarbij?", actions, Filters()) == ()
