"""Faults a hostile tester found (issue 11), one regression test each: links out of the corpus,
bytes that are not UTF-8 on stdin, empty lines and exit codes in the CLI, an unreadable CURRENT,
a wrong-shaped manifest, a damaged generation, a full disk, oversized corpus files.

The Chroma-server faults live in test_server_mode.py, the LLM time budget in test_llm.py and the
feedback limits in test_feedback.py; docs/RELIABILITY.md lists them all.
"""

from __future__ import annotations

import errno
import io
import json
import os
import resource
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from conftest import REPORT_TXT, make_settings, segment_of

from pactrag import cli
from pactrag import messages as M
from pactrag.answer import Assistant
from pactrag.errors import IndexMismatchError, IndexMissingError, PactragError
from pactrag.index import Index, current_generation, ingest, read_manifest

QUESTION = "Welke drempels ervaren kleine gemeenten?"


def another_report(theme: str = "EEN ANDER ATELIER") -> str:
    text = REPORT_TXT.read_text(encoding="utf-8")
    return text.replace("BESTUREN EN BURGERS SAMEN AAN ZET", theme).replace(
        "Dit document heeft geen formele status.",
        f"Dit document ({theme.lower()}) heeft geen formele status.",
    )


def env_for(settings) -> dict[str, str]:
    return {
        "PACTRAG_INDEX_DIR": str(settings.index_dir),
        "PACTRAG_CORPUS_DIR": str(settings.corpus_dir),
        "PACTRAG_CACHE_DIR": str(settings.embedding_cache_dir),
        "PACTRAG_EMBEDDER": settings.embedder,
    }


def use_env(monkeypatch, settings) -> None:
    for key, value in env_for(settings).items():
        monkeypatch.setenv(key, value)
    for key in ("PACTRAG_LLM_MODEL", "PACTRAG_LLM_BASE_URL", "OPENAI_API_KEY", "PACTRAG_CHROMA_URL"):
        monkeypatch.delenv(key, raising=False)


def run_cli(*argv: str, env: dict, stdin: bytes | None = None, **popen) -> subprocess.CompletedProcess:
    full = {k: v for k, v in os.environ.items() if not k.startswith(("PACTRAG_", "OPENAI_"))} | env
    return subprocess.run(
        [sys.executable, "-m", "pactrag.cli", *argv],
        env=full,
        input=stdin,
        capture_output=True,
        timeout=300,
        **popen,
    )


def copy_index(built_settings, tmp_path: Path):
    settings = make_settings(tmp_path, corpus=built_settings.corpus_dir)
    shutil.copytree(built_settings.index_dir, settings.index_dir, ignore=shutil.ignore_patterns(".lock"))
    return settings, current_generation(settings.index_dir)


def comparable(answer) -> tuple:
    return answer.answer, answer.citations


# ---------------------------------------------------------------------------------------
# 3. Links out of the corpus folder are never read


def test_symlinks_that_leave_the_corpus_are_not_read(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(REPORT_TXT, corpus / REPORT_TXT.name)
    elsewhere = tmp_path / "elders"
    elsewhere.mkdir()
    (elsewhere / "ander.txt").write_text(another_report(), encoding="utf-8")
    (corpus / "ander.txt").symlink_to(elsewhere / "ander.txt")
    (corpus / "systeem.txt").symlink_to(Path(os.__file__).resolve())  # a file of the system
    (corpus / "map").symlink_to(elsewhere, target_is_directory=True)
    (corpus / "alias.txt").symlink_to(corpus / REPORT_TXT.name)  # a link inside the folder is fine

    import pactrag.corpus as corpus_module

    read: list[Path] = []
    real_read = corpus_module.read_file
    monkeypatch.setattr(corpus_module, "read_file", lambda p: read.append(p.resolve()) or real_read(p))
    settings = make_settings(tmp_path, corpus=corpus, embedder="hash-256", cache_dir=tmp_path / "cache")
    summary = ingest(settings)

    assert all(p.is_relative_to(corpus.resolve()) for p in read), read  # nothing outside was opened
    problems = {p.path: p.message for p in summary.problems}
    assert "buiten de map 'corpus'" in problems["ander.txt"] and "buiten de map" in problems["systeem.txt"]
    duplicate = problems.get("alias.txt", "") + problems.get(REPORT_TXT.name, "")
    assert "zelfde inhoud als" in duplicate  # the link inside the folder was read: one of the two
    index = Index(settings)
    assert summary.reports == 1 and len(index.reports) == 1
    assert not any("een ander atelier" in c.text for c in index.chunks)
    index.close()


# ---------------------------------------------------------------------------------------
# 5, 10, 11. The command line: any bytes on stdin, one object per line, consistent exit codes


# What a real nl_BE.UTF-8 locale gives Python's stdin: strict UTF-8 (the C locales that are
# installed on a bare machine give surrogateescape instead, which hides the fault).
STRICT_UTF8 = {"LC_ALL": "C.UTF-8", "PYTHONIOENCODING": "utf-8:strict"}


@pytest.mark.parametrize("command", ["ask", "chat"])
def test_jsonl_survives_bytes_that_are_not_utf8(built_settings, command):
    lines = [b"Wat is Broodje Burger?", b"Welke \xff\xfe drempels \xc3 zijn er?", b"", b"Hoeveel deelnemers?"]
    env = env_for(built_settings) | STRICT_UTF8
    result = run_cli(command, "--jsonl", env=env, stdin=b"\n".join(lines) + b"\n")
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    assert b"Traceback" not in result.stderr
    rows = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]
    assert len(rows) == len(lines)  # output lines stay aligned with input lines
    assert "\ufffd" in rows[1]["question"] and "drempels" in rows[1]["question"] and "error" not in rows[1]
    assert rows[2]["error"] == M.EMPTY_QUESTION
    assert "Kempen" in rows[0]["answer"] and not rows[3].get("error")


def test_interactive_chat_survives_bytes_that_are_not_utf8(built_settings):
    env = env_for(built_settings) | STRICT_UTF8
    result = run_cli("chat", env=env, stdin=b"Wat is Broodje \xff Burger?\n\n")
    out = result.stdout.decode("utf-8")
    assert result.returncode == 0 and b"Traceback" not in result.stderr, result.stderr
    assert "Kempen" in out


def test_every_jsonl_line_gets_one_object(built_settings, monkeypatch, capsys):
    use_env(monkeypatch, built_settings)
    lines = [
        "Wat is Broodje Burger?",
        "",
        "   ",
        "Hoeveel deelnemers waren er?",
        "?!",
        "",
        "",
        "",
        "x" * 3000,
        "",
    ]
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join(lines) + "\n"))
    assert cli.main(["ask", "--jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == 10
    for line, row in zip(lines, rows, strict=True):
        if not line.strip():
            assert row["error"] == M.EMPTY_QUESTION and row["answer"] == ""
    assert rows[4]["error"] == M.QUESTION_NO_WORDS and rows[8]["error"].startswith("Je vraag is te lang")
    assert "54" in rows[3]["answer"]


def test_an_empty_line_is_no_turn_of_the_conversation(built_settings, monkeypatch, capsys):
    use_env(monkeypatch, built_settings)
    turns = [
        "Welke goede praktijken werden genoemd bij gemeenschapskracht als hefboom?",
        "",
        "En welke drempels zijn er daarbij?",
    ]
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join(turns) + "\n"))
    assert cli.main(["chat", "--jsonl"]) == 0
    first, empty, third = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert empty["error"] == M.EMPTY_QUESTION
    assert "gemeenschapskracht" in third["standalone_question"].lower()  # the topic carried over the gap


@pytest.mark.parametrize("question", ["   ", "x" * 3000, "?!?"])
def test_json_and_plain_ask_exit_alike_on_a_bad_question(built_settings, monkeypatch, capsys, question):
    use_env(monkeypatch, built_settings)
    assert cli.main(["ask", question]) == 1
    plain = capsys.readouterr()
    assert cli.main(["ask", "--json", question]) == 1
    out = capsys.readouterr()
    row = json.loads(out.out)
    assert row["error"] and row["error"] in plain.err and row["error"] in out.err
    assert cli.main(["ask", "--json", "Wat is Broodje Burger?"]) == 0
    assert "error" not in json.loads(capsys.readouterr().out)


def test_a_question_from_argv_with_undecodable_bytes(built_settings):
    env = env_for(built_settings) | {"LC_ALL": "C.UTF-8"}
    for argv in ([b"ask", b"--json", b"Wat is Broodje \xff Burger?"], [b"ask", b"--json", b"\xff\xfe"]):
        result = subprocess.run(
            [sys.executable.encode(), b"-m", b"pactrag.cli", *argv],
            env={k: v for k, v in os.environ.items() if not k.startswith("PACTRAG_")} | env,
            capture_output=True,
            timeout=300,
        )
        assert b"Traceback" not in result.stderr, result.stderr.decode(errors="replace")
        row = json.loads(result.stdout.decode("utf-8"))
        assert "\ufffd" in row["question"]
        assert result.returncode == (1 if "error" in row else 0)


# ---------------------------------------------------------------------------------------
# 6, 7. An unreadable CURRENT or a wrong-shaped manifest: a message naming the command, which repairs it

BAD_CURRENT = {
    "not utf-8": b"\xff\xfe\x00gen-\x81",
    "a path out of the index": b"../../",
    "an absolute path": str(Path(os.__file__).parent).encode(),
}
BAD_MANIFESTS = {
    "a list": lambda m: [],
    "settings a string": lambda m: {**m, "settings": "x"},
    "no collection": lambda m: {k: v for k, v in m.items() if k != "collection"},
    "files a list": lambda m: {**m, "files": []},
}


@pytest.mark.parametrize("case", list(BAD_CURRENT))
def test_unreadable_current_names_ingest_which_repairs_it(
    built_settings, tmp_path, monkeypatch, capsys, case
):
    settings, gen = copy_index(built_settings, tmp_path)
    reference = comparable(Assistant(settings, use_llm=False).ask(QUESTION))
    (settings.index_dir / "CURRENT").write_bytes(BAD_CURRENT[case])
    assert current_generation(settings.index_dir) is None
    with pytest.raises(IndexMissingError, match="pactrag ingest"):
        Index(settings)
    use_env(monkeypatch, settings)
    for argv in (["ask", QUESTION], ["sections"], ["doctor"]):
        code = cli.main(argv)
        err = capsys.readouterr()
        assert code in (0, 1) and "Traceback" not in err.err
    assert cli.main(["doctor"]) == 1 and "pactrag ingest" in capsys.readouterr().out
    assert gen.exists()  # nothing deleted while CURRENT is unreadable
    assert cli.main(["ingest"]) == 0
    assert comparable(Assistant(settings, use_llm=False).ask(QUESTION)) == reference
    assert cli.main(["ingest", "--rebuild"]) == 0


@pytest.mark.parametrize("case", list(BAD_MANIFESTS))
def test_wrong_shaped_manifest_is_refused_and_a_plain_ingest_repairs_it(
    built_settings, tmp_path, monkeypatch, capsys, case
):
    settings, gen = copy_index(built_settings, tmp_path)
    reference = comparable(Assistant(settings, use_llm=False).ask(QUESTION))
    manifest = json.loads((gen / "manifest.json").read_text(encoding="utf-8"))
    (gen / "manifest.json").write_text(json.dumps(BAD_MANIFESTS[case](manifest)), encoding="utf-8")
    assert read_manifest(settings.index_dir) is None
    with pytest.raises(IndexMismatchError, match="pactrag ingest --rebuild"):
        Index(settings)
    use_env(monkeypatch, settings)
    assert cli.main(["ask", QUESTION]) == 1
    assert "pactrag ingest" in capsys.readouterr().err
    assert cli.main(["ingest"]) == 0  # not "ongewijzigd": the manifest is not trusted
    assert "Index bijgewerkt" in capsys.readouterr().out
    assert comparable(Assistant(settings, use_llm=False).ask(QUESTION)) == reference


# ---------------------------------------------------------------------------------------
# 8. Ingest (and doctor) notice a damaged generation and rebuild it


def _truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 3])


GENERATION_DAMAGE = {
    "chunks.jsonl truncated": ("chunks.jsonl", lambda gen: _truncate(segment_of(gen) / "chunks.jsonl")),
    "sentence vectors truncated": (
        "sentence_vectors.npy",
        lambda gen: _truncate(segment_of(gen) / "sentence_vectors.npy"),
    ),
    "the bm25 lexicon truncated": ("lexicon.npz", lambda gen: _truncate(segment_of(gen) / "lexicon.npz")),
    "chroma.sqlite3 truncated": ("chroma.sqlite3", lambda gen: _truncate(gen / "chroma" / "chroma.sqlite3")),
    "idf.json emptied": ("idf.json", lambda gen: (gen / "idf.json").write_text("{}")),
    "chunk vectors truncated": ("chunk_vectors.npz", lambda gen: _truncate(gen / "chunk_vectors.npz")),
}


@pytest.mark.parametrize("case", list(GENERATION_DAMAGE))
def test_ingest_rebuilds_a_damaged_generation_and_doctor_names_it(
    built_settings, tmp_path, monkeypatch, capsys, case
):
    settings, gen = copy_index(built_settings, tmp_path)
    reference = comparable(Assistant(settings, use_llm=False).ask(QUESTION))
    use_env(monkeypatch, settings)
    assert cli.main(["doctor"]) == 0 and M.DOCTOR_HEALTHY in capsys.readouterr().out
    name, damage = GENERATION_DAMAGE[case]
    damage(gen)
    assert cli.main(["doctor", "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    failed = [c for c in report["checks"] if not c["ok"]]
    assert report["healthy"] is False and any(name in c["detail"] for c in failed), failed
    assert cli.main(["ingest"]) == 0
    captured = capsys.readouterr()
    assert "Index bijgewerkt" in captured.out and name in captured.err and "opnieuw opgebouwd" in captured.err
    assert current_generation(settings.index_dir) != gen
    assert comparable(Assistant(settings, use_llm=False).ask(QUESTION)) == reference
    assert cli.main(["doctor"]) == 0
    assert cli.main(["ingest", "--json"]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[-1])["changed"] is False


# ---------------------------------------------------------------------------------------
# 4. A full disk: a Dutch message, the half-built generation removed, the previous index serving


def _file_size_limit(limit: int):
    def apply() -> None:  # in the child: writes past `limit` bytes fail (EFBIG) instead of killing it
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def test_no_room_to_write_leaves_the_previous_index_serving(tmp_path):
    settings = make_settings(tmp_path, embedder="hash-256", cache_dir=tmp_path / "cache")
    first = ingest(settings)
    reference = comparable(Assistant(settings, use_llm=False).ask(QUESTION))
    (settings.corpus_dir / "ander.txt").write_text(another_report(), encoding="utf-8")

    full = run_cli("ingest", "--rebuild", env=env_for(settings), preexec_fn=_file_size_limit(200_000))
    err = full.stderr.decode("utf-8")
    assert full.returncode == 1 and "Traceback" not in err, err
    # past the limit the kernel says EFBIG and SQLite "disk I/O error": the write-failure message
    assert "Geen schrijfruimte meer" in err or "kon niet geschreven worden" in err, err
    assert (
        "half gebouwde index is opgeruimd en de vorige blijft in gebruik" in err and "pactrag ingest" in err
    )
    assert [p.name for p in settings.index_dir.glob("gen-*")] == [first.generation]  # space given back
    asked = run_cli("ask", "--json", QUESTION, env=env_for(settings))
    assert asked.returncode == 0 and json.loads(asked.stdout)["answer"] == reference[0]

    again = ingest(settings)  # with room again, the same command completes
    assert again.reports == 2 and [p.name for p in settings.index_dir.glob("gen-*")] == [again.generation]


def test_disk_full_while_writing_the_generation(tmp_path, monkeypatch):
    settings = make_settings(tmp_path, embedder="hash-256", cache_dir=tmp_path / "cache")
    first = ingest(settings)
    (settings.corpus_dir / "ander.txt").write_text(another_report(), encoding="utf-8")

    def no_space(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device", str(settings.index_dir / "x.npy"))

    monkeypatch.setattr(np, "save", no_space)
    with pytest.raises(PactragError) as err:
        ingest(settings)
    assert "Geen schrijfruimte meer" in str(err.value) and "pactrag ingest" in str(err.value)
    assert [p.name for p in settings.index_dir.glob("gen-*")] == [first.generation]
    monkeypatch.undo()
    assert len(Index(settings).reports) == 1


# ---------------------------------------------------------------------------------------
# 12. Size guards on corpus files: warn and skip; an indexed version stays


def test_oversized_files_are_skipped_with_a_warning(tmp_path, monkeypatch, capsys):
    settings = make_settings(
        tmp_path, embedder="hash-256", cache_dir=tmp_path / "cache", max_file_mb=1.0, max_chunks_per_file=200
    )
    (settings.corpus_dir / "ander.txt").write_text(another_report(), encoding="utf-8")
    first = ingest(settings)
    assert first.reports == 2
    kept = {c.chunk_id for c in Index(settings).chunks if c.report_id == "ander"}

    filler = "Een zin over het platteland en de gemeenten. " * 8000  # ~360 kB in one section
    grown = another_report().replace("heeft geen formele status.", "heeft geen formele status. " + filler)
    (settings.corpus_dir / "ander.txt").write_text(grown, encoding="utf-8")  # an indexed report grows
    (settings.corpus_dir / "groot.txt").write_text(filler * 4, encoding="utf-8")  # ~1.4 MB
    summary = ingest(settings)
    problems = {p.path: p.message for p in summary.problems}
    assert "te groot" in problems["groot.txt"] and "PACTRAG_MAX_FILE_MB" in problems["groot.txt"]
    assert "fragmenten" in problems["ander.txt"] and "PACTRAG_MAX_CHUNKS_PER_FILE" in problems["ander.txt"]
    assert "vorige versie blijft" in problems["ander.txt"]
    index = Index(settings)
    assert {c.chunk_id for c in index.chunks if c.report_id == "ander"} == kept
    assert len(index.chunks) == first.chunks
    index.close()
    use_env(monkeypatch, settings)
    monkeypatch.setenv("PACTRAG_MAX_FILE_MB", "1")
    monkeypatch.setenv("PACTRAG_MAX_CHUNKS_PER_FILE", "200")
    assert cli.main(["ingest"]) == 0
    err = capsys.readouterr().err
    assert "waarschuwing: groot.txt: te groot" in err and "waarschuwing: ander.txt" in err


# ---------------------------------------------------------------------------------------
# 9 (library side). A lone surrogate in a question or in the history never breaks an answer


@pytest.mark.parametrize(
    "question",
    ["Wat is Broodje\ud800 Burger?", "Wat is Broodje Burger?\udcff", "\ud83d\ude00 Wat is Broodje Burger?"],
)
def test_surrogates_in_a_question_or_its_history(assistant, question):
    """The question is repaired (a pair becomes its character, a lone one U+FFFD) and answered as
    the clean question is; a lone surrogate in the history does not break the follow-up either."""
    clean = assistant.ask("Wat is Broodje Burger?")
    history = [("Welke goede\ud800 praktijken zijn er?", "Dit staat er \udcff in het verslag over: …")]
    for turns in ((), history):
        events = list(assistant.stream(question, turns))
        answer = events[-1].answer
        assert answer is not None and answer.citations and not answer.abstained
        assert "\ufffd" in answer.question or "😀" in answer.question
        json.dumps(answer.to_json(), ensure_ascii=False).encode("utf-8")  # encodable: no surrogates left
        assert all(e.text.encode("utf-8") for e in events if e.text)
        if not turns:
            assert answer.answer == clean.answer and answer.citations == clean.citations


def test_a_second_ingest_at_the_same_time_is_refused(tmp_path):
    from pactrag.index import _ingest_lock

    settings = make_settings(tmp_path, embedder="hash-256", cache_dir=tmp_path / "cache")
    first = ingest(settings)
    with _ingest_lock(settings.index_dir), pytest.raises(PactragError, match="Er loopt al een ingest"):
        ingest(settings, rebuild=True)  # as if another process were ingesting
    assert current_generation(settings.index_dir).name == first.generation
    assert ingest(settings, rebuild=True).changed  # once it is done, the next one runs


def test_doctor_reports_corpus_changes_as_news_not_damage(built_settings, tmp_path, monkeypatch, capsys):
    settings, _ = copy_index(built_settings, tmp_path)
    corpus = tmp_path / "corpus"
    shutil.copytree(built_settings.corpus_dir, corpus)
    (corpus / "ander.txt").write_text(another_report(), encoding="utf-8")
    use_env(monkeypatch, settings.with_(corpus_dir=corpus))
    assert cli.main(["doctor"]) == 0
    out = capsys.readouterr().out
    assert "ander.txt" in out and "pactrag ingest neemt dit mee" in out and M.DOCTOR_HEALTHY in out
