"""fact_first of stored eval reports (runs made before the metric existed): per set, the share of
direct answers (facts, no items or sides, answered) whose first point holds a required fact, and
fact recall over the same items.

    .venv/bin/python scripts/fact_first.py /tmp/run_a /tmp/run_b   # each holds <set>/report*.json
"""

from __future__ import annotations

import glob
import json
import sys
from pathlib import Path

from pactrag.evals.metrics import fact_first, fact_recall


def figures(path: str) -> tuple[int, float, float]:
    report = json.loads(Path(path).read_text(encoding="utf-8"))
    rows = [
        (fact_first(i["answer"], i["facts"]), fact_recall(i["answer"], i["facts"]))
        for i in report["items"]
        if i.get("facts")
        and not i.get("abstained")
        and i["scores"].get("fact_recall") is not None
        and "item_recall" not in i["scores"]
        and "side_coverage" not in i["scores"]
    ]
    n = len(rows) or 1
    return len(rows), sum(a for a, _ in rows) / n, sum(b for _, b in rows) / n


def main(runs: list[str]) -> None:
    sets = sorted({Path(p).parent.name for run in runs for p in glob.glob(f"{run}/*/report*.json")})
    print("set".ljust(10), *(f"{Path(r).name:>24}" for r in runs))
    for s in sets:
        cells = []
        for run in runs:
            found = glob.glob(f"{run}/{s}/report*.json")
            cells.append("{:>4} ff {:.3f} fr {:.3f}".format(*figures(found[0])) if found else "—".rjust(24))
        print(s.ljust(10), *(f"{c:>24}" for c in cells))


if __name__ == "__main__":
    main(sys.argv[1:])
