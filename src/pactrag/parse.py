"""Corpus file -> report metadata + section tree.

Readers (.txt, .md, .pdf, .docx) all produce a ``RawDocument`` (plain text plus the
offsets where pages start); one pure parser turns that text into ``Section`` records.
The parser knows the shape of the atelier reports (numbered headings, the unnumbered
"Status van dit document", an unheaded appendix of organisations) but no titles.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from .errors import CorpusError
from .pdftext import RemovedLine
from .records import Report, Section

SUPPORTED_SUFFIXES = (".txt", ".md", ".pdf", ".docx")


@dataclass(frozen=True)
class RawDocument:
    text: str
    page_starts: tuple[int, ...] = field(default=())  # char offset of each page, empty: no pages
    removed: tuple[RemovedLine, ...] = field(default=())  # PDF header/footer lines dropped

    def page_at(self, offset: int) -> int:
        if not self.page_starts:
            return 0
        return bisect.bisect_right(self.page_starts, offset)


# ---------------------------------------------------------------------------------------
# Readers


def read_file(path: Path) -> RawDocument:
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise CorpusError(
            f"{path.name}: onbekend bestandstype '{suffix}' (ondersteund: {', '.join(SUPPORTED_SUFFIXES)})."
        )
    if path.stat().st_size == 0:
        raise CorpusError(f"{path.name}: het bestand is leeg.")
    if suffix in (".txt", ".md"):
        return RawDocument(_read_text(path))
    if suffix == ".pdf":
        return _read_pdf(path)
    return _read_docx(path)


def _read_text(path: Path) -> str:
    data = path.read_bytes()
    utf16 = data[:2] in (b"\xff\xfe", b"\xfe\xff")  # 'Unicode' as Windows Notepad saves it
    for encoding in ("utf-16",) if utf16 else ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - cp1252 decodes nearly everything
        raise CorpusError(f"{path.name}: geen leesbare tekst (geen UTF-8 of Windows-1252).")
    if "\x00" in text:
        raise CorpusError(f"{path.name}: bevat binaire gegevens, geen tekst.")
    if path.suffix.lower() == ".md":
        text = _strip_markdown(text)
    return text


def _strip_markdown(text: str) -> str:
    text = re.sub(r"^#{1,6}\s*", "", text, flags=re.M)
    text = re.sub(r"^\s*[-*+]\s+", "• ", text, flags=re.M)
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    return text


def _read_pdf(path: Path) -> RawDocument:
    """Text in reading order, running headers/footers and page numbers removed (``pdftext``)."""
    try:
        from .pdftext import read_pdf
    except ImportError as exc:  # pragma: no cover
        raise CorpusError("pypdfium2 ontbreekt: installeer pactrag opnieuw (make setup).") from exc
    try:
        pdf = read_pdf(path)
    except Exception as exc:  # pdfium raises PdfiumError (and others) on corrupt input
        raise CorpusError(f"{path.name}: onleesbare of beschadigde PDF ({type(exc).__name__}).") from None
    if not pdf.text.strip():
        raise CorpusError(f"{path.name}: de PDF bevat geen tekst (gescand beeld zonder OCR?).")
    return RawDocument(pdf.text, pdf.page_starts, pdf.removed)


def _read_docx(path: Path) -> RawDocument:
    try:
        import docx
    except ImportError as exc:  # pragma: no cover
        raise CorpusError("python-docx ontbreekt: installeer pactrag opnieuw.") from exc
    try:
        document = docx.Document(str(path))
    except Exception as exc:
        raise CorpusError(
            f"{path.name}: onleesbaar of beschadigd Word-bestand ({type(exc).__name__})."
        ) from None
    lines = []
    for paragraph in document.paragraphs:
        text = paragraph.text
        style = (paragraph.style.name or "").lower() if paragraph.style is not None else ""
        if "list" in style and text and not text.startswith("•"):
            text = "• " + text
        lines.append(text)
        lines.append("")
    return RawDocument("\n".join(lines))


# ---------------------------------------------------------------------------------------
# Parser

_NUMBERED = re.compile(r"^(\d+(?:\.\d+)*)\s+(\S.*?)\s*$")
_STATUS = re.compile(r"^status van dit document\.?$", re.I)
_APPENDIX_HEADING = re.compile(r"^(bijlage|deelnemende organisaties|lijst (van|met) deelnemers)\b.*$", re.I)
_BULLET = re.compile(r'^(?:[•\-–▪◦●]|o(?=\s+[A-ZÀ-Ý“"‘]))\s+')
_SENTENCE_END = re.compile(r"[.!?:;”\"’)…]$")

_KIND_RULES = (
    ("continue", re.compile(r"\(continue\)|goede praktijk", re.I)),
    ("start", re.compile(r"\(start\)|opschaling", re.I)),
    ("stop", re.compile(r"\(stop\)|drempel", re.I)),
    ("synergie", re.compile(r"synergi", re.I)),
    ("toekomstbeeld", re.compile(r"toekomstbeeld", re.I)),
    ("aanvullingen", re.compile(r"aanvulling", re.I)),
    ("verdieping", re.compile(r"verdieping", re.I)),
    ("method", re.compile(r"verloop|methode|werkwijze", re.I)),
)


@dataclass
class _Heading:
    line_no: int
    end_line: int  # last line that belongs to the heading (wrapped titles)
    section_id: str
    title: str
    level: int


def parse_report(doc: RawDocument, report: Report) -> list[Section]:
    """Split a report's text into its sections, in document order."""
    lines = doc.text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    offsets = _line_offsets(lines)
    headings = _find_headings(lines)
    status_line = next((i for i, line in enumerate(lines) if _STATUS.match(line.strip())), None)
    first_heading = headings[0].line_no if headings else len(lines)
    appendix_line = _find_appendix(lines, headings[-1].end_line + 1 if headings else 0)

    parts: list[tuple[int, int, str, str, int]] = []  # (start, end, id, title, level)
    intro_end = status_line if status_line is not None and status_line < first_heading else first_heading
    parts.append((0, intro_end, "inleiding", "Inleiding", 0))
    if status_line is not None and status_line < first_heading:
        parts.append(
            (status_line + 1, first_heading, "status-van-dit-document", "Status van dit document", 0)
        )
    for i, h in enumerate(headings):
        end = headings[i + 1].line_no if i + 1 < len(headings) else (appendix_line or len(lines))
        parts.append((h.end_line + 1, end, h.section_id, h.title, h.level))
    if appendix_line is not None:
        start = appendix_line + 1 if _APPENDIX_HEADING.match(lines[appendix_line].strip()) else appendix_line
        parts.append((start, len(lines), "bijlage", "Deelnemende organisaties", 0))

    titles = {pid: title for _, _, pid, title, _ in parts}
    sections = []
    for order, (start, end, sid, title, level) in enumerate(parts):
        body = lines[start:end]
        if sid == "inleiding":
            body = _drop_title_page(body)
        text = normalise_block(body, keep_lines=(sid == "bijlage"))
        if not text and sid in ("inleiding", "bijlage"):
            continue
        parent = sid.rsplit(".", 1)[0] if "." in sid else ""
        subfacet = _subfacet_of(sid)
        heading_line = start - 1 if level else start
        sections.append(
            Section(
                report_id=report.report_id,
                section_id=sid,
                title=title,
                level=level,
                parent_id=parent,
                kind=_kind_of(sid, title, level),
                subfacet_id=subfacet,
                subfacet_title=titles.get(subfacet, "") if subfacet else "",
                text=text,
                page=doc.page_at(offsets[max(heading_line, 0)]) if lines else 0,
                order=order,
            )
        )
    if not any(s.level for s in sections):
        raise CorpusError(
            f"{report.source_file or report.report_id}: geen genummerde hoofdstukken "
            "gevonden; is dit een verslag van een toekomstatelier?"
        )
    return sections


def _line_offsets(lines: list[str]) -> list[int]:
    offsets, pos = [], 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    return offsets


def _find_headings(lines: list[str]) -> list[_Heading]:
    """Numbered headings, accepted only in tree order (next sibling, child or uncle)."""
    headings: list[_Heading] = []
    current: list[int] = []
    i = 0
    while i < len(lines):
        stripped = lines[i].strip()
        m = _NUMBERED.match(stripped)
        if m and _is_expected(current, m.group(1)) and _looks_like_title(m.group(1), m.group(2)):
            number = [int(p) for p in m.group(1).split(".")]
            title, end = _complete_title(lines, i, m.group(2))
            headings.append(_Heading(i, end, m.group(1), display_title(title), len(number)))
            current = number
            i = end + 1
            continue
        i += 1
    return headings


def _is_expected(current: list[int], number: str) -> bool:
    parts = [int(p) for p in number.split(".")]
    if not current:
        return parts == [1]
    if parts == current + [1]:
        return True
    for depth in range(len(current), 0, -1):
        if parts == current[: depth - 1] + [current[depth - 1] + 1]:
            return True
    return False


def _looks_like_title(number: str, title: str) -> bool:
    if not title[:1].isalpha() or not title[:1].isupper() or len(title) > 140:
        return False
    if "." not in number:  # top level: written in capitals in the reports
        letters = [c for c in title if c.isalpha()]
        return bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.6
    return True


def _complete_title(lines: list[str], i: int, title: str) -> tuple[str, int]:
    """Join a heading that the PDF export wrapped over two lines."""
    title = title.strip()
    j = i + 1
    while j < len(lines) and not lines[j].strip():
        j += 1
    if j >= len(lines):
        return title, i
    nxt = lines[j].strip()
    upper_title = title.upper() == title
    if (
        upper_title
        and nxt
        and nxt.upper() == nxt
        and any(c.isalpha() for c in nxt)
        and len(nxt) < 80
        and not _NUMBERED.match(nxt)
    ):
        joiner = "" if title.endswith("-") else " "
        return title + joiner + nxt, j
    if title.endswith("-") and nxt[:1].isalpha():
        return title + nxt, j
    if nxt[:1].islower() and not _BULLET.match(nxt) and len(title) + len(nxt) < 140:
        return title + " " + nxt, j  # a title wrapped by a narrow column
    return title, i


def display_title(raw: str) -> str:
    """'BOUWEN AAN … STAD-PLATTELAND' -> 'Bouwen aan … stad-platteland'; trailing period off."""
    title = re.sub(r"\s+", " ", raw).strip().rstrip(".").strip()
    letters = [c for c in title if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) / len(letters) > 0.8:
        title = title[:1].upper() + title[1:].lower()
    return title


def _subfacet_of(section_id: str) -> str:
    parts = section_id.split(".")
    if len(parts) >= 2 and parts[0] == "2" and all(p.isdigit() for p in parts):
        return ".".join(parts[:2])
    return ""


def _kind_of(section_id: str, title: str, level: int) -> str:
    if section_id == "inleiding":
        return "intro"
    if section_id == "status-van-dit-document":
        return "status"
    if section_id == "bijlage":
        return "appendix"
    if level == 2 and _subfacet_of(section_id):
        return "subfacet"
    for kind, pattern in _KIND_RULES:
        if pattern.search(title):
            return kind
    return "overview" if level == 1 else "verdieping"


def _drop_title_page(body: list[str]) -> list[str]:
    """The title block (report name, date, theme) is metadata, not content."""
    out, started = [], False
    for line in body:
        s = line.strip()
        if not started and (not s or _is_title_line(s)):
            continue
        started = True
        out.append(line)
    return out


def _is_title_line(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    if not letters:
        return True  # dates such as 16/6/2025
    return sum(c.isupper() for c in letters) / len(letters) > 0.8


def _find_appendix(lines: list[str], after: int) -> int | None:
    """Line where an appendix starts: an explicit heading, or a trailing block of names."""
    for i in range(after, len(lines)):
        if _APPENDIX_HEADING.match(lines[i].strip()):
            return i
    block: list[int] = []
    for i in range(len(lines) - 1, after - 1, -1):
        s = lines[i].strip()
        if not s:
            continue
        if _SENTENCE_END.search(s) or s.endswith(",") or _BULLET.match(s) or len(s) > 110:
            break
        block.append(i)
    if len(block) < 4:
        return None
    ratios = []
    for i in block:
        words = [w for w in re.findall(r"[^\W\d_][\w’'-]*", lines[i])]
        ratios.append(sum(w[:1].isupper() for w in words) / max(len(words), 1))
    if sum(ratios) / len(ratios) < 0.5:
        return None
    return min(block)


def normalise_block(lines: list[str], keep_lines: bool = False) -> str:
    """Join PDF lines into paragraphs; paragraphs separated by a blank line.

    A paragraph ends after a line that ends a sentence (or a short label line) when the
    next line opens with a capital, a bullet or a quote; bullets always start one.
    Whitespace is collapsed, so the result is what quotes are checked against.
    """
    cleaned = [_clean_line(line) for line in lines]
    if keep_lines:
        return "\n".join(c for c in cleaned if c)
    paragraphs: list[str] = []
    current, blank_before = "", False
    for line in cleaned:
        if not line:
            blank_before = True
            continue
        if not current:
            current = line
        elif _BULLET.match(line) or _starts_paragraph(current, line, blank_before):
            paragraphs.append(current)
            current = line
        elif current.endswith("-") and line[:1].isalpha():
            current = current + line
        else:
            current = current + " " + line
        blank_before = False
    if current:
        paragraphs.append(current)
    return "\n\n".join(_BULLET.sub("• ", p) for p in paragraphs)


def _starts_paragraph(previous: str, line: str, blank_before: bool) -> bool:
    opener = line[:1]
    if not (opener.isupper() or opener in "“\"‘'(" or opener.isdigit()):
        return False
    if _SENTENCE_END.search(previous):
        return True
    if previous.endswith((",", "-")):
        return False
    # a label line such as "Omschrijving", or a bullet / short line closed by white space
    tail = previous[-70:] if _BULLET.match(previous) else previous
    return (len(previous) < 40 and " " not in previous.strip()) or (
        blank_before and (_BULLET.match(previous) is not None or len(tail) < 60)
    )


def _clean_line(line: str) -> str:
    line = unicodedata.normalize("NFC", line).replace("\u00a0", " ").replace("\t", " ")
    line = "".join(ch for ch in line if ch == " " or unicodedata.category(ch)[0] != "C")
    return re.sub(r" {2,}", " ", line).strip()


# ---------------------------------------------------------------------------------------
# Report metadata inferred from the text (used when the manifest has no entry)

_ORDINALS = {
    "eerste": 1,
    "tweede": 2,
    "derde": 3,
    "vierde": 4,
    "vijfde": 5,
    "zesde": 6,
    "zevende": 7,
    "achtste": 8,
    "negende": 9,
    "tiende": 10,
}


def infer_report(doc: RawDocument, source_file: str, report_id: str) -> Report:
    head = doc.text[:4000]
    date = ""
    m = re.search(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b", head)
    if m:
        date = f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}"
    number = 0
    m = re.search(r"\bhet (" + "|".join(_ORDINALS) + r") toekomstatelier", head, re.I)
    if m:
        number = _ORDINALS[m.group(1).lower()]
    theme = ""
    m = re.search(r"^[\s‘'\"“]*([A-ZÀ-Ý][A-ZÀ-Ý ,\-]{8,})[’'\"”]\s*$", head, re.M)
    if m:
        theme = display_title(m.group(1))
    place = ""
    m = re.search(r"vond (?:in|op) (?:de |het )?(?:[A-Z][\w-]+ (?:in|te) )?([A-Z][\w-]+)", head)
    if m:
        place = m.group(1)
    title = "Verslag toekomstatelier" + (f" {number}" if number else "") + (f": {theme}" if theme else "")
    return Report(
        report_id=report_id,
        title=title,
        date=date,
        number=number,
        theme=theme,
        place=place,
        source_file=source_file,
    )
