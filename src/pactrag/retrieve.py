"""Question -> ranked hits: three rankings fused by weighted RRF.

- dense: the e5 vector of the whole chunk (Chroma);
- sentence: the e5 similarity of the chunk's sentence closest to the question (the stored
  sentence vectors). A paraphrase or an English question usually matches one sentence of
  the right passage well while the passage as a whole is diluted by its other sentences;
- BM25 over Dutch stems.

The weights (``Settings.dense_weight``, ``sentence_weight``, ``bm25_weight``) were chosen by
cross-validation on the gold sets (``scripts/tune_understanding.py``).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import numpy as np

from .errors import QuestionError, StoreUnreachableError
from .index import Index
from .intent import RARE_KINDS, intent_kinds
from .records import KIND_LABELS, Chunk, Hit


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

    def describe(self, index: Index) -> str:
        """The filter in words: "subfacet 2.3 Intergemeentelijke …, Drempels"."""
        parts = []
        if self.report_id and self.report_id in index.report_by_id:
            parts.append(index.report_by_id[self.report_id].title)
        if self.subfacet_id:
            title = next(
                (s.title for s in index.sections if s.section_id == self.subfacet_id and s.title), ""
            )
            parts.append(f"subfacet {self.subfacet_id} {title}".strip())
        if self.kind:
            parts.append(KIND_LABELS.get(self.kind, self.kind))
        return ", ".join(parts)


INTENT_WEIGHT = 0.5  # as if ranked first by a retriever of half the weight


@dataclass(frozen=True)
class Retrieval:
    hits: tuple[Hit, ...]
    query_vector: np.ndarray
    timings_ms: dict[str, float] = field(default_factory=dict)
    dense_down: bool = False  # the Chroma server did not answer: these hits are BM25's alone
    # with filters: the closest sentence in the whole index, and the chunks that hold the
    # closest sentences (best first), so a filter that misses the topic can be told apart
    unfiltered_best: float = -1.0
    unfiltered_top: tuple[Chunk, ...] = ()


def best_sentence_scores(
    index: Index, query_vector: np.ndarray, mask: np.ndarray | None = None
) -> np.ndarray:
    """Per chunk (in index order): the similarity of its sentence closest to the question;
    -1 for chunks without sentences or outside ``mask``."""
    best = np.full(len(index.chunks), -1.0, dtype=np.float32)
    owner = index.sentence_chunk
    if len(owner):
        sims = index.sentence_vectors @ query_vector
        starts = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]])  # rows are grouped by chunk
        best[owner[starts]] = np.maximum.reduceat(sims, starts)
    return best if mask is None else np.where(mask, best, -1.0)


def retrieve(
    index: Index,
    question: str,
    k: int | None = None,
    filters: Filters = Filters(),
    bm25_weight: float | None = None,
    dense_weight: float | None = None,
    sentence_weight: float | None = None,
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
    sentence_weight = s.sentence_weight if sentence_weight is None else sentence_weight
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
    mask = filters.mask(index)
    lexical = index.bm25.search(question, n, mask) if bm25_weight > 0 else []
    t3 = time.perf_counter()
    sentence: list[int] = []
    unfiltered_best, unfiltered_top = -1.0, ()
    if sentence_weight > 0 or mask is not None:
        overall = best_sentence_scores(index, qvec)
        best = overall if mask is None else np.where(mask, overall, -1.0)
        sentence = [int(p) for p in np.argsort(-best, kind="stable")[:n] if best[p] > -1]
        if mask is not None:
            order = np.argsort(-overall, kind="stable")[:3]
            unfiltered_best, unfiltered_top = float(overall[order[0]]), tuple(index.chunks[p] for p in order)
        if sentence_weight <= 0:
            sentence = []

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
    for rank, pos in enumerate(sentence, 1):
        cid = index.chunks[pos].chunk_id
        scores[cid] = scores.get(cid, 0.0) + sentence_weight / (s.rrf_k + rank)
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
                first = bm25_weight + dense_weight + sentence_weight
                scores[cid] = max(scores.get(cid, 0.0), first / (s.rrf_k + rank))
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
        unfiltered_best,
        unfiltered_top,
    )
