"""agree15 lab: when the answer's first cited section and the sources' first section differ.

    .venv/bin/python scripts/agree15_lab.py dump [SET ...]   # direct items, each set held out -> /tmp/agree15_lab.pkl
    .venv/bin/python scripts/agree15_lab.py fit              # LOSO: arbiter vs always-sources vs always-answer

Each set is answered as ``pactrag eval`` answers it (its own questions held out of the learned
parts). Kept: answered direct questions (no conversation, no list or synthesis tag) with citations
whose first cited section differs from the first source's section. Features from both sides:
retrieval's fused scores and ranks of the two sections, the answer's point shares, kind match with
the asked kinds, the question's word overlap with each side's text.
"""

from __future__ import annotations

import math
import os
import pickle
import re
import sys
from pathlib import Path

DUMP = Path(os.environ.get("AGREE15_DUMP", "/tmp/agree15_lab.pkl"))
POINTS: dict[str, float] = {}  # per section: the composer's best point score with votes (_answer_first)
SETS = ["v1", *(f"cold{i}" for i in range(4, 15)), "v2:dev", "fresh:dev"]
WORD = re.compile(r"\w{4,}")
MARK = re.compile(r"\[(\d+)\]")


def _direct(item) -> bool:
    tags = set(item.tags)
    return (
        not item.conversation
        and not item.refuse
        and bool(item.gold_sections)
        and not tags & {"list", "synthesis", "injection", "compare", "opinion"}
    )


def dump(sets: list[str]) -> None:
    import pactrag.compose as C
    from pactrag.answer import Assistant
    from pactrag.config import Settings
    from pactrag.evals.run import SET_REPORTS, find_set, hold_out, load_gold, memo_queries
    from pactrag.index import Index
    from pactrag.intent import analyse
    from pactrag.retrieve import subfacet_titles

    orig = C._answer_first

    def spy(groups, score, retrieval, index):
        votes = C.sentence_votes(index, retrieval.query_vector)
        for g in groups:
            best = max(
                (score(p) + C.ANSWER_VOTE_WEIGHT * C._vote_share(p, g.section, votes) for p in g.points),
                default=0.0,
            )
            POINTS[g.section.section_id] = max(best, POINTS.get(g.section.section_id, -1e9))
        return orig(groups, score, retrieval, index)

    C._answer_first = spy
    settings = Settings()
    rows = []
    for spec in sets:
        name, _, split = spec.partition(":")
        set_dir = find_set(name)
        index = memo_queries(Index(settings))
        items = load_gold(set_dir, SET_REPORTS.get(set_dir.name, "") if index.multi_report else "")
        if split:
            items = [i for i in items if i.split == split]
        hold_out(index, [i.question for i in [*load_gold(set_dir), *items]])
        assistant = Assistant(settings, index=index, use_llm=False)
        titles = subfacet_titles(index)
        idf = index.idf
        n = 0
        for item in items:
            if not _direct(item):
                continue
            POINTS.clear()
            ans = assistant.ask(item.question)
            if ans.abstained or not ans.citations or not ans.sources:
                continue
            n += 1
            intent = analyse(item.question, titles, idf)
            row = _row(name, item, ans, intent, idf)
            row["a_point"] = POINTS.get(row["a"], 0.0)
            row["s_point"] = POINTS.get(row["s"], 0.0)
            row["s_group"] = row["s"] in POINTS
            row["spied"] = bool(POINTS)
            rows.append(row)
        print(name, n, "direct answered", file=sys.stderr)
    DUMP.write_bytes(pickle.dumps(rows))
    print(len(rows), "rows ->", DUMP)


def _terms(text: str) -> set[str]:
    return {w.lower() for w in WORD.findall(text)}


def _row(set_name, item, ans, intent, idf) -> dict:
    a = ans.citations[0].section_id
    s = ans.sources[0].chunk.section_id
    best: dict[str, object] = {}
    for h in ans.sources:
        best.setdefault(h.chunk.section_id, h)
    marks = [int(m) for m in MARK.findall(ans.answer)]
    by_n = {c.n: c.section_id for c in ans.citations}
    cited = [by_n.get(m, "") for m in marks] or [a]
    q = _terms(item.question)

    def overlap(text: str) -> float:
        t = _terms(text)
        return sum(idf.get(w, 0.0) for w in q & t) / (sum(idf.get(w, 0.0) for w in q) or 1.0)

    a_text = " ".join(c.quote for c in ans.citations if c.section_id == a)
    s_text = " ".join(h.chunk.text for h in ans.sources if h.chunk.section_id == s)
    a_hit = best.get(a)
    s_hit = best[s]
    a_kind = ans.citations[0].kind
    s_kind = s_hit.chunk.kind
    return {
        "set": set_name,
        "id": item.id,
        "question": item.question,
        "gold": tuple(item.gold_sections),
        "a": a,
        "s": s,
        "agree": a == s,
        "s_score": s_hit.score,
        "a_score": a_hit.score if a_hit else 0.0,
        "a_rank": a_hit.rank if a_hit else 0,
        "a_in": a_hit is not None,
        "top2": ans.sources[1].score if len(ans.sources) > 1 else 0.0,
        "a_share": cited.count(a) / len(cited),
        "s_share": cited.count(s) / len(cited),
        "a_kind": a_kind,
        "s_kind": s_kind,
        "kinds": tuple(sorted(intent.kinds)),
        "a_kind_ok": bool(intent.kinds) and a_kind in intent.kinds,
        "s_kind_ok": bool(intent.kinds) and s_kind in intent.kinds,
        "same_sub": ans.citations[0].subfacet_id == s_hit.chunk.subfacet_id,
        "named_sub": tuple(intent.subfacets),
        "a_named": ans.citations[0].subfacet_id in intent.subfacets,
        "s_named": s_hit.chunk.subfacet_id in intent.subfacets,
        "a_bm25": a_hit.bm25_rank if a_hit else 0,
        "s_bm25": s_hit.bm25_rank,
        "a_dense": a_hit.dense_rank if a_hit else 0,
        "s_dense": s_hit.dense_rank,
        "a_ov": overlap(a_text),
        "s_ov": overlap(s_text),
    }


def features(r: dict) -> list[float]:
    """Positive: the answer's section is the better first one."""

    def rr(x: int) -> float:
        return 1.0 / x if x else 0.0

    return [
        r["s_score"] - r["a_score"],
        float(r["a_in"]),
        r["a_share"] - r["s_share"],
        float(r["a_kind_ok"]) - float(r["s_kind_ok"]),
        float(r["a_named"]) - float(r["s_named"]),
        float(r["same_sub"]),
        rr(r["a_bm25"]) - rr(r["s_bm25"]),
        rr(r["a_dense"]) - rr(r["s_dense"]),
        r["a_ov"] - r["s_ov"],
        r.get("a_point", 0.0) - r.get("s_point", 0.0),
        float(r.get("s_group", True)),
    ]


NAMES = ["gap", "a_in", "share", "kind", "named", "same_sub", "bm25", "dense", "overlap", "point", "s_group"]


def _fit(X, y, l2=1.0, steps=400, lr=0.5):
    d = len(X[0])
    w = [0.0] * (d + 1)
    n = len(X)
    for _ in range(steps):
        g = [0.0] * (d + 1)
        for x, t in zip(X, y, strict=True):
            z = w[-1] + sum(wi * xi for wi, xi in zip(w, x, strict=False))
            p = 1 / (1 + math.exp(-max(-30, min(30, z))))
            for j in range(d):
                g[j] += (p - t) * x[j]
            g[-1] += p - t
        for j in range(d):
            w[j] -= lr * (g[j] / n + l2 * w[j] / n)
        w[-1] -= lr * g[-1] / n
    return w


def _z(w, x):
    return w[-1] + sum(wi * xi for wi, xi in zip(w, x, strict=False))


def fit() -> None:
    rows = pickle.loads(DUMP.read_bytes())
    dis = [r for r in rows if not r["agree"]]
    print(f"{len(rows)} answered direct items, {len(dis)} disagree")
    a_ok = lambda r: r["a"] in r["gold"]  # noqa: E731
    s_ok = lambda r: r["s"] in r["gold"]  # noqa: E731
    cells = {
        "sources right, answer wrong": sum(s_ok(r) and not a_ok(r) for r in dis),
        "answer right, sources wrong": sum(a_ok(r) and not s_ok(r) for r in dis),
        "both right": sum(a_ok(r) and s_ok(r) for r in dis),
        "neither": sum(not a_ok(r) and not s_ok(r) for r in dis),
    }
    print(cells)
    sets = sorted({r["set"] for r in dis})
    tot = {"arb": 0, "src": 0, "ans": 0, "n": 0}
    for held in sets:
        train = [r for r in dis if r["set"] != held and a_ok(r) != s_ok(r)]
        test = [r for r in dis if r["set"] == held]
        w = _fit([features(r) for r in train], [1.0 if a_ok(r) else 0.0 for r in train])
        arb = sum((a_ok(r) if _z(w, features(r)) > 0 else s_ok(r)) for r in test)
        src = sum(s_ok(r) for r in test)
        ans = sum(a_ok(r) for r in test)
        tot["arb"] += arb
        tot["src"] += src
        tot["ans"] += ans
        tot["n"] += len(test)
        print(f"{held:8s} n={len(test):3d} arbiter={arb:3d} sources={src:3d} answer={ans:3d}")
    print("LOSO total", tot)
    train = [r for r in dis if a_ok(r) != s_ok(r)]
    w = _fit([features(r) for r in train], [1.0 if a_ok(r) else 0.0 for r in train])
    print("all-sets weights", {k: round(v, 3) for k, v in zip([*NAMES, "bias"], w, strict=True)})
    # single features alone, LOSO-free sign check
    for j, name in enumerate(NAMES):
        pos = [r for r in train if features(r)[j] > 0]
        neg = [r for r in train if features(r)[j] < 0]
        print(
            f"{name:9s} >0: {len(pos):3d} answer-right {sum(a_ok(r) for r in pos):3d} | "
            f"<0: {len(neg):3d} answer-right {sum(a_ok(r) for r in neg):3d}"
        )


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else "fit"
    if cmd == "dump":
        dump(sys.argv[2:] or SETS)
    else:
        fit()
