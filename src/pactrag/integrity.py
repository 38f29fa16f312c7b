"""Checksums of a generation's files: recorded in its manifest when it is built, verified by
``pactrag ingest`` (which rebuilds a damaged generation) and ``pactrag doctor``.

Pure file checks; no index, no Chroma client. The embedded Chroma database changes when it is
opened, so it is not hashed but checked by SQLite itself (``PRAGMA quick_check``).
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

# the files of a generation folder (its segments' files are listed per segment, see segment.py)
GENERATION_FILES = ("idf.json", "df.json")
# the embedded store's chunk vectors as the ingest wrote them (``index.Index``): recorded and
# verified when present, not required (a generation written before it has none)
CHUNK_VECTORS = "chunk_vectors.npz"
CHROMA_DB = Path("chroma") / "chroma.sqlite3"
_SQLITE_MAGIC = b"SQLite format 3\x00"
NO_CHECKSUMS = "manifest.json (zonder controlegetallen)"


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def checksums(folder: Path, names: tuple[str, ...] = GENERATION_FILES) -> dict[str, dict]:
    """relative path -> {"size", "sha256"} for the named files of a freshly written folder."""
    return {
        name: {"size": (folder / name).stat().st_size, "sha256": _sha256(folder / name)}
        for name in names
        if (folder / name).is_file()
    }


def damaged_files(folder: Path, recorded: object, required: tuple[str, ...] = GENERATION_FILES) -> list[str]:
    """The files that are missing or differ from what the manifest recorded ("manifest.json"
    itself when it recorded nothing usable, e.g. a generation built before checksums)."""
    if not isinstance(recorded, dict) or not all(name in recorded for name in required):
        return [NO_CHECKSUMS]
    return sorted(
        str(name) for name, expected in recorded.items() if not _matches(folder / str(name), expected)
    )


def index_damage(index_dir: Path, gen: Path, manifest: dict, required: tuple[str, ...]) -> list[str]:
    """Damaged files of the generation and of every segment it lists ("segments/<name>/<file>");
    ``required`` are the files every segment must record."""
    bad = damaged_files(gen, manifest.get("checksums"))
    for entry in manifest.get("segments", []):
        name = str(entry.get("segment", "")) if isinstance(entry, dict) else ""
        if not name.startswith("seg-") or "/" in name:
            bad.append(f"segments/{name or '?'}")
            continue
        recorded = entry.get("checksums")
        for problem in damaged_files(index_dir / "segments" / name, recorded, required):
            bad.append(f"segments/{name}/{problem}")
    return bad


def _matches(path: Path, expected: object) -> bool:
    if not isinstance(expected, dict) or not path.is_file():
        return False
    return path.stat().st_size == expected.get("size") and _sha256(path) == expected.get("sha256")


def embedded_store_missing(gen: Path) -> str | None:
    """What is plainly wrong with the embedded Chroma database without reading it through (no
    file, not a SQLite file): the check an open index makes when it reads its chunk vectors
    from ``CHUNK_VECTORS`` and not from Chroma. ``embedded_store_problem`` reads it all."""
    path = gen / CHROMA_DB
    try:
        with open(path, "rb") as handle:
            head = handle.read(len(_SQLITE_MAGIC))
    except OSError:
        return f"{CHROMA_DB} ontbreekt"
    return None if head == _SQLITE_MAGIC else f"{CHROMA_DB}: geen SQLite-bestand"


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
