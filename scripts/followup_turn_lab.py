"""Leave-one-source-out lab for the turn kind model (``pactrag.turns``): how many follow-ups whose
words cue no kind it reads right or wrong, per turn weight and share.

    .venv/bin/python scripts/followup_lab9.py --out rows.json      # the turns as answered now
    .venv/bin/python scripts/followup_turn_lab.py rows.json [--weights 0 3 6 10] [--shares 0.5 0.6 0.7]

For each source (an eval set or a ``scripts/followup_*.jsonl`` file) the kind discriminant is
fitted on the examples' single questions and the kind-switch turns of every other source (each
counting WEIGHT times), and read on that source's later turns that keep the subject, cue no kind,
and follow a turn with a kind in effect (the turns ``Assistant._read_kind`` reads). A turn counts
+ when the model's top kind (another than the one in effect, at SHARE or more) is gold while the
answer's first section was of another kind, - when the answer's first section was right and the
model's kind is not gold. Run it on the rows of the code without the model (the answers before).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

from pactrag.config import Settings
from pactrag.examples import TEMPERATURE, _lda, labelled
from pactrag.index import Index

ITEM_KINDS = ("continue", "start", "stop", "synergie", "toekomstbeeld", "aanvullingen")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", type=Path)
    parser.add_argument("--weights", type=int, nargs="+", default=[0, 3, 4, 6, 8, 10, 16])
    parser.add_argument("--shares", type=float, nargs="+", default=[0.5, 0.6, 0.7, 0.8])
    args = parser.parse_args(argv)
    index = Index(Settings.from_env())
    kind_of = {s.section_id: s.kind for s in index.sections}
    rows = json.loads(args.rows.read_text(encoding="utf-8"))
    vectors = {
        (r["source"], r["id"]): index.embedder.embed_query(r["question"]).astype(np.float64) for r in rows
    }
    data = labelled(index)
    assert data is not None
    single = [(v, [kind_of[s] for s in e.sections]) for e, v in zip(data.examples, data.vectors, strict=True)]
    single = [(v, ks) for v, ks in single if ks]
    kinds = sorted({k for _v, ks in single for k in ks})

    def onehot(ks: list[str]) -> np.ndarray:
        y = np.zeros(len(kinds))
        for k in ks:
            y[kinds.index(k)] += 1 / len(ks)
        return y

    x0 = np.vstack([v for v, _ks in single])
    y0 = np.vstack([onehot(ks) for _v, ks in single])
    sources = sorted({r["source"] for r in rows})
    read = [r for r in rows if r["keeps"] and not r["cued"] and r["where"] and r["before"]]
    for weight in args.weights:
        shares: dict[tuple[str, str], np.ndarray] = {}
        for source in sources:
            train = [
                r
                for r in rows
                if r["source"] != source and "kind-switch" in r["tags"] and set(r["gold_kinds"]) <= set(kinds)
            ]
            x, y = x0, y0
            if weight and train:
                tx = np.vstack([vectors[r["source"], r["id"]] for r in train])
                ty = np.vstack([onehot(r["gold_kinds"]) for r in train])
                x = np.vstack([x0, np.repeat(tx, weight, axis=0)])
                y = np.vstack([y0, np.repeat(ty, weight, axis=0)])
            w, b = _lda(x, y)
            for r in read:
                if r["source"] == source:
                    s = (vectors[source, r["id"]] @ w + b) / TEMPERATURE
                    p = np.exp(s - s.max())
                    shares[source, r["id"]] = p / p.sum()
        for least in args.shares:
            gained, lost = [], []
            for r in read:
                p = shares[r["source"], r["id"]]
                top = kinds[int(np.argmax(p))]
                if top not in ITEM_KINDS or top in r["before"] or p.max() < least:
                    continue
                was = bool(r["sources"]) and kind_of.get(r["sources"][0]) in r["gold_kinds"]
                now = top in r["gold_kinds"] and r["where"] in r["gold_subfacets"]
                if now and not was:
                    gained.append(r["id"])
                if was and not now:
                    lost.append(r["id"])
            print(f"weight {weight:2d} share {least:.2f}: +{len(gained)} -{len(lost)}  lost {lost}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
