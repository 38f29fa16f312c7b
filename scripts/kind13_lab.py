"""Leave-one-set-out lab of session 12's kind reading (kind13), not a test.

    .venv/bin/python scripts/kind13_lab.py             # kind accuracy of the readings
    PYTHONPATH=<start code>/src .venv/bin/python scripts/retr_lab.py dump   # once
    .venv/bin/python scripts/kind13_lab.py named       # kept: intent.named_kinds in retrieval
    .venv/bin/python scripts/kind13_lab.py within      # dropped: words beside the vector
    .venv/bin/python scripts/kind13_lab.py combined    # dropped: one share, words + rules
    .venv/bin/python scripts/kind13_lab.py agree       # dropped: more weight where both agree

Kind accuracy: for every labelled question whose sections are all of one template kind
(toekomstbeeld, aanvullingen, goede praktijken, opschaling, drempels, synergiën), the kind read by
the example kind model (``examples._lda`` on query vectors, as shipped), by a word model (naive
Bayes over the question's lower-cased words and word pairs, function words kept) and by both,
each fitted on the other sets' questions: 0.732, 0.802, 0.845 (nested). The other commands rebuild
retrieval's score from the dump (``retr8_lab.Bench``) and count first sections; NOTES.md,
"Reading the kind asked (session 12, kind13)", has the figures.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import numpy as np

from pactrag import examples
from pactrag import within as within_mod
from pactrag.config import Settings
from pactrag.index import Index

ROOT = Path(__file__).resolve().parents[1]
KINDS = ("toekomstbeeld", "aanvullingen", "continue", "start", "stop", "synergie")
_WORD = re.compile(r"[a-z0-9]+")


def words(text: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", text.lower())
    w = _WORD.findall("".join(c for c in folded if not unicodedata.combining(c)))
    return w + [f"{a}_{b}" for a, b in zip(w, w[1:], strict=False)]


def nb_fit(docs: list[list[str]], y: np.ndarray, alpha: float, min_df: int):
    df = Counter(t for d in docs for t in set(d))
    vocab = {t: i for i, t in enumerate(sorted(t for t, c in df.items() if c >= min_df))}
    counts = np.zeros((y.shape[1], len(vocab)))
    for d, row in zip(docs, y, strict=True):
        for t in set(d):
            if t in vocab:
                counts[:, vocab[t]] += row
    logp = np.log(counts + alpha) - np.log(counts.sum(1, keepdims=True) + alpha * len(vocab))
    prior = np.log(y.sum(0) / y.sum())
    return vocab, logp, prior


def nb_scores(model, docs: list[list[str]]) -> np.ndarray:
    vocab, logp, prior = model
    out = np.tile(prior, (len(docs), 1))
    for r, d in enumerate(docs):
        idx = [vocab[t] for t in set(d) if t in vocab]
        if idx:
            out[r] += logp[:, idx].sum(1)
    return out


def softmax(s: np.ndarray, temp: float) -> np.ndarray:
    s = s / temp
    p = np.exp(s - s.max(1, keepdims=True))
    return p / p.sum(1, keepdims=True)


def loso_classes(lab, key: np.ndarray, docs: list[list[str]]) -> tuple[np.ndarray, dict, np.ndarray]:
    """Per question: the vector LDA's scores over the kind classes (at the shipped temperature)
    and the word model's log-likelihood scores per smoothing, fitted on the other sets."""
    classes = sorted(set(key))
    number = {c: i for i, c in enumerate(classes)}
    chunk_class = np.array([number[k] for k in key])
    sec_class = {int(s): chunk_class[p] for p, s in enumerate(lab.chunk_sec)}
    lda = np.full((len(lab.rows), len(classes)), -1e9)
    nb: dict[float, np.ndarray] = {}
    for s in np.unique(lab.sets):
        tr = lab.train(s)
        te = np.flatnonzero(lab.sets == s)
        y = np.zeros((len(tr), len(classes)))
        for row, q in enumerate(tr):
            for sec in lab.gold[q]:
                y[row, sec_class[sec]] += 1 / len(lab.gold[q])
        keep = y.sum(0) > 0
        w, b = examples._lda(lab.qvec[tr], y[:, keep])
        lda[np.ix_(te, np.flatnonzero(keep))] = (lab.qvec[te] @ w + b) / examples.TEMPERATURE
        for alpha in (0.1, 0.5):
            m = nb_fit([docs[i] for i in tr], y[:, keep], alpha, 1)
            full = np.full((len(te), len(classes)), -1e9)
            full[:, keep] = nb_scores(m, [docs[i] for i in te])
            nb.setdefault(alpha, np.full((len(lab.rows), len(classes)), -1e9))[te] = full
    return lda, nb, chunk_class


def within_bench() -> int:
    """First sections (section hit@1 of the top 6 chunks, leave-one-set-out) with ``within.reorder``
    reading the kind from the vector alone (shipped) or with the words, per weight."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from retr8_lab import Bench

    b = Bench()
    lab = b.lab
    docs = [words(e.question) for e in lab.rows]
    lda, nb, chunk_class = loso_classes(lab, b.kinds, docs)
    best = lab.parts["best"]
    b.show("shipped", b.shipped)
    rows = {}
    for alpha, scores in nb.items():
        for temp in (2.0, 4.0, 8.0):
            for power in (1.0, 0.5):
                joint = np.log(softmax(lda, 1.0) + 1e-300) + np.log(softmax(scores, temp) + 1e-300)
                p = softmax(power * joint, 1.0)[:, chunk_class]
                for weight in (1.0, 2.0, 3.0):
                    saved = within_mod.KIND_WEIGHT
                    within_mod.KIND_WEIGHT = weight
                    v = b.within(b.fused, best, p)
                    within_mod.KIND_WEIGHT = saved
                    rows[alpha, temp, power, weight] = v
                    b.show(f"joint a{alpha} T{temp} pow{power} w{weight}", v)
    b.nested(rows, "joint reading")
    return 0


def combined_bench() -> int:
    """Every question's within-subfacet order read from one share per kind: the joint reading
    (vector and words) plus ``named`` times the kinds the question names by the rules; against
    the shipped split (the model's reading when no kind is named, the rules' alone when one is,
    ``within.reorder`` / ``within.reorder_named``)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from retr8_lab import Bench

    from pactrag.intent import intent_kinds, named_kinds

    b = Bench()
    lab = b.lab
    docs = [words(e.question) for e in lab.rows]
    lda, nb, chunk_class = loso_classes(lab, b.kinds, docs)
    best = lab.parts["best"]
    sent = b.sentence_units(best)
    top = b.sub[np.argmax(b.fused, 1)]
    inside = (b.sub[None, :] == top[:, None]) & (top[:, None] != "")
    template = set(KINDS)

    def indicator(read) -> np.ndarray:
        out = np.zeros_like(b.fused)
        for q, e in enumerate(lab.rows):
            ks = set(read(e.question)) & template
            out[q] = np.isin(b.kinds, list(ks))
        return out

    old = indicator(intent_kinds)
    new = indicator(named_kinds)
    p_lda = softmax(lda, 1.0)[:, chunk_class]

    def split(p: np.ndarray, named: np.ndarray, weight: float = 2.0) -> np.ndarray:
        has = named.any(1)
        share = np.where(has[:, None], named, p)
        return b.permute(b.fused, inside, weight * share + within_mod.SENTENCE_WEIGHT * sent)

    shipped = split(p_lda, old)
    b.show("shipped split (model | rules)", shipped)
    b.show("split, rules read as named_kinds", split(p_lda, new))
    rows = {}
    for alpha in (0.1, 0.5):
        for temp in (4.0, 8.0):
            for power in (1.0, 0.5):
                joint = np.log(softmax(lda, 1.0) + 1e-300) + np.log(softmax(nb[alpha], temp) + 1e-300)
                p = softmax(power * joint, 1.0)[:, chunk_class]
                rows[alpha, temp, power, "split"] = v = split(p, new)
                b.show(f"split joint a{alpha} T{temp} pow{power}", v)
                for mu in (0.5, 1.0, 2.0):
                    for weight in (1.0, 2.0, 3.0):
                        share = p + mu * new
                        v = b.permute(b.fused, inside, weight * share + within_mod.SENTENCE_WEIGHT * sent)
                        rows[alpha, temp, power, mu, weight] = v
                        b.show(f"one share a{alpha} T{temp} p{power} mu{mu} w{weight}", v)
    b.shipped = shipped
    b.nested(rows, "one reading")
    return 0


def agree_bench() -> int:
    """The vector reading's weight raised where the word reading picks the same kind (two
    independent readings agreeing), the shipped weight elsewhere; named questions as shipped
    (the rules, read as ``intent.named_kinds``)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from retr8_lab import Bench

    from pactrag.intent import named_kinds

    b = Bench()
    lab = b.lab
    docs = [words(e.question) for e in lab.rows]
    lda, nb, chunk_class = loso_classes(lab, b.kinds, docs)
    sent = b.sentence_units(lab.parts["best"])
    top = b.sub[np.argmax(b.fused, 1)]
    inside = (b.sub[None, :] == top[:, None]) & (top[:, None] != "")
    named = np.zeros_like(b.fused)
    for q, e in enumerate(lab.rows):
        named[q] = np.isin(b.kinds, list(named_kinds(e.question)))
    has = named.any(1)
    p_lda = softmax(lda, 1.0)

    def run(weight: np.ndarray, p: np.ndarray) -> np.ndarray:
        share = np.where(has[:, None], 2.0 * named, weight[:, None] * p[:, chunk_class])
        return b.permute(b.fused, inside, share + within_mod.SENTENCE_WEIGHT * sent)

    base = run(np.full(len(lab.rows), 2.0), p_lda)
    b.show("shipped (named_kinds)", base)
    rows = {}
    for alpha in (0.1, 0.5):
        agree = lda.argmax(1) == nb[alpha].argmax(1)
        print(f"a{alpha}: readings agree on {agree.mean():.3f} of the questions")
        for w in (3.0, 4.0, 6.0):
            for low in (1.0, 2.0):
                v = run(np.where(agree, w, low), p_lda)
                rows[alpha, w, low] = v
                b.show(f"agree a{alpha} w{w} else {low}", v)
    b.shipped = base
    b.nested(rows, "agreement")
    return 0


def named_bench() -> int:
    """The kinds named read as ``intent.named_kinds`` (the additions by their name, what was added
    to the vision as the additions) at each place retrieval reads named kinds: the first place
    within the first subfacet (``within.reorder_named``), the votes' share for a question naming
    a kind (``neighbours.NAMED_KIND_SHARE``) and the kind bonus (``retrieve.KIND_BONUS``)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from retr8_lab import Bench

    from pactrag import neighbours
    from pactrag import retrieve as retrieve_mod
    from pactrag.intent import intent_kinds, named_kinds

    b = Bench()
    lab = b.lab
    sent = b.sentence_units(lab.parts["best"])
    template = set(KINDS)

    def indicator(read) -> np.ndarray:
        out = np.zeros_like(b.fused)
        for q, e in enumerate(lab.rows):
            out[q] = np.isin(b.kinds, list(set(read(e.question)) & template))
        return out

    old, new = indicator(intent_kinds), indicator(named_kinds)
    votes = b.votes * b.gate[:, None]  # at the share of the old reading (dump: the rules' bonus)
    old_names = (lab.parts["kind"] > 0).any(1)
    new_names = new.any(1)
    unshared = np.where(old_names, 1.0 / neighbours.NAMED_KIND_SHARE, 1.0)[:, None] * votes
    revoted = unshared * np.where(new_names, neighbours.NAMED_KIND_SHARE, 1.0)[:, None]

    def run(fused: np.ndarray, named: np.ndarray) -> np.ndarray:
        top = b.sub[np.argmax(fused, 1)]
        inside = (b.sub[None, :] == top[:, None]) & (top[:, None] != "")
        has = named.any(1)
        share = np.where(has[:, None], named, b.kind_p)
        return b.permute(fused, inside, within_mod.KIND_WEIGHT * share + within_mod.SENTENCE_WEIGHT * sent)

    shipped = run(b.fused, old)
    b.show("shipped (rules: intent_kinds)", shipped)
    b.show("named_kinds first within", run(b.fused, new))
    fused_v = b.fused - votes + revoted
    b.show("  + votes' share by named_kinds", run(fused_v, new))
    # the bonus for the kinds named: the dump's (intent kinds) replaced by named_kinds'
    bonus_old = lab.parts["kind"]
    bonus_new = retrieve_mod.KIND_BONUS * new
    b.show("  + kind bonus by named_kinds", run(b.fused - bonus_old + bonus_new, new))
    b.show("  + both", run(fused_v - bonus_old + bonus_new, new))
    return 0


def main() -> int:
    if sys.argv[1:] == ["named"]:
        return named_bench()
    if sys.argv[1:] == ["agree"]:
        return agree_bench()
    if sys.argv[1:] == ["within"]:
        return within_bench()
    if sys.argv[1:] == ["combined"]:
        return combined_bench()
    settings = Settings.from_env()
    index = Index(settings)
    rows, _ = examples.read_examples(examples.examples_path(settings))
    kind_of = {(c.report_id, c.section_id): c.kind for c in index.chunks}
    # fitted as shipped: every answerable question, soft labels over all kinds (examples._fit)
    train_rows = [e for e in rows if e.sections and all((e.report_id, s) in kind_of for s in e.sections)]
    classes = sorted({kind_of[e.report_id, s] for e in train_rows for s in e.sections})
    y = np.zeros((len(train_rows), len(classes)))
    for r, e in enumerate(train_rows):
        for s in e.sections:
            y[r, classes.index(kind_of[e.report_id, s])] += 1 / len(e.sections)
    tpl = [classes.index(k) for k in KINDS]
    keep = []
    for r, e in enumerate(train_rows):
        ks = {kind_of[e.report_id, s] for s in e.sections}
        if len(ks) == 1 and next(iter(ks)) in KINDS:
            keep.append(r)
    keep = np.array(keep)
    tags = {}
    for name in {e.set_name for e in train_rows}:
        path = ROOT / "evals" / name / "questions.jsonl"
        path = path if path.exists() else ROOT / "scripts" / f"{name}.jsonl"
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    item = json.loads(line)
                    tags[f"{name}:{item['id']}"] = item.get("tags", [])
    vec = examples.example_vectors(settings, index.embedder, [e.question for e in train_rows]).astype(
        np.float64
    )
    docs = [words(e.question) for e in train_rows]
    sets_all = np.array([e.set_name for e in train_rows])
    lda_all = np.zeros_like(y)
    nb_all: dict = {}
    grid = [(a, m) for a in (0.1, 0.5, 1.0) for m in (1, 2)]
    for s in np.unique(sets_all):
        tr, te = np.flatnonzero(sets_all != s), np.flatnonzero(sets_all == s)
        w, b = examples._lda(vec[tr], y[tr])
        lda_all[te] = (vec[te] @ w + b) / examples.TEMPERATURE
        for g in grid:
            m = nb_fit([docs[i] for i in tr], y[tr], *g)
            nb_all.setdefault(g, np.zeros_like(y))[te] = nb_scores(m, [docs[i] for i in te])
    # read among the template kinds (the sections of a subfacet within.py reorders)
    lda_s = lda_all[keep][:, tpl]
    nb_s = {g: v[keep][:, tpl] for g, v in nb_all.items()}
    sets = sets_all[keep]
    gold = np.array([tpl.index(int(np.argmax(y[r]))) for r in keep])
    rowsk = [train_rows[r] for r in keep]
    tag = np.array(
        [
            next((t for t in ("english", "paraphrase", "fact") if t in tags.get(e.source, ())), "other")
            for e in rowsk
        ]
    )

    def show(title: str, scores: np.ndarray) -> None:
        right = scores.argmax(1) == gold
        per = " ".join(
            f"{s} {right[sets == s].mean():.3f}" for s in np.unique(sets) if (sets == s).sum() >= 20
        )
        tg = " ".join(f"{t} {right[tag == t].mean():.3f}" for t in ("fact", "paraphrase", "english"))
        print(f"{title:34s} {right.mean():.3f} | {tg} | {per}")

    print(len(keep), "questions of one template kind", Counter(KINDS[g] for g in gold))
    combos = {}
    show("vector LDA (shipped)", lda_s)
    for g in grid:
        show(f"words NB {g}", nb_s[g])
    for g in grid:
        for t in (1.0, 2.0, 4.0, 8.0):
            combos[g, t] = np.log(softmax(lda_s, 1.0)) + np.log(softmax(nb_s[g], t))
            show(f"LDA + NB{g}/{t}", combos[g, t])
    # nested: the setting chosen on the other sets for each set left out
    nested = np.zeros_like(lda_s)
    for s in np.unique(sets):
        other = sets != s
        pick = max(combos, key=lambda k: ((combos[k].argmax(1) == gold)[other].mean(), -k[1]))
        nested[sets == s] = combos[pick][sets == s]
        print("  left out", s, "chose", pick)
    show("nested LDA + NB", nested)
    return 0


if __name__ == "__main__":
    sys.exit(main())
