"""The CLI contract other tools and the evaluation rely on."""

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

from pactrag import cli

GOLDEN = json.loads((Path(__file__).parent / "golden" / "sections.json").read_text(encoding="utf-8"))
CITATION_KEYS = {
    "n",
    "report_id",
    "report_title",
    "section_id",
    "section_title",
    "subfacet_id",
    "subfacet_title",
    "kind",
    "page",
    "chunk_id",
    "quote",
    "label",
}


@pytest.fixture
def env(built_settings, monkeypatch):
    values = {
        "PACTRAG_INDEX_DIR": str(built_settings.index_dir),
        "PACTRAG_CORPUS_DIR": str(built_settings.corpus_dir),
        "PACTRAG_CACHE_DIR": str(built_settings.embedding_cache_dir),
    }
    for key, value in values.items():
        monkeypatch.setenv(key, value)
    for key in ("PACTRAG_LLM_MODEL", "PACTRAG_LLM_BASE_URL", "OPENAI_API_KEY"):
        monkeypatch.delenv(key, raising=False)
    return values


def run(capsys, *argv, stdin=None, monkeypatch=None):
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_sections_json_is_the_golden_table_of_contents(env, capsys):
    code, out, _ = run(capsys, "sections", "--json")
    assert code == 0
    rows = json.loads(out)["sections"]
    assert [(r["section_id"], r["title"], r["kind"]) for r in rows] == [
        (g["section_id"], g["title"], g["kind"]) for g in GOLDEN
    ]
    by_id = {r["section_id"]: r for r in rows}
    assert by_id["2.3.3.2"]["subfacet_title"] == "Intergemeentelijke en interbestuurlijke samenwerking"
    assert by_id["2.3.3.2"]["chunks"] >= 2 and by_id["2"]["chunks"] == 0


def test_ask_json_contract(env, capsys):
    code, out, _ = run(capsys, "ask", "--json", "Welke goede praktijken zijn er rond dorpsraden?")
    assert code == 0
    data = json.loads(out)
    assert set(data) >= {"answer", "citations", "sources", "abstained", "mode", "notice", "timings_ms"}
    assert data["mode"] == "extractive" and data["abstained"] is False and data["notice"] is None
    assert data["citations"] and set(data["citations"][0]) >= CITATION_KEYS
    assert {"chunk_id", "section_id", "section_title", "subfacet_id", "kind", "score"} <= set(
        data["sources"][0]
    )
    assert (
        data["timings_ms"]["retrieve"] > 0 and data["timings_ms"]["total"] >= data["timings_ms"]["retrieve"]
    )
    assert "[1]" in data["answer"]


def test_ask_filters_and_k(env, capsys):
    code, out, _ = run(
        capsys,
        "ask",
        "--json",
        "--subfacet",
        "2.3",
        "--kind",
        "stop",
        "--k",
        "3",
        "Wat houdt samenwerking tegen?",
    )
    data = json.loads(out)
    assert code == 0 and len(data["sources"]) <= 3
    assert {(s["subfacet_id"], s["kind"]) for s in data["sources"]} == {("2.3", "stop")}


def test_ask_jsonl_answers_each_line_in_order(env, capsys, monkeypatch):
    questions = ["Wat is Broodje Burger?", "", "Hoeveel deelnemers waren er?", "x" * 5000]
    code, out, _ = run(capsys, "ask", "--jsonl", stdin="\n".join(questions) + "\n", monkeypatch=monkeypatch)
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [r["question"] for r in rows] == questions  # one object per line, in order
    assert "Kempen" in rows[0]["answer"] and "54" in rows[2]["answer"]
    assert rows[1]["error"].startswith("Stel een vraag") and rows[3]["error"].startswith(
        "Je vraag is te lang"
    )


def test_chat_jsonl_keeps_one_conversation(env, capsys, monkeypatch):
    turns = "Welke goede praktijken werden genoemd bij gemeenschapskracht als hefboom?\nEn welke drempels zijn er daarbij?\n"
    code, out, _ = run(capsys, "chat", "--jsonl", stdin=turns, monkeypatch=monkeypatch)
    first, second = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert "gemeenschapskracht" in second["standalone_question"].lower()
    assert second["sources"][0]["section_id"] == "2.5.3.3"


def test_errors_are_messages_not_tracebacks(env, capsys, monkeypatch, tmp_path):
    code, _, err = run(capsys, "ask", "   ")
    assert code == 1 and "Stel een vraag" in err and "Traceback" not in err
    monkeypatch.setenv("PACTRAG_INDEX_DIR", str(tmp_path / "leeg"))
    code, _, err = run(capsys, "ask", "Wat is Broodje Burger?")
    assert code == 1 and "pactrag ingest" in err


def test_console_script_runs_in_a_fresh_process(env):
    exe = Path(sys.executable).parent / "pactrag"
    result = subprocess.run(
        [str(exe), "ask", "Wat doet de talentenbank in Aarschot?"],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "talentenbank" in result.stdout and "§2.5.3.1" in result.stdout


def test_a_quoted_citation_is_not_wrapped_in_quotation_marks_twice():
    from types import SimpleNamespace

    def cite(quote):
        return SimpleNamespace(n=1, label="§2.4.3.3 Drempels", page=None, quote=quote)

    quoted = SimpleNamespace(answer="…", notice=None, citations=[cite("“Wanneer gaat dat stoppen?”")])
    plain = SimpleNamespace(answer="…", notice=None, citations=[cite("Dit is een zin.")])
    assert "    “Wanneer gaat dat stoppen?”" in cli.format_answer(quoted).splitlines()
    assert "    “Dit is een zin.”" in cli.format_answer(plain).splitlines()
