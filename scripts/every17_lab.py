"""Leave-one-set-out lab of session 16's everyday-words retrieval (every17), not a test.

    .venv/bin/python scripts/retr_lab.py dump      # once, with the code to be measured
    .venv/bin/python scripts/every17_lab.py cover     # the top sections re-read by two sentences
    .venv/bin/python scripts/every17_lab.py sentbm25  # BM25 over sentences, the chunk's best
    .venv/bin/python scripts/every17_lab.py idfknown  # BM25 weighed by the idf share it knows
    .venv/bin/python scripts/every17_lab.py embwords  # once: the word vectors ``words`` reads
    .venv/bin/python scripts/every17_lab.py words     # the question's words read one by one
    .venv/bin/python scripts/every17_lab.py dense_english  # chunk vectors without the offset

Starts from ``retr8_lab.Bench`` (the shipped fused score rebuilt from the dump, each set's own
questions held out of the learned parts). ``cover``: each of the first few sections (by the shipped
score) is re-scored by how much of the question's vector its best two sentences span together
(the length of the question's projection on the plane of the two sentence vectors, the vectors
centred on the report's mean sentence first, since e5 vectors share one large common direction),
in units of the spread over those sections; the sections' chunks are reordered among their own
places. Weights chosen per set left out on the other sets (``Bench.nested``).

Measured on the dump of session 16's start code (2,164 answerable labelled questions, 17 sources; LOSO shipped
score hit@1 0.876, hit@5 0.979, everyday words 0.769 = 390 of 507, English 0.862), all dropped:
- ``cover`` (centred or raw; top 3 or 5 sections; span, span minus the best sentence, or the best
  sentence alone; weight 0.1-1): no row above the shipped score; nested 0.876 / 0.978, everyday
  0.769, English 0.864; every weight from 0.25 up loses 0.5-8 points;
- ``sentbm25`` (BM25 with each sentence a document, the chunk's best, swapped for or added to the
  chunk's BM25): nested 0.876 / 0.976, everyday 0.767;
- ``idfknown`` (BM25 weighed by the share of the question's idf the index knows, an unknown word as
  the rarest, instead of the share of its words; or that share to a power): nested 0.877 / 0.978,
  everyday 0.765, English 0.867 (noise: +1 item);
- ``words`` (each content word's vector, from a table of the report's and the other sets' question
  words, votes for the sections by its closest sentence; mean of softmaxes or their product; added
  to the fused score or reordering the top 5 sections): nested 0.875 / 0.978, everyday 0.763. The
  word vectors are read by spelling (``embwords``), so each word votes for look-alikes;
- ``dense_english`` (an English question's chunk-vector part read with the language offset removed,
  as its sentence part is): nested 0.877 / 0.979, English 0.862 -> 0.867 (+2 of 344), everyday
  0.769 -> 0.767: noise.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from retr8_lab import Bench  # noqa: E402


def section_tops(b: Bench, total: np.ndarray, top: int) -> np.ndarray:
    """(questions, chunks): whether the chunk's section is among the first ``top`` sections."""
    lab = b.lab
    out = np.zeros(total.shape, dtype=bool)
    for q in range(len(total)):
        secs: list[int] = []
        for p in np.argsort(-total[q], kind="stable"):
            s = int(lab.chunk_sec[p])
            if s not in secs:
                secs.append(s)
                if len(secs) >= top:
                    break
        out[q] = np.isin(lab.chunk_sec, secs)
    return out


def coverage(b: Bench, centre: bool, pair: int = 2) -> dict[str, np.ndarray]:
    """Per question and section: the best sentence's similarity and the length of the question's
    projection on the span of the section's best ``pair`` sentences (both on centred vectors when
    ``centre``); returned per chunk (its section's value)."""
    lab = b.lab
    sv = np.asarray(lab.index.sentence_vectors, dtype=np.float64)
    owner = np.asarray(lab.index.sentence_chunk)
    sec_of_sentence = lab.chunk_sec[owner]
    q = lab.qvec.copy()
    if centre:
        mean = sv.mean(0)
        sv = sv - mean
        q = q - mean
    sv = sv / np.linalg.norm(sv, axis=1, keepdims=True)
    q = q / np.linalg.norm(q, axis=1, keepdims=True)
    sims = q @ sv.T
    nsec = len(lab.sections)
    one = np.zeros((len(q), nsec))
    span = np.zeros((len(q), nsec))
    for s in range(nsec):
        idx = np.flatnonzero(sec_of_sentence == s)
        if len(idx) == 0:
            one[:, s] = span[:, s] = -1.0
            continue
        part = sims[:, idx]
        order = np.argsort(-part, 1)[:, :pair]
        one[:, s] = np.take_along_axis(part, order[:, :1], 1)[:, 0]
        for r in range(len(q)):
            chosen = idx[order[r]]
            v = sv[chosen]
            b_ = sims[r, chosen]
            g = v @ v.T + 1e-6 * np.eye(len(chosen))
            span[r, s] = float(np.sqrt(max(b_ @ np.linalg.solve(g, b_), 0.0)))
    return {
        "one": one[:, lab.chunk_sec],
        "span": span[:, lab.chunk_sec],
        "gain": (span - one)[:, lab.chunk_sec],
    }


def units(x: np.ndarray, inside: np.ndarray) -> np.ndarray:
    """``x`` measured from its best inside value, in units of its spread inside."""
    masked = np.where(inside, x, np.nan)
    best = np.nanmax(masked, 1, keepdims=True)
    spread = np.maximum(np.nanstd(masked, 1, keepdims=True), 1e-6)
    return np.where(inside, (x - best) / spread, 0.0)


def cover(b: Bench) -> None:
    base = b.shipped
    b.show("shipped", base)
    rows = {}
    for centre in (True, False):
        feats = coverage(b, centre)
        for top in (3, 5):
            inside = section_tops(b, base, top)
            for feat in ("span", "gain", "one"):
                u = units(feats[feat], inside)
                for w in (0.1, 0.25, 0.5, 1.0):
                    v = b.permute(base, inside, w * u)
                    rows[(centre, top, feat, w)] = v
                    b.show(f"cover {(centre, top, feat, w)}", v)
    b.nested(rows, "cover")


def sentence_bm25(b: Bench) -> np.ndarray:
    """(questions, chunks): BM25 over the report's sentences (each sentence a document), the
    chunk's best sentence, on the fused score's scale (log1p, from the best chunk, in units of its
    spread, times the BM25 weight and the share of the question's words the index knows)."""
    from pactrag.config import Settings
    from pactrag.lexical import BM25Index, tokenize

    lab = b.lab
    texts = lab.index.sentence_texts
    owner = np.asarray(lab.index.sentence_chunk)
    bm = BM25Index.build(texts)
    weight = Settings.from_env().bm25_weight
    out = np.zeros((len(lab.rows), len(lab.text)))
    for q, e in enumerate(lab.rows):
        tokens = tokenize(e.question)
        if not tokens:
            continue
        s = bm.scores(tokens).astype(np.float64)
        per = np.zeros(len(lab.text))
        np.maximum.at(per, owner, s)
        lex = np.log1p(per)
        if lex.max() <= 0:
            continue
        known = sum(t in lab.index.vocabulary for t in tokens) / len(tokens)
        out[q] = weight * known * (lex - lex.max()) / (float(lex.std()) or 1.0)
    return out


def sentbm25(b: Bench) -> None:
    sent = sentence_bm25(b)
    chunk = b.lab.parts["bm25"]
    best = b.lab.parts["best"]
    b.show("shipped", b.shipped)
    rows = {}
    for a in (0.25, 0.5, 0.75, 1.0):
        v = b.within(b.fused - a * chunk + a * sent, best)
        rows[("swap", a)] = v
        b.show(f"swap {a}", v)
    for w in (0.1, 0.25, 0.5):
        v = b.within(b.fused + w * sent, best)
        rows[("add", w)] = v
        b.show(f"add {w}", v)
    b.nested(rows, "sentbm25")


def idf_share(b: Bench) -> tuple[np.ndarray, np.ndarray]:
    """Per question: the share of its words the index knows (as ``retrieve._fuse`` weighs BM25)
    and the share of its words' idf the index knows, an unknown word counting as the rarest (df 0)."""
    from pactrag.lexical import tokenize

    lab = b.lab
    bm = lab.index.bm25
    df = np.diff(bm._indptr)
    n = bm.n
    top = float(np.log(1 + (n + 0.5) / 0.5))
    count, idf = np.ones(len(lab.rows)), np.ones(len(lab.rows))
    for q, e in enumerate(lab.rows):
        tokens = tokenize(e.question)
        if not tokens:
            continue
        known = [bm._vocab[t] for t in tokens if t in bm._vocab]
        count[q] = len(known) / len(tokens)
        mass = float(np.log(1 + (n - df[known] + 0.5) / (df[known] + 0.5)).sum()) if known else 0.0
        idf[q] = mass / (mass + top * (len(tokens) - len(known)))
    return count, idf


def idfknown(b: Bench) -> None:
    count, idf = idf_share(b)
    chunk = b.lab.parts["bm25"]
    best = b.lab.parts["best"]
    b.show("shipped", b.shipped)
    print("mean share by count", count.mean(), "by idf", idf.mean())
    rows = {}
    for p in (0.5, 1.0, 1.5, 2.0):
        f = np.where(count > 0, idf**p / np.maximum(count, 1e-9), 1.0)
        v = b.within(b.fused - chunk + f[:, None] * chunk, best)
        rows[("idf", p)] = v
        b.show(f"idf^{p}", v)
    for p in (1.5, 2.0, 3.0):
        f = np.where(count > 0, count ** (p - 1), 1.0)
        v = b.within(b.fused - chunk + f[:, None] * chunk, best)
        rows[("count", p)] = v
        b.show(f"count^{p}", v)
    b.nested(rows, "idfknown")


WORDS = Path(__file__).resolve().parents[1] / "index" / "every17_words.npz"  # ``embwords``


def embwords(b: Bench) -> None:
    """Each word (4+ letters) of the report and of the labelled questions, embedded once as a
    query (~4,500 words, 3 minutes on a busy 2-core machine) -> ``WORDS``. Single-word e5 vectors
    are read by their spelling more than their meaning ("onafhankelijkheid" is nearest to
    "afhankelijkheid", "papierwerk" to "maatwerk", "busje" to "broodje"): why ``words`` fails."""
    import re

    from pactrag.embed import embed_queries

    word = re.compile(r"[a-zà-ÿ]{4,}")
    found: set[str] = set()
    for e in b.lab.rows:
        found |= set(word.findall(e.question.lower()))
    for t in b.lab.index.sentence_texts:
        found |= set(word.findall(t.lower()))
    words = sorted(found)
    embedder = b.lab.index.embedder
    vec = np.vstack([embed_queries(embedder, words[i : i + 64]) for i in range(0, len(words), 64)])
    np.savez(WORDS, words=np.array(words), vec=vec)
    print(len(words), "words ->", WORDS)


def situation(
    b: Bench, temps: tuple[float, ...], centre: bool, product: bool = False
) -> dict[float, np.ndarray]:
    """(questions, chunks) per temperature: the question's words read one by one. Each content
    word (4+ letters, not a function word) with a vector in the table (the report's words and the
    *other* sets' questions' words) gives a distribution over the sections by its closest sentence
    in each (a softmax at the temperature); the question's reading is the mean over its words, as
    log-probability minus its mean over the sections."""
    import re

    from pactrag.lexical import tokenize

    lab = b.lab
    data = np.load(WORDS)
    vocab = {w: i for i, w in enumerate(data["words"].tolist())}
    wv = data["vec"].astype(np.float64)
    sv = np.asarray(lab.index.sentence_vectors, dtype=np.float64)
    owner = np.asarray(lab.index.sentence_chunk)
    sec_of_sentence = lab.chunk_sec[owner]
    if centre:
        wv = wv - wv.mean(0)
        sv = sv - sv.mean(0)
        wv /= np.linalg.norm(wv, axis=1, keepdims=True)
        sv /= np.linalg.norm(sv, axis=1, keepdims=True)
    nsec = len(lab.sections)
    word = re.compile(r"[a-zà-ÿ]{4,}")
    report_words = set()
    for t in lab.index.sentence_texts:
        report_words |= set(word.findall(t.lower()))
    # per word: its closest sentence's similarity in each section
    ws = wv @ sv.T
    per_sec = np.full((len(wv), nsec), -1.0)
    for sct in range(nsec):
        idx = np.flatnonzero(sec_of_sentence == sct)
        if len(idx):
            per_sec[:, sct] = ws[:, idx].max(1)
    out = {t: np.zeros((len(lab.rows), len(lab.text))) for t in temps}
    fold_words = {}
    for st in np.unique(lab.sets):
        w = set(report_words)
        for j in lab.train(st):
            w |= set(word.findall(lab.rows[j].question.lower()))
        fold_words[st] = w
    for q, e in enumerate(lab.rows):
        known = fold_words[lab.sets[q]]
        stems = set(tokenize(e.question))
        ids = [
            vocab[x]
            for x in dict.fromkeys(word.findall(e.question.lower()))
            if x in known and x in vocab and tokenize(x) and tokenize(x)[0] in stems
        ]
        if not ids:
            continue
        for t in temps:
            z = per_sec[ids] / t
            z = np.exp(z - z.max(1, keepdims=True))
            z /= z.sum(1, keepdims=True)
            p = np.log(z + 1e-9).mean(0) if product else np.log(z.mean(0) + 1e-9)
            out[t][q] = (p - p.mean())[lab.chunk_sec]
    return out


def words_lever(b: Bench) -> None:
    best = b.lab.parts["best"]
    b.show("shipped", b.shipped)
    rows = {}
    temps = (0.01, 0.02, 0.05)
    for centre in (False, True):
        feats = situation(b, temps, centre)
        for t in temps:
            for w in (0.1, 0.25, 0.5, 1.0):
                v = b.within(b.fused + w * feats[t], best)
                rows[(centre, t, w)] = v
                b.show(f"words {(centre, t, w)}", v)
    feats = situation(b, temps, False, product=True)
    inside = section_tops(b, b.shipped, 5)
    for t in temps:
        for w in (0.1, 0.25, 0.5):
            v = b.within(b.fused + w * feats[t], best)
            rows[("product", t, w)] = v
            b.show(f"words product {(t, w)}", v)
            v = b.permute(b.shipped, inside, w * feats[t])
            rows[("product top5", t, w)] = v
            b.show(f"words product top5 {(t, w)}", v)
    b.nested(rows, "words")


def dense_english(b: Bench) -> None:
    """The chunk-vector part of an English question read with the language offset removed too (the
    sentence part is, since session 8; the chunk vectors were compared with the raw vector)."""
    from pactrag import crosslingual
    from pactrag.config import Settings
    from pactrag.crosslingual import is_english

    lab = b.lab
    settings = Settings.from_env()
    sentences = np.asarray(lab.index.sentence_vectors, dtype=np.float64)
    english = np.array([is_english(e.question) for e in lab.rows])
    offset = np.zeros_like(lab.qvec)
    for st in np.unique(lab.sets):
        tr = lab.train(st)
        offset[lab.sets == st] = lab.qvec[tr][english[tr]].mean(0) - lab.qvec[tr][~english[tr]].mean(0)
    b.show("shipped", b.shipped)
    rows = {}
    for beta in (0.5, 1.0):
        q = lab.qvec - beta * crosslingual.SHIFT * offset * english[:, None]
        q /= np.linalg.norm(q, axis=1, keepdims=True)
        part = lab.parts["dense"].copy()
        for r in np.flatnonzero(english):
            d = lab.chunk_vec @ q[r]
            floor = np.sort(d)[::-1][min(settings.candidates, len(d)) - 1]
            d = np.maximum(d, floor)
            spread = float((sentences @ (lab.qvec[r] - crosslingual.SHIFT * offset[r])).std()) or 1.0
            part[r] = settings.dense_weight * (d - d.max()) / spread
        v = b.within(b.fused - lab.parts["dense"] + part, lab.parts["best"])
        rows[(beta,)] = v
        b.show(f"dense english {beta}", v)
    b.nested(rows, "dense english")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser()
    p.add_argument("what", choices=["cover", "sentbm25", "idfknown", "words", "embwords", "dense_english"])
    a = p.parse_args(argv)
    b = Bench()
    {
        "cover": cover,
        "sentbm25": sentbm25,
        "idfknown": idfknown,
        "words": words_lever,
        "embwords": embwords,
        "dense_english": dense_english,
    }[a.what](b)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
