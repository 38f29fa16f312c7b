"""english16: start vs end eval runs, per set: answers changed for Dutch and English items, whether
an English item's change is its frame only (``frame.framed`` of the start answer), and the metrics
of the English items.

    .venv/bin/python scripts/english16_compare.py START_DIR END_DIR
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from pactrag.frame import framed

METRICS = ("hit@1", "fact_recall", "fact_first", "citation_coverage", "citation_validity", "frame_language")
HYGIENE = ("dangling_reference", "orphan_announcement", "appendix_leak", "markup_leak", "duplicate_section")


def _items(path: Path) -> dict[str, dict]:
    report = json.loads(next(path.glob("report*.json")).read_text(encoding="utf-8"))
    keyed: dict[str, dict] = {}
    for item in report["items"]:
        key = str(item["id"])
        while key in keyed:
            key += "'"
        keyed[key] = item
    return keyed


def _old(scores: dict) -> dict:
    """The scores the start code also gave (``frame_language`` is new)."""
    return {k: v for k, v in scores.items() if k != "frame_language"}


def _mean(items: list[dict], name: str) -> str:
    values = [i["scores"][name] for i in items if i["scores"].get(name) is not None]
    return f"{sum(values) / len(values):.3f}" if values else "—"


def main(start: Path, end: Path) -> None:
    print(f"{'set':10} {'NL chg':>6} {'EN':>4} {'EN chg':>6} {'frame only':>10}  " + "  ".join(METRICS))
    for folder in sorted(p for p in end.iterdir() if p.is_dir()):
        if not (start / folder.name).is_dir():
            continue
        a, b = _items(start / folder.name), _items(folder)
        nl_changed, en, en_changed, frame_only = 0, [], 0, 0
        for key, item in b.items():
            before = a.get(key)
            if before is None:
                continue
            if "english" in item["tags"]:
                en.append((before, item))
                if before["answer"] != item["answer"]:
                    en_changed += 1
                    frame_only += framed(before["answer"], "en") == item["answer"]
            elif before["answer"] != item["answer"] or before["scores"] != _old(item["scores"]):
                nl_changed += 1
        cells = [f"{_mean([x for x, _ in en], m)}->{_mean([y for _, y in en], m)}" for m in METRICS]
        flaws = [
            sum(bool(y["scores"].get(h)) for _, y in en) - sum(bool(x["scores"].get(h)) for x, _ in en)
            for h in HYGIENE
        ]
        print(
            f"{folder.name:10} {nl_changed:6} {len(en):4} {en_changed:6} {frame_only:10}  "
            + "  ".join(cells)
            + f"  hygiene Δ {flaws}"
        )


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
