"""pactrag as llama-index components: a retriever and a query engine that keep the citations.

Import this module only where llama-index is wanted (``from pactrag.llama_index import …``):
nothing else in pactrag imports it, so ``pactrag ask`` does not pay llama-index's import time.

- ``PactragRetriever``: pactrag's hybrid Dutch retrieval (BM25 + e5, section-kind intent) as a
  ``BaseRetriever``. Each ``NodeWithScore`` holds a ``TextNode`` with the chunk's text and the
  section metadata (report, subfacet, section, kind, page — 0 when unknown —, chunk id); an
  LLM synthesizer sees the section label, not the ids.
- ``PactragQueryEngine``: ``Assistant.ask`` as a ``BaseQueryEngine``. The ``Response`` text is
  pactrag's verified answer with its ``[n]`` markers; ``source_nodes[n-1]`` is citation ``n``: the
  text of the cited section, with the quoted passages in its metadata.
  An abstention is a response that says so, with no source nodes.
- ``query_engine_tool``: the query engine as a ``QueryEngineTool`` for an agent.

pactrag never sets llama-index's global ``Settings`` (its defaults are OpenAI's): neither class
needs a llama-index LLM or embedding model.
"""

from __future__ import annotations

import asyncio
from dataclasses import asdict

from llama_index.core.base.base_query_engine import BaseQueryEngine
from llama_index.core.base.base_retriever import BaseRetriever
from llama_index.core.base.response.schema import Response
from llama_index.core.callbacks import CallbackManager
from llama_index.core.prompts.mixin import PromptMixinType
from llama_index.core.schema import NodeWithScore, QueryBundle, TextNode
from llama_index.core.tools import QueryEngineTool
from llama_index.core.vector_stores.types import FilterCondition, FilterOperator, MetadataFilters

from .answer import Assistant, get_assistant
from .config import Settings
from .errors import ConfigError
from .index import Index
from .records import Chunk, Citation
from .retrieve import Filters, retrieve

# What a node's metadata carries (all str or int: any vector store or filter accepts them).
NODE_METADATA = (
    "report_id",
    "report_title",
    "subfacet_id",
    "subfacet_title",
    "section_id",
    "section_title",
    "kind",
    "page",
    "chunk_id",
    "label",
)
# Of these, an LLM synthesizer sees only the label ("§2.3.3.2 Opschaling (start) — 2.3 …").
_HIDDEN_FROM_LLM = [key for key in NODE_METADATA if key != "label"]
FILTER_KEYS = ("subfacet_id", "kind", "report_id")  # the fields of pactrag's Filters

TOOL_NAME = "plattelandspact_verslagen"
TOOL_DESCRIPTION = (
    "Beantwoordt vragen over de verslagen van de toekomstateliers van het Vlaamse Plattelandspact "
    "(goede praktijken, drempels, opschaling, synergiën per subfacet). Geef een volledige vraag in het "
    "Nederlands. Het antwoord is Nederlands en elke bewering verwijst met [n] naar een sectie van een "
    "verslag; staat het niet in de verslagen, dan zegt het antwoord dat."
)


def to_filters(filters: Filters | MetadataFilters | None) -> Filters:
    """pactrag ``Filters`` from llama-index ``MetadataFilters`` with exact-match keys.

    Accepted: ``==`` filters (``MetadataFilter``/``ExactMatchFilter``) on subfacet_id, kind and
    report_id, combined with AND, each key once. Anything else is refused with what to use instead.
    """
    if filters is None:
        return Filters()
    if isinstance(filters, Filters):
        return filters
    if filters.condition not in (None, FilterCondition.AND) and len(filters.filters) > 1:
        raise ConfigError(
            f"Filtervoorwaarde '{filters.condition.value}' wordt niet ondersteund: pactrag combineert "
            "filters alleen met AND (condition='and')."
        )
    values: dict[str, str] = {}
    for item in filters.filters:
        if isinstance(item, MetadataFilters):
            raise ConfigError(
                "Geneste MetadataFilters worden niet ondersteund: geef één vlakke lijst filters."
            )
        if item.key not in FILTER_KEYS:
            raise ConfigError(
                f"Filteren op '{item.key}' kan niet: pactrag filtert op {', '.join(FILTER_KEYS)}."
            )
        if item.operator != FilterOperator.EQ or not isinstance(item.value, str):
            raise ConfigError(
                f"Filter op '{item.key}': alleen een exacte tekstwaarde (operator '==') wordt ondersteund."
            )
        if values.get(item.key, item.value) != item.value:
            raise ConfigError(f"Twee verschillende waarden voor '{item.key}': geef er één.")
        values[item.key] = item.value
    return Filters(**values)


def chunk_node(chunk: Chunk, extra: dict | None = None) -> TextNode:
    """A chunk as a ``TextNode`` whose id is the chunk id."""
    metadata: dict = {
        "report_id": chunk.report_id,
        "report_title": chunk.report_title,
        "subfacet_id": chunk.subfacet_id,
        "subfacet_title": chunk.subfacet_title,
        "section_id": chunk.section_id,
        "section_title": chunk.section_title,
        "kind": chunk.kind,
        "page": chunk.page,
        "chunk_id": chunk.chunk_id,
        "label": chunk.label,
    }
    metadata.update(extra or {})
    hidden = _HIDDEN_FROM_LLM + [key for key in metadata if key not in NODE_METADATA]
    return TextNode(
        id_=chunk.chunk_id,
        text=chunk.text,
        metadata=metadata,
        excluded_llm_metadata_keys=hidden,
        excluded_embed_metadata_keys=list(metadata),
    )


class PactragRetriever(BaseRetriever):
    """pactrag's hybrid retrieval as a llama-index retriever.

    ``index``: an open pactrag ``Index`` (default: the process's shared one for ``settings``,
    which default to the ``PACTRAG_*`` environment). ``filters``: pactrag ``Filters`` or
    llama-index ``MetadataFilters`` with exact-match keys (see ``to_filters``).
    """

    def __init__(
        self,
        index: Index | None = None,
        *,
        settings: Settings | None = None,
        k: int | None = None,
        filters: Filters | MetadataFilters | None = None,
        callback_manager: CallbackManager | None = None,
    ) -> None:
        super().__init__(callback_manager=callback_manager)
        self.index = index or get_assistant(settings, use_llm=False).index
        self.k = k
        self.filters = to_filters(filters)

    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        hits = retrieve(self.index, query_bundle.query_str, self.k, self.filters).hits
        return [NodeWithScore(node=chunk_node(h.chunk), score=h.score) for h in hits]

    async def _aretrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        return await asyncio.to_thread(self._retrieve, query_bundle)


class PactragQueryEngine(BaseQueryEngine):
    """pactrag's grounded Dutch answer as a llama-index query engine.

    ``assistant``: a pactrag ``Assistant`` (default: the process's shared one for ``settings``;
    it answers with the LLM of ``PACTRAG_LLM_*`` when configured, else extractively). The
    ``Response``'s metadata carries ``abstained``, ``abstain_reason``, ``mode``, ``notice`` and
    ``citations`` (as in ``pactrag ask --json``).
    """

    def __init__(
        self,
        assistant: Assistant | None = None,
        *,
        settings: Settings | None = None,
        k: int | None = None,
        filters: Filters | MetadataFilters | None = None,
        callback_manager: CallbackManager | None = None,
    ) -> None:
        super().__init__(callback_manager=callback_manager)
        self.assistant = assistant or get_assistant(settings)
        self.k = k
        self.filters = to_filters(filters)

    def _get_prompt_modules(self) -> PromptMixinType:
        return {}  # pactrag's prompts live in pactrag.prompts, not in llama-index templates

    def _query(self, query_bundle: QueryBundle) -> Response:
        answer = self.assistant.ask(query_bundle.query_str, filters=self.filters, k=self.k)
        scores = {h.chunk.chunk_id: h.score for h in answer.sources}
        nodes = (
            []
            if answer.abstained and not answer.citations  # an opinion declined still cites the views
            else [
                NodeWithScore(node=self._citation_node(c), score=scores.get(c.chunk_id))
                for c in sorted(answer.citations, key=lambda c: c.n)
            ]
        )
        return Response(
            response=answer.answer,
            source_nodes=nodes,
            metadata={
                "abstained": answer.abstained,
                "abstain_reason": answer.abstain_reason,
                "mode": answer.mode,
                "model": answer.model,
                "notice": answer.notice,
                "citations": [asdict(c) for c in answer.citations],
            },
        )

    async def _aquery(self, query_bundle: QueryBundle) -> Response:
        return await asyncio.to_thread(self._query, query_bundle)

    def _citation_node(self, citation: Citation) -> TextNode:
        """The cited section: its whole text (every quote is a verbatim part of it), the metadata
        of the cited chunk, the citation number and the quoted passages."""
        index = self.assistant.index
        chunk = index.by_id[citation.chunk_id]
        node = chunk_node(chunk, {"n": citation.n, "quotes": list(_quotes(citation))})
        section = index.section_of(chunk)
        if section is not None and section.text:
            node.set_content(section.text)
        return node


def _quotes(citation: Citation) -> tuple[str, ...]:
    """The quoted passages of a citation: ``quotes`` when the record has it (one citation per
    section, several quotes), else its single ``quote``."""
    quotes = getattr(citation, "quotes", None)
    if quotes:
        return tuple(quotes)
    quote = getattr(citation, "quote", "")
    return (quote,) if quote else ()


def query_engine_tool(
    engine: PactragQueryEngine | None = None, name: str = TOOL_NAME, description: str = TOOL_DESCRIPTION
) -> QueryEngineTool:
    """The query engine as a tool an agent can call (e.g. ``FunctionAgent(tools=[tool], llm=…)``)."""
    return QueryEngineTool.from_defaults(
        query_engine=engine or PactragQueryEngine(), name=name, description=description
    )
