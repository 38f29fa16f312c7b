"""Print the bundled report to PDF with real renderers, as the other reports will arrive.

    .venv/bin/python scripts/make_test_pdfs.py        # rewrites tests/fixtures/*.pdf

- ``chromium.pdf``: the report as simple HTML printed by headless Chromium with its default
  running header (date, title) and footer (page address, "n/N"); the page is served on
  loopback so the footer shows an address, not a path of this machine.
- ``chromium-2col.pdf``: the same in two columns per page (CSS columns).
- ``libreoffice.pdf``: a DOCX with a running header and a "Pagina n van N" footer, justified,
  with Dutch automatic hyphenation, converted by LibreOffice (``soffice --convert-to pdf``).

Needs ``chromium`` (scripts/browser-deps.sh) and ``libreoffice-writer-nogui`` + ``hyphen-nl``
(apt). CI does not: the PDFs are committed as fixtures; rerun this when the report changes.
"""

from __future__ import annotations

import functools
import html
import http.server
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REPORT = ROOT / "corpus" / "toekomstatelier-5-besturen-en-burgers-2025-06-16.txt"
OUT = ROOT / "tests" / "fixtures"
TITLE = "Verslag toekomstatelier 5"

_HEADING = re.compile(r"^\s*\d+(\.\d+)*\.?\s+\S")
_BULLET = re.compile(r"^\s*[•o▪–-]\s")
WRAPPED = 85  # a source line this long was wrapped by the export: its paragraph goes on


def paragraphs(text: str) -> list[str]:
    """The report's hard-wrapped lines joined back into paragraphs (headings and bullets apart)."""
    out: list[str] = []
    current, last_length = "", 0
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            if current:
                out.append(current)
            current = ""
            continue
        if current and last_length >= WRAPPED and not (_HEADING.match(line) or _BULLET.match(line)):
            current += line if current.endswith("-") else " " + line  # as the parser joins them
        else:
            if current:
                out.append(current)
            current = line
        last_length = len(raw.rstrip())
    if current:
        out.append(current)
    return out


def report_html(text: str, columns: int = 1) -> str:
    body = []
    for p in paragraphs(text):
        tag = "h2" if _HEADING.match(p) and len(p) < 130 and not p.rstrip().endswith(".") else "p"
        body.append(f"<{tag}>{html.escape(p)}</{tag}>")
    column_css = f"body {{ column-count: {columns}; column-gap: 2em; }}" if columns > 1 else ""
    return (
        '<!doctype html><html lang="nl"><head><meta charset="utf-8">'
        f"<title>{TITLE}</title><style>"
        "body { font-family: 'DejaVu Serif', serif; font-size: 11pt; line-height: 1.35; }"
        "h2 { font-size: 12pt; margin: 1.2em 0 0.4em; } p { margin: 0 0 0.6em; }"
        f"{column_css}</style></head><body>\n" + "\n".join(body) + "\n</body></html>\n"
    )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def chromium_pdf(page_html: str, out: Path, tmp: Path) -> None:
    """Print with headless Chromium's default header and footer, page served on loopback."""
    (tmp / "verslag.html").write_text(page_html, encoding="utf-8")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp))
    port = _free_port()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        subprocess.run(
            [
                shutil.which("chromium") or "chromium",
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                f"--user-data-dir={tmp / 'profile'}",
                f"--print-to-pdf={out}",
                f"http://127.0.0.1:{port}/verslag.html",
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
    finally:
        server.shutdown()


def _field(paragraph, instruction: str) -> None:
    """A Word field (PAGE, NUMPAGES) in a paragraph."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, instruction), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        elif text == "1":
            el = OxmlElement("w:t")
            el.text = text
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = f" {text} "
        run._r.append(el)


def report_docx(text: str, out: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.name = "Liberation Serif"
    normal.font.size = Pt(11)
    rpr = normal.element.get_or_add_rPr()
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "nl-BE")
    rpr.append(lang)
    hyphenate = OxmlElement("w:autoHyphenation")
    document.settings.element.append(hyphenate)
    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = "Plattelandspact – Verslag toekomstatelier 5 – Besturen en burgers samen aan zet"
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer.add_run("Pagina ")
    _field(footer, "PAGE")
    footer.add_run(" van ")
    _field(footer, "NUMPAGES")
    for p in paragraphs(text):
        para = document.add_paragraph(p)
        para.paragraph_format.space_after = Pt(4)
        if len(p) > 120:
            para.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    document.save(str(out))


def libreoffice_pdf(docx_path: Path, out: Path, tmp: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("soffice ontbreekt: apt-get install libreoffice-writer-nogui hyphen-nl")
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{tmp / 'lo-profile'}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp),
            str(docx_path),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    shutil.move(str(tmp / (docx_path.stem + ".pdf")), out)


def main() -> int:
    text = REPORT.read_text(encoding="utf-8")
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        chromium_pdf(report_html(text), OUT / "chromium.pdf", tmp)
        chromium_pdf(report_html(text, columns=2), OUT / "chromium-2col.pdf", tmp)
        report_docx(text, tmp / "libreoffice.docx")
        libreoffice_pdf(tmp / "libreoffice.docx", OUT / "libreoffice.pdf", tmp)
    for pdf in sorted(OUT.glob("*.pdf")):
        print(f"{pdf.relative_to(ROOT)}: {pdf.stat().st_size // 1024} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
