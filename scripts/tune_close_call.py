"""Calibrate compose.CLOSE_MARGIN: how well each retrieval signal predicts a wrong first section.

Runs every answerable direct, everyday-words and English question of v1, the v2 dev split and the
dev half of evals/fresh (lists and synthesis questions have several right sections and are left
out), prints each signal's AUC for "low value -> wrong first section", then picks the margin
threshold by 5-fold CV (F1 of flagging a wrong first section) and reports the held-out folds.

    .venv/bin/python scripts/tune_close_call.py
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numpy as np

from pactrag.abstain import best_sentences, signals
from pactrag.cite import is_dutch
from pactrag.compose import close_call
from pactrag.config import Settings
from pactrag.evals.run import memo_queries
from pactrag.examples import hold_out
from pactrag.index import Index
from pactrag.retrieve import Filters, retrieve

ROOT = Path(__file__).resolve().parents[1]
FOLDS = 5
THRESHOLDS = np.arange(0.1, 1.6, 0.05)
# every labelled set with gold sections (cold sets whole: dev data since their measurement); the
# leave-one-set-out part (session 12, recal13) holds out each set as the writers differ
SETS = (
    ("evals/v1/questions.jsonl", None),
    ("evals/v2/questions.jsonl", "dev"),
    ("evals/fresh/questions.jsonl", "dev"),
    *((f"evals/cold{n}/questions.jsonl", None) for n in range(4, 13)),
)
CURVE = (0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2)


def questions():
    """(set path, question) of every direct, everyday-words and English question to calibrate on."""
    for path, split in SETS:
        for line in (ROOT / path).read_text(encoding="utf-8").splitlines():
            q = json.loads(line)
            if split and q.get("split") != split:
                continue
            if q["gold_sections"] and not {"refuse", "list", "synthesis"} & set(q["tags"]):
                yield path, q


def rows(index: Index) -> list[dict]:
    out = []
    held = None
    for path, q in questions():
        if path != held:  # a set's own questions never help answer it, as in ``pactrag eval``
            own = (ROOT / path).read_text(encoding="utf-8").splitlines()
            hold_out(index, [json.loads(line)["question"] for line in own if line.strip()])
            held = path
        r = retrieve(index, q["question"], 12, Filters())
        hits = list(r.hits)
        pairs = [p for h in hits for p in index.sentences(h.chunk.chunk_id)]
        best, _ = best_sentences(r.query_vector, pairs, 5)
        s = signals(q["question"], best, hits, index.vocabulary, index.idf, dutch=is_dutch(q["question"]))
        others = {}
        for h in hits:
            others.setdefault(h.chunk.section_id, h.score)
        first = hits[0].chunk.section_id
        rest = [v for k, v in others.items() if k != first]
        out.append(
            {
                "id": q["id"],
                "set": path.split("/")[1],
                "similarity": s.similarity,
                "known": s.known,
                "coverage": s.coverage,
                "agreement": s.agreement,
                "margin": hits[0].score - rest[0] if rest else 9.0,
                "wrong": first not in q["gold_sections"],
                "flagged": bool(close_call(r)),
            }
        )
    return out


def auc(values: np.ndarray, wrong: np.ndarray) -> float:
    """P(a wrong item's value is below a right item's)."""
    low, high = values[wrong], values[~wrong]
    return float(np.mean([(a < b) + 0.5 * (a == b) for a in low for b in high]))


def counts(items: list[dict], t: float) -> tuple[int, int, int]:
    tp = sum(r["margin"] < t and r["wrong"] for r in items)
    fp = sum(r["margin"] < t and not r["wrong"] for r in items)
    fn = sum(r["margin"] >= t and r["wrong"] for r in items)
    return tp, fp, fn


def f1(items: list[dict], t: float) -> float:
    tp, fp, fn = counts(items, t)
    return 2 * tp / max(2 * tp + fp + fn, 1)


def main() -> None:
    index = memo_queries(Index(Settings.from_env()))
    data = rows(index)
    wrong = np.array([r["wrong"] for r in data])
    print(f"{len(data)} questions, {int(wrong.sum())} with a wrong first section")
    for name in ("similarity", "known", "coverage", "agreement", "margin"):
        print(f"  AUC {name:<10} {auc(np.array([r[name] for r in data]), wrong):.3f}")
    fold = {r["id"]: int(hashlib.sha256(r["id"].encode()).hexdigest(), 16) % FOLDS for r in data}
    tp = fp = fn = 0
    chosen = []
    for k in range(FOLDS):
        train = [r for r in data if fold[r["id"]] != k]
        test = [r for r in data if fold[r["id"]] == k]
        t = max(THRESHOLDS, key=lambda t: f1(train, t))
        chosen.append(round(float(t), 2))
        a, b, c = counts(test, t)
        tp, fp, fn = tp + a, fp + b, fn + c
    print(
        f"CV thresholds {chosen}; held-out folds: precision {tp / max(tp + fp, 1):.2f}, recall {tp / max(tp + fn, 1):.2f}"
    )
    sets = sorted({r["set"] for r in data})
    tp = fp = fn = 0
    print("leave one set out (F1 of flagging a wrong first section):")
    for name in sets:
        train = [r for r in data if r["set"] != name]
        test = [r for r in data if r["set"] == name]
        t = max(THRESHOLDS, key=lambda t: f1(train, t))
        a, b, c = counts(test, t)
        tp, fp, fn = tp + a, fp + b, fn + c
        print(f"  {name:8s} {len(test):4d} q, {a + c:3d} wrong: chosen {t:.2f}, flagged {a} wrong {b} right")
    print(f"  held-out sets: precision {tp / max(tp + fp, 1):.2f}, recall {tp / max(tp + fn, 1):.2f}")
    print("curve (pooled F1, share of wrong / right flagged; per set F1):")
    for t in CURVE:
        a, b, c = counts(data, t)
        right = sum(not r["wrong"] for r in data)
        per = " ".join(f"{f1([r for r in data if r['set'] == n], t):.2f}" for n in sets)
        print(
            f"  {t:.2f} F1 {f1(data, t):.3f} wrong {a / max(a + c, 1):.2f} right {b / max(right, 1):.2f} | {per}"
        )
    print("  sets: " + " ".join(sets))
    flagged = [r for r in data if r["flagged"]]
    print(
        f"with the current CLOSE_MARGIN: {len(flagged)} flagged, {sum(r['wrong'] for r in flagged)} of them wrong"
    )


if __name__ == "__main__":
    main()
