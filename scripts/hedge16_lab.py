"""hedge16 lab: fit and judge the answer's confidence (``pactrag.hedge``) leave one set out.

    .venv/bin/python scripts/hedge16_lab.py RUN_DIR [--right-hedged 0.10]

RUN_DIR holds one ``pactrag eval`` output per dev set (``RUN_DIR/<set>/report.json``), run on code
whose answers carry ``confidence_signals``. An item counts when it was answered (not refused), has
gold sections and facts, and is no refusal item. Its label: the answer's first cited section is a
gold section AND the answer shows at least one required fact (fact recall > 0).

For each set held out: a logistic model (numpy, L2, standardised features) fitted on the other
sets; the operating point chosen on the other sets' own leave-one-set-out predictions: the highest
threshold at which at most ``--right-hedged`` of the right answers with a generic lead fall below
it. Reports the pooled held-out precision (hedged answers that are wrong) and recall (wrong answers
hedged) for generic-lead answers (the only ones ``hedge.hedged`` rewrites), the curve, per-feature
ablations, and the constants fitted on every set for ``hedge.py``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from pactrag.hedge import FEATURES  # noqa: E402

SETS = (
    "v1",
    "v2dev",
    "freshdev",
    "cold4",
    "cold5",
    "cold6",
    "cold7",
    "cold8",
    "cold9",
    "cold10",
    "cold11",
    "cold12",
    "cold13",
    "cold14",
    "cold15",
)
L2 = 1.0


def derived(sig: dict) -> list[float]:
    """Candidate inputs read from the stored signals (tried in the lab; see ``--derived``)."""
    return [
        float(sig["margin"] < 0.8),  # the close call (compose.CLOSE_MARGIN)
        float(np.log1p(max(sig["top_score"], 0.0))),
        float(sig["first_gap"] > 0.0),
        sig["shown"] * sig["generic"],
    ]


DERIVED = False
PARTIAL: dict[tuple[str, str], bool] = {}  # right by the label, yet a required fact missing


def load(run: Path, names=FEATURES):
    rows = []
    for s in SETS:
        found = sorted((run / s).glob("report*.json"))
        if not found:
            continue
        path = found[0]
        for it in json.loads(path.read_text(encoding="utf-8"))["items"]:
            sig = it.get("confidence_signals") or {}
            sc = it.get("scores") or {}
            if not sig or it.get("abstained") or not it.get("gold_sections") or not it.get("facts"):
                continue
            if "fact_recall" not in sc or sc.get("refusal_accuracy") is not None:
                continue
            cites = it.get("citations") or []
            first = cites[0]["section_id"] if cites else ""
            right = first in it["gold_sections"] and (sc["fact_recall"] or 0) > 0
            x = [sig[n] for n in names] + (derived(sig) if DERIVED else [])
            rows.append((s, it["id"], x, float(right), sig.get("generic", 0.0) > 0))
            PARTIAL[(s, it["id"])] = right and sc["fact_recall"] < 1
    return rows


def fit(x: np.ndarray, y: np.ndarray):
    mean, scale = x.mean(0), x.std(0) + 1e-9
    z = (x - mean) / scale
    w, b = np.zeros(z.shape[1]), 0.0
    for _ in range(50):  # Newton steps
        p = 1 / (1 + np.exp(-(z @ w + b)))
        g_w = z.T @ (p - y) + L2 * w
        g_b = float(np.sum(p - y))
        r = p * (1 - p)
        h = np.zeros((z.shape[1] + 1, z.shape[1] + 1))
        h[:-1, :-1] = (z * r[:, None]).T @ z + L2 * np.eye(z.shape[1])
        h[:-1, -1] = h[-1, :-1] = (z * r[:, None]).sum(0)
        h[-1, -1] = r.sum() + 1e-9
        step = np.linalg.solve(h, np.concatenate([g_w, [g_b]]))
        w, b = w - step[:-1], b - step[-1]
        if np.abs(step).max() < 1e-8:
            break
    return mean, scale, w, b


def predict(model, x):
    mean, scale, w, b = model
    return 1 / (1 + np.exp(-(((x - mean) / scale) @ w + b)))


def loso(rows, sets):
    x = np.array([r[2] for r in rows])
    y = np.array([r[3] for r in rows])
    g = np.array([r[0] for r in rows])
    p = np.zeros(len(rows))
    for s in sets:
        test = g == s
        if test.any() and (~test).any():
            p[test] = predict(fit(x[~test], y[~test]), x[test])
    return p


PRECISION = 0.5  # the operating point: most hedged answers wrong (``--precision``)
MIN_HEDGED = 10  # … over at least this many hedged answers (a precision over three is noise)


def threshold(p, y, generic, right_hedged: float) -> float:
    """The highest t at which at most ``right_hedged`` of the right generic-lead answers fall below
    it and at least PRECISION of the generic-lead answers below it are wrong."""
    right = np.sort(p[(y == 1) & generic])
    if not len(right):
        return 0.0
    k = int(np.floor(right_hedged * len(right)))
    cap = float(right[k]) if k < len(right) else 1.0
    best = 0.0
    for t in np.unique(p[generic]):
        if t > cap:
            break
        hedged = generic & (p < t)
        if hedged.sum() >= MIN_HEDGED and (hedged & (y == 0)).sum() / hedged.sum() >= PRECISION:
            best = float(t)
    return best


def pr(p, y, generic, t):
    hedged = generic & (p < t)
    wrong = generic & (y == 0)
    precision = float((hedged & (y == 0)).sum() / hedged.sum()) if hedged.sum() else float("nan")
    recall = float((hedged & (y == 0)).sum() / wrong.sum()) if wrong.sum() else float("nan")
    right_share = float((hedged & (y == 1)).sum() / (generic & (y == 1)).sum())
    return int(hedged.sum()), precision, recall, right_share


def auc(p, y):
    pos, neg = p[y == 1], p[y == 0]
    if not len(pos) or not len(neg):
        return float("nan")
    return float((pos[:, None] > neg[None, :]).mean() + 0.5 * (pos[:, None] == neg[None, :]).mean())


def evaluate(rows, right_hedged, label=""):
    sets = [s for s in SETS if any(r[0] == s for r in rows)]
    y = np.array([r[3] for r in rows])
    g = np.array([r[0] for r in rows])
    generic = np.array([r[4] for r in rows], bool)
    p = loso(rows, sets)
    # the operating point of each held-out set: chosen on the other sets' LOSO predictions (those
    # predictions themselves leave the set out as well: nested by set)
    hedged = np.zeros(len(rows), bool)
    points = {}
    for s in sets:
        test = g == s
        inner = [r for r, t in zip(rows, test, strict=True) if not t]
        pi = loso(inner, [x for x in sets if x != s])
        yi, gi = np.array([r[3] for r in inner]), np.array([r[4] for r in inner], bool)
        t = threshold(pi, yi, gi, right_hedged)
        points[s] = t
        hedged[test] = generic[test] & (p[test] < t)
    wrong = generic & (y == 0)
    n = int(hedged.sum())
    prec = float((hedged & (y == 0)).sum() / n) if n else float("nan")
    rec = float((hedged & (y == 0)).sum() / wrong.sum())
    rs = float((hedged & (y == 1)).sum() / (generic & (y == 1)).sum())
    part = np.array([PARTIAL[(r[0], r[1])] for r in rows])
    loose = float((hedged & ((y == 0) | part)).sum() / n) if n else float("nan")
    print(f"{label:>14}  wrong or partial among hedged {loose:.3f}")
    print(
        f"{label:>14}  AUC {auc(p, y):.3f} (generic {auc(p[generic], y[generic]):.3f})  "
        f"nested LOSO point: hedged {n}, precision {prec:.3f}, recall {rec:.3f}, right hedged {rs:.3f}"
    )
    return p, points, hedged


def main() -> None:
    global DERIVED, PRECISION
    ap = argparse.ArgumentParser()
    ap.add_argument("run", type=Path)
    ap.add_argument("--right-hedged", type=float, default=0.10)
    ap.add_argument("--ablate", action="store_true")
    ap.add_argument("--list", type=int, default=0, help="print N hedged items (held-out point)")
    ap.add_argument("--derived", action="store_true")
    ap.add_argument("--precision", type=float, default=0.5)
    a = ap.parse_args()
    DERIVED, PRECISION = a.derived, a.precision
    rows = load(a.run)
    y = np.array([r[3] for r in rows])
    generic = np.array([r[4] for r in rows], bool)
    print(
        f"{len(rows)} answered items, {int((y == 0).sum())} wrong or without a fact; generic leads {int(generic.sum())}"
    )
    print(f"  (wrong among generic {int(((y == 0) & generic).sum())})")
    p, points, hedged = evaluate(rows, a.right_hedged, "all features")
    print("curve (pooled LOSO predictions, generic leads; t: hedged, precision, recall, right hedged):")
    for t in (0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85):
        n, pre, rec, rs = pr(p, y, generic, t)
        print(f"  t={t:.2f}: {n:4d}  {pre:.3f}  {rec:.3f}  {rs:.3f}")
    # the old signal: the close call alone (margin below compose.CLOSE_MARGIN)
    m = np.array([r[2][FEATURES.index("margin")] for r in rows])
    n, pre, rec, rs = pr(m, y, generic, 0.8)
    print(
        f"  close call (margin < 0.8): {n} hedged, precision {pre:.3f}, recall {rec:.3f}, right hedged {rs:.3f}"
    )
    print("per-set held-out thresholds:", {s: round(t, 3) for s, t in points.items()})
    if a.ablate:
        names = list(FEATURES) + (["close", "log_top", "gap_pos", "shown_generic"] if DERIVED else [])
        for j, drop in enumerate(names):
            sub = [(s, i, [v for k, v in enumerate(x) if k != j], yy, gg) for s, i, x, yy, gg in rows]
            evaluate(sub, a.right_hedged, f"-{drop}")
    model = fit(np.array([r[2] for r in rows]), y)
    t = threshold(p, y, generic, a.right_hedged)
    mean, scale, w, b = model
    print("fitted on every set:")
    print("MEANS =", np.round(mean, 4).tolist())
    print("SCALES =", np.round(scale, 4).tolist())
    print("WEIGHTS =", np.round(w, 4).tolist())
    print("BIAS =", round(float(b), 4))
    print("HEDGE_BELOW (on the pooled LOSO predictions) =", round(t, 3))
    if a.list:
        rng = np.random.default_rng(16)
        idx = np.flatnonzero(hedged)
        for i in rng.choice(idx, size=min(a.list, len(idx)), replace=False):
            print(rows[i][0], rows[i][1], "right" if rows[i][3] else "WRONG", round(float(p[i]), 3))


if __name__ == "__main__":
    main()
