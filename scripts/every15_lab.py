"""Leave-one-set-out lab of session 14's everyday-words and English retrieval (every15), not a test.

    .venv/bin/python scripts/retr_lab.py dump        # once, with the code to be measured
    .venv/bin/python scripts/every15_lab.py misses   # every LOSO miss of the everyday-words,
                                                     # English and direct questions, by cause

Starts from ``retr8_lab.Bench`` (the shipped fused score rebuilt from the dump: parts, example
prior, the nearest questions' votes, ``within.reorder``), each set's own questions held out of the
learned parts. A miss is a question whose first chunk's section is not a gold section.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from retr8_lab import Bench  # noqa: E402

from pactrag.crosslingual import is_english  # noqa: E402

GROUPS = ("paraphrase", "english", "fact")
PARTS = ("dense", "sentence", "bm25", "kind", "named", "naming", "learned", "votes")


def tag_of(b: Bench, q: int) -> str | None:
    tags = b.lab.tags.get(b.lab.rows[q].source, ())
    for t in GROUPS:
        if t in tags:
            return t
    return None


def section_best(b: Bench, row: np.ndarray) -> np.ndarray:
    """Per section, its best chunk's score."""
    out = np.full(len(b.lab.sections), -np.inf)
    np.maximum.at(out, b.lab.chunk_sec, row)
    return out


def causes(b: Bench, total: np.ndarray) -> list[dict]:
    lab = b.lab
    votes = b.votes * b.gate[:, None]
    sec_sub = {}
    sec_kind = {}
    for p, s in enumerate(lab.chunk_sec):
        sec_sub[int(s)] = b.sub[p]
        sec_kind[int(s)] = b.kinds[p]
    section_text: dict[int, str] = defaultdict(str)
    for p, s in enumerate(lab.chunk_sec):
        section_text[int(s)] += " " + lab.text[p]
    out = []
    for q, e in enumerate(lab.rows):
        tag = tag_of(b, q)
        if tag is None:
            continue
        first = int(lab.chunk_sec[int(np.argmax(total[q]))])
        if first in lab.gold[q]:
            continue
        rank = lab.first_gold(q, total[q])
        sec = section_best(b, total[q])
        gold = max(lab.gold[q], key=lambda g: sec[g])
        if sec_sub[first] and sec_sub[first] == sec_sub[gold]:
            where = "right subfacet, wrong kind"
        elif sec_sub[first] and sec_sub[gold] and sec_kind[first] == sec_kind[gold]:
            where = "same kind, other subfacet"
        elif sec_sub[first] and sec_sub[gold]:
            where = "other subfacet and kind"
        else:
            where = "outside the subfacets"
        # the part that leans most towards the wrong section (its best chunk against the gold's)
        lean = {}
        for k in PARTS:
            part = votes[q] if k == "votes" else lab.parts[k][q]
            lean[k] = section_best(b, part)[first] - section_best(b, part)[gold]
        decider = max(lean, key=lambda k: lean[k])
        facts = getattr(e, "facts", ()) or ()
        shared = bool(facts) and all(any(a in section_text[first] for a in alts) for alts in facts)
        out.append(
            dict(
                q=q,
                tag=tag,
                english=is_english(e.question),
                where=where,
                top5=rank is not None and rank < 5,
                decider=decider,
                facts_in_first=shared,
                first=lab.sections[first].split("\x00")[1],
                gold=",".join(lab.sections[g].split("\x00")[1] for g in sorted(lab.gold[q])),
                question=e.question,
                source=e.source,
                lean={k: round(float(v), 2) for k, v in lean.items()},
            )
        )
    return out


def misses(b: Bench) -> None:
    lab = b.lab
    total = b.shipped
    n = Counter(tag_of(b, q) for q in range(len(lab.rows)))
    rows = causes(b, total)
    for t in GROUPS:
        mine = [r for r in rows if r["tag"] == t]
        print(f"\n== {t}: {len(mine)} misses of {n[t]} (hit@1 {1 - len(mine) / n[t]:.3f})")
        print("  where:", dict(Counter(r["where"] for r in mine).most_common()))
        print("  not in top 5:", sum(not r["top5"] for r in mine))
        print("  facts all in the first section too:", sum(r["facts_in_first"] for r in mine))
        print("  decider:", dict(Counter(r["decider"] for r in mine).most_common()))
        by = Counter((r["where"], r["decider"]) for r in mine)
        for (w, d), c in by.most_common(12):
            print(f"    {c:3d}  {w:28s} {d}")
    print()
    for r in rows:
        print(
            f"{r['source']:16s} {r['tag'][:5]} {r['where'][:14]:14s} top5={int(r['top5'])} dec={r['decider']:8s} "
            f"shared={int(r['facts_in_first'])} {r['first']:>9s} <- {r['gold']:14s} {r['question'][:110]}"
        )


class Fast:
    """Vectorised first-section scores over the dump: hit@1 (first chunk's section gold) and the
    reciprocal rank of the best gold section among the sections' best chunks."""

    def __init__(self, b: Bench) -> None:
        lab = b.lab
        self.sec = lab.chunk_sec
        self.gold = np.zeros((len(lab.rows), len(lab.sections)), dtype=bool)
        for q, g in enumerate(lab.gold):
            self.gold[q, list(g)] = True
        self.members = [np.flatnonzero(self.sec == s) for s in range(len(lab.sections))]

    def hits(self, total: np.ndarray, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        t = total[rows]
        first = self.sec[np.argmax(t, 1)]
        hit = self.gold[rows, first]
        best = np.stack([t[:, m].max(1) for m in self.members], 1)
        gold_best = np.where(self.gold[rows], best, -np.inf).max(1)
        rank = (best > gold_best[:, None]).sum(1)
        return hit, 1.0 / (1 + rank)


GRID = (0.0, 0.5, 0.75, 1.0, 1.5, 2.0)


def gated(b: Bench) -> None:
    """Two sets of part factors: one for questions whose votes count (the own-words gate of
    ``neighbours.py`` is open: the question is far from the report's sentences), one for the rest
    (kept at 1, as shipped). For every set left out, the open-gate factors are chosen by coordinate
    ascent on the other sets' open-gate questions (hit@1, ties MRR); the printed figure is out of
    sample. ``within.reorder`` is applied after, as shipped."""
    lab = b.lab
    fast = Fast(b)
    votes = b.votes * b.gate[:, None]
    parts = {k: (votes if k == "votes" else lab.parts[k]) for k in PARTS}
    open_ = b.gate.copy()
    print(f"gate open for {int(open_.sum())} of {len(open_)} questions")
    tags = np.array([tag_of(b, q) or "" for q in range(len(lab.rows))])
    for t in GROUPS:
        print(f"  {t}: open {int(open_[tags == t].sum())} of {int((tags == t).sum())}")

    def total(f: dict[str, float]) -> np.ndarray:
        return sum(f[k] * parts[k] for k in PARTS)

    def fit(rows: np.ndarray) -> dict[str, float]:
        f = dict.fromkeys(PARTS, 1.0)

        def obj(f: dict[str, float]) -> tuple[float, float]:
            hit, rr = fast.hits(total(f), rows)
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

    shipped = total(dict.fromkeys(PARTS, 1.0))
    chosen = shipped.copy()
    for s in np.unique(lab.sets):
        te = np.flatnonzero((lab.sets == s) & open_)
        tr = np.flatnonzero((lab.sets != s) & open_)
        if not len(te):
            continue
        f = fit(tr)
        chosen[te] = total(f)[te]
        print(
            f"  {s:16s} open {len(te):4d}: " + " ".join(f"{k}={v:g}" for k, v in f.items() if v != 1.0),
            flush=True,
        )
    for title, t in (("shipped", shipped), ("gated (nested)", chosen)):
        w = b.within(t, lab.parts["best"])
        hit = np.array(
            [int(lab.chunk_sec[int(np.argmax(w[q]))]) in lab.gold[q] for q in range(len(lab.rows))]
        )
        per = " ".join(f"{g} {hit[tags == g].mean():.3f}" for g in GROUPS)
        sets = " ".join(f"{s} {hit[lab.sets == s].mean():.3f}" for s in np.unique(lab.sets))
        print(f"{title:16s} all {hit.mean():.3f} | {per} | open {hit[open_].mean():.3f} | {sets}")


def term_stats(lab, q_tokens, gold_stems, vocabulary, train):
    """Per known question stem over the ``train`` questions: in how many it occurs, and in how
    many of those a gold section holds it too."""
    n: Counter = Counter()
    hit: Counter = Counter()
    for q in train:
        for t in set(q_tokens[q]):
            if t in vocabulary:
                n[t] += 1
                hit[t] += t in gold_stems[q]
    return n, hit


def termweight(b: Bench) -> None:
    """The BM25 part with each known question stem weighted by how often, in the other sets'
    labelled questions, a question using it is answered by a section that holds it (shrunk to the
    pooled rate, to the power gamma): a frame or everyday word the answers rarely contain
    ("weet", "wil", "mens", "what") counts less than one they do ("kostenverdeling")."""
    from trans14_lab import ExpansionLab

    from pactrag import bridge as bridge_mod

    lab = b.lab
    el = ExpansionLab()
    assert len(el.lab.rows) == len(lab.rows)
    ex = el.expansions()
    bm25 = lab.index.bm25
    vocabulary = lab.index.vocabulary
    check = el.bm25_part(ex["raw"] + bridge_mod.WEIGHT * ex["unknown"], ex["known"])
    print(f"bm25 part recomputed: max abs diff {np.abs(check - lab.parts['bm25']).max():.4f}", flush=True)
    base = b.fused - lab.parts["bm25"]
    gold_stems = [set(t for g in lab.gold[q] for t in el.section_tokens[g]) for q in range(len(lab.rows))]
    cache: dict[str, np.ndarray] = {}

    def score(t: str) -> np.ndarray:
        if t not in cache:
            cache[t] = bm25.scores([t]).astype(np.float64)
        return cache[t]

    tags = np.array([tag_of(b, q) or "" for q in range(len(lab.rows))])
    grid = [(m, g) for m in (1.0, 3.0, 10.0) for g in (0.5, 1.0, 2.0)]
    stats = {
        s: term_stats(lab, el.q_tokens, gold_stems, vocabulary, lab.train(s)) for s in np.unique(lab.sets)
    }
    pooled = {s: sum(h.values()) / max(sum(n.values()), 1) for s, (n, h) in stats.items()}
    print(
        "pooled rate a question stem is in its gold section:", round(float(np.mean(list(pooled.values()))), 3)
    )
    n_all, h_all = term_stats(lab, el.q_tokens, gold_stems, vocabulary, range(len(lab.rows)))
    low = sorted((t for t in n_all if n_all[t] >= 15), key=lambda t: h_all[t] / n_all[t])[:40]
    print("  lowest rates:", " ".join(f"{t}:{h_all[t]}/{n_all[t]}" for t in low))

    def variant(m: float, gamma: float) -> np.ndarray:
        raw = np.zeros_like(ex["raw"])
        for s in np.unique(lab.sets):
            n, h = stats[s]
            p0 = pooled[s]
            for q in np.flatnonzero(lab.sets == s):
                v = np.zeros(raw.shape[1])
                for t in el.q_tokens[q]:
                    if t in vocabulary:
                        r = (h[t] + m * p0) / (n[t] + m)
                        v += r**gamma * score(t)
                raw[q] = v
        part = el.bm25_part(raw + bridge_mod.WEIGHT * ex["unknown"], ex["known"])
        return b.within(base + part, lab.parts["best"])

    def hits(total: np.ndarray) -> np.ndarray:
        return b.lab.chunk_sec[np.argmax(total, 1)]

    def right(total: np.ndarray) -> np.ndarray:
        first = hits(total)
        return np.array([int(first[q]) in lab.gold[q] for q in range(len(lab.rows))])

    def line(title: str, r: np.ndarray) -> None:
        per = " ".join(f"{g[:5]} {r[tags == g].mean():.3f}" for g in GROUPS)
        sets = " ".join(f"{s} {r[lab.sets == s].mean():.3f}" for s in np.unique(lab.sets))
        print(f"{title:22s} all {r.mean():.3f} | {per} | {sets}", flush=True)

    shipped = right(b.shipped)
    line("shipped", shipped)
    rows = {}
    for m, g in grid:
        rows[(m, g)] = right(variant(m, g))
        line(f"  m {m:g} gamma {g:g}", rows[(m, g)])
    chosen = shipped.copy()
    for s in np.unique(lab.sets):
        other = lab.sets != s
        best = max(rows, key=lambda k: (rows[k][other].sum(), -k[1]))
        if rows[best][other].sum() <= shipped[other].sum():
            best = None
        if best is not None:
            chosen[lab.sets == s] = rows[best][lab.sets == s]
        print(f"  {s}: {best}")
    line("NESTED", chosen)


def english_frame(b: Bench) -> None:
    """An English question's BM25 query without the English function words
    (``intent.english_stopwords``, the list that tells the language): "what", "the", "to" match
    the report's few English phrases ("what's in it for me", "coalition of the willing", "right to
    challenge") and count as known words in BM25's weight. The bridge is fitted as shipped (on the
    questions' own tokens, the other sets only); only the held-out question's query changes. The
    change of the BM25 part is added to the dump's score (the part recomputed both ways)."""
    import re

    from trans14_lab import ExpansionLab

    from pactrag import bridge as bridge_mod
    from pactrag.intent import english_stopwords
    from pactrag.lexical import tokenize

    lab = b.lab
    el = ExpansionLab()
    bm25 = lab.index.bm25
    vocabulary = lab.index.vocabulary
    english = english_stopwords()
    is_en = np.array([is_english(e.question) for e in lab.rows])

    def query(text: str) -> list[str]:
        return tokenize(" ".join(w for w in re.findall(r"[\w'’-]+", text) if w.lower() not in english))

    new_tokens = [
        query(e.question) if en else el.q_tokens[q]
        for q, (e, en) in enumerate(zip(lab.rows, is_en, strict=True))
    ]
    cache: dict[str, np.ndarray] = {}

    def score(t: str) -> np.ndarray:
        if t not in cache:
            cache[t] = bm25.scores([t]).astype(np.float64)
        return cache[t]

    n = len(lab.text)
    parts = {}
    for name in ("old", "new"):
        raw = np.zeros((len(lab.rows), n))
        unknown = np.zeros((len(lab.rows), n))
        known = np.zeros(len(lab.rows))
        parts[name] = (raw, unknown, known)
    for s in np.unique(lab.sets):
        train = lab.train(s)
        doc_terms, q_terms, _t, aligned = bridge_mod.fit_translation(
            [el.q_tokens[i] for i in train], [el.gold[i] for i in train], el.section_tokens
        )
        table = bridge_mod.expansions(doc_terms, q_terms, aligned, lambda t: t in vocabulary)
        for q in np.flatnonzero(lab.sets == s):
            for name, toks in (("old", el.q_tokens), ("new", new_tokens)):
                raw, unknown, known = parts[name]
                tokens = toks[q]
                if not tokens:
                    continue
                raw[q] = sum(score(t) for t in tokens)
                known[q] = sum(t in vocabulary for t in tokens) / len(tokens)
                if not all(t in vocabulary for t in tokens):
                    for t in tokens:
                        for w, share in table.get(t, ()):
                            unknown[q] += share * score(w)
    old = el.bm25_part(parts["old"][0] + bridge_mod.WEIGHT * parts["old"][1], parts["old"][2])
    print(f"bm25 part recomputed: max abs diff {np.abs(old - lab.parts['bm25']).max():.4f}", flush=True)
    tags = np.array([tag_of(b, q) or "" for q in range(len(lab.rows))])

    def right(total: np.ndarray) -> np.ndarray:
        first = lab.chunk_sec[np.argmax(total, 1)]
        return np.array([int(first[q]) in lab.gold[q] for q in range(len(lab.rows))])

    def line(title: str, r: np.ndarray) -> None:
        per = " ".join(f"{g[:5]} {r[tags == g].mean():.3f}" for g in GROUPS)
        sets = " ".join(f"{s} {r[lab.sets == s].mean():.3f}" for s in np.unique(lab.sets))
        print(f"{title:22s} all {r.mean():.3f} en {r[is_en].mean():.3f} | {per} | {sets}", flush=True)

    shipped = right(b.shipped)
    line("shipped", shipped)
    new = el.bm25_part(parts["new"][0] + bridge_mod.WEIGHT * parts["new"][1], parts["new"][2])
    total = b.within(b.fused - old + new, lab.parts["best"])
    r = right(total)
    line("english frame out", r)
    print(f"  changed first: +{int((r & ~shipped).sum())} -{int((~r & shipped).sum())}")
    for q in np.flatnonzero(r != shipped):
        print(f"   {'+' if r[q] else '-'} {lab.rows[q].source:16s} {lab.rows[q].question[:120]}")


def subfacet_pool(b: Bench) -> None:
    """The subfacet read from all its sections, not from its one best chunk: each subfacet's
    sections' best fused scores pooled (a soft maximum at temperature tau over its sections, minus
    the plain maximum, so a subfacet with one spiking chunk on a shared word gains nothing and one
    whose several parts match gains), added with weight lam to its chunks before
    ``within.reorder``. Nested: (lam, tau) chosen on the other sets for each set left out."""
    lab = b.lab
    fast = Fast(b)
    subs = sorted(set(x for x in b.sub if x))
    sec_sub = np.full(len(lab.sections), -1)
    for p, sec in enumerate(lab.chunk_sec):
        if b.sub[p]:
            sec_sub[sec] = subs.index(b.sub[p])
    chunk_sub = np.array([subs.index(x) if x else -1 for x in b.sub])
    sec_best = np.stack([b.fused[:, m].max(1) for m in fast.members], 1)  # (q, sections)
    tags = np.array([tag_of(b, q) or "" for q in range(len(lab.rows))])

    def pooled(tau: float, mode: str) -> np.ndarray:
        out = np.zeros((len(lab.rows), len(subs)))
        for u in range(len(subs)):
            v = sec_best[:, sec_sub == u]
            top = v.max(1, keepdims=True)
            if mode == "soft":
                out[:, u] = tau * np.log(np.exp((v - top) / tau).sum(1))  # >= 0: the extra of the others
            else:  # the mean of the best k sections, minus the best
                k = int(tau)
                srt = -np.sort(-v, 1)[:, :k]
                out[:, u] = srt.mean(1) - top[:, 0]
        return out

    def right(total: np.ndarray) -> np.ndarray:
        first = lab.chunk_sec[np.argmax(total, 1)]
        return np.array([int(first[q]) in lab.gold[q] for q in range(len(lab.rows))])

    def line(title: str, r: np.ndarray) -> None:
        per = " ".join(f"{g[:5]} {r[tags == g].mean():.3f}" for g in GROUPS)
        sets = " ".join(f"{s} {r[lab.sets == s].mean():.3f}" for s in np.unique(lab.sets))
        print(f"{title:26s} all {r.mean():.3f} | {per} | {sets}", flush=True)

    shipped = right(b.shipped)
    line("shipped", shipped)
    rows = {}
    for mode, taus in (("soft", (0.5, 1.0, 2.0)), ("topk", (2, 3))):
        for tau in taus:
            pool = pooled(tau, mode)
            extra = np.where(chunk_sub[None, :] >= 0, pool[:, np.maximum(chunk_sub, 0)], 0.0)
            extra = extra - extra.max(1, keepdims=True)
            for lam in (0.25, 0.5, 1.0):
                r = right(b.within(b.fused + lam * extra, lab.parts["best"]))
                rows[(mode, tau, lam)] = r
                line(f"  {mode} {tau:g} lam {lam:g}", r)
    chosen = shipped.copy()
    for s in np.unique(lab.sets):
        other = lab.sets != s
        best = max(rows, key=lambda k: rows[k][other].sum())
        if rows[best][other].sum() > shipped[other].sum():
            chosen[lab.sets == s] = rows[best][lab.sets == s]
        else:
            best = None
        print(f"  {s}: {best}")
    line("NESTED", chosen)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("misses", "gated", "termweight", "english", "pool"))
    args = parser.parse_args(argv)
    b = Bench()
    b.show("shipped", b.shipped)
    if args.what == "misses":
        misses(b)
    if args.what == "pool":
        subfacet_pool(b)
    if args.what == "english":
        english_frame(b)
    if args.what == "termweight":
        termweight(b)
    if args.what == "gated":
        gated(b)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
