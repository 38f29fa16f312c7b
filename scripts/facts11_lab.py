"""Leave-one-set-out lab of the direct answers' point choice (``pointchoice.py``), not a test.

    .venv/bin/python scripts/facts11_lab.py dump     # once: the candidates of every direct question
    .venv/bin/python scripts/facts11_lab.py fit      # LOSO: old rule vs the point model, per set

``dump`` answers every direct question (tag fact / paraphrase / english, not a conversation turn,
with facts) of the labelled sets, each set with its own questions held out of the examples (as
``pactrag eval`` does), and records the candidates ``compose._pick`` chooses from (their features,
whether each holds one of the question's facts, their words) and what the shipped rule chose.
``fit`` fits the point model on the other sets for each set left out and compares, per set,
the fact recall and words of the answer's points (the chosen ones, the best point's continuation
and lead-in) for the margin rule and: the model as the chooser at each threshold (plain, nested,
per word), the margin rule pruned by the model (``prune``: shipped at 0.01) or joined by the
model's likeliest point (``add``). The first dump left the continuation out: the model then looked
like a gain (0.853 -> 0.881) that the continuation already made.
"""

from __future__ import annotations

import os
import pickle
import sys
from pathlib import Path

import numpy as np

from pactrag import compose, pointchoice
from pactrag.config import Settings
from pactrag.evals.metrics import norm
from pactrag.evals.run import find_set, load_gold, memo_queries
from pactrag.examples import hold_out
from pactrag.index import Index

SETS = ["v1", "cold4", "cold5", "cold6", "cold7", "cold8", "cold9", "cold10", "cold11"]
DUMP = Path("/tmp/facts11_lab.pkl")


def direct(item) -> bool:
    return (
        not item.conversation
        and bool(item.facts)
        and not item.refuse
        and any(t in item.tags for t in ("fact", "paraphrase", "english"))
        and not any(t in item.tags for t in ("list", "synthesis", "injection"))
    )


def dump(sets: list[str]) -> None:
    from pactrag.answer import Assistant

    settings = Settings.from_env()
    index = memo_queries(Index(settings))
    rows = []
    compose.POINT_MODEL_KEEP = 0.0  # "old": the margin rule alone
    original = compose._pick
    for name in sets:
        items = [i for i in load_gold(find_set(name)) if (i.split in ("", "dev") or name.startswith("cold"))]
        hold_out(index, [i.question for i in load_gold(find_set(name))])
        assistant = Assistant(settings, index=index, use_llm=False)
        for item in items:
            if not direct(item):
                continue
            calls = []

            def pick(scored, ranks, question, intent, retrieval, idx, limit, margin, _calls=calls):
                chosen = original(scored, ranks, question, intent, retrieval, idx, limit, margin)
                if not intent.wants_items:
                    rec = record(scored, ranks, question, intent, retrieval, idx, chosen)
                    rec["cont"] = shown_with(scored, idx)
                    _calls.append(rec)
                return chosen

            compose._pick = pick
            try:
                answer = assistant.ask(item.question)
            finally:
                compose._pick = original
            if not calls or answer.abstained:
                continue
            rec = calls[-1]
            facts = [[norm(a) for a in g] for g in item.facts]
            rec["holds"] = [[any(a in norm(t) for a in g) for g in facts] for t in rec["texts"]]
            rec.update(set=name, id=item.id, answer=answer.answer, facts=facts)
            rows.append(rec)
        print(name, sum(r["set"] == name for r in rows), file=sys.stderr)
    out = Path(os.environ.get("FACTS11_DUMP", str(DUMP)))
    out.write_bytes(pickle.dumps(rows))


def shown_with(scored, index) -> list[int]:
    """The candidates the best point brings along (``compose._continuation``, ``_lead_in``)."""
    brought = compose._continuation(scored[0], [scored[0]], index) + compose._lead_in(
        scored[0], [scored[0]], index
    )
    return [i for i, x in enumerate(scored) if any(x[1] is b[1] for b in brought)]


def record(scored, ranks, question, intent, retrieval, index, chosen) -> dict:
    points = [x[1] for x in scored]
    sections = [x[2] for x in scored]
    x = compose.point_features(scored, ranks, question, intent, retrieval, index)
    same = np.zeros((len(points), len(points)), dtype=bool)
    for i in range(min(len(points), 12)):
        for j in range(i):
            same[i, j] = same[j, i] = compose._same(points[i], points[j])
    return {
        "x": x,
        "texts": [p.text for p in points],
        "words": [len(p.text.split()) for p in points],
        "old": [i for i, p in enumerate(points) if any(p is c[1] for c in chosen)],
        "same": same,
        "sections": [s.section_id for s in sections],
    }


def choose(p: np.ndarray, rec: dict, keep: float, limit: int, first_by_score: bool = True) -> list[int]:
    """The best point, then by probability those at ``keep`` or above (the best point's
    continuation and lead-in are shown anyway: not chosen again)."""
    order = list(np.argsort(-p, kind="stable"))
    chosen = [0] if first_by_score else [order[0]]
    free = set(rec.get("cont", ()))
    for i in order:
        if len(chosen) >= limit:
            break
        if i in chosen or i in free or p[i] < keep:
            continue
        if i < 12 and any(rec["same"][i, c] for c in chosen if c < 12):
            continue
        chosen.append(int(i))
    return chosen


def measure(rows, picks) -> tuple[float, float, float, float]:
    """Fact recall and words (median, p90) of the chosen points with the best point's continuation
    and lead-in, which both rules show."""
    recall, words = [], []
    for rec, chosen in zip(rows, picks, strict=True):
        shown = sorted(set(chosen) | set(rec.get("cont", ())))
        holds = np.array(rec["holds"])
        recall.append(holds[shown].any(axis=0).mean())
        words.append(sum(rec["words"][i] for i in shown))
    return float(np.mean(recall)), float(np.median(words)), float(np.percentile(words, 90)), len(rows)


def extend(rows) -> None:
    """The typed features (``pointchoice.typed``) over the dumped base ones."""
    questions = {(n, i.id): i.question for n in SETS for i in load_gold(find_set(n))}
    for r in rows:
        base = r["x"][:, : pointchoice.BASE]
        r["x"] = np.hstack([base, pointchoice.typed(questions[r["set"], r["id"]], r["texts"], base)])


def labels(rec) -> np.ndarray:
    """Whether each candidate holds a fact that the best point and what it brings along do not."""
    holds = np.array(rec["holds"])
    covered = holds[[0, *rec.get("cont", ())]].any(axis=0)
    return (holds & ~covered).any(axis=1).astype(float)


def training(rows) -> tuple[np.ndarray, np.ndarray]:
    """Rows and labels of the candidates a rule chooses among (not the best point, not what it
    brings along)."""
    xs, ys = [], []
    for r in rows:
        keep = [i for i in range(len(r["texts"])) if i != 0 and i not in set(r.get("cont", ()))]
        xs.append(r["x"][keep])
        ys.append(labels(r)[keep])
    return np.vstack(xs), np.concatenate(ys)


def fit_loso(rows, keeps, limit=5, l2=1.0, first_by_score=True, drop=()):
    cols = [i for i, f in enumerate(pointchoice.FEATURES) if f not in drop]
    sets = sorted({r["set"] for r in rows}, key=SETS.index)
    out = {}
    for left in sets:
        train = [r for r in rows if r["set"] != left]
        test = [r for r in rows if r["set"] == left]
        x, y = training(train)
        w = pointchoice.fit(x[:, cols], y, l2)
        out[left] = {
            k: measure(
                test,
                [
                    choose(pointchoice.probabilities(r["x"][:, cols], w), r, k, limit, first_by_score)
                    for r in test
                ],
            )
            for k in keeps
        }
        out[left]["old"] = measure(test, [r["old"] for r in test])
    return out


def nested(rows, keeps, limit=5, l2=1.0):
    """Per set left out: the model and its threshold chosen on the other sets (the threshold with
    the fewest median words whose recall on the other sets is at least the shipped rule's there)."""
    sets = sorted({r["set"] for r in rows}, key=SETS.index)
    out = {}
    for left in sets:
        train = [r for r in rows if r["set"] != left]
        test = [r for r in rows if r["set"] == left]
        w = pointchoice.fit(*training(train), l2)
        old = measure(train, [r["old"] for r in train])
        inner = {
            k: measure(train, [choose(pointchoice.probabilities(r["x"], w), r, k, limit) for r in train])
            for k in keeps
        }
        ok = [k for k in keeps if inner[k][0] >= old[0]] or [min(keeps)]
        keep = min(ok, key=lambda k: (inner[k][1], -k))
        out[left] = {
            "nested": measure(
                test, [choose(pointchoice.probabilities(r["x"], w), r, keep, limit) for r in test]
            ),
            "old": measure(test, [r["old"] for r in test]),
        }
        print(left, "keep", keep, file=sys.stderr)
    return out


def report(out, keeps) -> None:
    sets = list(out)
    for k in ["old", *keeps]:
        cells = [out[s][k] for s in sets]
        n = sum(c[3] for c in cells)
        pooled = sum(c[0] * c[3] for c in cells) / n
        print(
            f"{k!s:>6} pooled {pooled:.3f} | "
            + " ".join(f"{s} {c[0]:.3f}/{c[1]:.0f}/{c[2]:.0f}" for s, c in zip(sets, cells, strict=True))
        )


def variants(rows) -> None:
    """Stopping rules over the LOSO model: a probability, a probability per word, a share of the
    best other point's probability."""
    sets = sorted({r["set"] for r in rows}, key=SETS.index)
    probs = {}
    for left in sets:
        train = [r for r in rows if r["set"] != left]
        w = pointchoice.fit(*training(train))
        for r in rows:
            if r["set"] == left:
                probs[id(r)] = pointchoice.probabilities(r["x"], w)

    def run(rule):
        picks = []
        for r in rows:
            p = probs[id(r)]
            words = np.maximum(np.array(r["words"], dtype=float), 8.0)
            picks.append(rule(p, words, r))
        return measure(rows, picks)

    def per_word(t):
        def rule(p, words, r):
            return choose(np.where(p * 20.0 / words >= t, p, 0.0), r, 1e-9, 5)

        return rule

    def plain(t, limit=5):
        return lambda p, words, r: choose(p, r, t, limit)

    print("old", run(lambda p, w, r: r["old"]))
    sets_of = [r["set"] for r in rows]
    for t in (0.05, 0.06, 0.07):
        picks = [
            per_word(t)(probs[id(r)], np.maximum(np.array(r["words"], dtype=float), 8.0), r) for r in rows
        ]
        old = [r["old"] for r in rows]
        print(
            "per-word",
            t,
            " ".join(
                f"{s} {measure([r for r in rows if r['set'] == s], [o for o, r in zip(old, rows, strict=True) if r['set'] == s])[0]:.3f}"
                f"->{measure([r for r in rows if r['set'] == s], [q for q, r in zip(picks, rows, strict=True) if r['set'] == s])[0]:.3f}"
                for s in sets
                if s in sets_of
            ),
        )
    for t in (0.03, 0.05, 0.08, 0.1, 0.15):
        print("per-word", t, run(per_word(t)))
    for t in (0.05, 0.07, 0.1):
        for limit in (2, 3, 4):
            print("plain", t, "limit", limit, run(plain(t, limit)))


def hybrids(rows) -> None:
    """The margin rule's points pruned by the model (a point past the best stays when worth its
    words), or joined by the model's most likely point when it is likely enough."""
    sets = sorted({r["set"] for r in rows}, key=SETS.index)
    probs = {}
    for left in sets:
        w = pointchoice.fit(*training([r for r in rows if r["set"] != left]))
        for r in rows:
            if r["set"] == left:
                probs[id(r)] = pointchoice.probabilities(r["x"], w)

    def per_set(picks):
        return " ".join(
            f"{s} {measure([r for r in rows if r['set'] == s], [q for q, r in zip(picks, rows, strict=True) if r['set'] == s])[0]:.3f}"
            for s in sets
        )

    print("old", measure(rows, [r["old"] for r in rows]))
    for t in (0.01, 0.02, 0.03, 0.05):
        picks = []
        for r in rows:
            p, words = probs[id(r)], np.maximum(np.array(r["words"], dtype=float), 8.0)
            picks.append([i for i in r["old"] if i == 0 or p[i] * 20.0 / words[i] >= t])
        print("prune", t, measure(rows, picks), per_set(picks))

    # the threshold chosen on the other sets: the largest whose recall there stays within 0.005 of
    # the margin rule's
    def pruned(r, w, t):
        p = pointchoice.probabilities(r["x"], w)
        words = np.maximum(np.array(r["words"], dtype=float), 8.0)
        return [i for i in r["old"] if i == 0 or p[i] * 20.0 / words[i] >= t]

    picks_by_id = {}
    for left in sets:
        train = [r for r in rows if r["set"] != left]
        w = pointchoice.fit(*training(train))
        base = measure(train, [r["old"] for r in train])[0]
        ok = [
            t
            for t in (0.005, 0.01, 0.015, 0.02, 0.03)
            if measure(train, [pruned(r, w, t) for r in train])[0] >= base - 0.005
        ]
        t = max(ok, default=0.005)
        print(left, "prune threshold", t, file=sys.stderr)
        for r in rows:
            if r["set"] == left:
                picks_by_id[id(r)] = pruned(r, w, t)
    nested_picks = [picks_by_id[id(r)] for r in rows]
    print("prune nested", measure(rows, nested_picks), per_set(nested_picks))
    for s_ in sets:
        sub = [r for r in rows if r["set"] == s_]
        print(
            " ",
            s_,
            "old",
            measure(sub, [r["old"] for r in sub]),
            "pruned",
            measure(sub, [picks_by_id[id(r)] for r in sub]),
        )
    for t in (0.1, 0.2, 0.3, 0.4):
        picks = []
        for r in rows:
            p = probs[id(r)]
            extra = [
                int(i)
                for i in np.argsort(-p)
                if i not in r["old"] and i not in r.get("cont", ()) and p[i] >= t
            ][:1]
            picks.append(list(r["old"]) + extra)
        print("add", t, measure(rows, picks), per_set(picks))


def main(argv: list[str]) -> None:
    if argv[0] == "dump":
        dump(argv[1:] or SETS)
        return
    rows = [r for part in ("a", "b") for r in pickle.loads(Path(f"/tmp/facts11_lab_{part}.pkl").read_bytes())]
    extend(rows)
    keeps = [0.03, 0.05, 0.07, 0.1, 0.12, 0.15, 0.2]
    if argv[0] == "fit":
        report(fit_loso(rows, keeps), keeps)
        report(nested(rows, keeps), ["nested"])
        w = pointchoice.fit(*training(rows))
        variants(rows)
        hybrids(rows)
        print("all sets:", ", ".join(f"{f} {v:.3f}" for f, v in zip(pointchoice.FEATURES, w, strict=True)))


if __name__ == "__main__":
    main(sys.argv[1:] or ["fit"])
