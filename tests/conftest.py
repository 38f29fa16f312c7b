"""Shared fixtures. All state goes to temp dirs; the embedding cache is shared with the
repo's index/cache so the real corpus is embedded once per machine, not once per test."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import pactrag  # noqa: F401  (sets the offline environment defaults first)
from pactrag.config import Settings

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
REPORT_TXT = CORPUS / "toekomstatelier-5-besturen-en-burgers-2025-06-16.txt"
SHARED_CACHE = ROOT / "index" / "cache"
# the bundled report's subfacet titles, for tests of how a question names them
TITLES = {
    "2.1": "Bouwen aan een gemeenschappelijke toekomst stad-platteland",
    "2.2": "Sterke en nabije besturen",
    "2.3": "Intergemeentelijke en interbestuurlijke samenwerking",
    "2.4": "Gebiedsgerichte en regionale aanpak",
    "2.5": "Gemeenschapskracht als hefboom",
}


def make_settings(tmp: Path, corpus: Path | None = None, **changes) -> Settings:
    if corpus is None:
        corpus = tmp / "corpus"
        if not corpus.exists():
            shutil.copytree(CORPUS, corpus)
    values = dict(corpus_dir=corpus, index_dir=tmp / "index", data_dir=tmp / "data", cache_dir=SHARED_CACHE)
    values.update(changes)
    return Settings(**values)


def segment_of(gen: Path, n: int = 0) -> Path:
    """The folder of the n-th segment a generation lists (one report's chunks, vectors, BM25)."""
    manifest = json.loads((gen / "manifest.json").read_text(encoding="utf-8"))
    return gen.parent / "segments" / manifest["segments"][n]["segment"]


@pytest.fixture
def settings_factory(tmp_path):
    return lambda **changes: make_settings(tmp_path, **changes)


@pytest.fixture(scope="session")
def built_settings(tmp_path_factory) -> Settings:
    """The real corpus, ingested once per test session (embedded Chroma)."""
    from pactrag.index import ingest

    settings = make_settings(tmp_path_factory.mktemp("built"))
    ingest(settings)
    return settings


@pytest.fixture(scope="session")
def index(built_settings):
    from pactrag.index import Index

    return Index(built_settings)


@pytest.fixture(scope="session")
def assistant(built_settings, index):
    from pactrag.answer import Assistant

    return Assistant(built_settings, index=index, use_llm=False)


@pytest.fixture
def without_examples(monkeypatch):
    """Retrieval without the example-question prior (examples.py), the nearest questions'
    votes (neighbours.py) and the word bridge's BM25 expansion (bridge.py): for tests of the base
    fusion and of other priors, whose premise the learned pull would change."""
    from pactrag import bridge, examples, neighbours

    monkeypatch.setattr(bridge, "WEIGHT", 0.0)
    monkeypatch.setattr(examples, "WEIGHTS", {name: 0.0 for name in examples.WEIGHTS})
    monkeypatch.setattr(neighbours, "DENSE_WEIGHT", 0.0)
    monkeypatch.setattr(neighbours, "LEXICAL_WEIGHT", 0.0)
