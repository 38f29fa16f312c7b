"""Build and open the index: Chroma vectors + Dutch BM25 + chunk/section/sentence stores.

The index is made of per-report *segments* (``segments/seg-*``, written once, see
``segment.py``) and *generations* (``gen-*``): a manifest naming the segments in service,
the corpus-wide term counts and, embedded, the Chroma store. An ingest writes segments only
for the reports that are new or changed, a new generation beside the one in service, and
then swaps the ``CURRENT`` pointer atomically, so a crash mid-ingest leaves the previous
index serving. Vectors carry their segment in their id: a reader uses only those of the
segments its manifest names, so vectors that an unfinished ingest added to a shared (server)
collection are never served. Embeddings are cached by content hash (SQLite, committed per
batch), so unchanged chunks are never re-embedded and a killed ingest resumes where it stopped.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import functools
import hashlib
import json
import math
import os
import re
import shutil
import sqlite3
import threading
import time
import uuid
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

import numpy as np

from . import messages as M
from .chunk import chunk_sections
from .config import Settings
from .corpus import EXAMPLES_FILE, TURNS_FILE, Corpus, CorpusProblem, LoadedReport, load_corpus
from .corpus import read_manifest as read_reports_toml
from .embed import Embedder, embed_queries, get_embedder
from .errors import IndexMismatchError, IndexMissingError, PactragError
from .integrity import (
    CHUNK_VECTORS,
    GENERATION_FILES,
    checksums,
    embedded_store_missing,
    embedded_store_problem,
    index_damage,
)
from .lexical import BM25Index, Postings, tokenize
from .records import SCHEMA_VERSION, Chunk, Report, Section
from .segment import (
    SEGMENT_FILES,
    SEGMENTS,
    new_segment_name,
    read_jsonl,
    read_segment,
    segment_key,
    sentence_rows,
    vector_id,
    write_segment,
)
from .store import COLLECTION_PREFIX, VectorStore, drop_collection, has_collection, store_damaged

CURRENT = "CURRENT"
REBUILD_HINT = "pactrag ingest --rebuild"
# the chunk fields a dense query may be filtered on in memory (``Index.where_mask``)
_CHUNK_FIELDS = frozenset(f.name for f in fields(Chunk))
DENSE_SLACK = 16  # extra nearest vectors asked for, in case some are not this generation's
Progress = Callable[[str, int, int], None]  # (stage, done, total)


# ---------------------------------------------------------------------------------------
# Embedding cache


class EmbeddingCache:
    """content hash -> vector, per embedder; safe to share between ingests. ``queries``: the
    texts are questions (the embedder's query side, ``examples.py``), kept under keys of their own."""

    def __init__(self, path: Path, embedder: Embedder, queries: bool = False) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(path), timeout=60)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS vec (key TEXT PRIMARY KEY, v BLOB)")
        self._embedder = embedder
        self._queries = queries
        self.hits = 0
        self.misses = 0

    def key(self, text: str) -> str:
        return hashlib.sha256((("query\n" if self._queries else "") + text).encode()).hexdigest()

    def embed(
        self, texts: list[str], progress: Progress | None = None, stage: str = "embed", batch: int = 64
    ) -> np.ndarray:
        keys = [self.key(t) for t in texts]
        found: dict[str, np.ndarray] = {}
        for i in range(0, len(keys), 500):
            part = keys[i : i + 500]
            rows = self._db.execute(
                f"SELECT key, v FROM vec WHERE key IN ({','.join('?' * len(part))})", part
            )
            found.update((k, np.frombuffer(v, dtype=np.float32)) for k, v in rows)
        missing = list(dict.fromkeys(k for k in keys if k not in found))
        by_key = {k: t for k, t in zip(keys, texts, strict=True)}
        self.hits += len(texts) - sum(1 for k in keys if k not in found)
        self.misses += len(missing)
        done = 0
        for i in range(0, len(missing), batch):
            part = missing[i : i + batch]
            texts_part = [by_key[k] for k in part]
            vectors = (
                embed_queries(self._embedder, texts_part)
                if self._queries
                else self._embedder.embed_passages(texts_part)
            )
            with self._db:
                self._db.executemany(
                    "INSERT OR REPLACE INTO vec VALUES (?, ?)",
                    [(k, v.astype(np.float32).tobytes()) for k, v in zip(part, vectors, strict=True)],
                )
            found.update(zip(part, vectors, strict=True))
            done += len(part)
            if progress:
                progress(stage, done, len(missing))
        if not texts:
            return np.zeros((0, self._embedder.dim), dtype=np.float32)
        return np.vstack([found[k] for k in keys]).astype(np.float32)

    def close(self) -> None:
        self._db.close()


def embedding_cache(settings: Settings, embedder: Embedder, queries: bool = False) -> EmbeddingCache:
    """The embedding cache of ``embedder`` under the settings' cache folder (passages, or with
    ``queries`` the question side: ``examples.py``)."""
    return EmbeddingCache(settings.embedding_cache_dir / f"{_safe(embedder.name)}.sqlite", embedder, queries)


# ---------------------------------------------------------------------------------------
# Ingest


@dataclass
class IngestSummary:
    reports: int = 0
    sections: int = 0
    chunks: int = 0
    new: int = 0  # chunks embedded in this run
    unchanged: int = 0  # chunks kept from before / found in the cache
    removed: int = 0
    seconds: float = 0.0
    changed: bool = True
    generation: str = ""
    problems: list[CorpusProblem] = field(default_factory=list)
    report_changes: dict[str, str] = field(default_factory=dict)  # file -> new/changed/removed
    repaired: list[str] = field(default_factory=list)  # damage found in the previous generation
    examples: int = (
        0  # labelled example questions and turns embedded or found in the cache (examples.py, turns.py)
    )

    def to_json(self) -> dict:
        return {
            "reports": self.reports,
            "examples": self.examples,
            "sections": self.sections,
            "chunks": self.chunks,
            "new": self.new,
            "unchanged": self.unchanged,
            "removed": self.removed,
            "seconds": round(self.seconds, 3),
            "changed": self.changed,
            "generation": self.generation,
            "report_changes": self.report_changes,
            "repaired": self.repaired,
            "problems": [{"file": p.path, "message": p.message} for p in self.problems],
        }


def _pipeline_hash() -> str:
    """Hash of the code that turns files into chunks: changing it re-ingests (cheaply, via the cache)."""
    here = Path(__file__).parent
    digest = hashlib.sha256()
    for name in ("parse.py", "chunk.py", "corpus.py", "lexical.py"):
        digest.update((here / name).read_bytes())
    return digest.hexdigest()[:16]


def _settings_fingerprint(settings: Settings, embedder: Embedder) -> dict:
    return {
        "schema_version": SCHEMA_VERSION,
        "pipeline": _pipeline_hash(),
        "embedder": embedder.name,
        "dim": embedder.dim,
        "chunk_chars": settings.chunk_chars,
        "chunk_overlap_sentences": settings.chunk_overlap_sentences,
        "store": "server" if settings.chroma_url else "embedded",
        "chroma_url": settings.chroma_url,
    }


@contextmanager
def _ingest_lock(index_dir: Path) -> Iterator[None]:
    index_dir.mkdir(parents=True, exist_ok=True)
    with open(index_dir / ".lock", "w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise PactragError("Er loopt al een ingest op deze index; wacht tot die klaar is.") from None
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


_GENERATION_NAME = re.compile(r"gen-[\w-]{1,80}")


def current_generation(index_dir: Path) -> Path | None:
    """The generation ``CURRENT`` points to; None when it is missing, unreadable (not UTF-8,
    not a generation name: never a path outside the index) or points to nothing."""
    try:
        name = (index_dir / CURRENT).read_bytes().decode("utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    if not _GENERATION_NAME.fullmatch(name):
        return None
    path = index_dir / name
    return path if path.is_dir() else None


def read_manifest(index_dir: Path) -> dict | None:
    """The manifest of the generation in service; None when it is missing, unreadable or not
    shaped like a manifest (so the next ingest builds a new generation)."""
    gen = current_generation(index_dir)
    if gen is None:
        return None
    try:
        return valid_manifest(json.loads((gen / "manifest.json").read_bytes().decode("utf-8")))
    except (json.JSONDecodeError, OSError, UnicodeDecodeError):
        return None


def indexed_chunk_rows(index_dir: Path) -> Iterator[dict]:
    """The chunks of the index in service as stored (nothing when there is none or it is unreadable)."""
    manifest = read_manifest(index_dir)
    for entry in (manifest or {}).get("segments", []):
        try:
            rows = read_jsonl(index_dir / SEGMENTS / str(entry["segment"]) / "chunks.jsonl")
        except (OSError, ValueError, KeyError, TypeError):
            continue
        yield from rows


_MANIFEST_SHAPE = {
    "settings": dict,
    "files": dict,
    "collection": str,
    "segments": list,
    "counts": dict,
}


def valid_manifest(data: object) -> dict | None:
    """``data`` when it has every key a manifest needs, each of the right type; else None."""
    if not isinstance(data, dict):
        return None
    for key, kind in _MANIFEST_SHAPE.items():
        if not isinstance(data.get(key), kind):
            return None
    return data


def ingest(
    settings: Settings,
    paths: list[Path] | None = None,
    rebuild: bool = False,
    progress: Progress | None = None,
    embedder: Embedder | None = None,
) -> IngestSummary:
    """Build or update the index from the corpus, then embed the labelled example questions
    beside it (``examples.py``) and the labelled conversation turns (``turns.py``; cached, so the
    first question does not wait for them)."""
    from . import turns
    from .examples import warm

    t0 = time.perf_counter()
    embedder = embedder or get_embedder(settings)
    summary = _ingest(settings, paths, rebuild, progress, embedder)
    summary.examples, problems = warm(settings, embedder, progress)
    summary.problems += [CorpusProblem(EXAMPLES_FILE, p) for p in problems]
    counted, problems = turns.warm(settings, embedder, progress)
    summary.examples += counted
    summary.problems += [CorpusProblem(TURNS_FILE, p) for p in problems]
    summary.seconds = time.perf_counter() - t0
    return summary


def _ingest(
    settings: Settings,
    paths: list[Path] | None,
    rebuild: bool,
    progress: Progress | None,
    embedder: Embedder,
) -> IngestSummary:
    t0 = time.perf_counter()
    index_dir = settings.index_dir
    with _ingest_lock(index_dir):
        _remove_stale_generations(settings)
        previous = None if rebuild else read_manifest(index_dir)
        fingerprint = _settings_fingerprint(settings, embedder)
        repaired = damage(settings, current_generation(index_dir), previous) if previous else []
        sound = previous if previous and not repaired and previous.get("settings") == fingerprint else None
        corpus = load_corpus(
            paths or [settings.corpus_dir],
            settings.corpus_dir,
            _max_bytes(settings),
            _known(index_dir, sound),
        )
        corpus = _keep_previous_versions(
            index_dir, _within_chunk_limit(settings, corpus, read_manifest(index_dir))
        )
        files = {lr.report.source_file: lr.file_hash for lr in corpus.reports}
        summary = IngestSummary(problems=list(corpus.problems), repaired=repaired)
        if (
            previous
            and previous.get("settings") == fingerprint
            and previous.get("files") == files
            and previous.get("manifest_hash") == _manifest_hash(settings)
            and not summary.repaired
            and not _lacks_chunk_vectors(settings, current_generation(index_dir))
        ):
            summary.reports = len(corpus.reports)
            summary.sections = previous.get("counts", {}).get("sections", 0)
            summary.chunks = summary.unchanged = previous.get("counts", {}).get("chunks", 0)
            summary.changed = False
            serving = current_generation(index_dir)
            summary.generation = serving.name if serving else ""
            summary.seconds = time.perf_counter() - t0
            return summary
        if not corpus.reports:
            raise PactragError(
                "Geen enkel verslag kon gelezen worden; de index blijft zoals hij was. "
                + "; ".join(f"{p.path}: {p.message}" for p in corpus.problems)
            )
        old_files = (previous or {}).get("files", {})
        for name, digest in files.items():
            if name not in old_files:
                summary.report_changes[name] = "nieuw"
            elif old_files[name] != digest:
                summary.report_changes[name] = "gewijzigd"
        for name in old_files:
            if name not in files:
                summary.report_changes[name] = "verwijderd"
        try:
            _build_generation(settings, embedder, corpus, fingerprint, files, previous, summary, progress)
        except BaseException as exc:
            _discard_unfinished(settings)  # a half-built generation gives its space back
            failure = None if isinstance(exc, PactragError) else _write_failure(settings, exc)
            if failure is None:
                raise
            raise failure from None
    summary.seconds = time.perf_counter() - t0
    return summary


def _entry_hash(entry: dict) -> str:
    """Of a file's entry in reports.toml (its id, title, date…)."""
    return hashlib.sha256(json.dumps(entry, sort_keys=True, default=str).encode()).hexdigest()[:16]


def _known(index_dir: Path, previous: dict | None):
    """For ``load_corpus``: a file indexed before with the same bytes and reports.toml entry is
    read back from its segment instead of being parsed again."""
    if previous is None:
        return None
    by_file = {e.get("source_file"): e for e in previous["segments"] if isinstance(e, dict)}
    files = previous["files"]

    def known(path: Path, digest: str, entry: dict) -> LoadedReport | None:
        e = by_file.get(path.name)
        if e is None or files.get(path.name) != digest or e.get("entry") != _entry_hash(entry):
            return None
        folder = index_dir / SEGMENTS / str(e.get("segment"))
        try:
            (report,) = [Report(**row) for row in read_jsonl(folder / "reports.jsonl")]
            sections = tuple(Section(**row) for row in read_jsonl(folder / "sections.jsonl"))
        except (OSError, ValueError, TypeError):
            return None
        return LoadedReport(report, sections, digest, path)

    return known


def _write_failure(settings: Settings, exc: BaseException) -> PactragError | None:
    """A Dutch message for a build that could not write (disk full, quota, file size limit,
    read-only disk); None for anything else."""
    full = getattr(exc, "errno", None) in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)
    full = full or any(t in str(exc).lower() for t in ("disk is full", "no space left", "file too large"))
    if full:
        where = getattr(exc, "filename", None) or settings.index_dir
        return PactragError(M.INDEX_DISK_FULL.format(where=where, error=f"{type(exc).__name__}: {exc}"))
    if isinstance(exc, OSError | sqlite3.Error):
        where = getattr(exc, "filename", None) or settings.index_dir
        return PactragError(M.INDEX_WRITE_FAILED.format(where=where, error=f"{type(exc).__name__}: {exc}"))
    return None


def _discard_unfinished(settings: Settings) -> None:
    """Remove the generations an ingest of this process left half-built (and their collections)."""
    current = current_generation(settings.index_dir)
    for path in settings.index_dir.glob("gen-*"):
        if not (path / "BUILDING").exists() or (current is not None and path.resolve() == current.resolve()):
            continue
        if settings.chroma_url:
            drop_collection(
                settings.chroma_url, None, COLLECTION_PREFIX + path.name, settings.chroma_timeout_s
            )
        shutil.rmtree(path, ignore_errors=True)
    _remove_stale_generations(settings)  # and the segments it wrote


def _max_bytes(settings: Settings) -> int:
    return int(settings.max_file_mb * 2**20) if settings.max_file_mb > 0 else 0


def _within_chunk_limit(settings: Settings, corpus: Corpus, previous: dict | None = None) -> Corpus:
    """A file that would make more than ``max_chunks_per_file`` chunks (hours of embedding) is
    skipped with a warning; like an unreadable file, its indexed version stays. A file indexed
    before as it is now is not chunked again to find out."""
    limit = settings.max_chunks_per_file
    if limit <= 0:
        return corpus
    indexed = (previous or {}).get("files", {})
    kept, problems = [], list(corpus.problems)
    for lr in corpus.reports:
        if indexed.get(lr.report.source_file) == lr.file_hash:
            kept.append(lr)
            continue
        n = len(
            chunk_sections(
                lr.report, list(lr.sections), settings.chunk_chars, settings.chunk_overlap_sentences
            )
        )
        if n > limit:
            message = M.CORPUS_TOO_MANY_CHUNKS.format(chunks=n, limit=limit)
            problems.append(CorpusProblem(lr.report.source_file, message, unreadable=True))
        else:
            kept.append(lr)
    return Corpus(tuple(kept), tuple(problems))


def _keep_previous_versions(index_dir: Path, corpus: Corpus) -> Corpus:
    """A report that is in the index but whose file can no longer be read (emptied, corrupt,
    no sections) keeps its indexed version, with a warning, instead of silently vanishing."""
    manifest = read_manifest(index_dir)
    if manifest is None or not any(p.unreadable for p in corpus.problems):
        return corpus
    old_reports: dict[str, Report] = {}
    old_sections: list[Section] = []
    try:
        for entry in manifest["segments"]:
            folder = index_dir / SEGMENTS / entry["segment"]
            for row in read_jsonl(folder / "reports.jsonl"):
                old_reports[row["source_file"]] = Report(**row)
            old_sections += [Section(**row) for row in read_jsonl(folder / "sections.jsonl")]
    except (OSError, ValueError, TypeError, KeyError):
        return corpus
    reports, problems = list(corpus.reports), []
    ids = {lr.report.report_id for lr in corpus.reports}
    for problem in corpus.problems:
        old = old_reports.get(problem.path) if problem.unreadable else None
        digest = manifest.get("files", {}).get(problem.path)
        if old is None or digest is None or old.report_id in ids:
            problems.append(problem)
            continue
        sections = tuple(s for s in old_sections if s.report_id == old.report_id)
        reports.append(LoadedReport(old, sections, digest, Path(problem.path)))
        problems.append(
            replace(
                problem,
                message=problem.message + " De vorige versie blijft in de "
                "index tot het bestand hersteld of verwijderd is.",
            )
        )
    return Corpus(tuple(reports), tuple(problems))


def damage(settings: Settings, gen: Path | None, manifest: dict) -> list[str]:
    """What is wrong with the generation in service: files (its own or its segments') that
    differ from their recorded checksums, a damaged embedded store, a missing collection on
    the server."""
    if gen is None:
        return [CURRENT]
    problems = index_damage(settings.index_dir, gen, manifest, SEGMENT_FILES)
    problems += store_damage(settings, gen, manifest)
    return problems


def store_damage(settings: Settings, gen: Path, manifest: dict) -> list[str]:
    if settings.chroma_url:
        collection = manifest.get("collection", "")
        if not has_collection(settings.chroma_url, collection, settings.chroma_timeout_s):
            return [M.INDEX_COLLECTION_MISSING.format(collection=collection)]
        return []
    store = embedded_store_problem(gen)
    return [store] if store else []


def _manifest_hash(settings: Settings) -> str:
    path = settings.corpus_dir / "reports.toml"
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else ""


def _build_generation(
    settings: Settings,
    embedder: Embedder,
    corpus: Corpus,
    fingerprint: dict,
    files: dict,
    previous: dict | None,
    summary: IngestSummary,
    progress: Progress | None,
) -> None:
    """Write the segments of new and changed reports, then a generation that lists every
    segment in service, and swap it in. With a usable previous generation of the same settings
    this is incremental: unchanged reports keep their segments and their vectors."""
    index_dir = settings.index_dir
    name = f"gen-{time.strftime('%Y%m%d-%H%M%S')}-{uuid.uuid4().hex[:6]}"
    gen = index_dir / name
    gen.mkdir(parents=True)
    (gen / "BUILDING").write_text(str(os.getpid()))
    prev_gen = current_generation(index_dir)
    # incremental on a sound previous generation of the same settings; after damage, from scratch
    incremental = bool(
        previous and prev_gen is not None and previous.get("settings") == fingerprint and not summary.repaired
    )
    prev_entries = {e["key"]: e for e in (previous or {})["segments"]} if incremental else {}

    entries: list[dict] = []  # the new generation's segments, in corpus order
    to_build: list[tuple[int, LoadedReport, str, list[Chunk]]] = []
    for lr in corpus.reports:
        key = segment_key(fingerprint, lr)
        if key in prev_entries:
            entries.append(prev_entries[key])
            continue
        chunks = chunk_sections(
            lr.report, list(lr.sections), settings.chunk_chars, settings.chunk_overlap_sentences
        )
        entries.append({})
        to_build.append((len(entries) - 1, lr, key, chunks))
    kept = {e["segment"] for e in entries if e}
    dead = [e for e in prev_entries.values() if e["segment"] not in kept]

    new_chunks = [c for _, _, _, chunks in to_build for c in chunks]
    rows_per_build = [sentence_rows(chunks) for _, _, _, chunks in to_build]
    sentence_texts = [
        chunks[pos].text[a:b]
        for (_, _, _, chunks), rows in zip(to_build, rows_per_build, strict=True)
        for pos, a, b in rows
    ]
    cache = embedding_cache(settings, embedder)
    try:
        chunk_vectors = cache.embed([c.embed_text for c in new_chunks], progress, "fragmenten")
        chunk_misses = cache.misses
        sentence_vectors = cache.embed(sentence_texts, progress, "zinnen")
    finally:
        cache.close()

    if progress:
        progress("opslaan", 0, 1)
    # 1. the new segments' files (not yet served: no manifest names them)
    c_at = s_at = 0
    toml = read_reports_toml(settings.corpus_dir)
    built: list[tuple[str, list[Chunk], np.ndarray]] = []
    for (slot, lr, key, chunks), rows in zip(to_build, rows_per_build, strict=True):
        segment = new_segment_name(key)
        sums = write_segment(
            index_dir / SEGMENTS / segment, lr, chunks, rows, sentence_vectors[s_at : s_at + len(rows)]
        )
        built.append((segment, chunks, chunk_vectors[c_at : c_at + len(chunks)]))
        c_at, s_at = c_at + len(chunks), s_at + len(rows)
        entries[slot] = {
            "segment": segment,
            "key": key,
            "report_id": lr.report.report_id,
            "source_file": lr.report.source_file,
            "sections": len(lr.sections),
            "chunks": len(chunks),
            "sentences": len(rows),
            "entry": _entry_hash(toml.get(lr.report.source_file, {})),
            "checksums": sums,
        }
    # 2. their vectors, into the serving collection (server) or a copy of the store in service
    collection = (previous or {}).get("collection", "") if incremental else COLLECTION_PREFIX + name
    if not settings.chroma_url and incremental:
        assert prev_gen is not None
        shutil.copytree(prev_gen / "chroma", gen / "chroma")
    store = VectorStore(
        settings.chroma_url,
        None if settings.chroma_url else gen / "chroma",
        collection,
        create=True,
        timeout=settings.chroma_timeout_s,
    )
    if not settings.chroma_url and dead:  # a private copy: what it no longer serves can go now
        store.delete({"segment": {"$in": [e["segment"] for e in dead]}})
    for done, (segment, chunks, vectors) in enumerate(built, 1):
        store.upsert(
            [vector_id(segment, c.chunk_id) for c in chunks],
            vectors,
            [c.text for c in chunks],
            [{**c.metadata(), "segment": segment} for c in chunks],
        )
        if progress:
            progress("vectoren", done, len(built))
    if not settings.chroma_url:
        # the collection's vectors as it holds them now, for ``Index`` to read without opening
        # Chroma: importing chromadb was ~1 s of a 2.8 s cold `pactrag ask` (NOTES.md, session 10)
        ids, vectors = store.vectors()
        with open(gen / CHUNK_VECTORS, "wb") as handle:
            np.savez(handle, ids=np.array(ids, dtype=str), vectors=vectors.astype(np.float32))
    # 3. corpus-wide term counts (for the sentence scorer's idf), updated by the difference
    df, n = _document_frequencies(index_dir, prev_gen if incremental else None, dead, [b[0] for b in built])
    (gen / "df.json").write_text(json.dumps({"n": n, "df": df}, ensure_ascii=False))
    (gen / "idf.json").write_text(json.dumps(_idf_from(df, n), ensure_ascii=False))

    new_ids = {c.chunk_id for c in new_chunks}
    old_ids: set[str] = set()
    for e in dead:
        with contextlib.suppress(OSError, ValueError, KeyError):
            old_ids |= {
                row["chunk_id"] for row in read_jsonl(index_dir / SEGMENTS / e["segment"] / "chunks.jsonl")
            }
    counts = {
        "reports": len(entries),
        "sections": sum(e["sections"] for e in entries),
        "chunks": sum(e["chunks"] for e in entries),
        "sentences": sum(e["sentences"] for e in entries),
    }
    summary.reports, summary.sections, summary.chunks = (
        counts["reports"],
        counts["sections"],
        counts["chunks"],
    )
    summary.new = chunk_misses  # chunks embedded in this run; the rest came from the cache or stayed
    summary.unchanged = summary.chunks - summary.new
    summary.removed = (
        len(old_ids - new_ids)
        if incremental
        else len(set(_previous_chunk_ids(index_dir, previous)) - new_ids)
    )
    manifest = {
        "checksums": checksums(gen, GENERATION_FILES + (CHUNK_VECTORS,)),
        "settings": fingerprint,
        "files": files,
        "manifest_hash": _manifest_hash(settings),
        "collection": collection,
        "segments": entries,
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "counts": counts,
    }
    (gen / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1))
    (gen / "BUILDING").unlink()
    _swap(index_dir, name)
    summary.generation = name
    if progress:
        progress("opslaan", 1, 1)
    _remove_stale_generations(settings)


def _lacks_chunk_vectors(settings: Settings, gen: Path | None) -> bool:
    """An embedded generation written before ``CHUNK_VECTORS`` existed: the next ingest writes a
    new one (every segment and vector reused) so that answering stops opening Chroma."""
    return not settings.chroma_url and gen is not None and not (gen / CHUNK_VECTORS).is_file()


def _previous_chunk_ids(index_dir: Path, previous: dict | None) -> list[str]:
    ids: list[str] = []
    for e in (previous or {}).get("segments", []):
        with contextlib.suppress(OSError, ValueError, KeyError, TypeError):
            ids += [
                row["chunk_id"] for row in read_jsonl(index_dir / SEGMENTS / e["segment"] / "chunks.jsonl")
            ]
    return ids


def _document_frequencies(
    index_dir: Path, prev_gen: Path | None, dead: list[dict], added: list[str]
) -> tuple[dict[str, int], int]:
    """Per stemmed term, how many chunks contain it: the previous generation's counts minus
    the removed segments' plus the new ones' (all segments' when there is no previous)."""
    df: dict[str, int] = {}
    n = 0
    if prev_gen is not None:
        data = json.loads((prev_gen / "df.json").read_text(encoding="utf-8"))
        df, n = {str(k): int(v) for k, v in data["df"].items()}, int(data["n"])
    for sign, names in ((-1, [e["segment"] for e in dead]), (1, added)):
        for segment in names:
            postings = Postings.load(index_dir / SEGMENTS / segment / "lexicon.npz")
            n += sign * len(postings.lengths)
            for term, count in postings.document_frequencies().items():
                df[term] = df.get(term, 0) + sign * count
    return {t: c for t, c in df.items() if c > 0}, n


def _idf_from(df: dict[str, int], n: int) -> dict[str, float]:
    return {t: round(math.log(1 + (n - d + 0.5) / (d + 0.5)), 4) for t, d in df.items()}


def _safe(name: str) -> str:
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in name)


def _swap(index_dir: Path, name: str) -> None:
    tmp = index_dir / f".{CURRENT}.{uuid.uuid4().hex[:6]}"
    tmp.write_text(name)
    with open(tmp) as handle:
        os.fsync(handle.fileno())
    os.replace(tmp, index_dir / CURRENT)


def _remove_stale_generations(settings: Settings) -> None:
    """Delete generations that are not in service (older ones, or left by a crash), then the
    segments (and, on a server, their vectors) that no remaining generation names.

    A generation that a running process still has open (an ``Index`` holds a shared lock
    on its manifest) is left alone, with its segments, so that process keeps answering; the
    next ingest after it has stopped removes it.
    """
    index_dir = settings.index_dir
    current = current_generation(index_dir)
    if current is None:  # CURRENT missing or unreadable: keep every generation until a new one serves
        return
    remaining = [current]
    for path in index_dir.glob("gen-*"):
        if path.resolve() != current.resolve() and _in_use(path):
            remaining.append(path)
    manifests = [m for m in (_manifest_of(p) for p in remaining) if m is not None]
    used = {m["collection"] for m in manifests}
    for path in index_dir.glob("gen-*"):
        if path in remaining:
            continue
        if settings.chroma_url:
            own = _manifest_of(path)
            names = {COLLECTION_PREFIX + path.name} | ({own["collection"]} if own else set())
            if not all(
                drop_collection(settings.chroma_url, None, c, settings.chroma_timeout_s) for c in names - used
            ):
                continue  # server unreachable: keep the folder so a later ingest drops the collection
        shutil.rmtree(path, ignore_errors=True)
    for tmp in index_dir.glob(f".{CURRENT}.*"):
        tmp.unlink(missing_ok=True)
    live = {e.get("segment") for m in manifests for e in m["segments"] if isinstance(e, dict)}
    dead = [p for p in (index_dir / SEGMENTS).glob("seg-*") if p.name not in live]
    if not dead or len(manifests) != len(remaining):
        return  # nothing to do, or a generation in use cannot be read: keep every segment
    if settings.chroma_url:  # their vectors leave the serving collection(s) first
        try:
            for collection in used:
                VectorStore(settings.chroma_url, None, collection, timeout=settings.chroma_timeout_s).delete(
                    {"segment": {"$in": [p.name for p in dead]}}
                )
        except PactragError:
            return  # server unreachable: a later ingest removes them
    for path in dead:
        shutil.rmtree(path, ignore_errors=True)


def _manifest_of(gen: Path) -> dict | None:
    try:
        return valid_manifest(json.loads((gen / "manifest.json").read_bytes().decode("utf-8")))
    except (json.JSONDecodeError, OSError, UnicodeDecodeError):
        return None


def _share(handle) -> None:
    with contextlib.suppress(OSError):  # a file system without locks: an ingest may remove this generation
        fcntl.flock(handle, fcntl.LOCK_SH)


def _in_use(gen: Path) -> bool:
    try:
        with open(gen / "manifest.json") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            fcntl.flock(handle, fcntl.LOCK_UN)
        return False
    except BlockingIOError:
        return True
    except OSError:
        return False


# ---------------------------------------------------------------------------------------
# Reading the index


class Index:
    """The generation in service, opened read-only. Thread-safe for queries."""

    def __init__(self, settings: Settings, embedder: Embedder | None = None) -> None:
        self.settings = settings
        gen = current_generation(settings.index_dir)
        if gen is None:
            raise IndexMissingError(
                f"Geen index gevonden in '{settings.index_dir}'. Bouw hem met: pactrag ingest"
            )
        self.path = gen
        try:
            # a shared lock on the manifest while open: ingest leaves this generation be
            self._lease = open(gen / "manifest.json", encoding="utf-8")  # noqa: SIM115
            _share(self._lease)
            manifest = valid_manifest(json.loads(self._lease.read()))
            if manifest is None:
                raise ValueError("manifest.json heeft niet de verwachte vorm")
            self.manifest = manifest
            self.chunks: list[Chunk] = []
            self.sections: list[Section] = []
            self.reports: list[Report] = []
            vectors, rows, postings = [], [], []
            self._segments: set[str] = set()
            for entry in manifest["segments"]:
                data = read_segment(settings.index_dir / SEGMENTS / entry["segment"])
                rows.append(data.sentence_rows + np.array([len(self.chunks), 0, 0], dtype=np.int32))
                self.chunks += data.chunks
                self.sections += data.sections
                self.reports += data.reports
                vectors.append(data.sentence_vectors)
                postings.append(data.postings)
                self._segments.add(entry["segment"])
            # the embedded store's chunk vectors as the ingest wrote them (none: read from Chroma)
            self._stored_vectors: tuple[list[str], np.ndarray] | None = None
            if not settings.chroma_url and (gen / CHUNK_VECTORS).is_file():
                with np.load(gen / CHUNK_VECTORS) as stored:
                    self._stored_vectors = (stored["ids"].tolist(), stored["vectors"])
            # float32 in memory: retrieval scores every sentence per question (one matrix product)
            self.sentence_vectors = (
                np.concatenate(vectors).astype(np.float32) if vectors else np.zeros((0, 1), np.float32)
            )
            all_rows = np.concatenate(rows) if rows else np.zeros((0, 3), np.int32)
            self.bm25 = BM25Index.compose(postings)
        except (
            OSError,
            ValueError,
            TypeError,
            KeyError,
            AttributeError,
            EOFError,
            zipfile.BadZipFile,
        ) as exc:
            raise IndexMismatchError(
                f"De index in '{gen}' is beschadigd of onvolledig ({type(exc).__name__}). "
                f"Bouw hem opnieuw met: {REBUILD_HINT}"
            ) from None
        stored = self.manifest.get("settings", {})
        if stored.get("schema_version") != SCHEMA_VERSION:
            raise IndexMismatchError(
                f"De index heeft schemaversie {stored.get('schema_version')}, deze versie van pactrag "
                f"verwacht {SCHEMA_VERSION}. Bouw hem opnieuw met: {REBUILD_HINT}"
            )
        self.embedder = embedder or get_embedder(settings)
        if stored.get("embedder") != self.embedder.name or stored.get("dim") != self.embedder.dim:
            raise IndexMismatchError(
                f"De index is gebouwd met embedder '{stored.get('embedder')}', maar nu is "
                f"'{self.embedder.name}' ingesteld. Bouw hem opnieuw met: {REBUILD_HINT}"
            )
        if (
            stored.get("store") != ("server" if settings.chroma_url else "embedded")
            or stored.get("chroma_url", "") != settings.chroma_url
        ):
            raise IndexMismatchError(
                "De index hoort bij een andere Chroma-opslag dan PACTRAG_CHROMA_URL aangeeft. "
                f"Bouw hem opnieuw met: {REBUILD_HINT}"
            )
        if len(self.reports) > 1:  # labels name the report when there are several
            labels = {r.report_id: r.label for r in self.reports}
            self.chunks = [
                replace(c, report_label=labels.get(c.report_id, c.report_title)) for c in self.chunks
            ]
        self.by_id = {c.chunk_id: c for c in self.chunks}
        self.position = {c.chunk_id: i for i, c in enumerate(self.chunks)}
        self.section_by_key = {(s.report_id, s.section_id): s for s in self.sections}
        self.report_by_id = {r.report_id: r for r in self.reports}
        self._sentences: dict[int, list[tuple[int, int, int]]] = {}
        for row_no, (pos, a, b) in enumerate(all_rows.tolist()):
            self._sentences.setdefault(pos, []).append((row_no, a, b))
        self.sentence_chunk = all_rows[:, 0].astype(np.int64) if len(all_rows) else np.zeros(0, np.int64)
        self.vocabulary = self.bm25.vocabulary
        self.idf = _load_idf(gen / "idf.json", self.chunks)
        self._lock = threading.Lock()
        self._columns: dict[str, np.ndarray] = {}
        self._chunk_vectors: tuple[np.ndarray, np.ndarray] | None = None
        self._store: VectorStore | None = None
        self._store_lock = threading.Lock()
        if self._stored_vectors is None:
            self._store = self._open_store()
        elif problem := embedded_store_missing(gen):  # as opening it would have told
            raise store_damaged(gen / "chroma", problem)

    def _open_store(self) -> VectorStore:
        return VectorStore(
            self.settings.chroma_url,
            None if self.settings.chroma_url else self.path / "chroma",
            self.manifest["collection"],
            timeout=self.settings.chroma_timeout_s,
            retry_s=self.settings.chroma_retry_s,
        )

    @property
    def vectors(self) -> VectorStore:
        """The Chroma collection. An embedded store whose generation holds its chunk vectors
        (``CHUNK_VECTORS``) is opened on first use only: answering never needs it, and importing
        chromadb cost a fresh `pactrag ask` ~1 s."""
        with self._store_lock:
            if self._store is None:
                self._store = self._open_store()
            return self._store

    def dense(self, vector: np.ndarray, n: int, where: dict | None = None) -> list[tuple[str, float]]:
        """(chunk_id, cosine similarity) of the ``n`` nearest chunks of this generation, best first.

        A shared collection may also hold vectors of segments this generation does not name (an
        ingest under way, or one that was killed): they are skipped, asking for more when they
        crowd out the generation's own."""
        n = min(n, len(self.chunks))
        if not self.settings.chroma_url:
            mask = self.where_mask(where)
            if mask is not None:
                return self._dense_in_memory(vector, n, mask)
        fetch = n + DENSE_SLACK
        while n > 0:
            found = self.vectors.query(vector, fetch, where)
            hits = []
            for vid, sim in found:
                segment, _, chunk_id = vid.partition("/")
                if segment in self._segments and chunk_id in self.by_id:
                    hits.append((chunk_id, sim))
            if len(hits) >= n or len(found) < fetch:
                return hits[:n]
            fetch *= 4
        return []

    def _dense_in_memory(self, vector: np.ndarray, n: int, mask: np.ndarray) -> list[tuple[str, float]]:
        """``dense`` for the embedded store: one matrix product over this generation's chunk
        vectors, read from the collection once. A Chroma query cost 3-8 ms of a ~50 ms answer
        (its client, the where filter, the HNSW search), the product ~0.1 ms at 84 chunks; and it
        is exact where Chroma's HNSW is approximate (a larger corpus). A server keeps its round trip:
        its collection may change under a running app."""
        matrix, present = self._chunk_matrix()
        allowed = present & mask
        if not allowed.any():
            return []
        sims = matrix @ np.asarray(vector, dtype=np.float32)
        sims = np.where(allowed, sims, -np.inf)
        order = np.argsort(-sims, kind="stable")[: min(n, int(allowed.sum()))]
        return [(self.chunks[p].chunk_id, float(sims[p])) for p in order]

    def _chunk_matrix(self) -> tuple[np.ndarray, np.ndarray]:
        """The chunk vectors in chunk order, and which chunks the collection has a vector for."""
        with self._lock:
            if self._chunk_vectors is None:
                stored = self._stored_vectors
                ids, vectors = stored if stored is not None else self.vectors.vectors()
                matrix = np.zeros((len(self.chunks), vectors.shape[1] if len(ids) else 1), np.float32)
                present = np.zeros(len(self.chunks), dtype=bool)
                for vid, row in zip(ids, vectors, strict=True):
                    segment, _, chunk_id = vid.partition("/")
                    if segment in self._segments and chunk_id in self.position:
                        matrix[self.position[chunk_id]] = row
                        present[self.position[chunk_id]] = True
                self._chunk_vectors = (matrix, present)
                self._stored_vectors = None  # in the matrix now: not kept twice (read once, at open)
            return self._chunk_vectors

    def where_mask(self, where: dict | None) -> np.ndarray | None:
        """A Chroma ``where`` of field equalities (one, or several under ``$and``: what
        ``retrieve.Filters.where`` builds) as a mask over the chunks; None for any other form.
        The in-memory dense search and ``Filters.mask`` both read a filter through it."""
        clauses = [where] if where and "$and" not in where else (where or {}).get("$and", [])
        mask = np.ones(len(self.chunks), dtype=bool)
        for clause in clauses:
            if not isinstance(clause, dict) or len(clause) != 1:
                return None
            ((name, value),) = clause.items()
            if name not in _CHUNK_FIELDS or not isinstance(value, str):
                return None
            mask &= self.column(name) == value
        return mask

    def sentences(self, chunk_id: str) -> list[tuple[str, np.ndarray]]:
        """The chunk's sentences with their (passage-mode) vectors."""
        pos = self.position[chunk_id]
        text = self.chunks[pos].text
        return [(text[a:b], self.sentence_vectors[row]) for row, a, b in self._sentences.get(pos, [])]

    @functools.cached_property
    def sentence_texts(self) -> list[str]:
        """Every sentence of every chunk, in reading order (built once)."""
        return [
            self.chunks[pos].text[a:b] for pos in sorted(self._sentences) for _, a, b in self._sentences[pos]
        ]

    @functools.cached_property
    def sentence_chunks(self) -> list[Chunk]:
        """The chunk of each of ``sentence_texts``, in the same order (built once)."""
        return [self.chunks[pos] for pos in sorted(self._sentences) for _ in self._sentences[pos]]

    def section_of(self, chunk: Chunk) -> Section | None:
        return self.section_by_key.get((chunk.report_id, chunk.section_id))

    @property
    def multi_report(self) -> bool:
        return len(self.reports) > 1

    def column(self, name: str) -> np.ndarray:
        """One chunk field as an array in chunk order (built once), e.g. for filter masks."""
        values = self._columns.get(name)
        if values is None:
            values = self._columns[name] = np.array([getattr(c, name) for c in self.chunks], dtype=str)
        return values

    def is_current(self) -> bool:
        """False once an ingest has put a newer generation in service (reopen to see it)."""
        current = current_generation(self.settings.index_dir)
        return current is not None and current.resolve() == self.path.resolve()

    def close(self) -> None:
        """Release this generation so the next ingest may delete it."""
        self._lease.close()


def _idf(chunks: list[Chunk]) -> dict[str, float]:
    """Inverse document frequency of each stemmed term over the chunks (for sentence scoring)."""
    df: dict[str, int] = {}
    for c in chunks:
        for term in set(tokenize(c.text)):
            df[term] = df.get(term, 0) + 1
    n = len(chunks)
    return {t: round(math.log(1 + (n - d + 0.5) / (d + 0.5)), 4) for t, d in df.items()}


def _load_idf(path: Path, chunks: list[Chunk]) -> dict[str, float]:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return _idf(chunks)
