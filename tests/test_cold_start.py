"""What makes a fresh `pactrag ask` start fast without changing its answer: the chunk vectors read
from the generation instead of Chroma, the learned parts loaded instead of fitted
(``fitted.py``), bm25s's stop words read without importing bm25s (benchmarks/bench_ask.py)."""

from __future__ import annotations

import io
import json
import os
import pickle
import shutil
import subprocess
import sys

import pytest
from conftest import make_settings

from pactrag import fitted, scope
from pactrag.answer import Assistant
from pactrag.examples import example_model, examples_path
from pactrag.index import Index, current_generation
from pactrag.integrity import CHUNK_VECTORS
from pactrag.neighbours import neighbours

QUESTIONS = [
    "Welke drempels ervaren kleine gemeenten?",
    "Wat vinden de deelnemers van fusies van gemeenten?",
    "How do villages and cities work together?",
]


def _copy(built_settings, tmp_path):
    settings = make_settings(tmp_path)  # its own copy of the corpus, examples included
    shutil.copytree(built_settings.index_dir, settings.index_dir, ignore=shutil.ignore_patterns(".lock"))
    return settings


def _env(settings) -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith(("PACTRAG_", "OPENAI_"))} | {
        "PACTRAG_INDEX_DIR": str(settings.index_dir),
        "PACTRAG_CORPUS_DIR": str(settings.corpus_dir),
        "PACTRAG_CACHE_DIR": str(settings.embedding_cache_dir),
        "PACTRAG_EMBEDDER": settings.embedder,
    }


def test_an_answer_reads_the_chunk_vectors_the_ingest_wrote_and_imports_neither_chromadb_nor_bm25s(
    built_settings,
):
    script = (
        "import sys, json\n"
        "from pactrag.answer import Assistant\n"
        f"answer = Assistant(use_llm=False).ask({QUESTIONS[0]!r})\n"
        "print(json.dumps([[m for m in ('chromadb', 'bm25s') if m in sys.modules], answer.answer]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], env=_env(built_settings), capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    imported, answer = json.loads(done.stdout)
    assert imported == [] and answer


def test_the_stored_chunk_vectors_are_the_collections_and_an_older_generation_reads_chroma(
    built_settings, tmp_path
):
    settings = _copy(built_settings, tmp_path)
    stored = Index(settings)
    matrix, present = stored._chunk_matrix()
    assert present.all() and "_store" in stored.__dict__ and stored._store is None  # Chroma unopened
    gen = current_generation(settings.index_dir)
    (gen / CHUNK_VECTORS).unlink()  # a generation written before the file existed
    older = Index(settings)
    assert older._store is not None
    again, _ = older._chunk_matrix()
    assert again.tobytes() == matrix.tobytes()
    vector = older.embedder.embed_query(QUESTIONS[0])
    assert stored.dense(vector, 10) == older.dense(vector, 10)
    stored.close()
    older.close()


def test_learned_parts_are_loaded_by_a_later_process_and_refitted_when_the_examples_change(
    built_settings, tmp_path, monkeypatch
):
    settings = _copy(built_settings, tmp_path)
    first = Index(settings)
    fitted.keep_on_disk(first)
    fitted_scope, fitted_model = scope.scope_model(first), example_model(first)
    assert fitted_scope is not None and fitted_model is not None and neighbours(first) is not None
    stored = {p.name for p in (first.path / fitted.FOLDER).iterdir()}
    assert {"scope.pickle", "model.pickle", "neighbours.pickle"} <= stored

    fits = []
    real_fit = scope.fit
    monkeypatch.setattr(scope, "fit", lambda *a: fits.append(1) or real_fit(*a))
    later = Index(settings)
    fitted.keep_on_disk(later)
    loaded = scope.scope_model(later)
    assert not fits  # loaded, not fitted
    assert loaded is not None and loaded.weights.tobytes() == fitted_scope.weights.tobytes()
    assert (loaded.bias, loaded.threshold, loaded.inside_threshold) == (
        fitted_scope.bias,
        fitted_scope.threshold,
        fitted_scope.inside_threshold,
    )
    loaded_model = example_model(later)
    assert loaded_model is not None
    for a, b in zip(fitted_model.parts, loaded_model.parts, strict=True):
        assert a.weights.tobytes() == b.weights.tobytes() and a.classes == b.classes

    lines = examples_path(settings).read_text(encoding="utf-8").splitlines()
    examples_path(settings).write_text("\n".join(lines[:-40]) + "\n", encoding="utf-8")
    changed = Index(settings)
    fitted.keep_on_disk(changed)
    scope.scope_model(changed)
    assert fits  # another examples file: fitted again, not loaded
    for index in (first, later, changed):
        index.close()


def test_answers_are_the_same_with_the_learned_parts_loaded(built_settings, tmp_path):
    settings = _copy(built_settings, tmp_path)
    fitting = Assistant(settings, index=Index(settings), use_llm=False)
    expected = [(a.answer, a.citations) for a in map(fitting.ask, QUESTIONS)]
    storing, loading = Index(settings), Index(settings)
    fitted.keep_on_disk(storing)
    fitted.keep_on_disk(loading)
    Assistant(settings, index=storing, use_llm=False).warm()  # fits and stores them
    loading = Assistant(settings, index=loading, use_llm=False)
    assert [(a.answer, a.citations) for a in map(loading.ask, QUESTIONS)] == expected


def test_a_stored_part_that_names_a_function_is_refitted_never_run(built_settings, tmp_path):
    settings = _copy(built_settings, tmp_path)
    index = Index(settings)
    fitted.keep_on_disk(index)
    marker = tmp_path / "ran"

    class Evil:
        def __reduce__(self):
            return (os.system, (f"touch {marker}",))

    folder = index.path / fitted.FOLDER
    folder.mkdir(exist_ok=True)
    (folder / "scope.pickle").write_bytes(pickle.dumps((fitted.fingerprint(index), Evil())))
    with pytest.raises(pickle.UnpicklingError):
        fitted._Restricted(io.BytesIO((folder / "scope.pickle").read_bytes())).load()
    model = scope.scope_model(index)
    assert model is not None and not marker.exists()
    index.close()


def test_bm25s_stop_words_read_alone_are_its_lists():
    import bm25s.stopwords

    from pactrag.lexical import bm25s_stopwords

    assert bm25s_stopwords("DUTCH") == tuple(bm25s.stopwords.STOPWORDS_DUTCH)
    assert bm25s_stopwords("EN") == tuple(bm25s.stopwords.STOPWORDS_EN)


def test_the_next_ingest_gives_an_older_embedded_generation_its_chunk_vectors(built_settings, tmp_path):
    from pactrag.index import ingest

    settings = _copy(built_settings, tmp_path)
    old = current_generation(settings.index_dir)
    (old / CHUNK_VECTORS).unlink()
    summary = ingest(settings)
    new = current_generation(settings.index_dir)
    assert new != old and (new / CHUNK_VECTORS).is_file()
    assert summary.new == 0 and not summary.report_changes  # nothing embedded, no report changed
    assert not ingest(settings).changed


def test_an_index_the_library_opens_fits_in_memory_only(built_settings, tmp_path):
    """A test or a tuning script may replace a fit's input in memory: it never meets a stored fit."""
    settings = _copy(built_settings, tmp_path)
    # the shared built index may hold fits an earlier test's `pactrag ask` stored: start without them
    shutil.rmtree(current_generation(settings.index_dir) / fitted.FOLDER, ignore_errors=True)
    index = Index(settings)
    assert scope.scope_model(index) is not None and example_model(index) is not None
    assert not (index.path / fitted.FOLDER).exists()
    index.close()
