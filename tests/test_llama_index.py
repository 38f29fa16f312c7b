"""pactrag inside llama-index: the retriever and query engine with llama-index's own objects.

No network and no OpenAI defaults: llama-index's global LLM and embedding model are set to its
local mocks for this module, and the README snippet is run in a fresh process that checks they
were never even resolved.
"""

from __future__ import annotations

import asyncio
import os
import re
import subprocess
import sys
import textwrap

import pytest
from conftest import ROOT
from llama_index.core import Settings as LISettings
from llama_index.core.embeddings import MockEmbedding
from llama_index.core.llms import MockLLM
from llama_index.core.query_engine import RetrieverQueryEngine
from llama_index.core.schema import MetadataMode, NodeWithScore, TextNode
from llama_index.core.vector_stores.types import (
    ExactMatchFilter,
    FilterCondition,
    FilterOperator,
    MetadataFilter,
    MetadataFilters,
)

from pactrag import llama_index as li
from pactrag import messages as M
from pactrag.errors import ConfigError
from pactrag.refusal import wording
from pactrag.retrieve import Filters, retrieve

QUESTION = "Wat houdt intergemeentelijke samenwerking tegen?"
PRACTICES = "Welke goede praktijken zijn er rond dorpsraden?"
OFF_TOPIC = "Wie is de burgemeester van Tongeren?"


@pytest.fixture(scope="module", autouse=True)
def local_llama_index_defaults():
    saved = (LISettings._llm, LISettings._embed_model)
    LISettings.llm = MockLLM()
    LISettings.embed_model = MockEmbedding(embed_dim=8)
    yield
    LISettings._llm, LISettings._embed_model = saved


@pytest.fixture(scope="module")
def retriever(index):
    return li.PactragRetriever(index, k=4)


@pytest.fixture(scope="module")
def engine(assistant):
    return li.PactragQueryEngine(assistant)


def test_retriever_returns_pactrag_hits_as_text_nodes_with_section_metadata(index, retriever):
    nodes = retriever.retrieve(QUESTION)
    hits = retrieve(index, QUESTION, 4).hits
    assert [n.node.node_id for n in nodes] == [h.chunk.chunk_id for h in hits]
    assert [n.score for n in nodes] == [h.score for h in hits]
    first, chunk = nodes[0], hits[0].chunk
    assert isinstance(first, NodeWithScore) and isinstance(first.node, TextNode)
    assert first.node.get_content() == chunk.text
    assert set(first.node.metadata) >= {
        "report_id",
        "report_title",
        "subfacet_id",
        "subfacet_title",
        "section_id",
        "section_title",
        "kind",
        "page",
        "chunk_id",
    }
    assert first.node.metadata["section_id"] == chunk.section_id
    assert first.node.metadata["kind"] == "stop" and first.node.metadata["subfacet_id"] == "2.3"
    # an LLM synthesizer sees the section label, not the ids
    llm_view = first.node.get_content(MetadataMode.LLM)
    assert chunk.label in llm_view and chunk.chunk_id not in llm_view


def test_metadata_filters_with_exact_match_keys(index):
    filters = MetadataFilters(
        filters=[
            ExactMatchFilter(key="kind", value="continue"),
            MetadataFilter(key="subfacet_id", value="2.5", operator=FilterOperator.EQ),
        ]
    )
    nodes = li.PactragRetriever(index, k=5, filters=filters).retrieve("Wat werkt goed?")
    assert nodes
    assert {(n.node.metadata["kind"], n.node.metadata["subfacet_id"]) for n in nodes} == {("continue", "2.5")}
    # the same as pactrag's own Filters
    own = li.PactragRetriever(index, k=5, filters=Filters(subfacet_id="2.5", kind="continue"))
    assert [n.node.node_id for n in own.retrieve("Wat werkt goed?")] == [n.node.node_id for n in nodes]


@pytest.mark.parametrize(
    ("filters", "says"),
    [
        (MetadataFilters(filters=[MetadataFilter(key="page", value=3)]), "pactrag filtert op subfacet_id"),
        (
            MetadataFilters(filters=[MetadataFilter(key="kind", value="stop", operator=FilterOperator.NE)]),
            "operator '=='",
        ),
        (
            MetadataFilters(
                filters=[MetadataFilter(key="kind", value="stop"), MetadataFilter(key="kind", value="start")],
                condition=FilterCondition.OR,
            ),
            "alleen met AND",
        ),
        (
            MetadataFilters(
                filters=[MetadataFilter(key="kind", value="stop"), MetadataFilter(key="kind", value="start")]
            ),
            "Twee verschillende waarden voor 'kind'",
        ),
    ],
)
def test_filters_pactrag_cannot_apply_are_refused_with_what_to_do(index, filters, says):
    with pytest.raises(ConfigError, match=re.escape(says)):
        li.PactragRetriever(index, filters=filters)


def test_retriever_query_engine_with_mock_llm_gets_pactrag_nodes(retriever):
    engine = RetrieverQueryEngine.from_args(retriever, llm=MockLLM())
    response = engine.query(QUESTION)
    ids = [n.node.node_id for n in retriever.retrieve(QUESTION)]
    assert [n.node.node_id for n in response.source_nodes] == ids
    # MockLLM echoes its prompt: llama-index's QA prompt holds pactrag's passages and section labels
    text = str(response)
    assert response.source_nodes[0].node.get_content() in text
    assert response.source_nodes[0].node.metadata["label"] in text


def test_query_engine_returns_pactrag_answer_with_cited_sections_in_order(assistant, engine):
    response = engine.query(PRACTICES)
    expected = assistant.ask(PRACTICES)
    assert response.response == expected.answer and "[1]" in response.response
    assert not response.metadata["abstained"] and response.metadata["mode"] == "extractive"
    cited = sorted(expected.citations, key=lambda c: c.n)
    assert [n.node.node_id for n in response.source_nodes] == [c.chunk_id for c in cited]
    assert [n.node.metadata["n"] for n in response.source_nodes] == list(range(1, len(cited) + 1))
    for node, citation in zip(response.source_nodes, cited, strict=True):
        assert node.node.metadata["section_id"] == citation.section_id
        section = assistant.index.section_by_key[(citation.report_id, citation.section_id)]
        assert node.node.get_content() == section.text  # the cited section, whole
        assert node.node.metadata["quotes"]
        assert all(q in section.text for q in node.node.metadata["quotes"])
        assert node.score is not None and node.score > 0
    assert response.metadata["citations"][0]["chunk_id"] == cited[0].chunk_id


def test_abstention_is_a_response_without_source_nodes(engine):
    response = engine.query(OFF_TOPIC)
    assert response.metadata["abstained"] is True
    assert response.source_nodes == []
    assert response.response.startswith(wording(engine.assistant.index).nothing)


def test_an_opinion_declined_still_cites_the_participants_views(engine):
    # no advice of its own (an abstention), but the cited points are nodes like any answer's
    response = engine.query("Wat vindt u van gemeentefusies?")
    assert response.metadata["abstained"] is True and response.metadata["abstain_reason"] == "opinion"
    assert response.source_nodes and response.response.startswith(M.OPINION_NONE)


def test_query_engine_filters_and_async(assistant):
    engine = li.PactragQueryEngine(
        assistant, filters=MetadataFilters(filters=[ExactMatchFilter(key="subfacet_id", value="2.3")])
    )
    response = asyncio.run(engine.aquery("Welke drempels zijn er?"))
    assert response.source_nodes
    assert {n.node.metadata["subfacet_id"] for n in response.source_nodes} == {"2.3"}


def test_query_engine_tool_for_agents(engine):
    tool = li.query_engine_tool(engine)
    assert tool.metadata.name == li.TOOL_NAME and "Plattelandspact" in tool.metadata.description
    assert tool.metadata.get_parameters_dict()["required"] == ["input"]
    out = tool.call(input="Wat is Broodje Burger?")  # how an agent calls it
    assert "Broodje Burger" in out.content and "[1]" in out.content
    assert out.raw_output.source_nodes and out.tool_name == li.TOOL_NAME


def _child_env(built_settings) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PACTRAG_", "OPENAI_"))}
    for key in ("TIKTOKEN_CACHE_DIR", "NLTK_DATA"):
        env.pop(key, None)  # llama-index uses its bundled data only while these are unset
    env.update(
        PACTRAG_INDEX_DIR=str(built_settings.index_dir),
        PACTRAG_CORPUS_DIR=str(built_settings.corpus_dir),
        PACTRAG_CACHE_DIR=str(built_settings.embedding_cache_dir),
    )
    return env


def test_pactrag_ask_does_not_import_llama_index(built_settings):
    code = textwrap.dedent(
        """
        import sys
        from pactrag import cli
        assert cli.main(["ask", "--json", "Wat is Broodje Burger?"]) == 0
        heavy = sorted({m.split(".")[0] for m in sys.modules} & {"llama_index", "gradio"})
        print("IMPORTED", heavy, file=sys.stderr)
        sys.exit(3 if heavy else 0)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        env=_child_env(built_settings),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert '"citations"' in result.stdout and "IMPORTED []" in result.stderr


def test_readme_snippet_runs_and_leaves_llama_index_defaults_unresolved(built_settings):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Using pactrag from llama-index", 1)[1].split("\n## ", 1)[0]
    snippet = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    check = (
        "\nfrom llama_index.core import Settings as _S\n"
        "assert _S._llm is None and _S._embed_model is None, 'OpenAI defaults were resolved'\n"
        "print('SNIPPET OK')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", snippet + check],
        env=_child_env(built_settings),
        capture_output=True,
        text=True,
        timeout=180,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "SNIPPET OK" in result.stdout and "[1]" in result.stdout
