"""Start against end per set (helper miss17), not a test.

    .venv/bin/python scripts/miss17_compare.py START_DIR END_DIR

For each eval run in both directories: fact recall, ``fact_first``, hit@1 (overall), the mean and
median words per answer, and how many answers changed.
"""

from __future__ import annotations

import json
import statistics
import sys
from pathlib import Path


def _load(run: Path) -> dict:
    return json.loads(next(run.glob("report*.json")).read_text())


def main(start: Path, end: Path) -> None:
    print("| set | fact recall | fact_first | hit@1 | words mean | words median | changed |")
    print("|---|---|---|---|---|---|---|")
    for run in sorted(p for p in start.iterdir() if p.is_dir()):
        if not (end / run.name).is_dir():
            continue
        a, b = _load(run), _load(end / run.name)
        ma, mb = a["metrics"]["overall"], b["metrics"]["overall"]

        def pair(key, ma=ma, mb=mb):
            x, y = ma.get(key), mb.get(key)
            return "—" if x is None else (f"{x:.3f}" if x == y else f"{x:.3f} → {y:.3f}")

        wa = [len(i["answer"].split()) for i in a["items"]]
        wb = [len(i["answer"].split()) for i in b["items"]]
        changed = sum(x["answer"] != y["answer"] for x, y in zip(a["items"], b["items"], strict=True))
        mean = f"{statistics.mean(wa):.1f} → {statistics.mean(wb):.1f} ({statistics.mean(wb) / statistics.mean(wa) - 1:+.1%})"
        print(
            f"| {run.name} | {pair('fact_recall')} | {pair('fact_first')} | {pair('hit@1')} | {mean} | "
            f"{statistics.median(wa)} → {statistics.median(wb)} | {changed} |"
        )


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
