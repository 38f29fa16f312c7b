"""Where the answering point stands in direct answers read as asking items (session 14, list15), not a test.

    .venv/bin/python scripts/list15_lab.py RUN [RUN_AFTER]

RUN is a folder of ``pactrag eval --out`` runs (one subfolder per set). For every direct item (facts,
no list or synthesis tag) whose question reads as asking items (``intent.asks_items``), split by
``intent.asks_one`` (the question asks for one thing), it prints how many answers open with a
fact-holding point and where the first such point stands (its rank among the answer's points);
for the list items it counts those ``asks_one`` reads as one thing (their order would change).
With RUN_AFTER the same figures after a change, side by side.
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

from pactrag.evals.metrics import norm
from pactrag.intent import _COUNTED, asks_items, asks_one

_POINT = re.compile(r"^\s*- (.*)")


def words() -> frozenset[str]:
    texts = [p.read_text(encoding="utf-8") for p in Path("corpus").glob("*.txt")]
    lines = Path("corpus/examples.jsonl").read_text(encoding="utf-8").splitlines()
    texts += [json.loads(line)["question"] for line in lines if line.strip()]
    return frozenset(w.lower().replace("’", "'") for t in texts for w in re.findall(r"[^\W\d_][\w'’-]*", t))


def first_rank(answer: str, facts: list[list[str]]) -> int:
    """1-based rank of the first point holding a fact; 0 when none does."""
    points = [m.group(1) for line in answer.splitlines() if (m := _POINT.match(line))]
    for n, point in enumerate(points, 1):
        if any(norm(alt) in norm(point) for group in facts for alt in group):
            return n
    return 0


def table(run: Path, known: frozenset[str]) -> dict[str, list[int]]:
    out: dict[str, list[int]] = defaultdict(list)
    for report in sorted(run.glob("*/report*.json")):
        if report.parent.name in ("list15", "point15"):
            continue
        for item in json.loads(report.read_text(encoding="utf-8"))["items"]:
            q, tags = item["question"], set(item.get("tags", []))
            if not (asks_items(q) or _COUNTED.search(q)) or item.get("abstained"):
                continue
            one = "one" if asks_one(q, known) else "set"
            if "list" in tags:
                out[f"list/{one}"].append(0)
            elif "synthesis" not in tags and item.get("facts"):
                out[f"direct/{one}"].append(first_rank(item.get("answer") or "", item["facts"]))
    return out


def summary(ranks: list[int]) -> str:
    held = [r for r in ranks if r]
    first = sum(r == 1 for r in ranks)
    later = sorted(held)
    median = later[len(later) // 2] if later else 0
    return f"n {len(ranks):4d}  first {first / max(1, len(ranks)):.3f}  a fact shown {len(held):4d}  median rank {median}"


def main() -> None:
    known = words()
    runs = [table(Path(a), known) for a in sys.argv[1:]]
    for key in sorted(set().union(*runs)):
        if key.startswith("list"):
            print(f"{key:12s} n {len(runs[0][key])}")
            continue
        print(f"{key:12s}", " | ".join(summary(r[key]) for r in runs))


if __name__ == "__main__":
    main()
