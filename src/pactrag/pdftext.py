"""PDF pages -> clean text: running headers and footers, page numbers, hyphens, ligatures.

    read_pdf(path) -> PdfText            # pypdfium2: text in content order + position per line
    clean_pages(pages) -> PdfText        # pure: what read_pdf does after extraction

Office tools and browsers print a running header and footer on every page (a title, a date,
an address, "n/25", "Pagina n van N"). Extracted as plain text they land between the two
halves of a sentence that the page break split. This stage finds them by repetition: a line
at the top or bottom of a page (by position, not by text order) that recurs, digits aside,
in the same zone on most pages, or that stands at one height in a font of its own on most
pages (a running chapter title). Bare page numbers in those zones go too. What is dropped is
kept in ``removed`` so ``pactrag sections --check`` can show it.

Also: end-of-line hyphens are undone when the joined word is a word of the document (a
hyphen that belongs to the word, "stad-platteland", stays); ligatures and other compatibility
characters become plain letters (NFKC, keeping the report's "…"); a heading that a narrow
column wrapped over several lines is joined back by its font. Each line keeps its page.
"""

from __future__ import annotations

import difflib
import math
import re
import threading
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

# Where pdfium or a renderer marks a hyphen at a line break (pdfium joins the two lines).
BREAK_MARKS = "\ufffe\u00ad\x02"
ZONE = 0.12  # top/bottom share of the page height where headers and footers live
ZONE_LINES = 2  # at most this many lines per zone and page are header/footer candidates
REPEAT_SHARE = 0.5  # a header/footer recurs on at least this share of the pages …
MIN_REPEAT = 2  # … and on at least this many
SIMILAR = 0.85  # near-same lines (difflib ratio of their digit-free forms)
KEEP_CHARS = frozenset("…")  # compatibility characters the report itself uses
_PDFIUM = threading.Lock()  # pdfium is not thread-safe (pypdfium2's docs): one document at a time

_PAGE_NUMBER = re.compile(
    r"^(?:(?:pagina|page|blz\.?|p\.)\s*)?[-–—]?\s*(\d{1,4})\s*[-–—]?"
    r"(?:\s*(?:/|van|of|\|)\s*(\d{1,4}))?$",
    re.I,
)
_NUMBERED_HEADING = re.compile(r"^\d+(?:\.\d+)*\.?\s+\S")
_WORD = re.compile(r"[^\W\d_]+", re.U)
_VOWEL_CLASH = frozenset({"aa", "ee", "oo", "uu", "ie", "ei", "eu", "oe", "ou", "ui", "ij", "au"})
_ELLIPSIS_WORDS = frozenset({"en", "of", "tot", "noch"})  # 'beleids- en gemeentegrenzen'


@dataclass(frozen=True)
class PdfLine:
    """One text line of a page as extracted, with its vertical extent (PDF points, y up)."""

    text: str
    top: float
    bottom: float
    font: tuple[float, int] = (0.0, 0)  # (size, weight) of its first letter


@dataclass(frozen=True)
class PdfPage:
    lines: tuple[PdfLine, ...]
    height: float


@dataclass(frozen=True)
class RemovedLine:
    page: int  # 1-based
    text: str
    reason: str  # "header", "footer" or "page-number"


@dataclass(frozen=True)
class PdfText:
    text: str
    page_starts: tuple[int, ...]  # char offset where each page's text starts
    removed: tuple[RemovedLine, ...]


# ---------------------------------------------------------------------------------------
# Extraction (pypdfium2)


def read_pdf(path: Path) -> PdfText:
    """Extract and clean a PDF. Raises whatever pypdfium2 raises on a broken file."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    pages: list[PdfPage] = []
    with _PDFIUM:
        document = pdfium.PdfDocument(str(path))
        try:
            for page in document:
                textpage = page.get_textpage()
                try:
                    pages.append(_page_lines(textpage, page.get_height(), pdfium_c))
                finally:
                    textpage.close()
                    page.close()
        finally:
            document.close()
    return clean_pages(pages)


def _page_lines(textpage, height: float, pdfium_c) -> PdfPage:
    """pdfium's lines, split again where the baseline jumps (pdfium joins a hyphenated line
    with the next one, even with a footer), each with its extent and font."""
    text = textpage.get_text_range()
    count = min(textpage.count_chars(), len(text))
    lines: list[PdfLine] = []
    current: list[str] = []
    tops: list[float] = []
    bottoms: list[float] = []
    font = (0.0, 0)

    generated: set[int] = set()  # positions in ``current`` of spaces pdfium made up

    def flush() -> None:
        nonlocal font
        if len(current) >= 3 and current[-1] == "-" and len(current) - 2 in generated:
            del current[-2]  # justified "na -" at a line end: the hyphen belongs to the word
        if "".join(current).strip():
            lines.append(
                PdfLine(
                    "".join(current),
                    max(tops) if tops else height / 2,
                    min(bottoms) if bottoms else height / 2,
                    font,
                )
            )
        current.clear()
        generated.clear()
        tops.clear()
        bottoms.clear()
        font = (0.0, 0)

    for i in range(count):
        ch = text[i]
        if ch in "\r\n":
            flush()
            continue
        if not ch.isspace() and ch not in BREAK_MARKS:
            _, bottom, _, top = textpage.get_charbox(i, loose=True)
            if top > bottom:
                if tops:
                    middle, size = (top + bottom) / 2, top - bottom
                    last_middle, last_size = (tops[-1] + bottoms[-1]) / 2, tops[-1] - bottoms[-1]
                    if abs(middle - last_middle) > 0.7 * max(size, last_size):
                        flush()
                tops.append(top)
                bottoms.append(bottom)
            if font == (0.0, 0) and ch.isalpha():
                size = pdfium_c.FPDFText_GetFontSize(textpage.raw, i)
                font = (round(size, 1), int(pdfium_c.FPDFText_GetFontWeight(textpage.raw, i)))
        if ch == " " and pdfium_c.FPDFText_IsGenerated(textpage.raw, i) == 1:
            generated.add(len(current))
        current.append(ch)
    flush()
    return PdfPage(tuple(lines), height)


# ---------------------------------------------------------------------------------------
# Cleanup (pure)


def clean_pages(pages: list[PdfPage]) -> PdfText:
    drop = _headers_and_footers(pages)
    removed = [
        RemovedLine(p + 1, pages[p].lines[i].text.strip(), reason) for (p, i), reason in sorted(drop.items())
    ]
    kept = [[line for i, line in enumerate(page.lines) if (p, i) not in drop] for p, page in enumerate(pages)]
    kept = [_join_wrapped_headings(lines) for lines in kept]
    texts = [[_plain(line.text) for line in lines] for lines in kept]
    _undo_hyphenation(texts)
    starts, parts, offset = [], [], 0
    for page_lines in texts:
        starts.append(offset)
        chunk = "".join(line + "\n" for line in page_lines if line.strip())
        parts.append(chunk)
        offset += len(chunk)
    return PdfText("".join(parts), tuple(starts), tuple(removed))


def _key(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"\d+", "#", _plain(text).lower())).strip()


def _zones(page: PdfPage) -> dict[str, list[int]]:
    """Indexes of the top-most and bottom-most lines, if they lie in the page's outer zones."""
    order = sorted(range(len(page.lines)), key=lambda i: -page.lines[i].top)
    top = [i for i in order[:ZONE_LINES] if page.lines[i].top >= page.height * (1 - ZONE)]
    bottom = [i for i in order[::-1][:ZONE_LINES] if page.lines[i].bottom <= page.height * ZONE]
    return {"header": top, "footer": [i for i in bottom if i not in top]}


def _headers_and_footers(pages: list[PdfPage]) -> dict[tuple[int, int], str]:
    """(page, line) -> reason, for running headers/footers and bare page numbers.

    A line in a page's top or bottom zone is a running header/footer when the same line,
    digits aside (dates, "n/N"), or a near-same one is in that zone on most pages; or when
    on most pages a line in a font other than the body's stands at that very height.
    """
    zones = [_zones(page) for page in pages]
    keys = {
        zone: [[_key(pages[p].lines[i].text) for i in zones[p][zone]] for p in range(len(pages))]
        for zone in ("header", "footer")
    }
    needed = max(MIN_REPEAT, math.ceil(REPEAT_SHARE * len(pages)))
    # a running line whose text varies (a chapter title) still sits at one height in its own font
    body_font = Counter(line.font for page in pages for line in page.lines).most_common(1)
    slots = {
        zone: Counter(
            (round(pages[p].lines[i].top), pages[p].lines[i].font)
            for p in range(len(pages))
            for i in zones[p][zone]
            if body_font and pages[p].lines[i].font not in (body_font[0][0], (0.0, 0))
        )
        for zone in ("header", "footer")
    }
    drop: dict[tuple[int, int], str] = {}
    for p, page in enumerate(pages):
        for zone in ("header", "footer"):
            for i, key in zip(zones[p][zone], keys[zone][p], strict=True):
                m = _PAGE_NUMBER.match(_plain(page.lines[i].text).strip())
                if m and 0 < int(m.group(1)) <= len(pages) + 5:
                    drop[(p, i)] = "page-number"
                    continue
                if len(pages) < MIN_REPEAT:
                    continue
                slot = (round(page.lines[i].top), page.lines[i].font)
                if _pages_with(key, keys[zone]) >= needed or slots[zone][slot] >= needed:
                    drop[(p, i)] = zone
    return drop


def _pages_with(key: str, page_keys: list[list[str]]) -> int:
    def similar(other: str) -> bool:
        if other == key:
            return True
        return (
            abs(len(other) - len(key)) <= 0.3 * max(len(key), 1)
            and difflib.SequenceMatcher(None, key, other).ratio() >= SIMILAR
        )

    return sum(1 for keys in page_keys if any(similar(k) for k in keys))


def _join_wrapped_headings(lines: list[PdfLine]) -> list[PdfLine]:
    """A numbered heading set in a heading font, wrapped by a narrow column, back on one line."""
    if not lines:
        return lines
    body_font = Counter(line.font for line in lines).most_common(1)[0][0]
    out: list[PdfLine] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if _NUMBERED_HEADING.match(line.text.strip()) and line.font not in (body_font, (0.0, 0)):
            text = line.text.rstrip()
            while (
                i < len(lines)
                and lines[i].font == line.font
                and not _NUMBERED_HEADING.match(lines[i].text.strip())
                and lines[i].top < line.top
            ):
                nxt = lines[i].text.strip()
                text = text + nxt if text.endswith(tuple(BREAK_MARKS)) else text + " " + nxt
                i += 1
            line = PdfLine(text, line.top, line.bottom, line.font)
        out.append(line)
    return out


def _plain(text: str) -> str:
    """Ligatures and other compatibility characters as plain letters; the report's own kept."""
    if text.isascii():
        return text
    out = "".join(ch if ch in KEEP_CHARS else unicodedata.normalize("NFKC", ch) for ch in text)
    return unicodedata.normalize("NFC", out)


def _undo_hyphenation(pages: list[list[str]]) -> None:
    """In place: 'dyna-' + 'misch' -> 'dynamisch', 'stad-' + 'platteland' -> 'stad-platteland'.

    A line ending in a hyphen (or pdfium's break mark) takes up the first word of the next
    line. The hyphen stays when the hyphenated form occurs elsewhere in the document, when
    the second half opens with a capital or a digit; it goes when the joined word occurs.
    Otherwise the document's own habit decides: a renderer that hyphenates (at least two
    breaks inside words the document also has whole) gets the hyphen removed, one that only
    breaks at real hyphens keeps it. 'beleids-' + 'en …' keeps its space; 'a/' + 'b' joins.
    """
    flat = [(p, i) for p, lines in enumerate(pages) for i in range(len(lines)) if lines[i].strip()]
    for n, (p, i) in enumerate(flat[:-1]):
        q, j = flat[n + 1]
        while True:  # the word taken up may itself end in a break: 'ste-' + 'den-' + 'en'
            line = pages[p][i].rstrip()
            word, _, rest = pages[q][j].lstrip().partition(" ")
            broken = re.search(r"[^\W\d_][-" + BREAK_MARKS + "]$", line) is not None
            if broken and word in _ELLIPSIS_WORDS:
                pages[p][i], pages[q][j] = line[:-1] + "- " + word, rest  # 'steden- en gemeenten'
            elif broken and word[:1].isalpha() and (line[-1] in BREAK_MARKS or word[:1].islower()):
                pages[p][i], pages[q][j] = line[:-1] + "\ufffe" + word, rest
            elif re.search(r"[^\W\d_]/$", line) and word[:1].isalpha():
                pages[p][i], pages[q][j] = line + word, rest
            else:
                break
    text = "\n".join(line for lines in pages for line in lines)
    marks = "[" + re.escape(BREAK_MARKS) + "]"
    plain_text = re.sub(rf"[\w-]*{marks}[\w-]*", " ", text)
    words = {w.lower() for w in _WORD.findall(plain_text)}
    hyphenated = {w.lower() for w in re.findall(r"\w+(?:-\w+)+", plain_text)}
    pattern = re.compile(rf"(\w+){marks}(\w+)")
    breaks = [(m.group(1), m.group(2)) for m in pattern.finditer(text)]
    hyphenates = (
        sum(1 for a, b in breaks if (a + b).lower() in words and f"{a}-{b}".lower() not in hyphenated) >= 2
    )

    def join(m: re.Match[str]) -> str:
        a, b = m.group(1), m.group(2)
        clash = (a[-1:] + b[:1]).lower() in _VOWEL_CLASH  # Dutch spelling: 'synergie-effecten'
        if f"{a}-{b}".lower() in hyphenated or not b[:1].islower() or clash:
            return f"{a}-{b}"
        if (a + b).lower() in words or hyphenates:
            return a + b
        return f"{a}-{b}"

    for lines in pages:
        for k, line in enumerate(lines):
            if any(c in line for c in BREAK_MARKS):
                line = pattern.sub(join, line)
                lines[k] = re.sub(marks, "-", line)
