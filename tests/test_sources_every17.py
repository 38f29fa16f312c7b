"""The answer's source list names the nearest sections before a section's second passage
(retrieve.source_list, Retrieval.further; session 16, every17)."""

from __future__ import annotations

from types import SimpleNamespace

from pactrag import retrieve as retrieve_mod
from pactrag.records import Chunk, Hit
from pactrag.retrieve import _further_sections, source_list


def _chunk(n: int, section: str) -> Chunk:
    return Chunk(f"a-{n}", f"text {n}", "t", "a", "V", "", section, "t", "p", "2.2", "s", "start", 0, n, 0, 1)


CHUNKS = [
    _chunk(0, "2.2.3.1"),
    _chunk(1, "2.2.3.1"),
    _chunk(2, "2.2.3.2"),
    _chunk(3, "2.2.3.2"),
    _chunk(4, "2.2.3.3"),
    _chunk(5, "2.2.3.4"),
    _chunk(6, "2.2.3.4"),
    _chunk(7, "2.2.2"),
]


def _hits(*ns: int) -> list[Hit]:
    return [Hit(CHUNKS[n], 10.0 - r, r) for r, n in enumerate(ns, 1)]


def test_a_sections_second_passage_follows_the_next_sections():
    hits = _hits(0, 1, 2, 3)
    further = tuple(_hits(0, 1, 2, 3, 4, 5)[4:])
    out = source_list(hits, further)
    assert [h.chunk.chunk_id for h in out] == ["a-0", "a-2", "a-4", "a-5", "a-1", "a-3"]
    assert [h.rank for h in out] == [1, 2, 3, 4, 5, 6]  # renumbered


def test_the_first_source_and_a_list_of_distinct_sections_stay_as_they_are():
    hits = _hits(0, 2, 4, 5, 7)
    assert [h.chunk.chunk_id for h in source_list(hits)] == ["a-0", "a-2", "a-4", "a-5", "a-7"]


def test_further_sections_are_the_next_sections_best_passages_up_to_the_count(monkeypatch):
    monkeypatch.setattr(retrieve_mod, "SOURCE_SECTIONS", 4)
    index = SimpleNamespace(by_id={c.chunk_id: c for c in CHUNKS})
    ranked = ["a-0", "a-1", "a-3", "a-2", "a-6", "a-5", "a-4", "a-7"]
    fused = {cid: 10.0 - i for i, cid in enumerate(ranked)}
    hits = [Hit(index.by_id[c], fused[c], r) for r, c in enumerate(ranked[:3], 1)]
    out = _further_sections(index, fused, ranked, hits, ({"a-6": 4}, {}))
    # 2.2.3.1 and 2.2.3.2 are among the hits: 2.2.3.4's best passage (a-6, not a-5), then 2.2.3.3
    assert [h.chunk.chunk_id for h in out] == ["a-6", "a-4"]
    assert out[0].bm25_rank == 4 and out[0].rank == 4


def test_an_answers_sources_name_five_sections_when_the_candidates_hold_them(assistant):
    answer = assistant.ask("Waarom kan een gemeente problemen met klimaat of water niet alleen oplossen?")
    sections = [(h.chunk.report_id, h.chunk.section_id) for h in answer.sources]
    assert len(set(sections[:5])) == min(5, len(set(sections)))
