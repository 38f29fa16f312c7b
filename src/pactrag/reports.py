"""Reports managed from the app: list what the index holds, stage an upload for review,
add it to the corpus and ingest, remove a report and ingest.

Nothing a client sends becomes a path: an upload is copied to a server-chosen name (a slug
of its title plus a counter) and its original name is only used for its suffix and title.
Ingest builds a new index generation beside the one in service and swaps only on success,
so a failed add or removal leaves the serving index untouched; the corpus file is then
put back as it was.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

from . import messages as M
from .config import Settings
from .corpus import LoadedReport, load_report, read_manifest, slug
from .errors import CorpusError
from .index import IngestSummary, Progress, ingest
from .index import read_manifest as read_index_manifest
from .parse import SUPPORTED_SUFFIXES
from .records import Section

MAX_UPLOAD_BYTES = 50 * 1024 * 1024
_LOCK = threading.Lock()  # one add or removal at a time per process (ingest also locks the index)


@dataclass(frozen=True)
class ReportRow:
    report_id: str
    title: str
    number: int
    date: str
    place: str
    sections: int
    chunks: int
    source_file: str
    ingested_at: str


@dataclass(frozen=True)
class Staged:
    """An uploaded file, parsed, waiting for review; ``path`` lies in a server-made folder."""

    path: Path
    name: str  # the server-chosen file name it will have in the corpus
    loaded: LoadedReport

    @property
    def outline(self) -> list[Section]:
        return list(self.loaded.sections)


def report_rows(index) -> list[ReportRow]:
    """The reports in an open ``Index`` with their section and chunk counts."""
    manifest = read_index_manifest(index.settings.index_dir) or {}
    built = str(manifest.get("built_at") or manifest.get("created") or "")
    sections: dict[str, int] = {}
    chunks: dict[str, int] = {}
    for s in index.sections:
        sections[s.report_id] = sections.get(s.report_id, 0) + 1
    for c in index.chunks:
        chunks[c.report_id] = chunks.get(c.report_id, 0) + 1
    return [
        ReportRow(
            r.report_id,
            r.title,
            r.number,
            r.date,
            r.place,
            sections.get(r.report_id, 0),
            chunks.get(r.report_id, 0),
            r.source_file,
            built,
        )
        for r in index.reports
    ]


def safe_name(original: str, corpus_dir: Path) -> str:
    """A new file name in ``corpus_dir`` chosen by the server: slug of the stem, the
    (checked) suffix, a counter when taken. Never a path."""
    suffix = Path(original).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise CorpusError(
            M.UPLOAD_BAD_TYPE.format(suffix=suffix or "(geen)", allowed=", ".join(SUPPORTED_SUFFIXES))
        )
    stem = slug(Path(original).stem)[:60].strip("-") or "verslag"
    name, n = f"{stem}{suffix}", 2
    while (corpus_dir / name).exists():
        name, n = f"{stem}-{n}{suffix}", n + 1
    return name


def stage_upload(upload: Path, original_name: str, settings: Settings) -> Staged:
    """Copy an uploaded file into a server-made folder under its server-chosen name and parse
    it; raises ``CorpusError`` with a Dutch message when it is not a usable report."""
    name = safe_name(original_name, settings.corpus_dir)
    size = Path(upload).stat().st_size
    if size > MAX_UPLOAD_BYTES:
        raise CorpusError(M.UPLOAD_TOO_BIG.format(mb=MAX_UPLOAD_BYTES // (1024 * 1024)))
    folder = Path(tempfile.mkdtemp(prefix="pactrag-upload-"))
    staged = folder / name
    shutil.copyfile(upload, staged)
    try:
        loaded = load_report(staged, read_manifest(settings.corpus_dir))
    except CorpusError as exc:
        shutil.rmtree(folder, ignore_errors=True)
        raise CorpusError(M.UPLOAD_UNREADABLE.format(error=exc)) from None
    except Exception as exc:  # noqa: BLE001 - a damaged file is the user's, not a traceback
        shutil.rmtree(folder, ignore_errors=True)
        raise CorpusError(M.UPLOAD_UNREADABLE.format(error=type(exc).__name__)) from None
    if not any(s.kind == "subfacet" for s in loaded.sections):
        shutil.rmtree(folder, ignore_errors=True)
        raise CorpusError(M.UPLOAD_NO_SECTIONS)
    return Staged(staged, name, loaded)


def add_report(settings: Settings, staged: Staged, progress: Progress | None = None) -> IngestSummary:
    """Put the staged file in the corpus and ingest; on failure the file is taken out again
    and the index in service stays as it was."""
    with _LOCK:
        target = settings.corpus_dir / staged.name
        if target.exists():
            raise CorpusError(M.UPLOAD_NAME_TAKEN.format(name=staged.name))
        tmp = settings.corpus_dir / f".{staged.name}.part"
        shutil.copyfile(staged.path, tmp)
        os.replace(tmp, target)
        try:
            summary = ingest(settings, progress=progress)
        except BaseException:
            target.unlink(missing_ok=True)
            raise
        problem = next((p for p in summary.problems if p.path == staged.name), None)
        if problem is not None:  # e.g. a duplicate of a report already there
            target.unlink(missing_ok=True)
            ingest(settings)
            raise CorpusError(M.UPLOAD_REFUSED.format(error=problem.message))
        shutil.rmtree(staged.path.parent, ignore_errors=True)
        return summary


def remove_report(settings: Settings, source_file: str, progress: Progress | None = None) -> IngestSummary:
    """Take a report's file out of the corpus and ingest; on failure it is put back."""
    with _LOCK:
        names = {p.name: p for p in settings.corpus_dir.iterdir() if p.is_file()}
        if source_file not in names:  # only a file the corpus holds, by its exact name
            raise CorpusError(M.REPORT_NOT_FOUND)
        path = names[source_file]
        aside = Path(tempfile.mkdtemp(prefix="pactrag-removed-")) / path.name
        shutil.move(path, aside)
        try:
            return ingest(settings, progress=progress)
        except BaseException:
            shutil.move(aside, path)
            raise
