"""Reference rows for ``pactrag eval``: what simpler retrieval reaches on the same questions.

- ``bm25-only`` and ``dense-only``: pactrag's own retriever with one of the two fused
  retrievers switched off (same index, same standalone question as the pipeline used);
- ``llama-index-starter``: the textbook llama-index pipeline — one ``Document`` per corpus
  file, the default ``SentenceSplitter``, a ``VectorStoreIndex`` with vector retrieval
  only — with the same embedder, asked the raw question (a starter has no conversation
  memory). Its nodes are mapped back to the report sections they cover, generously: a
  node counts for every section of which it holds at least half (or 150 characters).

Everything runs in memory and offline: no LLM is configured (the retriever needs none),
the embedder is pactrag's own through a small adapter, and tiktoken's data ships with
llama-index.
"""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..chunk import split_sentences
from ..index import EmbeddingCache, Index
from ..parse import read_file
from ..retrieve import retrieve
from .metrics import GoldItem, ItemScore, gold_keys, retrieval_scores, section_key

STARTER = "llama-index-starter"
MIN_COVER_CHARS = 150  # a node "covers" a section when it holds this much of it (or half of it)


def ablation_scores(
    index: Index,
    item: GoldItem,
    query: str,
    multi_report: bool,
    k: int,
    bm25_weight: float,
    dense_weight: float,
) -> ItemScore:
    t0 = time.perf_counter()
    # one retriever alone: the sentence ranking (part of the fused pipeline) is off too
    result = retrieve(
        index, query, k, bm25_weight=bm25_weight, dense_weight=dense_weight, sentence_weight=0.0
    )
    elapsed = (time.perf_counter() - t0) * 1000
    ranked = [{section_key(h.chunk.report_id, h.chunk.section_id, multi_report)} for h in result.hits]
    scores = retrieval_scores(ranked, gold_keys(item, multi_report))
    return ItemScore(item, dict(scores), elapsed, ranked=tuple(h.chunk.label for h in result.hits[:5]))


class StarterPipeline:
    """A plain llama-index vector pipeline over the corpus files, for comparison."""

    def __init__(self, index: Index, corpus_dir: Path, multi_report: bool) -> None:
        from llama_index.core import Document, VectorStoreIndex
        from llama_index.core.node_parser import SentenceSplitter

        self.multi_report = multi_report
        documents = []
        # report -> [(key, its sentences as letters and digits, length)]
        self._sections: dict[str, list[tuple[Any, list[str], int]]] = {}
        for report in index.reports:
            sections = [s for s in index.sections if s.report_id == report.report_id and s.text.strip()]
            path = corpus_dir / report.source_file
            text = (
                read_file(path).text
                if report.source_file and path.is_file()
                else "\n\n".join(f"{s.section_id} {s.title}\n\n{s.text}" for s in sections)
            )
            documents.append(
                Document(
                    text=text,
                    metadata={
                        "file_name": report.source_file or report.report_id,
                        "report_id": report.report_id,
                    },
                    excluded_embed_metadata_keys=["report_id"],
                    excluded_llm_metadata_keys=["report_id"],
                )
            )
            self._sections[report.report_id] = [
                (
                    section_key(s.report_id, s.section_id, multi_report),
                    [_alnum(x) for x in split_sentences(s.text)],
                    len(_alnum(s.text)),
                )
                for s in sections
            ]
        cache = EmbeddingCache(
            index.settings.embedding_cache_dir / f"{_safe(index.embedder.name)}.sqlite", index.embedder
        )
        self._embed_model = _embedding_adapter(index.embedder, cache)
        self._index = VectorStoreIndex.from_documents(
            documents, embed_model=self._embed_model, transformations=[SentenceSplitter()]
        )
        self.nodes = len(self._index.docstore.docs)

    def close(self) -> None:
        self._embed_model.close()

    def covered_sections(self, node) -> set:
        text = _alnum(node.get_content())
        report_id = node.metadata.get("report_id", "")
        covered = set()
        for key, sentences, length in self._sections.get(report_id, []):
            inside = sum(len(s) for s in sentences if s and s in text)
            if inside and inside >= min(MIN_COVER_CHARS, length / 2):
                covered.add(key)
        return covered

    def scores(self, item: GoldItem, question: str, k: int) -> ItemScore:
        t0 = time.perf_counter()
        retrieved = self._index.as_retriever(similarity_top_k=k).retrieve(question)
        elapsed = (time.perf_counter() - t0) * 1000
        ranked = [self.covered_sections(r.node) for r in retrieved]
        scores = retrieval_scores(ranked, gold_keys(item, self.multi_report))
        labels = tuple(
            ", ".join(sorted("§" + (key[1] if isinstance(key, tuple) else key) for key in keys)) or "—"
            for keys in ranked[:5]
        )
        return ItemScore(item, dict(scores), elapsed, ranked=labels)


def _alnum(text: str) -> str:
    """Letters and digits only: line breaks, hyphenation and bullets of the raw file do not matter."""
    return re.sub(r"[\W_]+", "", text.casefold())


def _safe(name: str) -> str:
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in name)


def _embedding_adapter(embedder, cache: EmbeddingCache):
    """pactrag's embedder as a llama-index ``BaseEmbedding`` (passages cached like ingest does)."""
    from llama_index.core.base.embeddings.base import BaseEmbedding
    from pydantic import PrivateAttr

    class PactragEmbedding(BaseEmbedding):
        _embedder: Any = PrivateAttr()
        _cache: Any = PrivateAttr()

        def __init__(self) -> None:
            super().__init__(model_name=embedder.name, embed_batch_size=32)
            self._embedder = embedder
            self._cache = cache

        def _get_query_embedding(self, query: str) -> list[float]:
            return self._embedder.embed_query(query).tolist()

        async def _aget_query_embedding(self, query: str) -> list[float]:
            return self._get_query_embedding(query)

        def _get_text_embedding(self, text: str) -> list[float]:
            return self._get_text_embeddings([text])[0]

        def _get_text_embeddings(self, texts: Sequence[str]) -> list[list[float]]:
            return [v.tolist() for v in self._cache.embed(list(texts))]

        def close(self) -> None:
            self._cache.close()

    return PactragEmbedding()
