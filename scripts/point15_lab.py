"""Leave-one-set-out lab for the point a direct answer opens with (``pointrank.py``), not a test.

    .venv/bin/python scripts/point15_lab.py dump [SET ...]   # candidates per direct item -> /tmp/point15_lab.pkl
    .venv/bin/python scripts/point15_lab.py fit              # LOSO figures and the all-sets weights

``dump`` answers every single dev question with facts (no list, no synthesis), each set with its own
questions held out as ``pactrag eval`` does, and keeps the candidate points ``compose._answer_first``
chose from (text, composing score's parts, votes, place) and which of them hold a required fact.
The features (``features``) are the lab's: a conditional logit over them reached P@1 0.837 LOSO,
the composing score plus 0.15 x the vote share 0.841 (``compose.ANSWER_VOTE_WEIGHT``, shipped).
``fit`` fits a conditional logit (softmax over one answer's candidates, L2) leaving one set out,
and reports, pooled over the held-out sets: the first point holds a fact (P@1) and the MRR of the
first fact-holding point, against the composing score's order (the start code).
"""

from __future__ import annotations

import math
import pickle
import re
import sys
from dataclasses import astuple, dataclass
from pathlib import Path

import numpy as np

from pactrag import compose
from pactrag.abstain import ANSWER_TYPES, asked_types
from pactrag.answer import Assistant
from pactrag.config import Settings
from pactrag.evals.metrics import fact_first, norm
from pactrag.evals.run import find_set, load_gold, memo_queries
from pactrag.examples import hold_out
from pactrag.index import Index
from pactrag.pointvotes import sentence_votes

SETS = ("v1", *(f"cold{i}" for i in range(4, 15)), "v2", "fresh")
DUMP = Path("/tmp/point15_lab.pkl")
L2 = 1.0


FEATURES = (
    "dense",  # the point's nearest sentence similarity to the question
    "lexical",  # the idf-weighted share of the question's words it holds (weighted as in compose)
    "gap",  # composing score minus the best candidate's (<= 0)
    "vote",  # the labelled questions' vote share for the point
    "typed",  # the question asks a kind of value (abstain.ANSWER_TYPES) and the point supplies it
    "new_names",  # capitalised words the question does not hold (capped at 3)
    "later_part",  # the point stands in a later part (group) of the answer
    "opens_section",  # the first point of its section
    "list_item",  # an item of a labelled list
    "list_head",  # the line that announces a list
    "quote",  # a participant's quote
    "log_words",  # log of its length in words
)
_NAME = re.compile(r"(?<=[\s(‘'\"“])[A-ZÀ-Ý][\w+’'-]*\w")
_QUOTE = re.compile(r"^\s*(Quote:|[“\"])")


@dataclass(frozen=True)
class Candidate:
    """One point an answer may open with, and what the composer knows of it."""

    text: str
    dense: float
    lexical: float
    vote: float
    group: int  # the answer part it stands in (0 = the first)
    position: int  # its place in its section
    list_item: bool
    list_head: bool


def features(question: str, candidates: list[Candidate]) -> np.ndarray:
    """One row per candidate, in ``FEATURES`` order."""
    kinds = [k for k in asked_types(question) if k != "advice"]
    asked_names = {m.group(0).casefold() for m in _NAME.finditer(" " + question)}
    best = max((c.dense + c.lexical for c in candidates), default=0.0)
    rows = []
    for c in candidates:
        names = {m.group(0).casefold() for m in _NAME.finditer(c.text)} - asked_names
        typed = any(ANSWER_TYPES[k].supplied(c.text, question) for k in kinds)
        rows.append(
            (
                c.dense,
                c.lexical,
                c.dense + c.lexical - best,
                c.vote,
                float(typed),
                float(min(len(names), 3)),
                float(c.group > 0),
                float(c.position == 0),
                float(c.list_item),
                float(c.list_head),
                float(bool(_QUOTE.match(c.text))),
                math.log(1 + len(c.text.split())),
            )
        )
    return np.asarray(rows, dtype=np.float64).reshape(len(rows), len(FEATURES))


def dump(sets: list[str]) -> None:
    settings = Settings.from_env()
    index = memo_queries(Index(settings))
    ctx: dict = {}
    scorer, first = compose._scorer, compose._answer_first

    def spy_scorer(question, retrieval, index, topic=()):
        ctx["question"], ctx["retrieval"] = question, retrieval
        return scorer(question, retrieval, index, topic)

    def spy_first(groups, score, *args, **kwargs):
        q = ctx["retrieval"].query_vector
        votes = sentence_votes(index, q)
        cands = []
        for gi, g in enumerate(groups):
            for p in g.points:
                dense = float(np.max(p.vectors @ q)) if p.vectors.shape[0] and p.vectors.shape[1] > 1 else 0.0
                cands.append(
                    Candidate(
                        p.text,
                        dense,
                        score(p) - dense,
                        compose._vote_share(p, g.section, votes),
                        gi,
                        p.position,
                        p.block >= 0 and p.block != p.position,
                        p.block == p.position,
                    )
                )
        ctx["calls"].append((ctx["question"], cands))
        return first(groups, score, *args, **kwargs)

    compose._scorer, compose._answer_first = spy_scorer, spy_first
    rows = pickle.loads(DUMP.read_bytes()) if DUMP.exists() else []  # tuples: see _rows
    rows = [r for r in rows if r["set"] not in sets]
    for name in sets:
        set_dir = find_set(name)
        items = [
            i
            for i in load_gold(set_dir)
            if not i.conversation
            and i.facts
            and (name not in ("v2", "fresh") or i.split == "dev")
            and not {"list", "synthesis"} & set(i.tags)
        ]
        hold_out(index, [i.question for i in load_gold(set_dir)])
        assistant = Assistant(settings, index=index, use_llm=False)
        kept = 0
        for item in items:
            ctx["calls"] = []
            answer = assistant.ask(item.question)
            if not ctx["calls"] or answer.abstained:
                continue
            question, cands = ctx["calls"][-1]
            if len(cands) < 2:
                continue
            labels = [any(norm(a) in norm(c.text) for g in item.facts for a in g) for c in cands]
            rows.append(
                dict(
                    set=name,
                    id=item.id,
                    question=question,
                    cands=[astuple(c) for c in cands],
                    labels=labels,
                    answer=answer.answer,
                    ff=fact_first(answer.answer, item.facts),
                )
            )
            kept += 1
        print(name, len(items), "direct items,", kept, "with candidates", flush=True)
    DUMP.write_bytes(pickle.dumps(rows))


def _fit(Xs: list[np.ndarray], ys: list[np.ndarray], l2: float = L2, steps: int = 400) -> np.ndarray:
    """Conditional logit: maximise log P(a fact-holding point first), softmax over each answer."""
    w = np.zeros(Xs[0].shape[1])
    lr = 0.5
    n = len(Xs)
    for _ in range(steps):
        grad = -l2 * w / n
        for X, y in zip(Xs, ys, strict=True):
            s = X @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            pos = p * y
            pos /= pos.sum()
            grad += (pos - p) @ X / n
        w += lr * grad
    return w


def _figures(scores: list[np.ndarray], ys: list[np.ndarray]) -> tuple[float, float]:
    p1 = mrr = 0.0
    for s, y in zip(scores, ys, strict=True):
        order = np.argsort(-s, kind="stable")
        p1 += float(y[order[0]])
        rank = next(r for r, i in enumerate(order) if y[i])
        mrr += 1.0 / (rank + 1)
    return p1 / len(ys), mrr / len(ys)


def fit(l2: float = L2) -> None:
    rows = [r for r in _rows() if any(r["labels"])]
    X = [features(r["question"], r["cands"]) for r in rows]
    y = [np.asarray(r["labels"], dtype=float) for r in rows]
    sets = [r["set"] for r in rows]
    allX = np.vstack(X)
    mu, sd = allX.mean(0), allX.std(0) + 1e-9
    Z = [(x - mu) / sd for x in X]
    base = [x[:, 0] + x[:, 1] for x in X]  # the composing score
    print(f"{len(rows)} direct answers with a fact-holding candidate, {len(allX)} candidates")
    held: list[np.ndarray] = [np.zeros(0)] * len(rows)
    for s in dict.fromkeys(sets):
        train = [i for i, x in enumerate(sets) if x != s]
        w = _fit([Z[i] for i in train], [y[i] for i in train], l2)
        for i, x in enumerate(sets):
            if x == s:
                held[i] = Z[i] @ w
    print("set       n   P@1 start  P@1 LOSO   MRR start  MRR LOSO")
    for s in [*dict.fromkeys(sets), "pooled"]:
        idx = [i for i, x in enumerate(sets) if x == s or s == "pooled"]
        a = _figures([base[i] for i in idx], [y[i] for i in idx])
        b = _figures([held[i] for i in idx], [y[i] for i in idx])
        print(f"{s:8} {len(idx):4}   {a[0]:.3f}      {b[0]:.3f}      {a[1]:.3f}      {b[1]:.3f}")
    w = _fit(Z, y, l2)
    print("all-sets weights (standardised):")
    for f, v, m, d in zip(FEATURES, w, mu, sd, strict=True):
        print(f"  {f:14} {v:+.3f}   (mean {m:.4f}, scale {d:.4f})")
    print("WEIGHTS =", tuple(round(float(v), 4) for v in w))
    print("MEANS =", tuple(round(float(v), 4) for v in mu))
    print("SCALES =", tuple(round(float(v), 4) for v in sd))


def _rows() -> list[dict]:
    """The dump, candidates as records (stored as tuples)."""
    rows = pickle.loads(DUMP.read_bytes())
    return [r | {"cands": [Candidate(*c) for c in r["cands"]]} for r in rows]


def _loso_scores(rows: list[dict], drop: tuple[str, ...] = (), l2: float = L2) -> list[np.ndarray]:
    keep = [i for i, f in enumerate(FEATURES) if f not in drop]
    X = [features(r["question"], r["cands"])[:, keep] for r in rows]
    y = [np.asarray(r["labels"], dtype=float) for r in rows]
    allX = np.vstack(X)
    mu, sd = allX.mean(0), allX.std(0) + 1e-9
    Z = [(x - mu) / sd for x in X]
    sets = [r["set"] for r in rows]
    held: list[np.ndarray] = [np.zeros(0)] * len(rows)
    for s in dict.fromkeys(sets):
        train = [i for i, x in enumerate(sets) if x != s and any(y[i])]
        w = _fit([Z[i] for i in train], [y[i] for i in train], l2)
        for i, x in enumerate(sets):
            if x == s:
                held[i] = Z[i] @ w
    return held


def ablate() -> None:
    """Pooled LOSO P@1 / MRR without each feature family, and the composing score plus votes."""
    rows = [r for r in _rows() if any(r["labels"])]
    y = [np.asarray(r["labels"], dtype=float) for r in rows]
    vote_base = [np.array([c.dense + c.lexical + 0.1 * c.vote for c in r["cands"]]) for r in rows]
    print("score + 0.1 vote (as _best_groups)  P@1 {:.3f} MRR {:.3f}".format(*_figures(vote_base, y)))
    for drop in [
        ("vote",),
        ("typed", "new_names"),
        ("later_part", "opens_section", "list_item", "list_head", "quote", "log_words"),
    ]:
        a, b = _figures(_loso_scores(rows, drop), y)
        print(f"without {drop}: P@1 {a:.3f} MRR {b:.3f}")


def stop() -> None:
    """A trailing point of a one-part answer whose learned LOSO score is ``t`` below the best one's
    dropped: fact groups lost against words saved, ``t`` chosen on the other sets (lose <= 1 %)."""
    rows = _rows()
    held = _loso_scores(rows)
    gold = {}
    for name in SETS:
        for i in load_gold(find_set(name)):
            gold[(name, i.id)] = i.facts
    per = []  # (set, facts held by each candidate, words, learned score, one part)
    for r, s in zip(rows, held, strict=True):
        facts = gold[(r["set"], r["id"])]
        held_by = [
            {k for k, g in enumerate(facts) if any(norm(a) in norm(c.text) for a in g)} for c in r["cands"]
        ]
        words = [len(c.text.split()) for c in r["cands"]]
        per.append((r["set"], held_by, words, s, all(c.group == 0 for c in r["cands"])))

    def effect(items, t):
        lost = total = saved = allw = 0
        for _, held_by, words, s, one in items:
            found = set().union(*held_by)
            keep = [i for i in range(len(s)) if not one or s[i] >= s.max() - t]
            kept = set().union(*(held_by[i] for i in keep)) if keep else set()
            total += len(found)
            lost += len(found - kept)
            allw += sum(words)
            saved += sum(words) - sum(words[i] for i in keep)
        return lost / max(total, 1), saved / max(allw, 1)

    grid = [0.5, 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8]
    for t in grid:
        a, b = effect(per, t)
        print(f"t={t}: facts lost {a:.3f}, words saved {b:.3f}")
    for s in dict.fromkeys(r["set"] for r in rows):
        train = [p for p in per if p[0] != s]
        ok = [t for t in grid if effect(train, t)[0] <= 0.01]
        t = min(ok) if ok else grid[-1]
        a, b = effect([p for p in per if p[0] == s], t)
        print(f"{s:8} t={t}: held-out facts lost {a:.3f}, words saved {b:.3f}")


if __name__ == "__main__":
    if sys.argv[1] == "dump":
        dump(sys.argv[2:] or list(SETS))
    elif sys.argv[1] in ("ablate", "stop"):
        {"ablate": ablate, "stop": stop}[sys.argv[1]]()
    else:
        fit(float(sys.argv[2]) if len(sys.argv) > 2 else L2)
