"""``pactrag doctor``: the health of the index in service, check by check, and what repairs it."""

from __future__ import annotations

from dataclasses import dataclass

from . import messages as M
from .config import Settings
from .corpus import discover, file_hash
from .errors import StoreUnavailableError
from .index import CURRENT, current_generation, read_manifest
from .integrity import embedded_store_problem, index_damage
from .segment import SEGMENT_FILES
from .store import VectorStore


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str


def check_index(settings: Settings) -> list[Check]:
    """Every check that applies, in order; a failed CURRENT or manifest stops the list."""
    gen = current_generation(settings.index_dir)
    if gen is None:
        return [Check(CURRENT, False, M.DOCTOR_NO_INDEX.format(index=settings.index_dir))]
    checks = [Check(CURRENT, True, gen.name)]
    manifest = read_manifest(settings.index_dir)
    if manifest is None:
        return checks + [Check("manifest.json", False, M.DOCTOR_BAD_MANIFEST)]
    checks.append(Check("manifest.json", True, M.DOCTOR_COUNTS.format(**_counts(manifest))))
    bad = index_damage(settings.index_dir, gen, manifest, SEGMENT_FILES)
    checks.append(Check(M.DOCTOR_FILES, not bad, ", ".join(bad) or M.DOCTOR_FILES_OK))
    checks.append(_store_check(settings, gen, manifest))
    checks.append(_corpus_check(settings, manifest))
    return checks


def _counts(manifest: dict) -> dict:
    counts = manifest.get("counts", {})
    return {key: counts.get(key, "?") for key in ("reports", "sections", "chunks")}


def _store_check(settings: Settings, gen, manifest: dict) -> Check:
    if not settings.chroma_url:
        problem = embedded_store_problem(gen)
        return Check(M.DOCTOR_STORE, problem is None, problem or M.DOCTOR_STORE_EMBEDDED_OK)
    try:
        store = VectorStore(
            settings.chroma_url, None, manifest["collection"], timeout=settings.chroma_timeout_s
        )
        segments = [e.get("segment", "") for e in manifest["segments"] if isinstance(e, dict)]
        count = len(store.ids({"segment": {"$in": segments}})) if segments else 0
    except StoreUnavailableError as exc:
        return Check(M.DOCTOR_STORE, False, str(exc))
    expected = manifest.get("counts", {}).get("chunks")
    ok = count == expected
    return Check(M.DOCTOR_STORE, ok, M.DOCTOR_STORE_SERVER.format(count=count, expected=expected))


def _corpus_check(settings: Settings, manifest: dict) -> Check:
    files, _ = discover([settings.corpus_dir])
    on_disk = {p.name: file_hash(p) for p in files}
    indexed = manifest.get("files", {})
    changed = sorted(name for name in set(on_disk) | set(indexed) if on_disk.get(name) != indexed.get(name))
    # a difference is news, not damage: the next ingest takes it in (or says why it skips a file)
    detail = M.DOCTOR_CORPUS_CHANGED.format(files=", ".join(changed)) if changed else M.DOCTOR_CORPUS_OK
    return Check(M.DOCTOR_CORPUS, True, detail)


def healthy(checks: list[Check]) -> bool:
    return all(c.ok for c in checks)
