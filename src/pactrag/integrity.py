"""Checksums of a generation's files: recorded in its manifest when it is built, verified by
``pactrag ingest`` (which rebuilds a damaged generation) and ``pactrag doctor``.

Pure file checks; no index, no Chroma client. The embedded Chroma database changes when it is
opened, so it is not hashed but checked by SQLite itself (``PRAGMA quick_check``).
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

# the files of a generation that never change once it is built
GENERATION_FILES = (
    "chunks.jsonl",
    "sections.jsonl",
    "reports.jsonl",
    "sentence_vectors.npy",
    "sentence_rows.npy",
    "idf.json",
)
BM25_FOLDER = "bm25"
CHROMA_DB = Path("chroma") / "chroma.sqlite3"
NO_CHECKSUMS = "manifest.json (zonder controlegetallen)"


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _members(gen: Path) -> list[str]:
    names = list(GENERATION_FILES)
    bm25 = gen / BM25_FOLDER
    if bm25.is_dir():
        names += sorted(str(p.relative_to(gen)) for p in bm25.rglob("*") if p.is_file())
    return names


def checksums(gen: Path) -> dict[str, dict]:
    """relative path -> {"size", "sha256"} for every file of a freshly built generation."""
    return {
        name: {"size": (gen / name).stat().st_size, "sha256": _sha256(gen / name)}
        for name in _members(gen)
        if (gen / name).is_file()
    }


def damaged_files(gen: Path, recorded: object) -> list[str]:
    """The files that are missing or differ from what the manifest recorded ("manifest.json"
    itself when it recorded nothing usable, e.g. a generation built before checksums)."""
    if not isinstance(recorded, dict) or not all(name in recorded for name in GENERATION_FILES):
        return [NO_CHECKSUMS]
    bad = []
    for name, expected in recorded.items():
        path = gen / str(name)
        if not _matches(path, expected):
            bad.append(str(name))
    if not (gen / BM25_FOLDER).is_dir() or not any(n.startswith(BM25_FOLDER + "/") for n in recorded):
        bad.append(BM25_FOLDER)
    return sorted(set(bad))


def _matches(path: Path, expected: object) -> bool:
    if not isinstance(expected, dict) or not path.is_file():
        return False
    return path.stat().st_size == expected.get("size") and _sha256(path) == expected.get("sha256")


def embedded_store_problem(gen: Path) -> str | None:
    """None when the embedded Chroma database passes SQLite's own check; else what is wrong."""
    path = gen / CHROMA_DB
    if not path.is_file():
        return f"{CHROMA_DB} ontbreekt"
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)
        try:
            result = db.execute("PRAGMA quick_check").fetchone()
            db.execute("SELECT count(*) FROM embeddings").fetchone()
        finally:
            db.close()
    except sqlite3.Error as exc:
        return f"{CHROMA_DB}: {exc}"
    if not result or result[0] != "ok":
        return f"{CHROMA_DB}: {result[0] if result else 'geen antwoord'}"
    return None
