"""Leave-one-set-out lab of session 9's English levers, not a test.

    .venv/bin/python scripts/retr_lab.py dump        # once: one retrieval per labelled question
    .venv/bin/python scripts/english9_lab.py [votes gate lda kind]

Starts from ``retr8_lab.Bench`` (the shipped fused score rebuilt from the dump) and measures what
changes when the *language* part of an English question's vector (``crosslingual.offset``, fitted
on the other sets for each set left out) is also removed where session 8 kept it. ``old`` is the
score before session 9 (raw vectors in the vector vote, a vote by shared words for every
question), with the gate read as retrieval reads it (the question's own vector).

- ``votes`` (kept, ``neighbours.py``): the vector vote over language-centred vectors, and an
  English question's vote by shared words left out; beside it the variants measured: the English
  function words dropped from that vote, or the vote weighted by the share of the question's
  words the report knows (as BM25 over the report is); nested: chosen on the other sets;
- ``gate``: the own-words gate read with the shifted vector for English questions (dropped: it
  changes no English question; its gain is Dutch questions moved by the quantile);
- ``lda``: the example LDAs fitted and read on language-centred vectors (dropped: no change; the
  pooled covariance absorbs the language direction);
- ``kind``: ``within.py``'s kind probabilities mixed with a kind vote of the nearest labelled
  questions (dropped: kind accuracy 0.77 -> 0.86, hit@1 +0.001);
- ``subfacets`` (kept, ``within.reorder_subfacets``): the mirror of ``within.py`` for a question
  that names its kind but no subfacet by title: the kind's sections reordered by the example
  subfacet model, +8 -0. Without one-kind lists only +3 (compose's agreement check for such
  lists reads ``Retrieval.scored_first`` instead: with the model's choice first it lost v1
  q185's and q192's other subfacets);
- ``rare`` (kept, ``retrieve.RARE_KIND_FLOOR``): the kind LDA's share for each rare part the rules
  read: the readings the gold contradicts lie at 1e-9..4e-5 (one at 3e-4), the confirmed ones at
  0.003..1.0.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from retr8_lab import Bench  # noqa: E402
from within_lab import first_right  # noqa: E402

from pactrag import crosslingual, examples, neighbours  # noqa: E402
from pactrag.crosslingual import is_english  # noqa: E402
from pactrag.intent import RARE_KINDS, asks_items, intent_kinds  # noqa: E402
from pactrag.lexical import BM25Index, tokenize  # noqa: E402

_WORD = re.compile(r"[\w’'-]+")


class Lab:
    def __init__(self) -> None:
        self.b = b = Bench()
        lab = b.lab
        self.english = np.array([is_english(e.question) for e in lab.rows])
        self.everyday = np.array(["paraphrase" in lab.tags.get(e.source, ()) for e in lab.rows])
        self.offset = {}
        for s in np.unique(lab.sets):
            tr = lab.train(s)
            en = self.english[tr]
            self.offset[s] = lab.qvec[tr][en].mean(0) - lab.qvec[tr][~en].mean(0)
        self.share = np.where(b.names, neighbours.NAMED_KIND_SHARE, 1.0)[:, None]
        sentences = np.asarray(lab.index.sentence_vectors, dtype=np.float64)
        self.raw_closest = (lab.qvec @ sentences.T).max(1)
        self.shifted_closest = lab.parts["best"].max(1)  # the dump's best: shifted for English
        self.gate = self.gate_of(self.raw_closest)
        self.dense_raw = lab.knn_dense(neighbours.DENSE_NEIGHBOURS, neighbours.DENSE_SCALE)
        self.dense_centred = lab.knn_dense(neighbours.DENSE_NEIGHBOURS, neighbours.DENSE_SCALE, self.english)
        self.lexical = lab.knn_bm25(neighbours.LEXICAL_NEIGHBOURS, neighbours.LEXICAL_SCALE)

    def centred(self, s: str, rows: np.ndarray) -> np.ndarray:
        q = self.b.lab.qvec[rows] - crosslingual.SHIFT * self.offset[s] * self.english[rows, None]
        return q / np.linalg.norm(q, axis=1, keepdims=True)

    def gate_of(self, closest: np.ndarray) -> np.ndarray:
        lab = self.b.lab
        gate = np.zeros(len(lab.rows), dtype=bool)
        for s in np.unique(lab.sets):
            close = np.quantile(closest[lab.train(s)], neighbours.CLOSE_QUANTILE)
            gate[lab.sets == s] = closest[lab.sets == s] < close
        return gate

    def total(
        self, dense: np.ndarray, lexical_weight: np.ndarray, gate: np.ndarray | None = None, **kw
    ) -> np.ndarray:
        lab = self.b.lab
        gate = self.gate if gate is None else gate
        votes = (neighbours.DENSE_WEIGHT * dense + lexical_weight[:, None] * self.lexical) * self.share
        learned = kw.get("learned", lab.parts["learned"])
        return self.b.within(lab.base + learned + votes * gate[:, None], lab.parts["best"], kw.get("kind_p"))

    def line(self, title: str, total: np.ndarray) -> np.ndarray:
        lab = self.b.lab
        right = first_right(lab, total)
        hit5 = lab.score(total)["all"][1]
        en, ev = self.english, self.everyday & ~self.english
        per = " ".join(
            f"{s} {right[en & (lab.sets == s)].mean():.2f}"
            for s in np.unique(lab.sets)
            if (en & (lab.sets == s)).any()
        )
        print(
            f"{title:44s} all {right.mean():.3f}/{hit5:.3f} English {right[en].mean():.3f} "
            f"everyday-NL {right[ev].mean():.3f} other-NL {right[~en & ~ev].mean():.3f} | English per set: {per}",
            flush=True,
        )
        return right

    def nested(self, rows: dict[str, np.ndarray], title: str) -> None:
        lab = self.b.lab
        right = {g: first_right(lab, v) for g, v in rows.items()}
        chosen = np.zeros(len(lab.rows), dtype=bool)
        picks = []
        for s in np.unique(lab.sets):
            train = lab.sets != s
            best = max(rows, key=lambda g: right[g][train].sum())
            picks.append(f"{s}: {best}")
            chosen[lab.sets == s] = right[best][lab.sets == s]
        print(f"  nested {title}: " + "; ".join(picks))
        en = self.english
        print(
            f"  NESTED {title}: all {chosen.mean():.3f} English {chosen[en].mean():.3f} Dutch {chosen[~en].mean():.3f}"
        )


def lexical_without(lab_: Lab, drop: frozenset[str]) -> np.ndarray:
    """The vote by shared words with ``drop`` taken out of the English questions' words."""
    lab = lab_.b.lab
    texts = [
        " ".join(w for w in _WORD.findall(e.question) if w.lower() not in drop)
        if lab_.english[i]
        else e.question
        for i, e in enumerate(lab.rows)
    ]
    tokens = [tokenize(t) for t in texts]
    votes = np.zeros((len(lab.rows), len(lab.sections)))
    for s in np.unique(lab.sets):
        tr, te = lab.train(s), np.flatnonzero(lab.sets == s)
        bm = BM25Index.build([texts[j] for j in tr])
        for q in te:
            sc = bm.scores(tokens[q]).astype(np.float64) if tokens[q] else np.zeros(len(tr))
            if sc.max() <= 0:
                continue
            top = np.argsort(-sc)[: neighbours.LEXICAL_NEIGHBOURS]
            w = np.exp((sc[top] - sc[top[0]]) / neighbours.LEXICAL_SCALE)
            for j, wt in zip(top, w, strict=True):
                if sc[j] > 0:
                    for sec in lab.gold[tr[j]]:
                        votes[q, sec] += wt / len(lab.gold[tr[j]])
            votes[q] /= votes[q].sum()
    out = np.zeros_like(votes)
    has = votes.sum(1) > 0
    out[has] = votes[has] - votes[has].mean(1, keepdims=True)
    return out[:, lab.chunk_sec]


def votes(L: Lab) -> None:
    lab = L.b.lab
    en = L.english
    one = np.full(len(en), neighbours.LEXICAL_WEIGHT)
    off = np.where(en, 0.0, neighbours.LEXICAL_WEIGHT)
    voc = lab.index.vocabulary
    known = np.array(
        [sum(t in voc for t in tokenize(e.question)) / max(len(tokenize(e.question)), 1) for e in lab.rows]
    )
    rows = {
        "old": L.total(L.dense_raw, one),
        "centred vector vote": L.total(L.dense_centred, one),
        "English word vote off": L.total(L.dense_raw, off),
        "centred + English word vote off (kept)": L.total(L.dense_centred, off),
        "centred + word vote x known share": L.total(L.dense_centred, one * known),
        "centred + word vote x known share^2": L.total(L.dense_centred, one * known**2),
    }
    for title, total in rows.items():
        L.line(title, total)
    saved = L.lexical
    L.lexical = lexical_without(L, crosslingual._function_words()[0])
    L.line("centred + word vote without EN function words", L.total(L.dense_centred, one))
    L.lexical = saved
    L.nested({k: rows[k] for k in ("old", "centred + English word vote off (kept)")}, "old vs kept")
    L.nested(rows, "all variants")


def gate(L: Lab) -> None:
    off = np.where(L.english, 0.0, neighbours.LEXICAL_WEIGHT)
    kept = L.line("kept (gate on the own vector)", L.total(L.dense_centred, off))
    shifted = L.gate_of(L.shifted_closest)
    other = L.line("gate on the shifted vector for English", L.total(L.dense_centred, off, shifted))
    print(f"  English questions whose first section changes: {int((kept != other)[L.english].sum())}")


def lda(L: Lab) -> None:
    """The example prior refitted per fold on language-centred vectors."""
    lab, b = L.b.lab, L.b
    keys = {"section": lab.chunk_section, "subfacet": np.where(b.sub == "", "-", b.sub), "kind": b.kinds}
    prior = np.zeros((len(lab.rows), len(b.kinds)))
    for name, key in keys.items():
        classes = sorted(set(key))
        number = {c: i for i, c in enumerate(classes)}
        chunk_class = np.array([number[k] for k in key])
        sec_class = {int(s): chunk_class[p] for p, s in enumerate(lab.chunk_sec)}
        for s in np.unique(lab.sets):
            tr, te = lab.train(s), np.flatnonzero(lab.sets == s)
            y = np.zeros((len(tr), len(classes)))
            for row, q in enumerate(tr):
                for sec in lab.gold[q]:
                    y[row, sec_class[sec]] += 1 / len(lab.gold[q])
            keep = y.sum(0) > 0
            w, bias = examples._lda(L.centred(s, tr), y[:, keep])
            sc = (L.centred(s, te) @ w + bias) / examples.TEMPERATURE
            p = np.exp(sc - sc.max(1, keepdims=True))
            p /= p.sum(1, keepdims=True)
            full = np.zeros((len(te), len(classes)))
            full[:, keep] = p - 1.0 / keep.sum()
            prior[te] += examples.WEIGHTS[name] * full[:, chunk_class]
    off = np.where(L.english, 0.0, neighbours.LEXICAL_WEIGHT)
    L.line("kept", L.total(L.dense_centred, off))
    L.line("kept + example LDAs on centred vectors", L.total(L.dense_centred, off, learned=prior))


def kind(L: Lab) -> None:
    """``within.py``'s kind probabilities mixed half and half with the kind vote of the 30 nearest
    labelled questions (centred vectors)."""
    lab, b = L.b.lab, L.b
    classes = sorted(set(b.kinds))
    chunk_class = np.array([classes.index(k) for k in b.kinds])
    sec_class = {int(s): chunk_class[p] for p, s in enumerate(lab.chunk_sec)}
    y = np.zeros((len(lab.rows), len(classes)))
    for q in range(len(lab.rows)):
        for sec in lab.gold[q]:
            y[q, sec_class[sec]] += 1 / len(lab.gold[q])
    near = np.zeros_like(b.kind_p)
    for s in np.unique(lab.sets):
        tr, te = lab.train(s), np.flatnonzero(lab.sets == s)
        sims = L.centred(s, te) @ L.centred(s, tr).T
        for r, q in enumerate(te):
            top = np.argsort(-sims[r])[:30]
            p = np.exp((sims[r, top] - sims[r, top[0]]) / 0.01) @ y[tr[top]]
            near[q] = (p / p.sum())[chunk_class]

    def accuracy(p: np.ndarray) -> float:
        return float(
            np.mean(
                [
                    b.kinds[int(np.argmax(p[q]))]
                    in {b.kinds[c] for c in range(len(b.kinds)) if lab.chunk_sec[c] in lab.gold[q]}
                    for q in range(len(lab.rows))
                ]
            )
        )

    print(
        f"  kind read right: LDA {accuracy(b.kind_p):.3f}, nearest questions {accuracy(near):.3f}, mixed {accuracy(0.5 * near + 0.5 * b.kind_p):.3f}"
    )
    off = np.where(L.english, 0.0, neighbours.LEXICAL_WEIGHT)
    L.line("kept", L.total(L.dense_centred, off))
    L.line(
        "kept + within kind mixed with the nearest",
        L.total(L.dense_centred, off, kind_p=0.5 * near + 0.5 * b.kind_p),
    )


def subfacets(L: Lab) -> None:
    """``within.reorder_subfacets`` (kept): for a question that names its kind by the rules but no
    subfacet by title words, the first chunk's kind (one the question names) reordered among its
    places by the subfacet LDA and the best sentence; the same without one-kind lists beside it."""
    lab, b = L.b.lab, L.b
    off = np.where(L.english, 0.0, neighbours.LEXICAL_WEIGHT)
    kept = L.total(L.dense_centred, off)
    first = np.argmax(kept, 1)
    named_first = lab.parts["kind"][np.arange(len(first)), first] > 0
    titled = (lab.parts["named"] > 0).any(1)
    items = np.array([asks_items(e.question) for e in lab.rows])
    one_kind = np.array([len(intent_kinds(e.question) - RARE_KINDS) == 1 for e in lab.rows])
    sentence = b.sentence_units(lab.parts["best"])

    def mirrored(select: np.ndarray, weight: float, sent: float) -> np.ndarray:
        kind = b.kinds[first]
        inside = (b.kinds[None, :] == kind[:, None]) & (kind[:, None] != "") & (b.sub[None, :] != "")
        return np.where(select[:, None], b.permute(kept, inside, weight * b.sub_p + sent * sentence), kept)

    rows = {"votes only": kept}
    for scope, select in (
        ("kept scope", b.names & ~titled & named_first),
        ("without one-kind lists", b.names & ~titled & named_first & ~(items & one_kind)),
    ):
        for weight in (1.0, 2.0, 4.0):
            for sent in (0.0, 0.25):
                rows[f"{scope} {weight}/{sent}"] = mirrored(select, weight, sent)
    base = first_right(lab, kept)
    for title, total in rows.items():
        right = L.line(title, total)
        print(f"    right {int((right & ~base).sum())} more, {int((base & ~right).sum())} fewer")
    L.nested({k: v for k, v in rows.items() if k.startswith("kept") or k == "votes only"}, "kept scope")


def rare(L: Lab) -> None:
    """``retrieve.RARE_KIND_FLOOR``: every rule reading of a rare part (status, the participants'
    list, the method) on the labelled questions, with the kind LDA's share for it (fitted on the
    other sets) and whether the gold sections confirm it. Retrieval puts such a part first; the
    dump has the score before that, so this prints the readings instead of hit@1."""
    lab, b = L.b.lab, L.b
    for q, e in enumerate(lab.rows):
        for kind in sorted(intent_kinds(e.question) & RARE_KINDS):
            gold = {b.kinds[c] for c in range(len(b.kinds)) if lab.chunk_sec[c] in lab.gold[q]}
            share = max((b.kind_p[q, c] for c in range(len(b.kinds)) if b.kinds[c] == kind), default=0.0)
            print(
                f"  {'confirmed' if kind in gold else 'WRONG    '} {kind:8s} {share:.1e} {e.source} {e.question[:70]}"
            )


LEVERS = {"votes": votes, "gate": gate, "lda": lda, "kind": kind, "subfacets": subfacets, "rare": rare}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("levers", nargs="*", default=["votes", "gate"])
    args = parser.parse_args(argv)
    L = Lab()
    L.line("shipped (retr_lab.shipped_votes)", L.b.shipped)
    for name in args.levers:
        print(f"-- {name}")
        LEVERS[name](L)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
