"""Incremental ingest: adding, changing or removing one report touches only that report's
segment (and vectors); a kill -9 at any point leaves the old or the new state serving, never a mix."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest
from conftest import make_settings
from loopback import shared_chroma_url
from test_robustness import env_for, other_report

from pactrag.doctor import check_index, healthy
from pactrag.index import Index, current_generation, ingest, read_manifest
from pactrag.retrieve import Filters, retrieve

QUESTIONS = (
    "Welke drempels ervaren kleine gemeenten bij samenwerking?",
    "Welke goede praktijken rond burgerparticipatie?",
    "Wat is Broodje Burger?",
)


def _state(settings) -> list:
    """What the index in service answers: the ranked chunk ids per question, also per report."""
    index = Index(settings)
    try:
        out = [[h.chunk.chunk_id for h in retrieve(index, q, k=8).hits] for q in QUESTIONS]
        for report in sorted(index.report_by_id):
            out.append(
                [
                    h.chunk.chunk_id
                    for h in retrieve(index, QUESTIONS[0], filters=Filters(report_id=report)).hits
                ]
            )
        return [sorted(index.report_by_id), len(index.chunks), out]
    finally:
        index.close()


def _segments(settings) -> dict[str, str]:
    return {e["source_file"]: e["segment"] for e in read_manifest(settings.index_dir)["segments"]}


def _start(tmp_path, store_url: str = ""):
    settings = make_settings(
        tmp_path, embedder="hash-256", cache_dir=tmp_path / "cache", chroma_url=store_url
    )
    (settings.corpus_dir / "ander.txt").write_text(other_report(), encoding="utf-8")
    ingest(settings)
    return settings


def _add(settings) -> None:
    (settings.corpus_dir / "derde.txt").write_text(other_report(theme="EEN DERDE ATELIER"), encoding="utf-8")


def _change(settings) -> None:
    path = settings.corpus_dir / "ander.txt"
    path.write_text(
        path.read_text(encoding="utf-8").replace("Broodje Burger", "Broodje Buurman"), encoding="utf-8"
    )


def _remove(settings) -> None:
    (settings.corpus_dir / "ander.txt").unlink()


CHANGES = {"add": _add, "change": _change, "remove": _remove}


@pytest.mark.parametrize("change", list(CHANGES))
def test_one_report_changes_touch_only_its_segment_and_equal_a_rebuild(tmp_path, change):
    settings = _start(tmp_path)
    before = _segments(settings)
    CHANGES[change](settings)
    summary = ingest(settings)
    after = _segments(settings)
    touched = {f for f in set(before) | set(after) if before.get(f) != after.get(f)}
    assert touched == {{"add": "derde.txt", "change": "ander.txt", "remove": "ander.txt"}[change]}
    assert summary.report_changes == {
        next(iter(touched)): {"add": "nieuw", "change": "gewijzigd", "remove": "verwijderd"}[change]
    }
    if change == "remove":
        assert summary.new == 0 and summary.removed == 84
    if change == "change":  # only the changed chunks are embedded; the others come from the cache
        assert 0 < summary.new < 10 and summary.removed == summary.new
    # only the segments in service are left on disk
    assert sorted(p.name for p in (settings.index_dir / "segments").iterdir()) == sorted(after.values())
    incremental = _state(settings)
    ingest(settings, rebuild=True)  # from scratch: new segments, a new store
    assert set(_segments(settings).values()).isdisjoint(after.values())
    assert _state(settings) == incremental


KILLED_INGEST = """
import sys, time
import pactrag
from pactrag.config import Settings
from pactrag.embed import HashEmbedder
from pactrag.index import ingest

pause_at = sys.argv[1]
def progress(stage, done, total):
    line = f"{stage} {done}/{total}"
    print(line, flush=True)
    if line.startswith(pause_at):
        time.sleep(120)  # the test kills the process here

ingest(Settings.from_env(), progress=progress, embedder=HashEmbedder(256))
print("klaar", flush=True)
"""


def _ingest_until_killed(settings, pause_at: str, tmp_path) -> bool:
    """Run an ingest in a child process and kill -9 it at ``pause_at``; False when the
    ingest finished without passing that point."""
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
    seen: list[str] = []
    try:
        for line in proc.stdout:
            seen.append(line.strip())
            if line.startswith(pause_at) or line.startswith("klaar"):
                break
        assert seen, proc.stderr.read()
        time.sleep(0.2)
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    return seen[-1].startswith(pause_at)


POINTS = (
    "opslaan 0/1",  # the new chunks are embedded, nothing written yet
    "vectoren 1/",  # the new segment is written and its vectors are in the store, no manifest names it
    "opslaan 1/1",  # just after the swap, before the old generation and segment are removed
)


@pytest.mark.parametrize(
    "store",
    ["embedded", pytest.param("server", marks=pytest.mark.server)],
)
@pytest.mark.parametrize("change", list(CHANGES))
@pytest.mark.parametrize("pause_at", POINTS)
def test_kill_9_during_an_incremental_ingest_serves_old_or_new_never_a_mix(tmp_path, store, change, pause_at):
    settings = _start(tmp_path, shared_chroma_url() if store == "server" else "")
    old_gen = current_generation(settings.index_dir).name
    old_state = _state(settings)
    CHANGES[change](settings)

    killed = _ingest_until_killed(settings, pause_at, tmp_path)
    if not killed:  # a removal writes no segment: there is no "vectoren" stage
        assert change == "remove" and pause_at.startswith("vectoren")
    served = _state(settings)
    if current_generation(settings.index_dir).name == old_gen:
        assert served == old_state
        assert pause_at != "opslaan 1/1"
    if settings.chroma_url and killed and pause_at.startswith("vectoren"):
        # the new segment's vectors are in the serving collection, and still they are not served
        index = Index(settings)
        assert index.vectors.count() > len(index.chunks) and served == old_state
        index.close()
        assert healthy(check_index(settings))  # doctor counts the vectors in service only

    again = ingest(settings)  # completes the change and clears what the killed ingest left
    new_state = _state(settings)
    assert new_state != old_state
    if current_generation(settings.index_dir).name != old_gen and killed and pause_at == "opslaan 1/1":
        assert not again.changed and served == new_state
    index = Index(settings)
    assert index.vectors.count() == len(index.chunks)  # no vectors of killed or replaced segments left
    index.close()
    assert [p.name for p in settings.index_dir.glob("gen-*")] == [again.generation]
    assert sorted(p.name for p in (settings.index_dir / "segments").iterdir()) == sorted(
        _segments(settings).values()
    )
    ingest(settings, rebuild=True)
    assert _state(settings) == new_state


def test_only_new_and_changed_files_are_parsed(tmp_path, monkeypatch):
    import pactrag.corpus as corpus_module

    settings = _start(tmp_path)
    parsed: list[str] = []
    real = corpus_module.load_report

    def counting(path, manifest, digest=""):
        parsed.append(path.name)
        return real(path, manifest, digest)

    monkeypatch.setattr(corpus_module, "load_report", counting)
    _add(settings)
    ingest(settings)
    assert parsed == ["derde.txt"]
    parsed.clear()
    _change(settings)
    ingest(settings)
    assert parsed == ["ander.txt"]
    parsed.clear()
    toml = settings.corpus_dir / "reports.toml"  # a changed entry in reports.toml is a changed report
    text = toml.read_text(encoding="utf-8")
    assert "Olen" in text
    toml.write_text(text.replace("Olen", "Olen-Centrum"), encoding="utf-8")
    ingest(settings)
    assert len(parsed) == 1 and parsed[0] not in ("ander.txt", "derde.txt")
    index = Index(settings)
    assert "Olen-Centrum" in {r.place for r in index.reports}
    index.close()
