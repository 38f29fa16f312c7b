"""Which PDF text extractor for pactrag? pypdf vs pypdfium2 vs pdfplumber on real renderers' PDFs.

    .venv/bin/python benchmarks/pdf_extractors.py      # needs the bench extra (pypdf); pdfplumber optional: pip install pdfplumber

Per fixture (tests/fixtures/*.pdf) and extractor: time to extract every page, ligature
characters left (ﬁ, ﬂ …), and how many sentences of the text version (longer than 60
characters) occur verbatim in the extracted text (whitespace-normalised, NFKC): a low count
means words or reading order were lost (two columns read across). Before any cleanup, so
page breaks and hyphenation cost every extractor the same sentences.
"""

from __future__ import annotations

import re
import sys
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEXT_VERSION = ROOT / "corpus" / "toekomstatelier-5-besturen-en-burgers-2025-06-16.txt"
LIGATURES = "\ufb00\ufb01\ufb02\ufb03\ufb04\ufb05\ufb06"


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()


def with_pypdf(path: Path) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def with_pypdfium2(path: Path) -> list[str]:
    import pypdfium2 as pdfium

    return [page.get_textpage().get_text_range() for page in pdfium.PdfDocument(str(path))]


def with_pdfplumber(path: Path) -> list[str]:
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def with_pactrag(path: Path) -> list[str]:
    """pypdfium2 + pactrag's cleanup (pdftext.py): headers, footers, hyphens removed."""
    sys.path.insert(0, str(ROOT / "src"))
    from pactrag.pdftext import read_pdf

    result = read_pdf(path)
    return [result.text]


def main() -> int:
    sentences = [
        s for s in re.split(r"(?<=[.!?])\s+", norm(TEXT_VERSION.read_text(encoding="utf-8"))) if len(s) > 60
    ]
    print("| PDF | extractor | ms | ligatures left | sentences verbatim |")
    print("|---|---|---|---|---|")
    for pdf in sorted((ROOT / "tests" / "fixtures").glob("*.pdf")):
        for name, extract in (
            ("pypdf", with_pypdf),
            ("pypdfium2", with_pypdfium2),
            ("pdfplumber", with_pdfplumber),
            ("pypdfium2 + pdftext", with_pactrag),
        ):
            try:
                t0 = time.perf_counter()
                pages = extract(pdf)
                ms = (time.perf_counter() - t0) * 1000
            except ImportError:
                print(f"| {pdf.name} | {name} | not installed | | |")
                continue
            raw = "\n".join(pages)
            text = norm(raw.replace("\ufffe", "-"))
            found = sum(1 for s in sentences if s in text)
            lig = sum(raw.count(c) for c in LIGATURES)
            print(f"| {pdf.name} | {name} | {ms:.0f} | {lig} | {found}/{len(sentences)} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
