"""What is fitted on the labelled questions, kept on disk beside the index generation it was
fitted for, so that a fresh process (a one-shot ``pactrag ask``) loads it instead of fitting it.

``examples.per_held_out`` builds each learned part (the labelled questions with their vectors,
the example model, the neighbours, the scope check, the turn kinds, the point voters, the
language offset) once per opened index; fitting them all took ~0.9 s of a 2.8 s cold ask
(NOTES.md, session 10). Here each is stored in ``<generation>/fitted/<name>.pickle`` with the
fingerprint of everything it was built from: pactrag's own source files, numpy's version and the
labelled files (``examples.jsonl``, ``turns.jsonl``); the generation folder holds the rest (its
chunks, sections and sentence vectors never change, and it goes when the generation goes). A
stored part whose fingerprint differs is fitted again and overwritten, so a changed example,
turn or line of code never meets a stale model. Only the parts of the full examples are kept:
an eval's held-out fits stay in memory. Writing is best effort (a read-only index fits in memory
as before).

Only an index opened by an entry point keeps them (``keep_on_disk``: the ``ask`` and ``chat``
commands, the app). The fingerprint sees the files, not the memory: a test or a tuning script that
replaces a fit's input or constant in memory (``monkeypatch``) must fit from it, never load what
another process stored.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import os
import pickle
import re
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import numpy as np

from .corpus import EXAMPLES_FILE, TURNS_FILE
from .lexical import BM25Index

if TYPE_CHECKING:
    from .index import Index

T = TypeVar("T")
FOLDER = "fitted"
_PACKAGE = Path(__file__).resolve().parent


def keep_on_disk(index: Index) -> None:
    """Keep and reuse the fitted parts of this open index on disk (see the module's docstring)."""
    index.__dict__["_fitted_on_disk"] = True


def cached(index: Index, name: str, build: Callable[[], T]) -> T:
    """``build()``, or what an earlier process built for this generation from the same inputs
    (when ``index`` keeps them on disk)."""
    if not index.__dict__.get("_fitted_on_disk"):
        return build()
    path = index.path / FOLDER / (re.sub(r"[^a-z0-9_-]", "_", name.lower()) + ".pickle")
    key = fingerprint(index)
    found = _load(path, key)
    if found is not None:
        return found[0]
    value = build()
    _save(path, key, value)
    return value


def fingerprint(index: Index) -> str:
    """What the fitted parts of ``index`` are made from besides its generation (once per open
    index: ~2 ms of hashing)."""
    memo = index.__dict__
    if "_fitted_fingerprint" not in memo:
        digest = hashlib.sha256(np.__version__.encode())
        for path in sorted(_PACKAGE.rglob("*.py")):
            digest.update(str(path.relative_to(_PACKAGE)).encode() + b"\x00" + path.read_bytes())
        for name in (EXAMPLES_FILE, TURNS_FILE):
            labelled = index.settings.corpus_dir / name
            digest.update(name.encode() + b"\x00" + (labelled.read_bytes() if labelled.is_file() else b""))
        memo["_fitted_fingerprint"] = digest.hexdigest()
    return memo["_fitted_fingerprint"]


def _load(path: Path, key: str) -> tuple[Any] | None:
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        stored_key, value = _Restricted(io.BytesIO(data)).load()
    except Exception:  # damaged or from another version: fit again
        return None
    return (value,) if stored_key == key else None


def _save(path: Path, key: str, value: object) -> None:
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:6]}")
    try:
        path.parent.mkdir(exist_ok=True)
        tmp.write_bytes(pickle.dumps((key, value), protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(tmp, path)  # readers see the old file or the new one, never half of one
    except OSError:
        tmp.unlink(missing_ok=True)


class _Restricted(pickle.Unpickler):
    """Loads records, containers and numpy arrays only: a file in the index folder may be read
    as data, never run as code (pickle would call any function it names)."""

    _NUMPY = {
        ("numpy", "ndarray"),
        ("numpy", "dtype"),
        ("numpy.core.multiarray", "_reconstruct"),
        ("numpy._core.multiarray", "_reconstruct"),
        ("numpy.core.multiarray", "scalar"),
        ("numpy._core.multiarray", "scalar"),
        ("numpy.core.numeric", "_frombuffer"),
        ("numpy._core.numeric", "_frombuffer"),
    }
    _BUILTINS = {"frozenset", "set", "tuple", "list", "dict", "complex"}

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in self._NUMPY or (module == "builtins" and name in self._BUILTINS):
            return super().find_class(module, name)
        if module.startswith("pactrag."):
            found = super().find_class(module, name)
            # a record (whose __init__ only sets its fields) or the BM25 index, not a function
            if isinstance(found, type) and (dataclasses.is_dataclass(found) or found is BM25Index):
                return found
        raise pickle.UnpicklingError(f"{module}.{name} is not a fitted record")
