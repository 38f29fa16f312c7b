"""Leave-one-set-out lab for dropping the parts of an answer that add nothing, not a test.

    .venv/bin/python scripts/pad17_lab.py dump [SET ...]   # every answer's parts -> /tmp/pad17_lab.pkl
    .venv/bin/python scripts/pad17_lab.py fit [BUDGET]     # LOSO curve, the chosen cut, the weights

``dump`` answers every single dev question with facts, list items or sides (each set with its own
questions held out, as ``pactrag eval`` does) with the pad16 stop in place, and keeps, for every
answer of two or more parts, each part's features (``compose._aside_features``, exactly what the
shipped rule reads), its words and which of the item's facts, list items and side sections it holds.
``fit`` trains a logistic model of "this part holds a fact, item or side the other parts do not"
leaving one set out, chooses the cut on the other sets at a loss budget (facts, items and sides
lost of those the full answer held, pooled), and reports the held-out figures: losses and words
saved (of the answers' words).
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
from pactrag.intent import asks_across

SETS = ("v1", *(f"cold{i}" for i in range(4, 18)), "v2", "fresh")
DUMP = Path("/tmp/pad17_lab.pkl")
FEATURES = tuple(k for k in compose.ASIDE_WEIGHTS if k != "bias")


def dump(sets: list[str]) -> None:
    settings = Settings.from_env()
    index = memo_queries(Index(settings))
    ctx: dict = {}
    features = compose._aside_features

    def spy(groups, intent, score, retrieval, idx):
        ctx["calls"].append((list(groups), features(groups, intent, score, retrieval, idx)))
        return groups

    compose._drop_asides = spy
    rows = pickle.loads(DUMP.read_bytes()) if DUMP.exists() else []
    rows = [r for r in rows if r["set"] not in sets]
    for name in sets:
        set_dir = find_set(name)
        gold = load_gold(set_dir)
        items = [
            i
            for i in gold
            if not i.conversation
            and (i.facts or i.items or i.sides)
            and not i.refuse
            and (name not in ("v2", "fresh") or i.split == "dev")
        ]
        hold_out(index, [i.question for i in gold])
        assistant = Assistant(settings, index=index, use_llm=False)
        kept = 0
        for item in items:
            ctx["calls"] = []
            answer = assistant.ask(item.question)
            if not ctx["calls"] or answer.abstained:
                continue
            groups, feats = ctx["calls"][-1]
            said = norm(answer.answer)
            parts = []
            for g in groups:
                text = norm(" ".join(" ".join((p.antecedent, *p.sentences, *p.pieces)) for p in g.points))
                parts.append(
                    dict(
                        section=g.section.section_id,
                        words=sum(len(p.text.split()) for p in g.points),
                        facts=[any(norm(a) in text for a in f) for f in item.facts],
                        items=[any(norm(a) in text for a in f) for f in item.items],
                    )
                )
            rows.append(
                dict(
                    set=name,
                    id=item.id,
                    question=item.question,
                    tags=item.tags,
                    parts=parts,
                    features=feats,
                    words=len(answer.answer.split()),
                    facts_said=[any(norm(a) in said for a in f) for f in item.facts],
                    items_said=[any(norm(a) in said for a in f) for f in item.items],
                    sides=[list(s) for _, s in item.sides],
                    answer=answer.answer,
                )
            )
            kept += 1
        print(name, len(items), "items,", kept, "answers of two or more parts", flush=True)
    DUMP.write_bytes(pickle.dumps(rows))


def _effect(row: dict, keep: list[bool]) -> np.ndarray:
    """held (facts+items+sides), lost, facts held, facts lost, words, words dropped."""
    parts = row["parts"]
    held = lost = fheld = flost = 0
    for kind in ("facts", "items"):
        for f, said in enumerate(row[f"{kind}_said"]):
            inside = [p[kind][f] for p in parts]
            if not said or not any(inside):
                continue
            gone = not any(h for h, k in zip(inside, keep, strict=True) if k)
            held += 1
            lost += gone
            if kind == "facts":
                fheld += 1
                flost += gone
    for sections in row["sides"]:
        inside = [p["section"] in sections for p in parts]
        if any(inside):
            held += 1
            lost += not any(h for h, k in zip(inside, keep, strict=True) if k)
    dropped = sum(p["words"] for p, k in zip(parts, keep, strict=True) if not k)
    return np.array([held, lost, fheld, flost, row["words"], dropped], float)


def _lrows(row: dict) -> tuple[np.ndarray, np.ndarray]:
    """Features and labels of the parts after the first: needed = holds a said fact / item, or a
    side's section, that no other part holds."""
    parts = row["parts"]
    y = []
    for j in range(1, len(parts)):
        others = [p for i, p in enumerate(parts) if i != j]
        need = False
        for kind in ("facts", "items"):
            for f, said in enumerate(row[f"{kind}_said"]):
                if said and parts[j][kind][f] and not any(o[kind][f] for o in others):
                    need = True
        for sections in row["sides"]:
            if parts[j]["section"] in sections and not any(o["section"] in sections for o in others):
                need = True
        y.append(float(need))
    X = np.array([[f[k] for k in FEATURES] for f in row["features"]], float).reshape(-1, len(FEATURES))
    return X, np.array(y)


def _logit(X: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 3000):
    mu, sd = X.mean(0), X.std(0) + 1e-9
    Z = np.hstack([(X - mu) / sd, np.ones((len(X), 1))])
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


def _totals(rows: list[dict], model, cut: float, only: str = "") -> np.ndarray:
    out = np.zeros(6)
    for r in rows:
        X, _ = _lrows(r)
        keep = [True] + [bool(p >= cut) for p in (_prob(X, model) if len(X) else [])]
        out += _effect(r, keep)
    return out


CUTS = (0.0, 0.005, 0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 0.08, 0.1, 0.12, 0.15, 0.2, 0.3, 0.5)


def _all_words(rows: list[dict]) -> float:
    return float(sum(r["words"] for r in rows))


def fit(budget: float = 0.005) -> None:
    # (the dump ran before the shipped rule also passed over questions asked across the subfacets)
    rows = [r for r in pickle.loads(DUMP.read_bytes()) if not asks_across(r["question"])]
    sets = sorted({r["set"] for r in rows}, key=SETS.index)
    pooled = np.zeros(6)
    curve = {c: np.zeros(6) for c in CUTS}
    for s in sets:
        train = [r for r in rows if r["set"] != s]
        test = [r for r in rows if r["set"] == s]
        parts = [_lrows(r) for r in train]
        X = np.vstack([p[0] for p in parts if len(p[0])])
        y = np.concatenate([p[1] for p in parts if len(p[0])])
        model = _logit(X, y)
        ok = [
            c
            for c in CUTS
            if (lambda t: t[1] <= budget * t[0] and t[3] <= budget * t[2])(_totals(train, model, c))
        ]
        cut = max(ok)
        t = _totals(test, model, cut)
        pooled += t
        for c in CUTS:
            curve[c] += _totals(test, model, c)
        print(
            f"{s:8s} cut {cut:.3f} lost {int(t[1])}/{int(t[0])} facts {int(t[3])}/{int(t[2])} words saved {t[5] / max(t[4], 1):.1%}"
        )
    print(
        f"LOSO pooled: lost {int(pooled[1])}/{int(pooled[0])} ({pooled[1] / pooled[0]:.2%}), facts "
        f"{int(pooled[3])}/{int(pooled[2])} ({pooled[3] / pooled[2]:.2%}), words saved {pooled[5] / pooled[4]:.1%} "
        f"of multi-part answers' words"
    )
    print("LOSO curve (each set's model from the others, one cut): cut, lost all, facts lost, words saved")
    for c in CUTS:
        t = curve[c]
        print(f"  {c:.3f}  {t[1] / t[0]:.2%}  {t[3] / t[2]:.2%}  {t[5] / t[4]:.1%}")
    parts = [_lrows(r) for r in rows]
    X = np.vstack([p[0] for p in parts if len(p[0])])
    y = np.concatenate([p[1] for p in parts if len(p[0])])
    w, mu, sd = _logit(X, y)
    raw = w[:-1] / sd
    bias = w[-1] - float(raw @ mu)
    print(
        "all-sets weights (raw units):",
        {"bias": round(bias, 3), **{k: round(float(v), 3) for k, v in zip(FEATURES, raw, strict=True)}},
    )
    print("parts", len(y), "needed", int(y.sum()))


if __name__ == "__main__":
    if sys.argv[1] == "dump":
        dump(sys.argv[2:] or list(SETS))
    else:
        fit(float(sys.argv[2]) if len(sys.argv) > 2 else 0.005)
