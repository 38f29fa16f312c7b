"""Leave-one-source-out lab for reading a follow-up's kind from both learned readings (session 11).

    .venv/bin/python scripts/followup_read_lab.py rows.json [--detail A TAU SHOWN]

Reads the rows of ``scripts/followup_lab11.py`` (the turns as answered by the code that wrote
them; both readings out of sample per source). A turn is read when it keeps the subject, cues no
kind, is no ellipsis, and the conversation is in a subfacet. Its kind is the top of the
log-linear mix ``turn^A · single^(1-A)`` (renormalised), read when that kind is another than
the one in effect (or, when no kind is in effect, the kind of the passage the turn before led with,
read at SHOWN or more; SHOWN 0: not read) and its share is at least TAU. Against the rule of the code that wrote the rows (``BASELINE``) a turn counts + when the new rule reads a gold kind of the conversation's
subfacet the answer's first section missed, - when the answer was right and the new rule reads a
kind not gold (or drops the old rule's right reading). Per source, the parameters are chosen on
the other sources (most + minus -, fewest reads on ties) and scored on it.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import defaultdict
from pathlib import Path

from pactrag.answer import READ_KIND_SHARE, SHOWN_READ_SHARE

ITEM_KINDS = ("continue", "start", "stop", "synergie", "toekomstbeeld", "aanvullingen")
MIXES = (0.0, 0.25, 0.5, 0.75, 1.0)
SHARES = (0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7)
SHOWN_SHARES = (0.0, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9)  # 0: the shown kind is not read


def mixed(row: dict, a: float) -> dict[str, float]:
    kinds = row["turn"].keys() & row["single"].keys()
    logs = {
        k: a * math.log(max(row["turn"][k], 1e-9)) + (1 - a) * math.log(max(row["single"][k], 1e-9))
        for k in kinds
    }
    top = max(logs.values())
    ex = {k: math.exp(v - top) for k, v in logs.items()}
    total = sum(ex.values())
    return {k: v / total for k, v in ex.items()}


def readable(row: dict) -> bool:
    return bool(row["keeps"] and not row["cued"] and not row["elliptical"] and row["where"])


def reading(row: dict, a: float, tau: float, shown: float) -> str:
    if not readable(row):
        return ""
    before = set(row["before"])
    if not before and shown and row["shown"]:
        before, tau = {row["shown"]}, shown
    if not before:
        return ""
    p = mixed(row, a)
    kind = max(p, key=p.__getitem__)
    return kind if kind in ITEM_KINDS and kind not in before and p[kind] >= tau else ""


def in_place(row: dict, kind: str) -> bool:
    kinds = set(row["gold_kinds"])
    where = row["where"] or ""
    return kind in kinds and any(g.startswith(where + ".") for g in row["gold"])


# the rule of the code that wrote the rows: session 11's rows were written before SHOWN was read
# (1.0, 0.6, 0.0); since session 12 (recal13) the code reads it at answer.SHOWN_READ_SHARE
BASELINE = (1.0, READ_KIND_SHARE, SHOWN_READ_SHARE)


def score(rows: list[dict], a: float, tau: float, shown: float) -> tuple[int, int, int, list]:
    plus = minus = reads = 0
    changed = []
    for row in rows:
        old = reading(row, *BASELINE)
        new = reading(row, a, tau, shown)
        reads += bool(new)
        if new == old:
            continue
        if new:
            if in_place(row, new) and not row["hit"]:
                plus += 1
                changed.append(("+", row))
            elif row["hit"] and new not in row["gold_kinds"]:
                minus += 1
                changed.append(("-", row))
            else:
                changed.append(("?", row))
        elif row["hit"]:
            minus += 1  # the old reading was right and is dropped
            changed.append(("-", row))
    return plus, minus, reads, changed


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", type=Path)
    parser.add_argument("--detail", nargs=3, metavar=("A", "TAU", "SHOWN"))
    args = parser.parse_args(argv)
    rows = json.loads(args.rows.read_text(encoding="utf-8"))
    grid = [(a, t, s) for a in MIXES for t in SHARES for s in SHOWN_SHARES]
    if args.detail:
        a, tau, shown = float(args.detail[0]), float(args.detail[1]), float(args.detail[2])
        plus, minus, reads, changed = score(rows, a, tau, shown)
        print(f"A={a} TAU={tau} SHOWN={shown}: +{plus} -{minus} reads={reads}")
        for mark, row in changed:
            p = mixed(row, a)
            top = sorted(p.items(), key=lambda kv: -kv[1])[:2]
            print(
                f" {mark} {row['source']} {row['id']} {row['tags']} before={row['before']} shown={row['shown']} "
                f"gold={row['gold']} first={row['sources'][:1]} read={[(k, round(v, 2)) for k, v in top]}"
            )
            print(f"     {row['question']}")
        return 0
    print("curve, turn model alone (A=1), pooled +/- reads and per source +/-:")
    names = sorted({r["source"] for r in rows})
    for tau, shown in [(READ_KIND_SHARE, s) for s in SHOWN_SHARES] + [(t, SHOWN_READ_SHARE) for t in SHARES]:
        p, m, r, _ = score(rows, 1.0, tau, shown)
        per = [score([x for x in rows if x["source"] == n], 1.0, tau, shown)[:2] for n in names]
        cells = " ".join(
            f"{n.split('/')[-1].removeprefix('followup_').removesuffix('.jsonl')}:+{a}-{b}"
            for n, (a, b) in zip(names, per, strict=True)
            if a or b
        )
        print(f"  TAU={tau:.2f} SHOWN={shown:.2f}: +{p} -{m} reads={r} | {cells}")
    print("in sample, all sources:")
    table = {g: score(rows, *g)[:3] for g in grid}
    for g, (p, m, r) in sorted(table.items(), key=lambda kv: -(kv[1][0] - kv[1][1]))[:12]:
        print(f"  A={g[0]:.2f} TAU={g[1]:.2f} SHOWN={g[2]:.2f}: +{p} -{m} reads={r}")
    by_source: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_source[row["source"]].append(row)
    total_p = total_m = 0
    print("leave one source out:")
    for name, own in by_source.items():
        rest = [r for r in rows if r["source"] != name]
        best = max(grid, key=lambda g: (lambda s: (s[0] - s[1], -s[2]))(score(rest, *g)))
        p, m, _r, _c = score(own, *best)
        total_p, total_m = total_p + p, total_m + m
        print(f"  {name:44s} chosen A={best[0]:.2f} TAU={best[1]:.2f} SHOWN={best[2]:.2f}: +{p} -{m}")
    print(f"  total +{total_p} -{total_m}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
