"""Leave-one-set-out lab for the fused score's weights, not a test.

    .venv/bin/python scripts/retr_lab.py dump      # once, with the code to be measured
    .venv/bin/python scripts/fuse14_lab.py         # nested leave-one-set-out over the weights

The fused score is a sum of parts (``retr_lab.dump`` keeps them apart, each at its shipped weight):
chunk vector, closest sentence, BM25, the kind bonus, the named-subfacet bonus, the naming prior,
the example prior (``examples.py``) and the nearest questions' votes (``neighbours.py``). Each part
gets a factor (1 = as shipped). For every set in turn the factors are chosen by coordinate ascent
on the other sets' pooled hit@1 (ties: MRR) and scored on the held-out set, so the figure printed
for "nested" is out of sample. "shipped" is every factor 1. Session 12's notes asked for this lab
over all cold sets (the older one held out only five sets).
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from retr_lab import TAGS, Lab  # noqa: E402

PARTS = ("dense", "sentence", "bm25", "kind", "named", "naming", "learned", "votes")
GRID = (0.0, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0)


def first_sections(lab: Lab, total: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per question: 1/rank of the first gold section among the top 6 chunks' sections (0 when
    none, ``Lab.first_gold``), and whether it is first."""
    ranks = [lab.first_gold(q, total[q]) for q in range(len(lab.rows))]
    rr = np.array([0.0 if r is None else 1.0 / (r + 1) for r in ranks])
    return rr, rr == 1.0


def main() -> int:
    lab = Lab()
    votes, gate = lab.shipped_votes()
    parts = {k: lab.parts[k] for k in PARTS if k != "votes"}
    parts["votes"] = votes * gate[:, None]

    def total(f: dict[str, float], rows: np.ndarray | slice = slice(None)) -> np.ndarray:
        return sum(f[k] * parts[k][rows] for k in PARTS)

    def fit(train: np.ndarray) -> dict[str, float]:
        sub = Lab.__new__(Lab)
        sub.__dict__.update(lab.__dict__)
        sub.rows = [lab.rows[i] for i in train]
        sub.gold = [lab.gold[i] for i in train]
        f = dict.fromkeys(PARTS, 1.0)

        def obj(f: dict[str, float]) -> tuple[float, float]:
            rr, hit = first_sections(sub, total(f, train))
            return float(hit.mean()), float(rr.mean())

        best = obj(f)
        for _ in range(2):
            changed = False
            for k in PARTS:
                for g in GRID:
                    if g == f[k]:
                        continue
                    trial = {**f, k: g}
                    o = obj(trial)
                    if o > best:
                        best, f, changed = o, trial, True
            if not changed:
                break
        return f

    sets = np.unique(lab.sets)
    shipped = dict.fromkeys(PARTS, 1.0)
    rr0, hit0 = first_sections(lab, total(shipped))
    hit1 = np.zeros(len(lab.rows), dtype=bool)
    rr1 = np.zeros(len(lab.rows))
    for s in sets:
        te = np.flatnonzero(lab.sets == s)
        tr = np.flatnonzero(lab.sets != s)
        f = fit(tr)
        sub = Lab.__new__(Lab)
        sub.__dict__.update(lab.__dict__)
        sub.rows = [lab.rows[i] for i in te]
        sub.gold = [lab.gold[i] for i in te]
        rr, hit = first_sections(sub, total(f, te))
        hit1[te], rr1[te] = hit, rr
        print(
            f"{s:24s} n={len(te):4d} shipped {hit0[te].mean():.3f} nested {hit.mean():.3f}  "
            + " ".join(f"{k}={v:g}" for k, v in f.items() if v != 1.0),
            flush=True,
        )
    print(
        f"{'all':24s} n={len(lab.rows):4d} shipped {hit0.mean():.3f} nested {hit1.mean():.3f} "
        f"(MRR {rr0.mean():.3f} -> {rr1.mean():.3f})"
    )
    for t in TAGS:
        m = np.array([t in lab.tags.get(e.source, ()) for e in lab.rows])
        if m.any():
            print(
                f"  tag {t:12s} n={int(m.sum()):4d} shipped {hit0[m].mean():.3f} nested {hit1[m].mean():.3f}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
