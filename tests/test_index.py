"""Ingest: incremental, atomic, with clear messages for missing or foreign indexes."""

import pytest
from conftest import REPORT_TXT, segment_of

from pactrag.errors import IndexMismatchError, IndexMissingError
from pactrag.index import Index, current_generation, ingest, read_manifest


def _second_report(corpus, name="verslag-b.txt", marker="Extra zin voor verslag B."):
    text = (
        REPORT_TXT.read_text(encoding="utf-8")
        .replace(
            "Dit document heeft geen formele status.", f"Dit document heeft geen formele status. {marker}"
        )
        .replace("BESTUREN EN BURGERS SAMEN AAN ZET", "EEN ANDER THEMA VOOR VERSLAG B")
    )
    (corpus / name).write_text(text, encoding="utf-8")


def test_unchanged_corpus_reembeds_nothing(settings_factory):
    settings = settings_factory(embedder="hash-256")
    first = ingest(settings)
    assert first.changed and first.chunks > 60 and first.reports == 1
    again = ingest(settings)
    assert not again.changed and again.new == 0 and again.generation == first.generation
    assert again.seconds < first.seconds + 1


def test_changed_and_removed_files_touch_only_their_chunks(settings_factory, tmp_path):
    settings = settings_factory(
        embedder="hash-256", cache_dir=tmp_path / "own-cache"
    )  # counts need a cold cache
    ingest(settings)
    corpus = settings.corpus_dir
    _second_report(corpus)
    added = ingest(settings)
    assert added.report_changes == {"verslag-b.txt": "nieuw"}
    # only the new report's chunks were embedded (its title differs, so its context prefix does)
    before = Index(settings)
    b_chunks = [c for c in before.chunks if c.report_id == "verslag-b"]
    assert added.new == len(b_chunks) and added.unchanged == len(before.chunks) - len(b_chunks)

    _second_report(corpus, marker="Een gewijzigde zin.")
    changed = ingest(settings)
    assert changed.report_changes == {"verslag-b.txt": "gewijzigd"}
    assert changed.new == 1  # only the one chunk whose text changed (the status note)
    assert changed.removed == 1

    (corpus / "verslag-b.txt").unlink()
    removed = ingest(settings)
    assert removed.report_changes == {"verslag-b.txt": "verwijderd"}
    assert removed.new == 0 and removed.removed == len(b_chunks)
    after = Index(settings)
    assert {c.report_id for c in after.chunks} == {"toekomstatelier-5"}
    assert after.vectors.count() == len(after.chunks)


def test_manifest_records_what_built_the_index(settings_factory):
    settings = settings_factory(embedder="hash-256")
    ingest(settings)
    manifest = read_manifest(settings.index_dir)
    assert manifest["settings"]["embedder"] == "hash-256"
    assert manifest["settings"]["schema_version"] == 1
    assert list(manifest["files"]) == [REPORT_TXT.name]
    assert manifest["counts"]["sections"] == 45


def test_old_generations_are_removed_after_swap(settings_factory):
    settings = settings_factory(embedder="hash-256")
    ingest(settings)
    ingest(settings, rebuild=True)
    gens = list(settings.index_dir.glob("gen-*"))
    assert gens == [current_generation(settings.index_dir)]


def test_missing_index_names_the_command(settings_factory):
    with pytest.raises(IndexMissingError, match="pactrag ingest"):
        Index(settings_factory(embedder="hash-256"))


def test_index_from_another_embedder_is_refused(settings_factory):
    settings = settings_factory(embedder="hash-256")
    ingest(settings)
    with pytest.raises(IndexMismatchError, match="pactrag ingest --rebuild"):
        Index(settings.with_(embedder="hash-128"))


def test_corrupted_index_names_the_rebuild(settings_factory):
    settings = settings_factory(embedder="hash-256")
    ingest(settings)
    gen = current_generation(settings.index_dir)
    (segment_of(gen) / "chunks.jsonl").write_text("{kapot")
    with pytest.raises(IndexMismatchError, match="pactrag ingest --rebuild"):
        Index(settings)
    (segment_of(gen) / "lexicon.npz").unlink()
    with pytest.raises(IndexMismatchError, match="pactrag ingest --rebuild"):
        Index(settings)
    # a rebuild repairs it
    ingest(settings, rebuild=True)
    assert len(Index(settings).chunks) > 60


def test_bm25_composed_from_segments_scores_like_bm25s():
    """Per-report segments compose into one BM25 with the corpus-wide idf and average length."""
    import bm25s
    import numpy as np

    from pactrag.lexical import BM25Index, Postings, tokenize

    paragraphs = [p for p in REPORT_TXT.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    reference = bm25s.BM25(k1=1.2, b=0.75)
    reference.index([tokenize(t) or ["_leeg_"] for t in paragraphs], show_progress=False)
    third = len(paragraphs) // 3
    composed = BM25Index.compose(
        [
            Postings.build(part)
            for part in (paragraphs[:third], paragraphs[third : 2 * third], paragraphs[2 * third :])
        ]
    )
    for query in (
        "drempels samenwerking kleine gemeenten",
        "dorpsraad burgerparticipatie",
        "Broodje Burger Olen",
    ):
        tokens = tokenize(query)
        assert np.allclose(composed.scores(tokens), reference.get_scores(tokens), atol=1e-5)
        assert composed.search(query, 5)[0][0] == int(np.argmax(reference.get_scores(tokens)))
