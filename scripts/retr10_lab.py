"""Leave-one-set-out lab of session 10's retrieval levers for direct and everyday questions, not a test.

    .venv/bin/python scripts/retr_lab.py dump        # once: one retrieval per labelled question
    .venv/bin/python scripts/retr10_lab.py [causes sentbm25 bm25gate within_parts prior_gate …]

Kept: ``named_within9s`` (``within.reorder_named``): on the shipped score with session 9's
mirror, hit@1 0.876 -> 0.881 nested, weight 2 chosen for every set left out. Everything else here
moved pooled hit@1 by -0.006 .. +0.002 nested and was dropped (NOTES.md, session 10).

Starts from ``retr8_lab.Bench`` (the shipped fused score rebuilt from the dump: base + example
prior + the gated votes + ``within.py``) and measures levers whose weights are chosen on the
other sets for each set left out (``nested``, the figure to trust).

- ``causes``: every fact / paraphrase / English miss of the shipped score, grouped by cause
  (wrong kind in the right subfacet, wrong subfacet of the right kind, both, outside the
  template, not in the top 5) and by the part of the fused score that favours the wrong first
  chunk over the best gold chunk most;
- ``sentbm25``: BM25 over the report's *sentences*, its best sentence per chunk, as a fourth
  part of the fused score (in the unit of the chunk BM25: log(1 + score) from the best, over
  its spread, times the share of the question's words the index knows).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from retr8_lab import Bench  # noqa: E402
from within_lab import first_right  # noqa: E402

from pactrag import neighbours  # noqa: E402
from pactrag import within as within_mod  # noqa: E402
from pactrag.lexical import BM25Index, tokenize  # noqa: E402

TAGS = ("fact", "paraphrase", "english")
TEMPLATE = {"continue", "start", "stop", "synergie", "toekomstbeeld", "aanvullingen"}


def tag_of(lab, e) -> str:
    tags = lab.tags.get(e.source, ())
    return next((t for t in ("english", "paraphrase", "fact") if t in tags), "")


def line(b: Bench, title: str, total: np.ndarray) -> np.ndarray:
    lab = b.lab
    right = first_right(lab, total)
    tag = np.array([tag_of(lab, e) for e in lab.rows])
    r = lab.score(total)
    per = " ".join(
        f"{s} {right[lab.sets == s].mean():.3f}"
        for s in np.unique(lab.sets)
        if s.startswith("cold") or s in ("v1", "v2", "fresh")
    )
    tags = " ".join(f"{t} {right[tag == t].mean():.3f}" for t in TAGS)
    print(f"{title:34s} all {right.mean():.3f}/{r['all'][1]:.3f} | {tags} | {per}", flush=True)
    return right


def nested(b: Bench, rows: dict[str, np.ndarray], title: str) -> np.ndarray:
    lab = b.lab
    right = {g: first_right(lab, v) for g, v in rows.items()}
    chosen = rows[next(iter(rows))].copy()
    picks = []
    for s in np.unique(lab.sets):
        train = lab.sets != s
        best = max(rows, key=lambda g: (right[g][train].sum(), g == next(iter(rows))))
        picks.append(f"{s}:{best}")
        chosen[lab.sets == s] = rows[best][lab.sets == s]
    print("  picks " + " ".join(picks))
    line(b, f"NESTED {title}", chosen)
    return chosen


def causes(b: Bench) -> None:
    lab = b.lab
    total = b.shipped
    parts = {k: lab.parts[k] for k in ("dense", "sentence", "bm25", "kind", "named", "naming", "learned")}
    parts["votes"] = b.votes * b.gate[:, None]
    parts["within"] = total - (lab.base + lab.parts["learned"] + parts["votes"])
    chunks = lab.index.chunks
    table: dict[str, Counter] = defaultdict(Counter)
    stage: dict[str, Counter] = defaultdict(Counter)
    for q, e in enumerate(lab.rows):
        t = tag_of(lab, e)
        if not t or {"list", "synthesis"} & set(lab.tags.get(e.source, ())):
            continue
        w = int(np.argmax(total[q]))
        if int(lab.chunk_sec[w]) in lab.gold[q]:
            continue
        gpos = [p for p in range(len(chunks)) if int(lab.chunk_sec[p]) in lab.gold[q]]
        g = max(gpos, key=lambda p: total[q, p])
        fc, gs = chunks[w], [chunks[p] for p in gpos]
        order = np.argsort(-total[q])
        secs = list(dict.fromkeys(int(lab.chunk_sec[p]) for p in order[:8]))[:5]
        if not any(s in lab.gold[q] for s in secs):
            cause = "top5"
        elif fc.kind not in TEMPLATE or all(x.kind not in TEMPLATE for x in gs):
            cause = "other"
        else:
            same_sub = any(fc.subfacet_id == x.subfacet_id for x in gs)
            same_kind = any(fc.kind == x.kind for x in gs)
            cause = "kind" if same_sub else ("subfacet" if same_kind else "both")
        delta = {k: float(v[q, w] - v[q, g]) for k, v in parts.items()}
        st = max(delta, key=delta.get)
        table[t][cause] += 1
        stage[t][st] += 1
        table["all"][cause] += 1
        stage["all"][st] += 1
        if e.set_name == "cold10" or "-v" in sys.argv:
            print(
                f"  {e.set_name:7s} {t:10s} {cause:8s} {st:8s} {fc.section_id:9s} gold {','.join(e.sections):12s} {e.question[:80]}"
            )
    for name, tab in (("cause", table), ("stage", stage)):
        labels = sorted({k for c in tab.values() for k in c})
        print(f"{name:10s}" + "".join(f"{x:>9s}" for x in labels))
        for t in (*TAGS, "all"):
            print(f"{t:10s}" + "".join(f"{tab[t][x]:9d}" for x in labels) + f"  total {sum(tab[t].values())}")


def sentence_bm25(b: Bench) -> np.ndarray:
    """(questions, chunks): the chunk's best sentence by BM25 over the sentences, in the unit of
    the chunk BM25 (log1p from the best, over its spread), times the known share of the words."""
    lab = b.lab
    index = lab.index
    texts = index.sentence_texts
    owner = np.asarray(index.sentence_chunk)
    bm = BM25Index.build(texts)
    out = np.zeros((len(lab.rows), len(index.chunks)))
    for q, e in enumerate(lab.rows):
        toks = tokenize(e.question)
        if not toks:
            continue
        s = bm.scores(toks).astype(np.float64)
        best = np.zeros(len(index.chunks))
        np.maximum.at(best, owner, s)
        lex = np.log1p(best)
        if lex.max() <= 0:
            continue
        known = sum(t in index.vocabulary for t in toks) / len(toks)
        out[q] = known * (lex - lex.max()) / (float(lex.std()) or 1.0)
    return out


def sentbm25(b: Bench) -> None:
    lab = b.lab
    extra = sentence_bm25(b)
    pre = lab.base + lab.parts["learned"] + b.votes * b.gate[:, None]
    rows = {"0": b.shipped}
    for w in (0.25, 0.5, 0.75, 1.0, 1.5):
        rows[str(w)] = b.within(pre + w * extra, lab.parts["best"])
        line(b, f"sentence BM25 x {w}", rows[str(w)])
    nested(b, rows, "sentence BM25")
    # and in place of part of the chunk BM25
    rows2 = {"0": b.shipped}
    for w in (0.25, 0.5, 0.75):
        v = b.within(pre - w * lab.parts["bm25"] + w * extra, lab.parts["best"])
        rows2[f"swap{w}"] = v
        line(b, f"chunk BM25 -> sentence x {w}", v)
    nested(b, rows2, "swap")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", nargs="*", default=["causes"])
    parser.add_argument("-v", action="store_true")
    args = parser.parse_args(argv)
    b = Bench()
    line(b, "shipped", b.shipped)
    for w in args.what:
        globals()[w](b)
    return 0


def bm25gate(b: Bench) -> None:
    """The chunk BM25 scaled by ``a`` for a question the own-words gate reads as not in the
    report's words (the votes count): its known words are the everyday ones every part shares."""
    lab = b.lab
    votes = b.votes * b.gate[:, None]
    rows = {"1": b.shipped}
    for a in (0.75, 0.5, 0.25, 0.0):
        scale = np.where(b.gate, a, 1.0)[:, None]
        pre = lab.base - (1 - scale) * lab.parts["bm25"] + lab.parts["learned"] + votes
        rows[str(a)] = b.within(pre, lab.parts["best"])
        line(b, f"BM25 x {a} when the votes count", rows[str(a)])
    nested(b, rows, "bm25 gate")
    # a continuous version: by the closest sentence's rank among the other sets' questions
    sentences = np.asarray(lab.index.sentence_vectors, dtype=np.float64)
    closest = (lab.qvec @ sentences.T).max(1)
    share = np.zeros(len(lab.rows))
    for s in np.unique(lab.sets):
        tr = np.sort(closest[lab.train(s)])
        te = lab.sets == s
        share[te] = np.searchsorted(tr, closest[te]) / len(tr)
    rows2 = {"1": b.shipped}
    for lo in (0.75, 0.5, 0.25):
        scale = np.clip(lo + (1 - lo) * share / 0.6, lo, 1.0)[:, None]
        pre = lab.base - (1 - scale) * lab.parts["bm25"] + lab.parts["learned"] + votes
        rows2[f"ramp{lo}"] = b.within(pre, lab.parts["best"])
        line(b, f"BM25 ramp from {lo}", rows2[f"ramp{lo}"])
    nested(b, rows2, "bm25 ramp")


def within_parts(b: Bench) -> None:
    """Inside the first subfacet (``within.py``), the parts that share the subfacet's words
    weighed less: the chunk BM25 (and the votes) minus ``c`` times themselves when the chunks of
    the top subfacet are reordered among their places."""
    lab = b.lab
    votes = b.votes * b.gate[:, None]
    pre = lab.base + lab.parts["learned"] + votes
    top = b.sub[np.argmax(pre, 1)]
    inside = (b.sub[None, :] == top[:, None]) & (top[:, None] != "")
    base_extra = within_mod.KIND_WEIGHT * b.kind_p + within_mod.SENTENCE_WEIGHT * b.sentence_units(
        lab.parts["best"]
    )
    for name, part in (("bm25", lab.parts["bm25"]), ("votes", votes), ("dense", lab.parts["dense"])):
        rows = {"0": b.shipped}
        for c in (0.25, 0.5, 0.75, 1.0):
            extra = base_extra - c * part
            rows[str(c)] = np.where(b.names[:, None], pre, b.permute(pre, inside, extra))
            line(b, f"within: {name} x (1 - {c})", rows[str(c)])
        nested(b, rows, f"within {name}")
    # the reordering also for questions that name a kind (the rules)
    rows = {"0": b.shipped}
    for c in (0.0, 0.5, 1.0):
        extra = base_extra - c * lab.parts["bm25"]
        rows[f"all{c}"] = b.permute(pre, inside, extra)
        line(b, f"within for every question, bm25 c {c}", rows[f"all{c}"])
    nested(b, rows, "within all")


def prior_gate(b: Bench) -> None:
    """The example LDAs' prior (``examples.chunk_prior``) scaled by ``a`` for a question in the
    report's own words (the own-words gate shut: its closest sentence is as close as for 60 % of
    the labelled questions), as the votes are left out there."""
    lab = b.lab
    votes = b.votes * b.gate[:, None]
    for name in ("learned", "naming"):
        rows = {"1": b.shipped}
        for a in (0.75, 0.5, 0.25, 0.0):
            scale = np.where(b.gate, 1.0, a)[:, None]
            pre = lab.base + lab.parts["learned"] + votes - (1 - scale) * lab.parts[name]
            rows[str(a)] = b.within(pre, lab.parts["best"])
            line(b, f"{name} x {a} in own words", rows[str(a)])
        nested(b, rows, f"{name} gate")


def named_within(b: Bench) -> None:
    """A question that names a kind (the rules' bonus): inside its first subfacet the named
    kind's chunks gain ``x`` more (the kind bonus alone lost to a long sibling section)."""
    lab = b.lab
    votes = b.votes * b.gate[:, None]
    pre = lab.base + lab.parts["learned"] + votes
    top = b.sub[np.argmax(pre, 1)]
    inside = (b.sub[None, :] == top[:, None]) & (top[:, None] != "")
    named = lab.parts["kind"] > 0
    rows = {"0": b.shipped}
    for x in (0.5, 1.0, 2.0, 100.0):
        out = np.where(b.names[:, None], b.permute(pre, inside, x * named), b.shipped)
        rows[str(x)] = out
        line(b, f"named kind first in subfacet +{x}", out)
    nested(b, rows, "named within")


def sentence_count(b: Bench) -> None:
    """The best sentence of a long chunk is the max of more draws: minus ``c`` log(sentences)."""
    lab = b.lab
    owner = np.asarray(lab.index.sentence_chunk)
    n = np.bincount(owner, minlength=len(lab.index.chunks)).astype(float)
    logn = np.log(np.maximum(n, 1.0))
    votes = b.votes * b.gate[:, None]
    pre = lab.base + lab.parts["learned"] + votes
    rows = {"0": b.shipped}
    for c in (0.1, 0.2, 0.3, 0.5):
        rows[str(c)] = b.within(pre - c * (logn - logn.mean())[None, :], lab.parts["best"])
        line(b, f"minus {c} log sentences", rows[str(c)])
    nested(b, rows, "sentence count")


def mirror(b: Bench, total: np.ndarray) -> np.ndarray:
    """``within.reorder_subfacets`` on ``total`` (as english9_lab ``subfacets``, kept scope)."""
    lab = b.lab
    first = np.argmax(total, 1)
    named_first = lab.parts["kind"][np.arange(len(first)), first] > 0
    titled = (lab.parts["named"] > 0).any(1)
    select = b.names & ~titled & named_first
    kind = b.kinds[first]
    inside = (b.kinds[None, :] == kind[:, None]) & (kind[:, None] != "") & (b.sub[None, :] != "")
    extra = within_mod.KIND_WEIGHT * b.sub_p + within_mod.SENTENCE_WEIGHT * b.sentence_units(
        lab.parts["best"]
    )
    return np.where(select[:, None], b.permute(total, inside, extra), total)


SENT = 0.0


def named_within9s(b: Bench) -> None:
    """``named_within9`` with within.py's best-sentence tie-break (as shipped: ``within.reorder_named``)."""
    global SENT
    SENT = within_mod.SENTENCE_WEIGHT
    named_within9(b)


def named_within9(b: Bench) -> None:
    """``named_within`` against the shipped score with session 9's mirror, before or after it."""
    lab = b.lab
    shipped = mirror(b, b.shipped)
    line(b, "shipped with the mirror", shipped)
    named = lab.parts["kind"] > 0

    def named_first(total: np.ndarray, x: float) -> np.ndarray:
        top = b.sub[np.argmax(total, 1)]
        inside = (b.sub[None, :] == top[:, None]) & (top[:, None] != "")
        extra = x * named + SENT * b.sentence_units(lab.parts["best"])
        return np.where(b.names[:, None], b.permute(total, inside, extra), total)

    for where in ("after", "before"):
        rows = {"0": shipped}
        for x in (0.5, 1.0, 2.0, 4.0):
            out = named_first(shipped, x) if where == "after" else mirror(b, named_first(b.shipped, x))
            rows[str(x)] = out
            line(b, f"named kind {where} the mirror +{x}", out)
        nested(b, rows, f"named {where}")


def named_guarded(b: Bench) -> None:
    """``named_within9s`` (after the mirror) only for a named kind the example kind model gives at
    least ``t`` (the rules read "problemen" in "capaciteitsproblemen" as Drempels)."""
    lab = b.lab
    shipped = mirror(b, b.shipped)
    sentence = within_mod.SENTENCE_WEIGHT * b.sentence_units(lab.parts["best"])
    top = b.sub[np.argmax(shipped, 1)]
    inside = (b.sub[None, :] == top[:, None]) & (top[:, None] != "")
    rows = {"off": shipped}
    for t in (0.0, 0.02, 0.05, 0.1, 0.2, 0.3):
        named = (lab.parts["kind"] > 0) & (b.kind_p >= t)
        out = np.where(
            b.names[:, None], b.permute(shipped, inside, within_mod.KIND_WEIGHT * named + sentence), shipped
        )
        rows[str(t)] = out
        line(b, f"named kind first, model >= {t}", out)
    nested(b, rows, "named guarded")


def section_vectors(b: Bench) -> None:
    """Two pooled sentence scores beside the best sentence: the section's mean sentence vector
    (its topic as a whole) and the mean of a chunk's two best sentences, each from the best chunk
    in units of its spread, added with weight ``w`` (English questions read with their own vector)."""
    lab = b.lab
    shipped = mirror(b, b.shipped)
    index = lab.index
    sv = np.asarray(index.sentence_vectors, dtype=np.float64)
    owner = np.asarray(index.sentence_chunk)
    sec_of_sent = lab.chunk_sec[owner]
    nsec = len(lab.sections)
    cent = np.zeros((nsec, sv.shape[1]))
    np.add.at(cent, sec_of_sent, sv)
    cent /= np.maximum(np.linalg.norm(cent, axis=1, keepdims=True), 1e-9)
    sims = lab.qvec @ cent.T  # (q, sections)
    sec_score = sims[:, lab.chunk_sec]
    units = (sec_score - sec_score.max(1, keepdims=True)) / np.maximum(sec_score.std(1, keepdims=True), 1e-6)
    s_all = lab.qvec @ sv.T
    top2 = np.full((len(lab.rows), len(index.chunks)), -1.0)
    for c in range(len(index.chunks)):
        idx = np.flatnonzero(owner == c)
        if len(idx) == 0:
            continue
        part = np.sort(s_all[:, idx], axis=1)[:, -2:]
        top2[:, c] = part.mean(1)
    valid = top2 > -1
    t2 = np.where(valid, top2, np.nan)
    t2u = (top2 - np.nanmax(t2, 1, keepdims=True)) / np.maximum(np.nanstd(t2, 1, keepdims=True), 1e-6)
    t2u = np.where(valid, t2u, np.nanmin(np.where(valid, t2u, np.nan)))
    pre = lab.base + lab.parts["learned"] + b.votes * b.gate[:, None]
    for name, extra in (("section mean", units), ("two best sentences", t2u)):
        rows = {"0": shipped}
        for w in (0.25, 0.5, 1.0):
            rows[str(w)] = mirror(b, b.within(pre + w * extra, lab.parts["best"]))
            line(b, f"{name} x {w}", rows[str(w)])
        nested(b, rows, name)


def current(b: Bench, pre: np.ndarray) -> np.ndarray:
    """The shipped order after session 10 from a fused score: within.py, the mirror, the named kind."""
    lab = b.lab
    total = mirror(b, b.within(pre, lab.parts["best"]))
    sentence = within_mod.SENTENCE_WEIGHT * b.sentence_units(lab.parts["best"])
    top = b.sub[np.argmax(total, 1)]
    inside = (b.sub[None, :] == top[:, None]) & (top[:, None] != "")
    named = lab.parts["kind"] > 0
    extra = within_mod.KIND_WEIGHT * named + sentence
    return np.where(b.names[:, None], b.permute(total, inside, extra), total)


def bm25gate10(b: Bench) -> None:
    """``bm25gate`` on top of session 10's order (``current``)."""
    lab = b.lab
    votes = b.votes * b.gate[:, None]
    rows = {"1": current(b, lab.base + lab.parts["learned"] + votes)}
    line(b, "session 10", rows["1"])
    for a in (0.75, 0.5, 0.25):
        scale = np.where(b.gate, a, 1.0)[:, None]
        pre = lab.base - (1 - scale) * lab.parts["bm25"] + lab.parts["learned"] + votes
        rows[str(a)] = current(b, pre)
        line(b, f"BM25 x {a} when the votes count", rows[str(a)])
    nested(b, rows, "bm25 gate (session 10)")


def named_share10(b: Bench) -> None:
    """``neighbours.NAMED_KIND_SHARE`` again on session 10's order: with the named kind put first
    in its subfacet, the votes of a question that names a kind may choose the subfacet."""
    lab = b.lab
    rows = {}
    for share in (0.25, 0.5, 0.75, 1.0):
        scale = np.where(b.names, share / neighbours.NAMED_KIND_SHARE, 1.0)[:, None]
        rows[str(share)] = current(b, lab.base + lab.parts["learned"] + b.votes * scale * b.gate[:, None])
        line(b, f"named-kind share {share}", rows[str(share)])
    nested(b, rows, "named share (session 10)")


if __name__ == "__main__":
    raise SystemExit(main())
