"""Make PDF / DOCX / Markdown versions of the real report for the reader tests."""

from __future__ import annotations

from pathlib import Path

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def report_to_pdf(text: str, out: Path, lines_per_page: int = 48) -> Path:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    if DEJAVU.exists():
        pdf.add_font("dejavu", fname=str(DEJAVU))
        pdf.set_font("dejavu", size=9)
    else:  # core font: Latin-1 only
        pdf.set_font("helvetica", size=9)
        text = (
            text.translate(
                {0x2022: "-", 0x2019: "'", 0x2018: "'", 0x201C: '"', 0x201D: '"', 0x2013: "-", 0x2026: "..."}
            )
            .encode("latin-1", "replace")
            .decode("latin-1")
        )
    lines = text.split("\n")
    for i in range(0, len(lines), lines_per_page):
        pdf.add_page()
        for j, line in enumerate(lines[i : i + lines_per_page]):
            pdf.set_xy(10, 10 + j * 5.5)
            pdf.cell(0, 5, line.strip())
    pdf.output(str(out))
    return out


def report_to_docx(text: str, out: Path) -> Path:
    import docx

    document = docx.Document()
    for line in text.split("\n"):
        document.add_paragraph(line.rstrip())
    document.save(str(out))
    return out
