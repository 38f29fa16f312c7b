"""Leave-one-set-out lab for the word bridge (``bridge.py``) on the retrieval dump, not a test.

    .venv/bin/python scripts/retr_lab.py dump       # once: index/retr_lab.npz
    .venv/bin/python scripts/trans14_lab.py grid    # the bridge as a translation-LM part of the fused score
    .venv/bin/python scripts/trans14_lab.py expand  # the bridge as BM25 query expansion
    .venv/bin/python scripts/trans14_lab.py nested  # its weight chosen on the other sets per fold
    .venv/bin/python scripts/trans14_lab.py assoc   # a shrunk-lift estimator instead of the alignments
    .venv/bin/python scripts/trans14_lab.py facts   # aligned to the sentences holding the facts

Each set's questions are scored with a bridge fitted on the other sets' examples only (another
writer), then added to the shipped fused score (example prior + the nearest-question votes as
retrieval gates them) with a weight, in the unit of the fused score: the bridge's per-chunk score
minus its best, over its spread over the chunks.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from retr_lab import Lab  # noqa: E402

from pactrag import bridge  # noqa: E402
from pactrag.lexical import tokenize  # noqa: E402

# The translation model's share against the collection in a chunk's score (Jelinek-Mercer).
LAMBDA = 0.5


def chunk_scores(
    doc_terms: dict[str, int],
    table: np.ndarray,
    chunks: list[list[str]],
    lam: float = LAMBDA,
) -> np.ndarray:
    """(chunks, question stems): log(lam p_t(q | chunk) + (1 - lam) p(q | collection)), minus
    its mean over the chunks."""
    dist = np.zeros((len(chunks), table.shape[0]))
    for c, tokens in enumerate(chunks):
        counts = Counter(t for t in tokens if t in doc_terms)
        total = sum(counts.values())
        for t, n in counts.items():
            dist[c, doc_terms[t]] = n / total
    p = dist @ table
    collection = p.mean(0, keepdims=True)
    scores = np.log(lam * p + (1 - lam) * collection + 1e-12)
    return scores - scores.mean(0, keepdims=True)


def question_score(chunk_log: np.ndarray, terms: dict[str, int], tokens: list[str]) -> np.ndarray | None:
    """Per chunk: the question's translation log-likelihood relative to the collection."""
    columns = [terms[t] for t in tokens if t in terms]
    return chunk_log[:, columns].sum(1) if columns else None


KEY_SETS = ("v1", "v2", "fresh", *(f"cold{i}" for i in range(4, 14)))


class BridgeLab:
    def __init__(self) -> None:
        self.lab = Lab()
        lab = self.lab
        self.q_tokens = [list(tokenize(e.question)) for e in lab.rows]
        self.chunk_tokens = [list(tokenize(t)) for t in lab.text]
        self.section_tokens: list[list[str]] = [[] for _ in lab.sections]
        seen: set[str] = set()
        for p, t in enumerate(lab.text):
            if t not in seen:
                seen.add(t)
                self.section_tokens[lab.chunk_sec[p]].extend(self.chunk_tokens[p])
        self.gold = [sorted(g) for g in lab.gold]
        votes, gate = lab.shipped_votes()
        self.shipped = lab.base + lab.parts["learned"] + votes * gate[:, None]
        self.gate = gate

    def scores(self, train: np.ndarray, test: np.ndarray, **knobs: float) -> np.ndarray:
        """(test questions, chunks): the bridge fitted on ``train``, scaled as a fused part."""
        lam = knobs.pop("lam", LAMBDA)
        doc_terms, q_terms, table, _ = bridge.fit_translation(
            [self.q_tokens[i] for i in train], [self.gold[i] for i in train], self.section_tokens, **knobs
        )
        chunk_log = chunk_scores(doc_terms, table, self.chunk_tokens, lam)
        out = np.zeros((len(test), len(self.chunk_tokens)))
        for row, q in enumerate(test):
            s = question_score(chunk_log, q_terms, self.q_tokens[q])
            if s is not None:
                out[row] = scaled(s)
        return out

    def loso(self, exclude: str | None = None, **knobs: float) -> np.ndarray:
        """Every question's bridge score fitted without its own set (and without ``exclude``)."""
        lab = self.lab
        out = np.zeros_like(self.shipped)
        for s in np.unique(lab.sets):
            if s == exclude:
                continue
            train = lab.train(s)
            if exclude is not None:
                train = train[lab.sets[train] != exclude]
            test = np.flatnonzero(lab.sets == s)
            out[test] = self.scores(train, test, **dict(knobs))
        return out


def association(
    questions: list[list[str]], gold: list[list[int]], sections: list[list[str]], k: float = 5.0
) -> tuple[dict[str, int], dict[str, int], np.ndarray]:
    """The other estimator: per question stem q and report stem w, the shrunk share of q's
    questions whose gold sections hold w minus that share over all questions (a lift), in the
    shape of ``fit_translation``'s alignments (a last NULL row, zero; the column sums 1 so that
    the lift itself is the share)."""
    doc_terms: dict[str, int] = {}
    for tokens in sections:
        for t in tokens:
            doc_terms.setdefault(t, len(doc_terms))
    used = Counter(t for tokens in questions for t in set(tokens))
    q_terms = {t: i for i, t in enumerate(sorted(t for t, n in used.items() if n >= bridge.MIN_QUESTIONS))}
    holds = np.zeros((len(sections), len(doc_terms)))
    for s, tokens in enumerate(sections):
        for t in set(tokens):
            holds[s, doc_terms[t]] = 1.0
    asks = np.zeros((len(questions), len(q_terms)))
    gold_holds = np.zeros((len(questions), len(doc_terms)))
    for i, (tokens, secs) in enumerate(zip(questions, gold, strict=True)):
        for t in set(tokens):
            if t in q_terms:
                asks[i, q_terms[t]] = 1.0
        if secs:
            gold_holds[i] = np.minimum(holds[secs].sum(0), 1.0)
    base = gold_holds.mean(0)  # (doc stems,)
    a = asks.T @ gold_holds  # (question stems, doc stems)
    n = asks.sum(0)[:, None]
    lift = np.maximum((a + k * base) / (n + k) - base, 0.0)
    out = np.zeros((len(doc_terms) + 1, len(q_terms)))
    out[:-1] = lift.T
    out[-1] = 1.0  # the whole: the lift is its own share
    return doc_terms, q_terms, out


def fit_pairs(
    questions: list[list[str]],
    docs: list[list[str]],
    iterations: int = bridge.ITERATIONS,
    self_share: float = bridge.SELF,
    null_share: float = bridge.NULL,
    min_questions: int = bridge.MIN_QUESTIONS,
) -> tuple[dict[str, int], dict[str, int], np.ndarray]:
    """IBM Model 1 with one source text per question (``docs``: e.g. the sentences of its gold
    sections that hold its facts), vectorised over (question-stem occurrence, source stem) pairs.
    Returns the report stems (rows, NULL last), the question stems and the alignment counts."""
    doc_terms: dict[str, int] = {}
    for tokens in docs:
        for t in tokens:
            doc_terms.setdefault(t, len(doc_terms))
    used = Counter(t for tokens in questions for t in set(tokens))
    q_terms = {t: i for i, t in enumerate(sorted(t for t, n in used.items() if n >= min_questions))}
    n_doc, n_q = len(doc_terms), len(q_terms)
    occ, src, col, pri = [], [], [], []
    o = 0
    for qt, dt in zip(questions, docs, strict=True):
        counts = Counter(dt)
        total = sum(counts.values())
        if not total:
            continue
        ws = [doc_terms[w] for w in counts]
        ps = [(1 - null_share) * c / total for c in counts.values()]
        for t in qt:
            j = q_terms.get(t)
            if j is None:
                continue
            occ.extend([o] * (len(ws) + 1))
            src.extend(ws + [n_doc])
            col.extend([j] * (len(ws) + 1))
            pri.extend(ps + [null_share])
            o += 1
    occ_a, src_a, col_a, pri_a = (np.array(x) for x in (occ, src, col, pri))
    is_self = np.zeros(len(src_a), dtype=bool)
    self_col = np.full(n_doc + 1, -1)
    for t, j in q_terms.items():
        if t in doc_terms:
            self_col[doc_terms[t]] = j
    is_self = self_col[src_a] == col_a
    keep_row = np.zeros(n_doc + 1)
    keep_row[self_col >= 0] = self_share
    keep = keep_row[src_a]
    learned = np.full((n_doc + 1, n_q), 1.0 / max(n_q, 1))
    flat = src_a * n_q + col_a
    aligned = np.zeros((n_doc + 1, n_q))
    for _ in range(iterations):
        lt = learned[src_a, col_a]
        t = keep * is_self + (1 - keep) * lt
        num = pri_a * t
        den = np.bincount(occ_a, num, minlength=o)
        post = num / np.maximum(den[occ_a], 1e-300)
        aligned = np.bincount(flat, post, minlength=(n_doc + 1) * n_q).reshape(n_doc + 1, n_q)
        part = post * np.divide((1 - keep) * lt, t, out=np.zeros_like(t), where=t > 0)
        counts_l = np.bincount(flat, part, minlength=(n_doc + 1) * n_q).reshape(n_doc + 1, n_q)
        mass = counts_l.sum(1, keepdims=True)
        learned = np.divide(counts_l, mass, out=np.full_like(counts_l, 1.0 / max(n_q, 1)), where=mass > 0)
    return doc_terms, q_terms, aligned


_SENTENCE = re.compile(r"(?<=[.!?:])\s+|\n+")


class ExpansionLab(BridgeLab):
    """The bridge as BM25 query expansion: each question stem adds its ``top`` report stems by
    alignment share (not itself, not NULL), weighted by that share, to the BM25 query."""

    assoc = False
    facts = False
    k = 5.0

    def fact_sources(self, whole: bool = False) -> None:
        """Per question: the stems of its gold sections' sentences that hold one of its facts
        (the whole gold sections when none does, or with ``whole``)."""
        lab = self.lab
        sentences: dict[int, list[str]] = {}
        seen: set[str] = set()
        for p, text in enumerate(lab.text):
            if text in seen:
                continue
            seen.add(text)
            sentences.setdefault(int(lab.chunk_sec[p]), []).extend(
                x for x in _SENTENCE.split(text) if x.strip()
            )
        self.fact_docs = []
        hit = 0
        for q, e in enumerate(lab.rows):
            secs = self.gold[q]
            pool = [x for sec in secs for x in sentences.get(sec, [])]
            alts = [a.lower() for group in e.facts for a in group]
            held = [x for x in pool if any(a in x.lower() for a in alts)] if not whole else []
            hit += bool(held)
            self.fact_docs.append([t for x in (held or pool) for t in tokenize(x)])
        print(f"  fact sentences found for {hit} of {len(lab.rows)} questions", flush=True)

    def expansions(self, top: int = 3, exclude: str | None = None, **knobs: float) -> dict[str, np.ndarray]:
        lab = self.lab
        bm25 = lab.index.bm25
        vocabulary = lab.index.vocabulary
        n = len(self.chunk_tokens)
        out = {k: np.zeros((len(lab.rows), n)) for k in ("raw", "all", "unknown")}
        out["known"] = np.zeros(len(lab.rows))
        out["covered"] = np.zeros(len(lab.rows))
        term_scores: dict[str, np.ndarray] = {}

        def score(w: str) -> np.ndarray:
            if w not in term_scores:
                term_scores[w] = bm25.scores([w]).astype(np.float64)
            return term_scores[w]

        for s in np.unique(lab.sets):
            if s == exclude:
                continue
            train = lab.train(s)
            if exclude is not None:
                train = train[lab.sets[train] != exclude]
            if self.facts:
                doc_terms, q_terms, aligned = fit_pairs(
                    [self.q_tokens[i] for i in train], [self.fact_docs[i] for i in train], **knobs
                )
            elif self.assoc:
                doc_terms, q_terms, aligned = association(
                    [self.q_tokens[i] for i in train],
                    [self.gold[i] for i in train],
                    self.section_tokens,
                    self.k,
                )
            else:
                doc_terms, q_terms, _table, aligned = bridge.fit_translation(
                    [self.q_tokens[i] for i in train],
                    [self.gold[i] for i in train],
                    self.section_tokens,
                    **knobs,
                )
            words = list(doc_terms)
            for q in np.flatnonzero(lab.sets == s):
                tokens = self.q_tokens[q]
                if not tokens:
                    continue
                out["raw"][q] = bm25.scores(tokens)
                out["known"][q] = sum(t in vocabulary for t in tokens) / len(tokens)
                covered = 0.0
                for t in tokens:
                    j = q_terms.get(t)
                    if j is None:
                        continue
                    col = aligned[:, j].copy()
                    total = col.sum()
                    if total <= 0:
                        continue
                    col[-1] = 0.0
                    if t in doc_terms:
                        col[doc_terms[t]] = 0.0
                    best = np.argsort(-col)[:top]
                    add = sum(col[w] / total * score(words[w]) for w in best if col[w] > 0)
                    out["all"][q] += add
                    if t not in vocabulary:
                        out["unknown"][q] += add
                        covered += min(1.0, float(sum(col[w] for w in best) / total))
                out["covered"][q] = covered / len(tokens)
        return out

    def bm25_part(self, raw: np.ndarray, known: np.ndarray) -> np.ndarray:
        lex = np.log1p(raw)
        out = np.zeros_like(lex)
        for q in range(len(lex)):
            if lex[q].max() > 0:
                out[q] = known[q] * (lex[q] - lex[q].max()) / (float(lex[q].std()) or 1.0)
        return out


def expansion_grid(el: ExpansionLab) -> None:
    lab = el.lab
    summary(lab, lab.score(el.shipped), "shipped")
    for knobs in ({}, {"self_share": 0.0}, {"top": 1}, {"top": 5}):
        t0 = time.perf_counter()
        ex = el.expansions(**knobs)
        print(f"  knobs {knobs} ({time.perf_counter() - t0:.1f} s)", flush=True)
        base = el.shipped - lab.parts["bm25"]
        check = el.bm25_part(ex["raw"], ex["known"])
        print(f"  bm25 recomputed: max abs diff {np.abs(check - lab.parts['bm25']).max():.4f}")
        for beta in (0.25, 0.5, 1.0, 2.0):
            for which in ("all", "unknown"):
                raw = ex["raw"] + beta * ex[which]
                summary(lab, lab.score(base + el.bm25_part(raw, ex["known"])), f"  {which} b {beta}")
                if which == "unknown":
                    known = ex["known"] + ex["covered"]
                    summary(lab, lab.score(base + el.bm25_part(raw, known)), f"  {which}+share b {beta}")


def hits(lab: Lab, total: np.ndarray) -> np.ndarray:
    """Per question: 1 when its first section is a gold one (as ``Lab.score``)."""
    out = np.zeros(len(lab.rows))
    for q in range(len(lab.rows)):
        seen: set[str] = set()
        for p in np.argsort(-total[q], kind="stable"):
            if lab.text[p] in seen:
                continue
            out[q] = float(lab.chunk_sec[p] in lab.gold[q])
            break
    return out


BETAS = (0.0, 0.5, 1.0, 2.0, 3.0, 4.0)


def nested(el: ExpansionLab, which: str = "unknown") -> None:
    """Each set's beta chosen by leave-one-set-out over the other sets (fits without it)."""
    lab = el.lab
    base = el.shipped - lab.parts["bm25"]
    outer = el.expansions()
    for beta in BETAS:
        raw = outer["raw"] + beta * outer[which]
        summary(lab, lab.score(base + el.bm25_part(raw, outer["known"])), f"  {which} b {beta}")
    total = el.shipped.copy()
    for s in np.unique(lab.sets):
        inner = el.expansions(exclude=s)
        rows = lab.sets != s
        best, chosen = -1.0, 0.0
        for beta in BETAS:
            h = hits(lab, base + el.bm25_part(inner["raw"] + beta * inner[which], inner["known"]))[
                rows
            ].mean()
            if h > best + 1e-9:
                best, chosen = h, beta
        test = lab.sets == s
        part = el.bm25_part(outer["raw"] + chosen * outer[which], outer["known"])
        total[test] = base[test] + part[test]
        print(f"  {s}: beta {chosen} (inner hit@1 {best:.3f})", flush=True)
    summary(lab, lab.score(total), f"nested {which}")


def scaled(s: np.ndarray) -> np.ndarray:
    """A part of the fused score: from the best chunk, in units of the spread over the chunks."""
    spread = float(s.std()) or 1.0
    return (s - s.max()) / spread


def summary(lab: Lab, r: dict, title: str) -> None:
    groups = ["all", *[s for s in KEY_SETS if s in r], "fact", "paraphrase", "english", "synthesis"]
    print(
        f"{title:28s} " + " ".join(f"{g[:6]} {r[g][0]:.3f}/{r[g][1]:.3f}" for g in groups if g in r),
        flush=True,
    )


def grid(bl: BridgeLab) -> None:
    lab = bl.lab
    summary(lab, lab.score(bl.shipped), "shipped")
    for knobs in (
        {},
        {"self_share": 0.0},
        {"self_share": 0.8},
        {"lam": 0.2},
        {"lam": 0.8},
        {"null_share": 0.5},
        {"min_questions": 1},
    ):
        t0 = time.perf_counter()
        br = bl.loso(**knobs)
        print(f"  knobs {knobs} ({time.perf_counter() - t0:.1f} s)", flush=True)
        for w in (0.25, 0.5, 1.0, 2.0):
            summary(lab, lab.score(bl.shipped + w * br), f"  w {w}")
            summary(lab, lab.score(bl.shipped + w * br * ~bl.gate[:, None]), f"  w {w} own-words only")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("grid", "nested", "expand", "nested-all", "assoc", "facts"))
    args = parser.parse_args(argv)
    if args.what in ("nested", "nested-all"):
        nested(ExpansionLab(), "all" if args.what == "nested-all" else "unknown")
        return 0
    if args.what == "facts":
        el = ExpansionLab()
        el.facts = True
        lab = el.lab
        summary(lab, lab.score(el.shipped), "shipped")
        base = el.shipped - lab.parts["bm25"]
        for whole in (True, False):
            el.fact_sources(whole)
            t0 = time.perf_counter()
            ex = el.expansions()
            print(f"  whole sections {whole} ({time.perf_counter() - t0:.1f} s)", flush=True)
            for beta in (1.0, 2.0, 4.0, 8.0):
                for which in ("unknown", "all"):
                    raw = ex["raw"] + beta * ex[which]
                    summary(lab, lab.score(base + el.bm25_part(raw, ex["known"])), f"  {which} b {beta}")
        return 0
    if args.what == "assoc":
        el = ExpansionLab()
        el.assoc = True
        lab = el.lab
        summary(lab, lab.score(el.shipped), "shipped")
        base = el.shipped - lab.parts["bm25"]
        for k in (2.0, 5.0, 20.0):
            el.k = k
            ex = el.expansions()
            for beta in (0.5, 1.0, 2.0, 4.0):
                raw = ex["raw"] + beta * ex["unknown"]
                summary(lab, lab.score(base + el.bm25_part(raw, ex["known"])), f"  assoc k {k} b {beta}")
        return 0
    if args.what == "expand":
        expansion_grid(ExpansionLab())
        return 0
    bl = BridgeLab()
    if args.what == "grid":
        grid(bl)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
