"""Start vs end over stored eval runs (shape16): the area's metrics per set, ``fact_first`` read both
ways from the stored answers (its first "- " line alone, as before session 15, and with the items
nested under it), and the answers that changed.

    .venv/bin/python scripts/shape16_lab.py START_ROOT END_ROOT [--show N]

Each root holds one directory per set (``v1``, ``cold4`` …, ``v2dev``, ``freshdev``) with its
``report*.json`` from ``pactrag eval --no-reference --no-llm-check``.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from pactrag.evals.metrics import _POINT, fact_first, norm

SETS = ("v1", *(f"cold{i}" for i in range(4, 16)), "v2dev", "freshdev", "shape16")
METRICS = ("fact_recall", "item_recall", "side_coverage", "dangling_reference", "orphan_announcement")


def first_line_only(text: str, facts) -> bool:
    """``fact_first`` as it read before session 15: the first "- " line alone."""
    lines = [line for line in text.splitlines() if line.strip()]
    points = [m.group(1) for line in lines if (m := _POINT.match(line))]
    first = points[0] if points else (lines[1] if len(lines) > 1 else text)
    said = norm(first)
    return any(norm(alt) in said for group in facts for alt in group)


def load(root: Path, name: str) -> dict | None:
    found = sorted((root / name).glob("report*.json")) if (root / name).is_dir() else []
    return json.loads(found[0].read_text(encoding="utf-8")) if found else None


def fact_first_both(report: dict) -> tuple[float, float, int]:
    items = [
        it
        for it in report["items"]
        if it["scores"].get("fact_first") is not None and not it["abstained"] and it["facts"]
    ]
    old = sum(first_line_only(it["answer"], it["facts"]) for it in items)
    new = sum(fact_first(it["answer"], it["facts"]) for it in items)
    n = len(items) or 1
    return old / n, new / n, len(items)


def main() -> None:
    start, end = Path(sys.argv[1]), Path(sys.argv[2])
    show = int(sys.argv[sys.argv.index("--show") + 1]) if "--show" in sys.argv else 0
    changed_all = []
    print("set | " + " | ".join(METRICS) + " | fact_first old-def | fact_first nested-def | changed")
    for name in SETS:
        a, b = load(start, name), load(end, name)
        if a is None or b is None:
            continue
        ma, mb = a["metrics"]["overall"], b["metrics"]["overall"]
        cells = [f"{ma.get(m)} -> {mb.get(m)}" if ma.get(m) != mb.get(m) else f"{ma.get(m)}" for m in METRICS]
        fa, fb = fact_first_both(a), fact_first_both(b)
        answers = {it["id"]: it for it in a["items"]}
        changed = [
            (name, answers[it["id"]], it) for it in b["items"] if answers[it["id"]]["answer"] != it["answer"]
        ]
        changed_all += changed
        print(
            f"{name} | "
            + " | ".join(cells)
            + f" | {fa[0]:.3f} -> {fb[0]:.3f} | {fa[1]:.3f} -> {fb[1]:.3f} (n={fb[2]}) | {len(changed)}"
        )
    print("changed answers:", len(changed_all))
    for name, a, b in random.Random(16).sample(changed_all, min(show, len(changed_all))):
        print(f"\n===== {name} {a['id']}: {a['question']}\n--- start\n{a['answer']}\n--- end\n{b['answer']}")


if __name__ == "__main__":
    main()
