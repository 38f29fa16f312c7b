"""Sections -> chunks with flat metadata and deterministic ids.

Chunks never cross a section boundary. A section that fits in ``max_chars`` stays whole;
a longer one is cut on sentence boundaries with ``overlap`` sentences repeated.
The stored text is a verbatim slice of the section text; the embedded text carries the
context path in front of it.
"""

from __future__ import annotations

import hashlib
import re

from .records import Chunk, Report, Section

# Dutch abbreviations that end in a period but do not end a sentence.
_ABBREVIATIONS = (
    "i.p.v.",
    "m.a.w.",
    "o.a.",
    "bv.",
    "vb.",
    "bijv.",
    "bijvoorbeeld.",
    "nl.",
    "e.d.",
    "enz.",
    "d.w.z.",
    "m.b.t.",
    "t.o.v.",
    "nr.",
    "ca.",
    "incl.",
    "excl.",
    "mevr.",
    "dhr.",
    "p.",
    "zgn.",
    "resp.",
)
_SPLIT = re.compile(r"(?<=[.!?…])[”\"’)]?\s+(?=[“\"‘(•]?[A-ZÀ-Ý0-9])|\n+")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; paragraphs always end a sentence."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SPLIT.finditer(text):
        end = m.start()
        # keep a closing quote/bracket with its sentence
        while end < m.end() and text[end] in '”"’)':
            end += 1
        candidate = text[start:end]
        if _ends_with_abbreviation(candidate):
            continue
        if candidate.strip():
            spans.append(_trim(text, start, end))
        start = m.end()
    if text[start:].strip():
        spans.append(_trim(text, start, len(text)))
    return spans


def split_sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


def _ends_with_abbreviation(candidate: str) -> bool:
    tail = candidate.rstrip().lower()
    return any(
        tail.endswith(" " + abbr) or tail == abbr or tail.endswith("(" + abbr) for abbr in _ABBREVIATIONS
    )


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def chunk_id_for(report_id: str, section_id: str, text: str) -> str:
    digest = hashlib.sha256(f"{report_id}\x1f{section_id}\x1f{text}".encode()).hexdigest()
    return digest[:20]


def section_path(report: Report, section: Section) -> str:
    parts = [report.title]
    if section.subfacet_id and section.subfacet_id != section.section_id:
        parts.append(f"{section.subfacet_id} {section.subfacet_title}")
    if section.section_id[:1].isdigit():
        parts.append(f"{section.section_id} {section.title}")
    else:
        parts.append(section.title)
    return " › ".join(parts)


def chunk_sections(
    report: Report, sections: list[Section], max_chars: int = 1000, overlap: int = 1
) -> list[Chunk]:
    chunks: list[Chunk] = []
    for section in sections:
        if not section.text.strip():
            continue
        windows = _windows(section.text, max_chars, overlap)
        path = section_path(report, section)
        for index, (start, end) in enumerate(windows):
            text = section.text[start:end]
            chunks.append(
                Chunk(
                    chunk_id=chunk_id_for(report.report_id, section.section_id, text),
                    text=text,
                    embed_text=f"{path}\n\n{text}",
                    report_id=report.report_id,
                    report_title=report.title,
                    report_date=report.date,
                    section_id=section.section_id,
                    section_title=section.title,
                    section_path=path,
                    subfacet_id=section.subfacet_id,
                    subfacet_title=section.subfacet_title,
                    kind=section.kind,
                    page=section.page,
                    chunk_index=index,
                    char_start=start,
                    char_end=end,
                )
            )
    return chunks


def _windows(text: str, max_chars: int, overlap: int) -> list[tuple[int, int]]:
    if len(text) <= max_chars * 1.3:
        return [(0, len(text))]
    spans = sentence_spans(text)
    windows: list[tuple[int, int]] = []
    i = 0
    while i < len(spans):
        j = i
        while j + 1 < len(spans) and spans[j + 1][1] - spans[i][0] <= max_chars:
            j += 1
        windows.append((spans[i][0], spans[j][1]))
        if j + 1 >= len(spans):
            break
        i = max(j + 1 - overlap, i + 1)
    # fold a short tail into the window before it
    if len(windows) > 1 and windows[-1][1] - windows[-1][0] < max_chars // 4:
        last = windows.pop()
        windows[-1] = (windows[-1][0], last[1])
    return windows
