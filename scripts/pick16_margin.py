"""Leave-one-set-out lab of a margin for joining an absent first source (helper pick16), not a test.

Measured and not kept: the join is gone from ``compose._first_source_best``; the run needs the
lab branch state that logged the gap (commit history of ``pick16``).

    PICK16_M=99 PICK16_LOG=END/gaps.tsv pactrag eval --set S --out END/S   # each set, "always join"
    .venv/bin/python scripts/pick16_margin.py START END [END ...]

An absent first source joins an answer (``compose._first_source_best``) when its best point rates
within the margin of the answer's best; the lab run joins it always and logs the gap per question,
so each margin is simulated: an answer that changed by such a join keeps the start answer when its
gap is below -margin (the only change in those answers). The objective per set is direct items'
fact recall + fact_first (sums, against the start run) - LAM x words added; each set's margin is
chosen on the other sets (and "never" is a candidate).
"""

from __future__ import annotations

import collections
import glob
import json
import os
import sys

MARGINS = [None, 0.0, 0.02, 0.05, 0.1, 0.2, 99.0]  # None: never join
LAM = float(os.environ.get("LAM", "0.001"))


def _items(d: str, s: str):
    f = glob.glob(f"{d}/{s}/report*.json")
    return {i["id"]: i for i in json.load(open(f[0]))["items"]} if f else None


def _direct(i) -> bool:
    return bool(i["facts"]) and not {"list", "synthesis", "refuse"} & set(i["tags"])


def main(start: str, ends: list[str]) -> None:
    gaps: dict[str, float] = {}
    for d in ends:
        if os.path.exists(f"{d}/gaps.tsv"):
            with open(f"{d}/gaps.tsv") as f:
                for line in f:
                    q, x = line.rstrip("\n").rsplit("\t", 1)
                    gaps[q] = float(x)
    res: dict = collections.defaultdict(lambda: [0.0, 0.0, 0.0, 0])
    sets = []
    for d in ends:
        for path in sorted(glob.glob(f"{d}/*/report*.json")):
            s = path.split("/")[-2]
            a_items, b_items = _items(start, s), _items(d, s)
            if a_items is None or s.startswith("pick16"):
                continue
            sets.append(s)
            for k, b in b_items.items():
                a = a_items[k]
                gap = gaps.get(b.get("standalone_question") or b["question"], gaps.get(b["question"]))
                for m in MARGINS:
                    joined = gap is not None and (m is not None and gap >= -m)
                    use = b if a["answer"] != b["answer"] and (gap is None or joined) else a
                    r = res[m, s]
                    if _direct(a):
                        r[0] += (use["scores"].get("fact_recall") or 0) - (
                            a["scores"].get("fact_recall") or 0
                        )
                        r[1] += (use["scores"].get("fact_first") or 0) - (a["scores"].get("fact_first") or 0)
                    r[2] += len(use["answer"].split()) - len(a["answer"].split())
                    r[3] += use is not a

    def obj(r):
        return r[0] + r[1] - LAM * r[2]

    total = [0.0, 0.0, 0.0, 0]
    for held in sets:
        o, m = max(((sum(obj(res[m, s]) for s in sets if s != held), m) for m in MARGINS), key=lambda t: t[0])
        r = res[m, held]
        print(
            f"{held:9s} margin {m!s:5s} held out: fact {r[0]:+.2f} first {r[1]:+.0f} words {r[2]:+.0f} changed {r[3]}"
        )
        total = [t + x for t, x in zip(total, r, strict=True)]
    print(f"LOSO total: fact {total[0]:+.2f} first {total[1]:+.0f} words {total[2]:+.0f} changed {total[3]}")
    for m in MARGINS:
        t = [sum(res[m, s][i] for s in sets) for i in range(4)]
        print(f"pooled margin {m!s:5s}: fact {t[0]:+.2f} first {t[1]:+.0f} words {t[2]:+.0f} changed {t[3]}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
