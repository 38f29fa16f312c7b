"""PDF cleanup: running headers/footers, page numbers, hyphens, ligatures (pdftext.py).

Unit tests on made-up pages, then the bundled report as printed by real renderers
(tests/fixtures/*.pdf, made by scripts/make_test_pdfs.py): headless Chromium with its default
header and footer, the same in two columns, and LibreOffice from a DOCX with a header, a
"Pagina n van N" footer and Dutch hyphenation.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import pytest
from conftest import REPORT_TXT

from pactrag.chunk import chunk_sections
from pactrag.cli import main
from pactrag.parse import normalise_block, parse_report, read_file
from pactrag.pdftext import PdfLine, PdfPage, clean_pages
from pactrag.records import Report

FIXTURES = Path(__file__).parent / "fixtures"
PDFS = ("chromium.pdf", "chromium-2col.pdf", "libreoffice.pdf")
GOLDEN = json.loads((Path(__file__).parent / "golden" / "sections.json").read_text(encoding="utf-8"))
REPORT = Report("toekomstatelier-5", "Verslag toekomstatelier 5")
# what the renderers print around the page: none of it may reach a section or chunk
ARTEFACTS = re.compile(
    r"https?://|file://|verslag\.html|\b\d{1,2}/\d{1,2}/\d{2},|\bPM\b|Pagina \d+ van|\b\d{1,2}/2[0-9]\b"
    r"|Plattelandspact – Verslag|[\ufb00-\ufb06\ufffe\u00ad]"
)


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def page(*body: str, header: str = "", footer: str = "", height: float = 800) -> PdfPage:
    """Body lines from the top down; header and footer in the outer zones."""
    lines = [PdfLine(text, 700 - 20 * i, 690 - 20 * i) for i, text in enumerate(body)]
    if header:
        lines.append(PdfLine(header, 790, 780))  # pdfium often gives these last
    if footer:
        lines.append(PdfLine(footer, 20, 10))
    return PdfPage(tuple(lines), height)


# ---------------------------------------------------------------------------------------
# The cleanup on made-up pages


def test_running_header_and_footer_are_removed_and_the_sentence_joined():
    pages = [
        page(
            "Eerste pagina met een zin die doorloopt tot na",
            header=f"11/27/26, 12:{10 + n} PM Verslag toekomstatelier 5",
            footer=f"http://127.0.0.1:8000/verslag.html {n}/4",
        )
        if n == 1
        else page(
            f"het einde van pagina {n - 1}. Een nieuwe zin die ook doorloopt tot",
            header=f"11/27/26, 12:{10 + n} PM Verslag toekomstatelier 5",
            footer=f"http://127.0.0.1:8000/verslag.html {n}/4",
        )
        for n in range(1, 5)
    ]
    result = clean_pages(pages)
    assert "Verslag toekomstatelier" not in result.text and "verslag.html" not in result.text
    assert [(r.page, r.reason) for r in result.removed] == [
        (n, reason) for n in range(1, 5) for reason in ("header", "footer")
    ]
    assert result.removed[1].text == "http://127.0.0.1:8000/verslag.html 1/4"
    paragraph = normalise_block(result.text.split("\n"))
    assert "doorloopt tot na het einde van pagina 1. Een nieuwe zin" in paragraph
    # each page's text starts where page_starts says
    assert [result.text[s:].split("\n")[0][:7] for s in result.page_starts] == ["Eerste ", *["het ein"] * 3]


def test_page_numbers_go_but_numbers_in_the_text_stay():
    pages = [
        page("In 2050 is het platteland schitterend.", footer="Pagina 1 van 3"),
        page("2050", "Tekst.", footer="- 2 -"),
        page("Meer tekst.", footer="3"),
    ]
    result = clean_pages(pages)
    assert {(r.page, r.reason) for r in result.removed} == {
        (1, "page-number"),
        (2, "page-number"),
        (3, "page-number"),
    }
    assert "2050\n" in result.text and "Pagina" not in result.text


def test_a_line_repeated_on_a_few_page_tops_is_content():
    pages = [page("Omschrijving" if n % 3 == 0 else f"Alinea {n} begint hier.", "Tekst.") for n in range(6)]
    result = clean_pages(pages)
    assert result.removed == ()
    assert result.text.count("Omschrijving") == 2


def test_near_same_headers_are_one_running_header():
    titles = ["Inleiding", "Inleiding", "Verloop", "Verloop", "Subfacetten"]
    pages = [page("Tekst.", header=f"Verslag toekomstatelier 5 · deel {n}") for n, _ in enumerate(titles)]
    assert [r.reason for r in clean_pages(pages).removed] == ["header"] * 5


def test_hyphenation_ligatures_and_compatibility_characters():
    pages = [
        page("Een dynamisch netwerk en stad-platteland.", "Het is dyna-", "misch en de stad-"),
        page("platteland, met steden-", "en gemeentegrenzen, ﬁnanciering …", "en de synergie-", "effecten."),
    ]
    text = norm(clean_pages(pages).text)
    assert "Het is dynamisch en de stad-platteland, met steden- en gemeentegrenzen" in text
    assert "financiering …" in text  # the ligature undone, the report's ellipsis kept
    assert "synergie-effecten" in text  # Dutch vowel clash: the hyphen belongs to the word


# ---------------------------------------------------------------------------------------
# The bundled report printed by real renderers


@cache
def _pdf(name: str):
    doc = read_file(FIXTURES / name)
    return doc, parse_report(doc, REPORT)


@cache
def _txt_sections():
    return {s.section_id: s for s in parse_report(read_file(REPORT_TXT), REPORT)}


@pytest.mark.parametrize("name", PDFS)
def test_real_pdf_gives_the_golden_sections_with_the_text_versions_words(name):
    doc, sections = _pdf(name)
    toc = [
        {k: getattr(s, k) for k in ("section_id", "title", "kind", "subfacet_id", "level")} for s in sections
    ]
    assert toc == GOLDEN
    txt = _txt_sections()
    differing = [s.section_id for s in sections if norm(s.text) != norm(txt[s.section_id].text)]
    assert differing == []
    pages = [s.page for s in sections]
    assert pages[0] == 1 and pages == sorted(pages) and pages[-1] >= len(doc.page_starts) - 1


@pytest.mark.parametrize("name", PDFS)
def test_real_pdf_chunks_hold_no_header_footer_or_page_number(name):
    doc, sections = _pdf(name)
    pages = len(doc.page_starts)
    assert pages > 15
    # every page lost its running header and its footer or page number, nothing else
    assert len(doc.removed) == 2 * pages
    assert {r.page for r in doc.removed} == set(range(1, pages + 1))
    assert all(ARTEFACTS.search(r.text) for r in doc.removed)
    chunks = chunk_sections(Report("toekomstatelier-5", "Verslag toekomstatelier 5"), sections)
    assert len(chunks) > 60
    leaking = [c.chunk_id for c in chunks if ARTEFACTS.search(c.text)]
    assert leaking == []
    removed = {r.text for r in doc.removed}
    assert not [c.chunk_id for c in chunks if any(line in c.text for line in removed)]


def test_sections_check_shows_sections_pages_and_removed_lines(capsys):
    assert main(["sections", "--check", str(FIXTURES / "libreoffice.pdf")]) == 0
    out = capsys.readouterr().out
    assert "45 secties gevonden (42 genummerd)" in out
    assert re.search(r"p\. \d+–\d+ +2\.3\.3\.2 Opschaling \(start\)", out)
    assert "paginanummer op 22 pagina's (1–22), bv. “Pagina 1 van 22”" in out
    assert "koptekst op 22 pagina's (1–22), bv. “Plattelandspact – Verslag toekomstatelier 5" in out
    assert main(["sections", "--check", str(FIXTURES / "chromium.pdf"), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["sections"]) == 45 and data["pages"] == len(_pdf("chromium.pdf")[0].page_starts)
    assert {r["reason"] for r in data["removed"]} == {"header", "footer"}


@pytest.mark.parametrize("name", ("chromium.pdf", "libreoffice.pdf"))
def test_answers_from_a_pdf_alone_quote_the_text_version(tmp_path, name):
    """A corpus of only the PDF (hash embedder: seconds); answers to a sample of the eval
    questions cite quotes that stand verbatim in the text version, free of page furniture."""
    from conftest import make_settings

    from pactrag.answer import Assistant
    from pactrag.index import Index, ingest

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / name).write_bytes((FIXTURES / name).read_bytes())
    settings = make_settings(
        tmp_path, corpus=corpus, embedder="hash-256", cache_dir=tmp_path / "cache", abstain_threshold=-1.0
    )
    ingest(settings)
    assistant = Assistant(settings, index=Index(settings), use_llm=False)
    rows = [json.loads(line) for line in (Path(__file__).parents[1] / "evals/v1/questions.jsonl").open()]
    sample = [r for r in rows if "refuse" not in r["tags"] and "injection" not in r["tags"]][::8]
    txt = _txt_sections()
    removed = [r.text for r in _pdf(name)[0].removed]
    quotes = 0
    for row in sample:
        answer = assistant.ask(row["question"])
        assert not ARTEFACTS.search(answer.answer) and not any(line in answer.answer for line in removed)
        for c in answer.citations:
            quotes += 1
            assert norm(c.quote) in norm(txt[c.section_id].text), (row["question"], c.quote)
    assert len(sample) >= 15 and quotes >= len(sample)


def test_a_running_chapter_title_in_its_own_font_is_a_header():
    small = (8.0, 300)
    pages = [
        PdfPage(
            (
                PdfLine(title, 790, 782, small),
                PdfLine("Gewone tekst van de pagina.", 700, 690, (11.0, 400)),
                PdfLine("Nog een regel tekst.", 680, 670, (11.0, 400)),
            ),
            800,
        )
        for title in ("Inleiding", "Verloop van het atelier", "Subfacetten", "Bijlage")
    ]
    result = clean_pages(pages)
    assert [r.reason for r in result.removed] == ["header"] * 4
    assert "Inleiding" not in result.text and result.text.count("Gewone tekst") == 4


def test_check_file_pages_per_section():
    from pactrag.filecheck import check_file

    check = check_file(FIXTURES / "libreoffice.pdf")
    spans = {sp.section.section_id: (sp.first_page, sp.last_page) for sp in check.sections}
    assert check.pages == 22 and len(spans) == 45
    # §2.3.3 opens a page: the section before it ends on the page before, not on that page
    assert spans["2.3.2"][1] == spans["2.3.3"][0] - 1
    # a section that runs on to where the next one starts mid-page shares that page
    assert spans["2.1.3.1"] == (3, 4) and spans["2.1.3.2"][0] == 4
    assert spans["bijlage"][1] == 22
