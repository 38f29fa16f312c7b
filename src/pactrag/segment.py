"""One report's part of the index: a *segment* folder, written once and never changed.

A segment holds the report's chunks, sections, sentence vectors and BM25 term statistics.
Generations list the segments they consist of (with each file's checksum); an ingest that
adds, changes or removes one report writes one new segment and a new, small manifest, and
reuses every other segment as it is. Segments no generation refers to are removed by the
next ingest.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from .chunk import sentence_spans
from .corpus import LoadedReport
from .integrity import checksums
from .lexical import Postings
from .records import Chunk, Report, Section

SEGMENTS = "segments"
SEGMENT_FILES = (
    "chunks.jsonl",
    "sections.jsonl",
    "reports.jsonl",
    "sentence_vectors.npy",
    "sentence_rows.npy",
    "lexicon.npz",
)


def segment_key(fingerprint: dict, lr: LoadedReport) -> str:
    """What a segment is built from: the index settings, the report's metadata, its file."""
    payload = json.dumps([fingerprint, report_json(lr.report), lr.file_hash], sort_keys=True)
    return hashlib.sha256(payload.encode()).hexdigest()[:16]


def new_segment_name(key: str) -> str:
    return f"seg-{key}-{uuid.uuid4().hex[:6]}"


def bm25_text(chunk: Chunk) -> str:
    return f"{chunk.section_title}\n{chunk.subfacet_title}\n{chunk.text}"


def sentence_rows(chunks: list[Chunk]) -> list[tuple[int, int, int]]:
    """(chunk position in the segment, start, end) of every sentence."""
    return [(pos, a, b) for pos, chunk in enumerate(chunks) for a, b in sentence_spans(chunk.text)]


def vector_id(segment: str, chunk_id: str) -> str:
    """The chunk's id in the vector store: one report's old and new chunks never collide."""
    return f"{segment}/{chunk_id}"


def write_segment(
    folder: Path,
    lr: LoadedReport,
    chunks: list[Chunk],
    rows: list[tuple[int, int, int]],
    vectors: np.ndarray,
) -> dict:
    """Write the segment's files; returns their checksums (for the manifest)."""
    folder.mkdir(parents=True)
    _write_jsonl(folder / "chunks.jsonl", (c.to_json() for c in chunks))
    _write_jsonl(folder / "sections.jsonl", (section_json(s) for s in lr.sections))
    _write_jsonl(folder / "reports.jsonl", [report_json(lr.report)])
    np.save(folder / "sentence_vectors.npy", vectors.astype(np.float16))
    np.save(folder / "sentence_rows.npy", np.asarray(rows, dtype=np.int32).reshape(-1, 3))
    Postings.build([bm25_text(c) for c in chunks], [c.text for c in chunks]).save(folder / "lexicon.npz")
    return checksums(folder, SEGMENT_FILES)


@dataclass
class SegmentData:
    chunks: list[Chunk]
    sections: list[Section]
    reports: list[Report]
    sentence_vectors: np.ndarray
    sentence_rows: np.ndarray
    postings: Postings


def read_segment(folder: Path) -> SegmentData:
    return SegmentData(
        chunks=[Chunk(**row) for row in read_jsonl(folder / "chunks.jsonl")],
        sections=[Section(**row) for row in read_jsonl(folder / "sections.jsonl")],
        reports=[Report(**row) for row in read_jsonl(folder / "reports.jsonl")],
        sentence_vectors=np.load(folder / "sentence_vectors.npy"),
        sentence_rows=np.load(folder / "sentence_rows.npy"),
        postings=Postings.load(folder / "lexicon.npz"),
    )


def section_json(s: Section) -> dict:
    return asdict(s)


def report_json(r: Report) -> dict:
    return {
        "report_id": r.report_id,
        "title": r.title,
        "date": r.date,
        "number": r.number,
        "theme": r.theme,
        "place": r.place,
        "source_file": r.source_file,
    }


def _write_jsonl(path: Path, rows) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]
