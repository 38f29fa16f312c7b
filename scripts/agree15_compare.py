"""Compare two eval folders (start, change) per set: hit@1, fact recall, fact_first, hygiene, and
the first cited section: gold share (lead@1) and agreement with the first source, over answered
direct items with citations; plus the number of changed answers.

    .venv/bin/python scripts/agree15_compare.py /tmp/agree15_base /tmp/agree15_exp
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HYGIENE = ("dangling_reference", "orphan_announcement", "appendix_leak", "markup_leak", "duplicate_section")


def _load(folder: Path) -> dict[str, dict]:
    out = {}
    for p in sorted(folder.glob("*/report*.json")):
        out[p.parent.name] = json.loads(p.read_text(encoding="utf-8"))
    return out


def _lead(report: dict) -> tuple[int, int, int]:
    n = gold = agree = 0
    for it in report["items"]:
        if it["abstained"] or not it.get("citations") or not it.get("top5") or "." in it["id"]:
            continue
        if set(it["tags"]) & {"list", "synthesis", "conversation"}:
            continue
        first = it["citations"][0]["section_id"]
        n += 1
        gold += first in it["gold_sections"]
        agree += it["top5"][0].startswith(f"§{first} ")
    return n, gold, agree


def main(a: str, b: str) -> None:
    ra, rb = _load(Path(a)), _load(Path(b))
    keys = ["hit@1", "fact_recall", "fact_first"]
    print(f"{'set':9s} " + " ".join(f"{k:>15s}" for k in [*keys, "hygiene", "lead@1", "agree"]) + "  changed")
    for name in ra:
        if name not in rb:
            continue
        ma, mb = ra[name]["metrics"]["overall"], rb[name]["metrics"]["overall"]
        cells = [f"{ma.get(k, 0):.3f}->{mb.get(k, 0):.3f}" for k in keys]
        hy = [sum(m.get(k, 0) or 0 for k in HYGIENE) for m in (ma, mb)]
        cells.append(f"{hy[0]:.3f}->{hy[1]:.3f}")
        la, lb = _lead(ra[name]), _lead(rb[name])
        cells.append(f"{la[1]}/{la[0]}->{lb[1]}/{lb[0]}")
        cells.append(f"{la[2]}->{lb[2]}")
        ia = {i["id"]: i["answer"] for i in ra[name]["items"]}
        changed = sum(ia.get(i["id"]) != i["answer"] for i in rb[name]["items"])
        print(f"{name:9s} " + " ".join(f"{c:>15s}" for c in cells) + f"  {changed}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
