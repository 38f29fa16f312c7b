"""Question -> ranked hits: Dutch BM25 and dense (e5) retrieval fused by weighted RRF."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import numpy as np

from .errors import QuestionError, StoreUnreachableError
from .index import Index
from .intent import RARE_KINDS, intent_kinds
from .records import Hit


@dataclass(frozen=True)
class Filters:
    subfacet_id: str = ""  # "2.3"
    kind: str = ""  # "continue", "start", "stop", "synergie", "toekomstbeeld", "aanvullingen", …
    report_id: str = ""

    def where(self) -> dict | None:
        clauses = [
            {name: value}
            for name, value in (
                ("subfacet_id", self.subfacet_id),
                ("kind", self.kind),
                ("report_id", self.report_id),
            )
            if value
        ]
        if not clauses:
            return None
        return clauses[0] if len(clauses) == 1 else {"$and": clauses}

    def mask(self, index: Index) -> np.ndarray | None:
        if not (self.subfacet_id or self.kind or self.report_id):
            return None
        mask = np.ones(len(index.chunks), dtype=bool)
        for name, value in (
            ("subfacet_id", self.subfacet_id),
            ("kind", self.kind),
            ("report_id", self.report_id),
        ):
            if value:
                mask &= index.column(name) == value
        return mask

    def active(self) -> bool:
        return bool(self.subfacet_id or self.kind or self.report_id)


INTENT_WEIGHT = 0.5  # as if ranked first by a retriever of half the weight


@dataclass(frozen=True)
class Retrieval:
    hits: tuple[Hit, ...]
    query_vector: np.ndarray
    timings_ms: dict[str, float] = field(default_factory=dict)
    dense_down: bool = False  # the Chroma server did not answer: these hits are BM25's alone


def retrieve(
    index: Index,
    question: str,
    k: int | None = None,
    filters: Filters = Filters(),
    bm25_weight: float | None = None,
    dense_weight: float | None = None,
) -> Retrieval:
    s = index.settings
    if filters.report_id and filters.report_id not in index.report_by_id:
        raise QuestionError(
            f"Onbekend verslag '{filters.report_id}'. Kies een van: "
            + ", ".join(sorted(index.report_by_id))
            + "."
        )
    k = k or s.top_k
    bm25_weight = s.bm25_weight if bm25_weight is None else bm25_weight
    dense_weight = s.dense_weight if dense_weight is None else dense_weight
    n = max(s.candidates, k)
    t0 = time.perf_counter()
    qvec = index.embedder.embed_query(question)
    t1 = time.perf_counter()
    dense: list[tuple[str, float]] = []
    dense_down = False
    if dense_weight > 0:
        try:
            dense = index.dense(qvec, n, filters.where())
        except StoreUnreachableError:  # degrade to BM25 alone; the store retries by itself later
            dense_down = True
    t2 = time.perf_counter()
    lexical = index.bm25.search(question, n, filters.mask(index)) if bm25_weight > 0 else []
    t3 = time.perf_counter()

    scores: dict[str, float] = {}
    dense_rank: dict[str, int] = {}
    bm25_rank: dict[str, int] = {}
    for rank, (cid, _sim) in enumerate(dense, 1):
        dense_rank[cid] = rank
        scores[cid] = scores.get(cid, 0.0) + dense_weight / (s.rrf_k + rank)
    for rank, (pos, _score) in enumerate(lexical, 1):
        cid = index.chunks[pos].chunk_id
        bm25_rank[cid] = rank
        scores[cid] = scores.get(cid, 0.0) + bm25_weight / (s.rrf_k + rank)
    for kind in intent_kinds(question) - ({filters.kind} if filters.kind else set()):
        if kind in RARE_KINDS and dense_weight > 0 and not dense_down:
            # a few chunks per report that neither retriever may surface for a meta question
            where = Filters(filters.subfacet_id, kind, filters.report_id).where()
            try:
                meta = index.dense(qvec, 3, where)
            except StoreUnreachableError:
                meta, dense_down = [], True
            for rank, (cid, _sim) in enumerate(meta, 1):
                # the question names this part explicitly: rank it as both retrievers' first choice
                scores[cid] = max(scores.get(cid, 0.0), (bm25_weight + dense_weight) / (s.rrf_k + rank))
        for cid in scores:
            if index.by_id[cid].kind == kind:
                scores[cid] += INTENT_WEIGHT / (s.rrf_k + 1)
    ranked = sorted(scores, key=lambda c: (-scores[c], c))
    hits: list[Hit] = []
    seen_text: set[str] = set()
    for cid in ranked:
        chunk = index.by_id[cid]
        if chunk.text in seen_text:
            continue  # the same passage twice (e.g. a report ingested under two names)
        seen_text.add(chunk.text)
        hits.append(
            Hit(
                chunk=chunk,
                score=scores[cid],
                rank=len(hits) + 1,
                bm25_rank=bm25_rank.get(cid, 0),
                dense_rank=dense_rank.get(cid, 0),
            )
        )
        if len(hits) >= k:
            break
    t4 = time.perf_counter()
    return Retrieval(
        tuple(hits),
        qvec,
        {
            "embed": (t1 - t0) * 1000,
            "dense": (t2 - t1) * 1000,
            "bm25": (t3 - t2) * 1000,
            "retrieve": (t4 - t0) * 1000,
        },
        dense_down,
    )
