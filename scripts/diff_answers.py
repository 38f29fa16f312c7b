"""Do two eval runs answer the same? Compares every item of every report*.json under two folders
(as ``pactrag eval --out DIR`` or ``evalall.sh`` write them) field by field, timings left out.

    python scripts/diff_answers.py RUN_A RUN_B        # exit 0: byte-identical answers

An item is the same when its answer, citations, retrieved sections, standalone question,
abstention and scores are; latency fields (``latency_ms``, ``timings_ms``, ``seconds``) are
ignored. Prints the number of items compared per report and the first differences.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

IGNORED = {"latency_ms", "timings_ms", "seconds", "latency", "report_md"}


def _strip(value: object) -> object:
    if isinstance(value, dict):
        return {k: _strip(v) for k, v in value.items() if k not in IGNORED and "latency" not in k}
    if isinstance(value, list):
        return [_strip(v) for v in value]
    return value


def _items(report: Path) -> dict[str, object]:
    data = json.loads(report.read_text(encoding="utf-8"))
    items = data.get("items", [])
    keyed: dict[str, object] = {}
    for n, item in enumerate(items):
        key = str(item.get("id", n)) if isinstance(item, dict) else str(n)
        while key in keyed:  # ids repeated (a conversation's turns): keep them apart
            key += "'"
        keyed[key] = _strip(item)
    return keyed


def _first_difference(a: object, b: object, path: str = "") -> str:
    if isinstance(a, dict) and isinstance(b, dict):
        for k in sorted(set(a) | set(b)):
            if a.get(k) != b.get(k):
                return _first_difference(a.get(k), b.get(k), f"{path}.{k}")
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for n, (x, y) in enumerate(zip(a, b, strict=True)):
            if x != y:
                return _first_difference(x, y, f"{path}[{n}]")
    if isinstance(a, str) and isinstance(b, str):  # from a little before where they part
        at = next((n for n, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
        a, b, path = a[max(at - 40, 0) :], b[max(at - 40, 0) :], f"{path} (from character {at})"
    return f"{path}: {json.dumps(a, ensure_ascii=False)[:200]} != {json.dumps(b, ensure_ascii=False)[:200]}"


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    a_dir, b_dir = (Path(p) for p in argv)
    reports = sorted(p.relative_to(a_dir) for p in a_dir.rglob("report*.json"))
    if not reports:
        print(f"no report*.json under {a_dir}", file=sys.stderr)
        return 2
    differing = total = 0
    for rel in reports:
        other = b_dir / rel
        if not other.exists():
            print(f"{rel}: missing in {b_dir}")
            differing += 1
            continue
        a, b = _items(a_dir / rel), _items(other)
        keys = sorted(set(a) | set(b))
        diff = [k for k in keys if a.get(k) != b.get(k)]
        total += len(keys)
        differing += len(diff)
        print(f"{rel}: {len(keys)} items, {len(diff)} differ")
        for k in diff[:5]:
            print(f"  {k}{_first_difference(a.get(k), b.get(k))}")
    print(f"total: {total} items, {differing} differ")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
