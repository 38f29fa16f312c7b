"""Lab (session 16, sides17): how the asks of a synthesis question are read, and what a word
model of the labelled questions adds to the example kind model's reading. Not a test.

    .venv/bin/python scripts/sides17_lab.py dump > /tmp/sides17_lab.jsonl   # ~2 min
    .venv/bin/python scripts/sides17_lab.py sim /tmp/sides17_lab.jsonl

``dump``: for every question of two or more asks in the tuning sets (each set's examples held
out, as ``pactrag eval``), each ask's kinds by its words (``part_kinds``, ``asked_kinds``), the
example kind model's shares for the ask alone (``examples.kind_probabilities``, the reading of
``compose.read_ask_kinds``), a word model's shares (naive Bayes over the folded words and word
pairs of the labelled questions whose sections are all of one template kind, fitted on the same
held-out examples) and the two multiplied (words at temperature 2).

``sim``: the kinds ``read_ask_kinds`` would read under each rule, against the sides: kinds read
that are sides of the questions with two or more kind sides, read kinds that are no side, and
questions without kind sides given a reading (questions tagged ``across`` left out: the function
reads none of them).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
KINDS = ("continue", "start", "stop", "synergie", "toekomstbeeld", "aanvullingen")
TEMPERATURE = 2.0  # leave-one-set-out over the unread asks: 1 -> 24 of 33 right, 2 -> 25, 4 -> 24
_WORD = re.compile(r"[a-z0-9]+")


def features(text: str) -> list[str]:
    from pactrag.lexical import fold

    words = _WORD.findall(fold(text))
    return words + [f"{a}_{b}" for a, b in zip(words, words[1:], strict=False)]


def fit_words(index) -> tuple[dict[str, int], np.ndarray, np.ndarray]:
    from pactrag.examples import labelled

    data = labelled(index)
    rows = []
    for e in data.examples:
        kinds = {index.section_by_key[e.report_id, s].kind for s in e.sections}
        if len(kinds) == 1 and (kind := kinds.pop()) in KINDS:
            rows.append((features(e.question), KINDS.index(kind)))
    seen = Counter(t for words, _ in rows for t in set(words))
    vocab = {t: i for i, t in enumerate(sorted(t for t, n in seen.items() if n >= 2))}
    counts = np.zeros((len(KINDS), len(vocab)))
    questions = np.zeros(len(KINDS))
    for words, y in rows:
        questions[y] += 1
        for t in set(words):
            if t in vocab:
                counts[y, vocab[t]] += 1
    log_p = np.log(counts + 1.0) - np.log(counts.sum(1, keepdims=True) + len(vocab))
    return vocab, log_p, np.log(questions / questions.sum())


def word_shares(model, text: str) -> np.ndarray:
    vocab, log_p, prior = model
    s = prior.copy()
    columns = [vocab[t] for t in set(features(text)) if t in vocab]
    if columns:
        s += log_p[:, columns].sum(1)
    return s


def dump() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from make_examples import SOURCES

    from pactrag import examples
    from pactrag.compose import _after_subject
    from pactrag.config import Settings
    from pactrag.embed import embed_queries
    from pactrag.evals.run import memo_queries
    from pactrag.followup import asked_kinds
    from pactrag.index import Index
    from pactrag.intent import ITEM_KINDS, analyse, part_kinds
    from pactrag.retrieve import subfacet_titles

    index = memo_queries(Index(Settings.from_env()))
    titles = subfacet_titles(index)
    for name, split in SOURCES:
        items = [
            json.loads(x)
            for x in (ROOT / "evals" / name / "questions.jsonl").read_text().splitlines()
            if x.strip()
        ]
        items = [i for i in items if split is None or i.get("split", "dev") == split]
        examples.hold_out(index, [i["question"] for i in items])
        words_model = fit_words(index)
        for item in items:
            intent = analyse(item["question"], titles, index.idf)
            if len(intent.asks) < 2:
                continue
            asks = list(intent.asks)
            texts = [_after_subject(a) for a in asks]
            out = []
            for ask, text, vector in zip(asks, texts, embed_queries(index.embedder, texts), strict=True):
                by_vector = examples.kind_probabilities(index, vector)
                pv = np.array([by_vector.get(k, 0.0) for k in KINDS])
                s = word_shares(words_model, text)
                pw = np.exp(s - s.max())
                both = pv / pv.sum() * np.exp((s - s.max()) / TEMPERATURE)
                out.append(
                    {
                        "ask": ask,
                        "words": sorted(part_kinds(ask) | (frozenset(asked_kinds(ask)) & set(ITEM_KINDS))),
                        "model": dict(zip(KINDS, pv.round(3).tolist(), strict=True)),
                        "word_model": dict(zip(KINDS, (pw / pw.sum()).round(3).tolist(), strict=True)),
                        "both": dict(zip(KINDS, (both / both.sum()).round(3).tolist(), strict=True)),
                    }
                )
            row = {"set": name, "id": item["id"], "question": item["question"], "tags": item.get("tags", [])}
            row["sides"] = sorted(s["name"] for s in item.get("sides", ()))
            print(json.dumps({**row, "asks": out}, ensure_ascii=False))
    examples.hold_out(index, [])


def _read(row: dict, rule: str, share: float = 0.5) -> set[str]:
    """The kinds read_ask_kinds reads under a rule (``sim``)."""
    out = {a["ask"]: set(a["words"]) for a in row["asks"]}
    unread = [a for a in row["asks"] if not a["words"]]
    if len(unread) == len(out):
        return set()
    for a in unread:
        v, w, b = a["model"], a["word_model"], a["both"]
        first = max(v, key=lambda k: v[k])
        kind = ""
        if v[first] >= share:  # session 8: the vector alone
            kind = first
        elif rule == "joint" and b[(best := max(b, key=lambda k: b[k]))] >= share:
            kind = best
        elif rule == "agree" and (best := max(b, key=lambda k: b[k])) == first == max(w, key=lambda k: w[k]):
            kind = best if b[best] >= share else ""
        if kind:
            out[a["ask"]] = {kind}
        elif rule == "vector":
            return set()  # session 8: every ask read or none
    read = set().union(*out.values())
    return read if len(read) >= 2 else set()


def sim(path: str) -> None:
    rows = [json.loads(x) for x in Path(path).read_text().splitlines() if x.strip()]
    for rule in ("vector", "joint", "agree"):
        for share in (0.4, 0.5, 0.6):
            hit = extra = other = 0
            for row in rows:
                if "across" in row["tags"]:
                    continue
                read, sides = _read(row, rule, share), set(row["sides"])
                if len(sides) >= 2 and sides <= set(KINDS):
                    hit, extra = hit + len(read & sides), extra + len(read - sides)
                elif read:
                    other += 1
            print(
                f"{rule:7} {share}: kind sides read {hit}, read no side {extra}, non-kind questions read {other}"
            )


if __name__ == "__main__":
    if sys.argv[1:2] == ["dump"]:
        dump()
    else:
        sim(sys.argv[2])
