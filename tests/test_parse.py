"""Parser: golden table of contents of the real report, through every reader."""

import json
from pathlib import Path

import pytest
from conftest import REPORT_TXT
from docgen import report_to_docx, report_to_pdf

from pactrag.errors import CorpusError
from pactrag.parse import RawDocument, display_title, infer_report, normalise_block, parse_report, read_file
from pactrag.records import Report

GOLDEN = json.loads((Path(__file__).parent / "golden" / "sections.json").read_text(encoding="utf-8"))
REPORT = Report("toekomstatelier-5", "Verslag toekomstatelier 5")


def _toc(sections):
    return [
        {
            "section_id": s.section_id,
            "title": s.title,
            "kind": s.kind,
            "subfacet_id": s.subfacet_id,
            "level": s.level,
        }
        for s in sections
    ]


def test_txt_matches_golden_table_of_contents():
    sections = parse_report(read_file(REPORT_TXT), REPORT)
    assert _toc(sections) == GOLDEN
    numbered = [s for s in sections if s.section_id[0].isdigit()]
    assert len(numbered) == 42
    assert {s.section_id for s in sections} - {s.section_id for s in numbered} == {
        "inleiding",
        "status-van-dit-document",
        "bijlage",
    }


def test_wrapped_heading_stray_space_and_trailing_period():
    by_id = {s.section_id: s for s in parse_report(read_file(REPORT_TXT), REPORT)}
    # "2.1 BOUWEN … STAD-" + blank + "PLATTELAND": one heading, clean casing
    assert by_id["2.1"].title == "Bouwen aan een gemeenschappelijke toekomst stad-platteland"
    assert not by_id["2.1.1"].text.startswith("PLATTELAND")
    # " 2.1.3.4 Synergiën … facetten.  " starts with a page-break space and ends with a period
    assert by_id["2.1.3.4"].title == "Synergiën met andere beleidsdomeinen en facetten"
    assert (
        by_id["2.3.3.2"].kind == "start"
        and by_id["2.3.3.2"].subfacet_title == "Intergemeentelijke en interbestuurlijke samenwerking"
    )
    assert by_id["2.3.3.2"].label == (
        "§2.3.3.2 Opschaling (start) — 2.3 Intergemeentelijke en interbestuurlijke samenwerking"
    )


def test_numbered_list_items_are_not_headings():
    by_id = {s.section_id: s for s in parse_report(read_file(REPORT_TXT), REPORT)}
    assert "1. Aanvulling van het toekomstbeeld" in by_id["1"].text
    assert "Continue – Start – Stop – Synergie" in by_id["1"].text


def test_unnumbered_parts():
    by_id = {s.section_id: s for s in parse_report(read_file(REPORT_TXT), REPORT)}
    assert by_id["inleiding"].text.startswith("Het traject naar een Plattelandspact")
    assert "VERSLAG TOEKOMSTATELIER" not in by_id["inleiding"].text  # title page is metadata
    assert by_id["status-van-dit-document"].text.startswith("Dit document heeft geen formele status.")
    appendix = by_id["bijlage"]
    assert appendix.kind == "appendix"
    assert "Agentschap Binnenlands Bestuur" in appendix.text and "Gemeente Retie" in appendix.text
    assert "vraagstukken effectief aan te pakken" in by_id["2.5.3.4"].text
    assert "Agentschap" not in by_id["2.5.3.4"].text


def test_paragraphs_are_joined_and_bullets_kept():
    by_id = {s.section_id: s for s in parse_report(read_file(REPORT_TXT), REPORT)}
    text = by_id["2.2.3.1"].text
    assert (
        "Een ander concreet voorbeeld zijn taxicheques in gemeenten of regio’s om mensen in "
        "mobiliteitsnood een vervoersoplossing te bieden."
    ) in text
    assert "\n• Het onderscheid tussen stad en platteland" in "\n" + by_id["2.1.2"].text


def test_inferred_report_metadata():
    report = infer_report(read_file(REPORT_TXT), REPORT_TXT.name, "x")
    assert (report.date, report.number, report.place) == ("2025-06-16", 5, "Olen")
    assert report.theme == "Besturen en burgers samen aan zet"


def test_pdf_reader_keeps_pages_and_headings(tmp_path):
    pdf = report_to_pdf(REPORT_TXT.read_text(encoding="utf-8"), tmp_path / "verslag.pdf")
    doc = read_file(pdf)
    assert len(doc.page_starts) > 10
    sections = parse_report(doc, REPORT)
    assert [(s["section_id"], s["title"]) for s in _toc(sections)] == [
        (g["section_id"], g["title"]) for g in GOLDEN
    ]
    pages = [s.page for s in sections]
    assert pages[0] == 1 and pages == sorted(pages) and pages[-1] > 15


def test_docx_and_markdown_readers(tmp_path):
    text = REPORT_TXT.read_text(encoding="utf-8")
    docx_sections = parse_report(read_file(report_to_docx(text, tmp_path / "verslag.docx")), REPORT)
    assert [s.section_id for s in docx_sections] == [g["section_id"] for g in GOLDEN]
    md = tmp_path / "verslag.md"
    md.write_text(
        text.replace("2.3.3.2 Opschaling (start)", "### 2.3.3.2 Opschaling (start)"), encoding="utf-8"
    )
    assert [s.section_id for s in parse_report(read_file(md), REPORT)] == [g["section_id"] for g in GOLDEN]


@pytest.mark.parametrize(
    "name,content,message",
    [
        ("leeg.txt", b"", "leeg"),
        ("kapot.pdf", b"%PDF-1.4\n garbage \x00\x01", "PDF"),
        ("iets.xlsx", b"abc", "onbekend bestandstype"),
    ],
)
def test_bad_files_raise_clear_errors(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(CorpusError, match=message):
        read_file(path)


def test_text_without_sections_is_rejected():
    with pytest.raises(CorpusError, match="geen genummerde hoofdstukken"):
        parse_report(RawDocument("Gewoon een brief.\nMet twee regels."), REPORT)


def test_cp1252_text_is_read(tmp_path):
    path = tmp_path / "oud.txt"
    path.write_bytes(REPORT_TXT.read_text(encoding="utf-8").encode("cp1252", "replace"))
    assert [s.section_id for s in parse_report(read_file(path), REPORT)] == [g["section_id"] for g in GOLDEN]


def test_display_title_and_normalise():
    assert display_title("VERLOOP VAN HET TOEKOMSTATELIER ") == "Verloop van het toekomstatelier"
    assert display_title("Drempels (stop).") == "Drempels (stop)"
    assert (
        normalise_block(["Een zin die doorloopt", "op de volgende regel.", "", "Nieuwe alinea."])
        == "Een zin die doorloopt op de volgende regel.\n\nNieuwe alinea."
    )
