"""Ingest benchmark: full build (cold embedding cache), re-ingest, one changed report.

.venv/bin/python benchmarks/bench_ingest.py [--corpus corpus]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

# like `pactrag ingest`: embed on every core (queries run single-threaded)
os.environ.setdefault("OMP_NUM_THREADS", str(os.cpu_count() or 1))

from pactrag.config import Settings  # noqa: E402
from pactrag.index import Index, ingest  # noqa: E402


def du(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=Path("corpus"))
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="pactrag-bench-"))
    try:
        corpus = tmp / "corpus"
        shutil.copytree(args.corpus, corpus)
        settings = Settings(corpus_dir=corpus, index_dir=tmp / "index")  # own, empty embedding cache
        t = time.perf_counter()
        full = ingest(settings)
        full_s = time.perf_counter() - t
        t = time.perf_counter()
        again = ingest(settings)
        again_s = time.perf_counter() - t
        target = sorted(p for p in corpus.iterdir() if p.suffix == ".txt")[0]
        text = target.read_text(encoding="utf-8")
        target.write_text(
            text.replace(
                "Dit document heeft geen formele status.",
                "Dit document heeft geen formele status. Een gewijzigde zin.",
            ),
            encoding="utf-8",
        )
        t = time.perf_counter()
        changed = ingest(settings)
        changed_s = time.perf_counter() - t
        index = Index(settings)
        gen = index.path
        rows = [
            (
                "full build (cold cache)",
                f"{full_s:.1f} s",
                f"{full.chunks} chunks, {full.new} embedded, "
                f"{index.manifest['counts']['sentences']} sentence vectors",
            ),
            ("re-ingest, unchanged", f"{again_s:.2f} s", f"changed={again.changed}, {again.new} embedded"),
            (
                "re-ingest, one sentence changed",
                f"{changed_s:.2f} s",
                f"{changed.new} chunk(s) embedded, {changed.unchanged} unchanged, {changed.removed} removed",
            ),
            (
                "index size on disk",
                f"{du(gen) / 1e6:.1f} MB",
                f"generation {gen.name} (+ cache {du(settings.embedding_cache_dir) / 1e6:.1f} MB)",
            ),
        ]
        print("| step | figure | detail |\n|---|---|---|")
        for row in rows:
            print("| " + " | ".join(row) + " |")
        return 0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
