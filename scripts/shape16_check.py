"""Shape of the answers to the shape16 check set (``evals/shape16``), read from a stored eval run.

    .venv/bin/python scripts/shape16_check.py RUN_DIR [RUN_DIR_AFTER]

Per item with a ``shape`` field (written with the questions, before any code change):
- ``head`` + ``items``: the announcing sentence is a point line of its own, no item glued into it
  (``glued``), and its items stand under it as nested sub-items in the report's order (``nested``:
  the share of the listed items found as sub-items under the head, in order);
- ``whole``: one answer line holds both strings (a labelled item with its explanation);
- ``order``: all strings shown, in the report's order (``ordered``; None when one is missing).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

QUESTIONS = Path(__file__).resolve().parents[1] / "evals" / "shape16" / "questions.jsonl"
_SUB = re.compile(r"^\s+[-*]\s+")


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).lower()


def shape_scores(answer: str, shape: dict) -> dict[str, float | None]:
    lines = answer.splitlines()
    out: dict[str, float | None] = {}
    if "head" in shape:
        at = next((i for i, line in enumerate(lines) if norm(shape["head"]) in norm(line)), None)
        items = [norm(x) for x in shape["items"]]
        if at is None:
            out["glued"], out["nested"] = None, 0.0
        else:
            out["glued"] = float(any(x in norm(lines[at]) for x in items))
            subs = []
            for line in lines[at + 1 :]:
                if not _SUB.match(line):
                    break
                subs.append(norm(line))
            found, k = 0, 0
            for x in items:  # in order
                j = next((j for j in range(k, len(subs)) if x in subs[j]), None)
                if j is not None:
                    found, k = found + 1, j + 1
            out["nested"] = found / len(items)
    if "whole" in shape:
        out["whole"] = float(any(all(norm(s) in norm(line) for s in shape["whole"]) for line in lines))
    if "order" in shape:
        text = norm(answer)
        pos = [text.find(norm(s)) for s in shape["order"]]
        out["ordered"] = None if min(pos) < 0 else float(pos == sorted(pos))
    return out


def read(run: Path) -> dict[str, dict[str, float | None]]:
    shapes = {}
    for line in QUESTIONS.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        shapes[row["id"]] = row["shape"]
    report = json.loads(next(run.glob("report*.json")).read_text(encoding="utf-8"))
    return {
        it["id"]: shape_scores(it["answer"], shapes[it["id"]]) for it in report["items"] if it["id"] in shapes
    }


def summary(scores: dict[str, dict[str, float | None]]) -> dict[str, str]:
    out = {}
    for name in ("glued", "nested", "whole", "ordered"):
        values = [s[name] for s in scores.values() if name in s]
        known = [v for v in values if v is not None]
        out[name] = (
            f"{sum(known) / len(known):.3f} of {len(known)} (unknown {len(values) - len(known)})"
            if known
            else "-"
        )
    return out


def main() -> None:
    runs = [Path(a) for a in sys.argv[1:]]
    results = [read(r) for r in runs]
    for run, res in zip(runs, results, strict=True):
        print(run, json.dumps(summary(res), ensure_ascii=False))
    if len(results) == 2:
        for qid in sorted(results[0]):
            if results[0][qid] != results[1][qid]:
                print(qid, results[0][qid], "->", results[1][qid])


if __name__ == "__main__":
    main()
