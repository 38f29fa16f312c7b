"""Lab (sides14): would a subfacet left out of a synthesis answer be found by retrieval's own deep
ranking? For every answered dev item whose answer cites sections of two or more subfacets, each
subfacet it does not cite: the rank and fused-score gap of its best chunk in the question's own
retrieval of all chunks, and that chunk's section. ``simulate`` adds such a subfacet's section
when its rank is within R (or its gap within m) and counts sides gained, sections added, per set.

    .venv/bin/python scripts/sides14_fill_lab.py dump OUT.json
    .venv/bin/python scripts/sides14_fill_lab.py simulate OUT.json
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict

SETS = [
    ("v1", ""),
    ("v2", "dev"),
    ("fresh", "dev"),
    *[(f"cold{i}", "") for i in range(4, 14)],
    ("synth6", ""),
    ("synth7", ""),
    ("synth8", ""),
    ("synth9", ""),
    ("synth10", ""),
    ("synth12", ""),
    ("synth13", ""),
    ("list6", ""),
    ("list7", ""),
    ("listsyn8", ""),
]


def sub_of(section_id: str) -> str:
    return ".".join(section_id.split(".")[:2]) if section_id[:2] == "2." else ""


def dump(path: str) -> None:
    from pactrag.answer import Assistant
    from pactrag.config import Settings
    from pactrag.evals.run import find_set, load_gold
    from pactrag.examples import hold_out
    from pactrag.index import Index
    from pactrag.retrieve import retrieve

    settings = Settings.from_env()
    index = Index(settings)
    rows = []
    for name, split in SETS:
        items = load_gold(find_set(name), "")
        hold_out(index, [i.question for i in items])
        assistant = Assistant(settings, index=index, use_llm=False)
        for item in items:
            if (split and item.split != split) or item.refuse or item.conversation:
                continue
            a = assistant.ask(item.question)
            if a.abstained:
                continue
            cited = sorted({c.section_id for c in a.citations})
            subs = {sub_of(s) for s in cited} - {""}
            row = dict(
                set=name,
                id=item.id,
                q=item.question,
                cited=cited,
                words=len(a.answer.split()),
                sides=[(n, list(s)) for n, s in item.sides],
                synth=bool(item.sides),
                cand={},
            )
            if len(subs) >= 2:
                r = retrieve(index, a.standalone_question or item.question, len(index.chunks))
                top = r.hits[0].score
                for rank, h in enumerate(r.hits):
                    sub = sub_of(h.chunk.section_id)
                    if sub and sub not in subs and sub not in row["cand"]:
                        row["cand"][sub] = (rank, top - h.score, h.chunk.section_id)
            rows.append(row)
        print(name, len(rows), file=sys.stderr, flush=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(rows, f, ensure_ascii=False)


def gains(rows, rule):
    out = defaultdict(
        lambda: [0, 0, 0, 0]
    )  # set: side gain, sections added, answers changed, synth answers changed
    for r in rows:
        cited = set(r["cited"])
        add = {sec for sub, (rank, gap, sec) in r["cand"].items() if rule(rank, gap)}
        if not add:
            continue
        o = out[r["set"]]
        o[1] += len(add)
        o[2] += 1
        o[3] += r["synth"]
        for _, secs in r["sides"]:
            if not cited & set(secs) and add & set(secs):
                o[0] += 1
    return out


def simulate(path: str) -> None:
    with open(path, encoding="utf-8") as f:
        rows = json.load(f)
    total_sides = sum(len(r["sides"]) for r in rows)
    synth = sum(r["synth"] for r in rows)
    multi = sum(1 for r in rows if r["cand"] or len({sub_of(s) for s in r["cited"]} - {""}) >= 2)
    print(f"rows {len(rows)}, synthesis {synth}, sides {total_sides}, answers over >=2 subfacets {multi}")
    for R in (0, 1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20):
        g = gains(rows, lambda rank, gap, R=R: rank < R)
        print(
            f"rank<{R:2d}: sides +{sum(v[0] for v in g.values()):3d}  sections +{sum(v[1] for v in g.values()):4d}"
            f"  answers {sum(v[2] for v in g.values()):4d} (synth {sum(v[3] for v in g.values())})"
        )
    for m in (0.005, 0.01, 0.02, 0.03, 0.05, 0.08, 0.1, 0.15):
        g = gains(rows, lambda rank, gap, m=m: gap <= m)
        print(
            f"gap<={m:5.3f}: sides +{sum(v[0] for v in g.values()):3d}  sections +{sum(v[1] for v in g.values()):4d}"
            f"  answers {sum(v[2] for v in g.values()):4d} (synth {sum(v[3] for v in g.values())})"
        )


if __name__ == "__main__":
    {"dump": dump, "simulate": simulate}[sys.argv[1]](sys.argv[2])
