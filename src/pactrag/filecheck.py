"""``pactrag sections --check FILE``: what pactrag makes of one new report file.

    check_file(path) -> FileCheck   # sections with their pages, lines dropped as header/footer

For a civil servant adding a report: are all numbered sections found, which lines were
removed as running header, footer or page number (so nothing of the content went), and on
which pages each section lies.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .corpus import slug
from .parse import infer_report, parse_report, read_file
from .pdftext import RemovedLine
from .records import Report, Section


@dataclass(frozen=True)
class SectionPages:
    section: Section
    first_page: int  # 0 when the file has no pages
    last_page: int  # the page where the next section starts (or the last page)


@dataclass(frozen=True)
class FileCheck:
    report: Report
    pages: int  # 0 for files without pages (txt, md, docx)
    sections: tuple[SectionPages, ...]
    removed: tuple[RemovedLine, ...]


def check_file(path: Path) -> FileCheck:
    """Read and parse one file as ``pactrag ingest`` would; raises CorpusError like it."""
    doc = read_file(path)
    report = infer_report(doc, path.name, slug(path.stem))
    sections = parse_report(doc, report)
    pages = len(doc.page_starts)
    opens_page = _headings_opening_a_page(doc.text, doc.page_starts, sections)
    spans = []
    for i, s in enumerate(sections):
        if i + 1 < len(sections):
            nxt = sections[i + 1]
            end = nxt.page - 1 if nxt.section_id in opens_page else nxt.page
        else:
            end = pages
        spans.append(SectionPages(s, s.page, max(end, s.page)))
    return FileCheck(report, pages, tuple(spans), doc.removed)


def _headings_opening_a_page(text: str, page_starts: tuple[int, ...], sections: list[Section]) -> set[str]:
    """Ids of numbered sections whose heading is the first text on its page."""
    starts = set(page_starts)
    found, pos = set(), 0
    for s in sections:
        if not s.section_id[:1].isdigit():
            continue
        m = re.compile(rf"^[ \t]*{re.escape(s.section_id)}\.?[ \t]", re.M).search(text, pos)
        if m is None:
            continue
        pos = m.end()
        line_start = m.start()
        while line_start > 0 and line_start not in starts and not text[line_start - 1].strip():
            line_start -= 1
        if line_start in starts:
            found.add(s.section_id)
    return found


def removed_groups(removed: tuple[RemovedLine, ...]) -> list[tuple[str, str, list[int]]]:
    """(reason, first text, pages) per distinct line, digits aside: one row per running line."""
    groups: dict[tuple[str, str], tuple[str, list[int]]] = {}
    for line in removed:
        key = (line.reason, re.sub(r"\d+", "#", line.text))
        text, pages = groups.setdefault(key, (line.text, []))
        pages.append(line.page)
    return [(reason, text, pages) for (reason, _), (text, pages) in groups.items()]


def page_ranges(pages: list[int]) -> str:
    """[1, 2, 3, 5] -> '1–3, 5'."""
    out: list[str] = []
    for p in sorted(set(pages)):
        if out and p == int(out[-1].split("–")[-1]) + 1:
            out[-1] = out[-1].split("–")[0] + f"–{p}"
        else:
            out.append(str(p))
    return ", ".join(out)
