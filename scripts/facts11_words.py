"""Fact recall and words of the direct answers of two eval runs, per set (session 11, facts11).

    .venv/bin/python scripts/facts11_words.py /tmp/run_before /tmp/run_after [set …]

A direct answer: a single question (no conversation turn) tagged fact, paraphrase or english and
none of list, synthesis, refuse, injection, with facts, not refused. Words counted over the
answer text as shown before its "Bronnen:" block (lead line and citation markers included), recall over the same items.
"""

from __future__ import annotations

import glob
import json
import sys
from pathlib import Path

import numpy as np


def direct(item: dict) -> bool:
    tags = set(item["tags"])
    return (
        bool(item.get("facts"))
        and "." not in item["id"].split("q")[-1]
        and bool(tags & {"fact", "paraphrase", "english"})
        and not tags & {"list", "synthesis", "refuse", "injection", "conversation"}
    )


def figures(run: str) -> dict[str, tuple[int, float, float, float, float]]:
    out = {}
    for path in sorted(glob.glob(f"{run}/*/report-*.json")):
        report = json.loads(Path(path).read_text())
        items = [i for i in report["items"] if direct(i)]
        answered = [i for i in items if not i["abstained"]]
        recall = [i["scores"].get("fact_recall") or 0.0 for i in answered]
        words = [len(i["answer"].split("\nBronnen:")[0].split()) for i in answered]
        all_recall = [i["scores"].get("fact_recall") or 0.0 for i in items]
        out[report["set"]] = (
            len(answered),
            float(np.mean(recall)) if recall else 0.0,
            float(np.mean(all_recall)) if all_recall else 0.0,
            float(np.median(words)) if words else 0.0,
            float(np.percentile(words, 90)) if words else 0.0,
        )
    return out


def main(argv: list[str]) -> None:
    before, after = figures(argv[0]), figures(argv[1])
    print("set        n   recall(answered) b->a   recall(all) b->a   words median b->a   p90 b->a")
    for name in before:
        if name not in after or (argv[2:] and name not in argv[2:]):
            continue
        b, a = before[name], after[name]
        print(
            f"{name:9} {b[0]:3d}   {b[1]:.3f} -> {a[1]:.3f}        {b[2]:.3f} -> {a[2]:.3f}"
            f"      {b[3]:5.0f} -> {a[3]:5.0f}      {b[4]:5.0f} -> {a[4]:5.0f}"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
