"""Leave-one-set-out lab for stopping a one-thing answer after its answering point, not a test.

    .venv/bin/python scripts/pad16_lab.py dump [SET ...]   # the points of every one-thing answer -> /tmp/pad16_lab.pkl
    .venv/bin/python scripts/pad16_lab.py fit              # the LOSO curve and the chosen threshold

``dump`` answers every single dev question with facts (each set with its own questions held out, as
``pactrag eval`` does) and keeps, for the answers that reach ``compose._answer_first`` (a direct
question, or a "welk(e)" question for one thing), every point shown after the reorder: its answer
score (the composing score plus ``ANSWER_VOTE_WEIGHT`` x its vote share, as ``_answer_first``
reads it), whether it is in the answering point's run (``_lead_run``), its words, and which of the
item's facts and list items it holds. ``fit`` simulates a rule "keep a further point while its
answer score is within t of the answering point's" (and variants), chooses t on the other sets
at a fact-loss budget, and reports pooled held-out figures: facts lost (of the facts the full
answer held) and words saved (of the points' words).
"""

from __future__ import annotations

import pickle
import sys
from pathlib import Path

import numpy as np

from pactrag import compose
from pactrag.answer import Assistant
from pactrag.config import Settings
from pactrag.evals.metrics import norm
from pactrag.evals.run import find_set, load_gold, memo_queries
from pactrag.examples import hold_out
from pactrag.index import Index
from pactrag.pointvotes import sentence_votes

SETS = ("v1", *(f"cold{i}" for i in range(4, 16)), "v2", "fresh")
DUMP = Path("/tmp/pad16_lab.pkl")


def dump(sets: list[str]) -> None:
    settings = Settings.from_env()
    index = memo_queries(Index(settings))
    ctx: dict = {}
    scorer, first = compose._scorer, compose._answer_first
    # the stopping rule off while dumping: the lab sees every point the answer would show
    compose.STOP_PROBABILITY = 0.0

    def spy_scorer(question, retrieval, index, topic=()):
        ctx["retrieval"] = retrieval
        s = scorer(question, retrieval, index, topic)
        ctx["score"] = s[0]
        return s

    def spy_first(groups, score, retrieval, idx, *args, **kwargs):
        out = first(groups, score, retrieval, idx, *args, **kwargs)
        votes = sentence_votes(index, retrieval.query_vector)
        g0 = out[0]
        points = list(g0.points)
        # the answering point: the first of the run ``_led_by`` put first (the run is report-ordered,
        # so take the point of the run with the best answer score)
        scored = []
        for gi, g in enumerate(out):
            for p in g.points:
                v = compose._vote_share(p, g.section, votes)
                scored.append((gi, p, score(p) + compose.ANSWER_VOTE_WEIGHT * v, v, score(p)))
        ctx["calls"].append((out, scored, points))
        return out

    compose._scorer, compose._answer_first = spy_scorer, spy_first
    rows = pickle.loads(DUMP.read_bytes()) if DUMP.exists() else []
    rows = [r for r in rows if r["set"] not in sets]
    for name in sets:
        set_dir = find_set(name)
        items = [
            i
            for i in load_gold(set_dir)
            if not i.conversation
            and i.facts
            and not i.refuse
            and (name not in ("v2", "fresh") or i.split == "dev")
        ]
        hold_out(index, [i.question for i in load_gold(set_dir)])
        assistant = Assistant(settings, index=index, use_llm=False)
        kept = 0
        for item in items:
            ctx["calls"] = []
            answer = assistant.ask(item.question)
            if not ctx["calls"] or answer.abstained:
                continue
            out, scored, _ = ctx["calls"][-1]
            g0 = out[0]
            # the run that leads: the first group's points up to and including the best-scored one
            # of its leading run (``_led_by`` puts the run first, in report order)
            first_best = max((t for t in scored if t[0] == 0), key=lambda t: t[2])
            run = compose._lead_run(first_best[1], list(g0.points))
            in_run = {id(p) for p in run}
            said = norm(answer.answer)
            pts = []
            for gi, p, s, v, raw in scored:
                text = norm(" ".join((p.antecedent, *p.sentences, *p.pieces)))
                pts.append(
                    dict(
                        group=gi,
                        score=s,
                        run=id(p) in in_run,
                        words=len(p.text.split()),
                        vote=v,
                        raw=raw,
                        block=p.block,
                        text=p.text,
                        position=p.position,
                        paragraph=p.paragraph,
                        facts=[any(norm(a) in text for a in g) for g in item.facts],
                        items=[any(norm(a) in text for a in g) for g in item.items],
                    )
                )
            rows.append(
                dict(
                    set=name,
                    id=item.id,
                    question=item.question,
                    tags=item.tags,
                    best=first_best[2],
                    best_position=first_best[1].position,
                    best_paragraph=first_best[1].paragraph,
                    best_block=first_best[1].block,
                    best_vote=first_best[3],
                    answer=answer.answer,
                    points=pts,
                    words=len(answer.answer.split()),
                    facts_said=[any(norm(a) in said for a in g) for g in item.facts],
                    items_said=[any(norm(a) in said for a in g) for g in item.items],
                    lead=norm(answer.answer.splitlines()[0]),
                    facts=item.facts,
                )
            )
            kept += 1
        print(name, len(items), "items,", kept, "one-thing answers", flush=True)
    DUMP.write_bytes(pickle.dumps(rows))


def _kept(row: dict, t: float, adjacent: bool) -> list[bool]:
    keep = []
    for p in row["points"]:
        k = p["run"] or row["best"] - p["score"] <= t
        if (
            adjacent
            and p["group"] == 0
            and p["paragraph"] == row["best_paragraph"]
            and (p["position"] == row["best_position"] + 1)
        ):
            k = True  # the next sentence of the answering point's paragraph (``_continuation``)
        keep.append(k)
    return keep


def _effect(row: dict, keep: list[bool]) -> tuple[int, int, int, int, int]:
    """facts held, facts lost, items lost, words of the points, words dropped."""
    lost = held = 0
    for f, said in enumerate(row["facts_said"]):
        if not said:
            continue
        held += 1
        in_points = [p["facts"][f] for p in row["points"]]
        if any(in_points) and not any(h for h, k in zip(in_points, keep, strict=True) if k):
            lost += 1
    items_lost = 0
    for f, said in enumerate(row["items_said"]):
        in_points = [p["items"][f] for p in row["points"]]
        if said and any(in_points) and not any(h for h, k in zip(in_points, keep, strict=True) if k):
            items_lost += 1
    words = sum(p["words"] for p in row["points"])
    dropped = sum(p["words"] for p, k in zip(row["points"], keep, strict=True) if not k)
    return held, lost, items_lost, words, dropped


def _totals(rows: list[dict], t: float, adjacent: bool) -> np.ndarray:
    out = np.zeros(5)
    for r in rows:
        out += _effect(r, _kept(r, t, adjacent))
    return out


GRID = (
    0.0,
    0.02,
    0.04,
    0.06,
    0.08,
    0.1,
    0.11,
    0.12,
    0.13,
    0.14,
    0.15,
    0.17,
    0.2,
    0.25,
    0.3,
    0.4,
    0.6,
    float("inf"),
)


def fit(budget: float = 0.005) -> None:
    rows = pickle.loads(DUMP.read_bytes())
    sets = sorted({r["set"] for r in rows}, key=SETS.index)
    print(f"{len(rows)} one-thing answers over {len(sets)} sets")
    for adjacent in (False, True):
        print(f"\n== keep the next sentence of the answering paragraph: {adjacent}")
        print("in-sample curve (all sets): t, facts lost / held, items lost, words saved / point words")
        for t in GRID:
            held, lost, il, words, dropped = _totals(rows, t, adjacent)
            print(
                f"  t={t:<5} lost {lost:.0f}/{held:.0f} ({lost / held:.3%})  items {il:.0f}  saved {dropped / words:.1%}"
            )
        print("LOSO: the largest saving on the other sets within the budget, applied to the held-out set")
        pooled = np.zeros(5)
        for s in sets:
            train = [r for r in rows if r["set"] != s]
            test = [r for r in rows if r["set"] == s]
            ok = [t for t in GRID if (lambda x: x[1] / x[0] <= budget)(_totals(train, t, adjacent))]
            t = min(ok)
            res = _totals(test, t, adjacent)
            pooled += res
            print(
                f"  {s:7} t={t:<5} lost {res[1]:.0f}/{res[0]:.0f}  items {res[2]:.0f}  saved {res[4] / max(res[3], 1):.1%}"
            )
        print(
            f"  pooled: facts lost {pooled[1]:.0f}/{pooled[0]:.0f} ({pooled[1] / pooled[0]:.3%}), items lost "
            f"{pooled[2]:.0f}, words saved {pooled[4]:.0f}/{pooled[3]:.0f} ({pooled[4] / pooled[3]:.1%})"
        )


# -- a learned probability that a further point holds a fact the answering run does not ---------

LFEATS = ("gap", "vote", "best_vote", "same_part", "next_sentence", "same_list", "log_words")


def _lrows(row: dict) -> tuple[np.ndarray, np.ndarray, list[int]]:
    """Features and labels of the points after the answering run (their indices in row["points"])."""
    run_facts = [
        any(
            p["facts"][f]
            for p in row["points"]
            if p["run"]
            or (
                p["group"] == 0
                and p["paragraph"] == row["best_paragraph"]
                and p["position"] == row["best_position"] - 1
            )
        )
        for f in range(len(row["facts"]))
    ]
    X, y, at = [], [], []
    for j, p in enumerate(row["points"]):
        if p["run"] or (
            p["group"] == 0
            and p["paragraph"] == row["best_paragraph"]
            and p["position"] == row["best_position"] - 1
        ):
            continue  # the answering run, and the sentence the answering point continues (kept)
        X.append(
            (
                row["best"] - p["score"],
                p["vote"],
                row["best_vote"],
                float(p["group"] == 0),
                float(
                    p["group"] == 0
                    and p["paragraph"] == row["best_paragraph"]
                    and p["position"] == row["best_position"] + 1
                ),
                float(p["group"] == 0 and p["block"] >= 0 and p["block"] == row["best_block"]),
                np.log1p(p["words"]),
            )
        )
        y.append(float(any(h and not r for h, r in zip(p["facts"], run_facts, strict=True))))
        at.append(j)
    return np.asarray(X, dtype=float).reshape(len(X), len(LFEATS)), np.asarray(y), at


def _logit(
    X: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 3000
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    mu, sd = X.mean(0), X.std(0) + 1e-9
    Z = (X - mu) / sd
    Z = np.hstack([Z, np.ones((len(Z), 1))])
    w = np.zeros(Z.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-Z @ w))
        g = Z.T @ (p - y) / len(y) + l2 * np.r_[w[:-1], 0] / len(y)
        w -= 0.5 * g
    return w, mu, sd


def _prob(X: np.ndarray, model) -> np.ndarray:
    w, mu, sd = model
    Z = np.hstack([(X - mu) / sd, np.ones((len(X), 1))])
    return 1 / (1 + np.exp(-Z @ w))


def _ltotals(rows: list[dict], model, cut: float) -> np.ndarray:
    out = np.zeros(5)
    for r in rows:
        X, _, at = _lrows(r)
        keep = [True] * len(r["points"])
        if len(at):
            for j, pr in zip(at, _prob(X, model), strict=True):
                keep[j] = pr >= cut
        out += _effect(r, keep)
    return out


CUTS = (0.0, 0.005, 0.01, 0.02, 0.03, 0.035, 0.04, 0.045, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3, 0.5)


def lfit(budget: float = 0.005) -> None:
    rows = pickle.loads(DUMP.read_bytes())
    sets = sorted({r["set"] for r in rows}, key=SETS.index)
    pooled = np.zeros(5)
    curve = {c: np.zeros(5) for c in CUTS}
    for s in sets:
        train = [r for r in rows if r["set"] != s]
        test = [r for r in rows if r["set"] == s]
        parts = [_lrows(r) for r in train]
        X = np.vstack([p[0] for p in parts if len(p[2])])
        y = np.concatenate([p[1] for p in parts if len(p[2])])
        model = _logit(X, y)
        ok = [c for c in CUTS if (lambda x: x[1] / x[0] <= budget)(_ltotals(train, model, c))]
        cut = max(ok)
        res = _ltotals(test, model, cut)
        for c in CUTS:
            curve[c] += _ltotals(test, model, c)
        pooled += res
        print(
            f"  {s:7} cut={cut:<5} lost {res[1]:.0f}/{res[0]:.0f}  items {res[2]:.0f}  saved {res[4] / max(res[3], 1):.1%}"
        )
    print(
        f"  pooled: facts lost {pooled[1]:.0f}/{pooled[0]:.0f} ({pooled[1] / pooled[0]:.3%}), items lost "
        f"{pooled[2]:.0f}, words saved {pooled[4]:.0f}/{pooled[3]:.0f} ({pooled[4] / pooled[3]:.1%})"
    )
    print("LOSO curve (each set's model from the other sets, one cut for all): cut, facts lost, words saved")
    for c, x in curve.items():
        print(
            f"  cut={c:<6} lost {x[1]:.0f}/{x[0]:.0f} ({x[1] / x[0]:.3%})  items {x[2]:.0f}  saved {x[4] / x[3]:.1%}"
        )
    parts = [_lrows(r) for r in rows]
    model = _logit(
        np.vstack([p[0] for p in parts if len(p[2])]), np.concatenate([p[1] for p in parts if len(p[2])])
    )
    print(
        "all-sets model (standardised weights, intercept last):",
        dict(zip((*LFEATS, "b"), model[0].round(3), strict=True)),
    )
    print("means", model[1].round(4), "sds", model[2].round(4))


if __name__ == "__main__":
    if sys.argv[1] == "dump":
        dump(sys.argv[2:] or list(SETS))
    elif sys.argv[1] == "lfit":
        lfit(float(sys.argv[2]) if len(sys.argv) > 2 else 0.005)
    else:
        fit(float(sys.argv[2]) if len(sys.argv) > 2 else 0.005)
