"""Leave-one-set-out lab: choosing the section *within* the top subfacet, not a test.

    .venv/bin/python scripts/retr_lab.py dump      # once: one retrieval per labelled question
    .venv/bin/python scripts/within_lab.py          # the levers below, measured offline

Starts from ``retr_lab.py``'s dump and its reconstruction of the current fused score (example
prior + the nearest questions' votes, ``neighbours.py``). A *within-subfacet error* is a question
whose first section is wrong but lies in the subfacet of one of its gold sections (toekomstbeeld
vs aanvullingen vs goede praktijken …: the question names no kind and the sections share the
subfacet's words). The levers only reorder the chunks of the top subfacet (the subfacet of the
first chunk), so they cannot move a question to another subfacet:

- ``kind``: the kind LDA's probability (refitted here per held-out set, from the other sets'
  examples) times a weight, added to the top subfacet's chunks only;
- ``sentence``: the chunk's best-sentence similarity (from the top), in units of the question's
  sentence spread, times a weight, within the top subfacet only;
- ``section``: the section LDA's probability within the top subfacet;
- ``stage2``: the three weights above chosen on the other sets (nested: per held-out set the
  grid point with the most within-subfacet hits on the training sets), applied to the held-out set.

Printed: pooled and per-set hit@1 / hit@5 (as ``retr_lab``), and the within-subfacet error count.
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from retr_lab import Lab  # noqa: E402

from pactrag import examples  # noqa: E402


def current(lab: Lab) -> np.ndarray:
    """The fused score of retrieval as shipped: base + example prior + gated votes (retr_lab)."""
    votes, gate = lab.shipped_votes()
    return lab.base + lab.parts["learned"] + votes * gate[:, None]


def loso_lda(lab: Lab, key: np.ndarray) -> np.ndarray:
    """(questions, chunks): probability of each chunk's class (kind, section …) under an LDA fitted
    on the other sets' examples, as ``examples._fit`` does."""
    classes = sorted(set(key))
    number = {c: i for i, c in enumerate(classes)}
    chunk_class = np.array([number[k] for k in key])
    sec_class = {}
    for p, s in enumerate(lab.chunk_sec):
        sec_class[int(s)] = chunk_class[p]
    out = np.zeros((len(lab.rows), len(key)))
    for s in np.unique(lab.sets):
        tr = lab.train(s)
        te = np.flatnonzero(lab.sets == s)
        y = np.zeros((len(tr), len(classes)))
        for row, q in enumerate(tr):
            g = lab.gold[q]
            for sec in g:
                y[row, sec_class[sec]] += 1 / len(g)
        keep = y.sum(0) > 0
        w, b = examples._lda(lab.qvec[tr], y[:, keep])
        scores = (lab.qvec[te] @ w + b) / examples.TEMPERATURE
        p = np.exp(scores - scores.max(1, keepdims=True))
        p /= p.sum(1, keepdims=True)
        full = np.zeros((len(te), len(classes)))
        full[:, keep] = p
        out[te] = full[:, chunk_class]
    return out


def within_errors(lab: Lab, total: np.ndarray, sub: np.ndarray) -> np.ndarray:
    """Per question: first section wrong but in a gold section's subfacet."""
    out = np.zeros(len(lab.rows), dtype=bool)
    sec_sub = {int(s): sub[p] for p, s in enumerate(lab.chunk_sec)}
    for q in range(len(lab.rows)):
        first = int(lab.chunk_sec[int(np.argmax(total[q]))])
        if first in lab.gold[q]:
            continue
        out[q] = sec_sub[first] != "" and sec_sub[first] in {sec_sub[g] for g in lab.gold[q]}
    return out


def first_right(lab: Lab, total: np.ndarray) -> np.ndarray:
    return np.array(
        [int(lab.chunk_sec[int(np.argmax(total[q]))]) in lab.gold[q] for q in range(len(lab.rows))]
    )


def report(lab: Lab, title: str, total: np.ndarray, sub: np.ndarray) -> None:
    r = lab.score(total)
    err = within_errors(lab, total, sub)
    sets = sorted(g for g in r if g not in ("all", "fact", "paraphrase", "english", "list", "synthesis"))
    per = " ".join(f"{g} {r[g][0]:.3f}/{r[g][1]:.3f}" for g in sets)
    tags = " ".join(f"{t[:5]} {r[t][0]:.3f}" for t in ("paraphrase", "english") if t in r)
    print(f"{title:34s} all {r['all'][0]:.3f}/{r['all'][1]:.3f} within-err {int(err.sum())} | {per} | {tags}")
    print(
        " " * 34 + " within-err per set: " + " ".join(f"{s} {int(err[lab.sets == s].sum())}" for s in sets),
        flush=True,
    )


def main() -> int:
    lab = Lab()
    chunks = lab.index.chunks
    sub = np.array([f"{c.report_id}\x00{c.subfacet_id}" if c.subfacet_id else "" for c in chunks])
    kinds = np.array([c.kind or "" for c in chunks])
    total = current(lab)
    report(lab, "current (prior + votes)", total, sub)
    kind_p = loso_lda(lab, kinds)
    sec_p = loso_lda(lab, lab.chunk_section)
    spread = np.maximum(lab.parts["best"].std(1, keepdims=True), 1e-6)
    sent = (lab.parts["best"] - lab.parts["best"].max(1, keepdims=True)) / spread
    top_sub = sub[np.argmax(total, 1)]
    inside = (sub[None, :] == top_sub[:, None]) & (top_sub[:, None] != "")
    feats = {"kind": kind_p, "sentence": sent, "section": sec_p}

    def with_(w: dict[str, float], permute: bool = False) -> np.ndarray:
        extra = sum(w[k] * feats[k] for k in w)
        new = total + np.where(inside, extra, 0.0)
        if not permute:
            return new
        # the top subfacet's chunks reordered among the places they held: every other chunk
        # keeps its place (hit@5 can only change by a swap inside the subfacet)
        out = total.copy()
        for q in range(len(total)):
            idx = np.flatnonzero(inside[q])
            places = np.sort(total[q, idx])[::-1]
            out[q, idx[np.argsort(-new[q, idx], kind="stable")]] = places
        return out

    for name, grid in (("kind", (0.5, 1, 2, 4)), ("sentence", (0.25, 0.5, 1)), ("section", (0.5, 1, 2, 4))):
        for w in grid:
            report(lab, f"+ {name} x{w} within top subfacet", with_({name: w}), sub)
    # nested second stage: weights chosen on the training sets, applied to the held-out one
    grid = list(itertools.product((0, 0.5, 1, 2), (0, 0.25, 0.5), (0, 0.5, 1, 2)))
    right = {
        g: first_right(lab, with_(dict(zip(("kind", "sentence", "section"), g, strict=True)))) for g in grid
    }
    chosen = np.zeros_like(total)
    for s in np.unique(lab.sets):
        tr = lab.sets != s
        best = max(grid, key=lambda g: (right[g][tr].sum(), -sum(g)))
        print(f"  stage2 for {s}: kind {best[0]} sentence {best[1]} section {best[2]}")
        te = lab.sets == s
        chosen[te] = with_(dict(zip(("kind", "sentence", "section"), best, strict=True)))[te]
    report(lab, "stage2 (nested LOSO weights)", chosen, sub)
    for g in ((2, 0.25, 0), (2, 0, 0), (1, 0.25, 0), (1, 0, 0), (4, 0.25, 0)):
        w = dict(zip(("kind", "sentence", "section"), g, strict=True))
        report(lab, f"permuted {g}", with_(w, permute=True), sub)
        names = (lab.parts["kind"] > 0).any(1)[:, None]
        report(
            lab,
            f"permuted {g}, not when a kind is named",
            np.where(names, total, with_(w, permute=True)),
            sub,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
