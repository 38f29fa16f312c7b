"""The corpus folder: which files are reports, their manifest entries, their sections.

Per file, a problem (empty, corrupt, unknown type, no sections, duplicate) is reported
and the rest of the corpus carries on.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from . import messages as M
from .errors import CorpusError
from .parse import SUPPORTED_SUFFIXES, infer_report, parse_report, read_file
from .records import Report, Section

MANIFEST_NAME = "reports.toml"
# labelled example questions beside the reports (examples.py); not a report
EXAMPLES_FILE = "examples.jsonl"
# labelled kind-switch conversation turns beside them (turns.py); not a report either
TURNS_FILE = "turns.jsonl"
_IGNORED = {MANIFEST_NAME, EXAMPLES_FILE, TURNS_FILE, "README", "README.txt", ".gitkeep"}


@dataclass(frozen=True)
class LoadedReport:
    report: Report
    sections: tuple[Section, ...]
    file_hash: str
    path: Path


@dataclass(frozen=True)
class CorpusProblem:
    path: str
    message: str
    unreadable: bool = False  # the file is a report pactrag could not read or parse


@dataclass(frozen=True)
class Corpus:
    reports: tuple[LoadedReport, ...]
    problems: tuple[CorpusProblem, ...]


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "verslag"


def read_manifest(corpus_dir: Path) -> dict[str, dict]:
    """file name -> manifest entry (id, title, date, number, theme, place)."""
    path = corpus_dir / MANIFEST_NAME
    if not path.exists():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise CorpusError(
            f"{path}: ongeldige TOML ({exc}). Verbeter het bestand en probeer opnieuw."
        ) from None
    entries = {}
    for entry in data.get("report", []):
        if "file" not in entry:
            raise CorpusError(f"{path}: elke [[report]] heeft een 'file' nodig.")
        entries[entry["file"]] = entry
    return entries


def discover(paths: list[Path], max_bytes: int = 0) -> tuple[list[Path], list[CorpusProblem]]:
    """Report files under the given files/folders; unknown file types, links that lead out of
    their folder and files over ``max_bytes`` (0: no limit) become problems and are not read."""
    files, problems = [], []
    for root in paths:
        if not root.exists():
            problems.append(CorpusProblem(str(root), "bestaat niet."))
            continue
        candidates = sorted(p for p in root.rglob("*") if p.is_file()) if root.is_dir() else [root]
        home = (root if root.is_dir() else root.parent).resolve()
        for p in candidates:
            if p.name in _IGNORED or p.name.startswith("."):
                continue
            if not p.resolve().is_relative_to(home):
                problems.append(CorpusProblem(p.name, M.CORPUS_LINK_OUTSIDE.format(folder=home.name)))
                continue
            if p.suffix.lower() not in SUPPORTED_SUFFIXES:
                problems.append(
                    CorpusProblem(
                        p.name,
                        f"onbekend bestandstype '{p.suffix or '(geen)'}' "
                        f"overgeslagen (ondersteund: {', '.join(SUPPORTED_SUFFIXES)}).",
                    )
                )
                continue
            size = p.stat().st_size
            if max_bytes and size > max_bytes:
                problems.append(
                    CorpusProblem(
                        p.name,
                        M.CORPUS_FILE_TOO_LARGE.format(mb=size / 2**20, limit=max_bytes / 2**20),
                        unreadable=True,
                    )
                )
                continue
            files.append(p)
    return files, problems


def load_report(path: Path, manifest: dict[str, dict], digest: str = "") -> LoadedReport:
    doc = read_file(path)
    entry = manifest.get(path.name, {})
    inferred = infer_report(doc, path.name, entry.get("id") or slug(path.stem))
    report = Report(
        report_id=str(entry.get("id") or inferred.report_id),
        title=str(entry.get("title") or inferred.title),
        date=str(entry.get("date") or inferred.date),
        number=int(entry.get("number") or inferred.number),
        theme=str(entry.get("theme") or inferred.theme),
        place=str(entry.get("place") or inferred.place),
        source_file=path.name,
    )
    sections = parse_report(doc, report)
    return LoadedReport(report, tuple(sections), digest or file_hash(path), path)


Known = Callable[[Path, str, dict], "LoadedReport | None"]


def load_corpus(
    paths: list[Path], manifest_dir: Path, max_bytes: int = 0, known: Known | None = None
) -> Corpus:
    """Every report under ``paths``. ``known(path, file hash, reports.toml entry)`` may return a
    report loaded before from the same bytes and entry (the index keeps them), so that an ingest
    parses only new and changed files."""
    manifest = read_manifest(manifest_dir)
    files, problems = discover(paths, max_bytes)
    reports: list[LoadedReport] = []
    seen_content: dict[str, str] = {}
    seen_ids: dict[str, str] = {}
    for path in files:
        try:
            digest = file_hash(path)
            loaded = known(path, digest, manifest.get(path.name, {})) if known else None
            loaded = loaded or load_report(path, manifest, digest)
        except CorpusError as exc:
            problems.append(CorpusProblem(path.name, str(exc), unreadable=True))
            continue
        content = hashlib.sha256("\x1e".join(s.text for s in loaded.sections).encode()).hexdigest()
        if content in seen_content:
            problems.append(
                CorpusProblem(
                    path.name, f"zelfde inhoud als {seen_content[content]}; overgeslagen als duplicaat."
                )
            )
            continue
        if loaded.report.report_id in seen_ids:
            problems.append(
                CorpusProblem(
                    path.name,
                    f"verslag-id '{loaded.report.report_id}' wordt al "
                    f"gebruikt door {seen_ids[loaded.report.report_id]}; "
                    "geef een eigen id in reports.toml.",
                )
            )
            continue
        seen_content[content] = path.name
        seen_ids[loaded.report.report_id] = path.name
        reports.append(loaded)
    return Corpus(tuple(reports), tuple(problems))
