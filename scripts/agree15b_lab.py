"""agree15b lab: should the sources follow the answer's first section beyond AGREE_MARGIN?

    .venv/bin/python scripts/agree15b_lab.py dump OUT.pkl [SET ...]   # every item, each set held out
    .venv/bin/python scripts/agree15b_lab.py fit OUT.pkl [...]        # LOSO: always / never / m2

agree15's second half (``answer._sources_led_by``): when the composer kept its first section over the
first source's by more than ``compose.AGREE_MARGIN``, the sources list the answer's section first. It
was judged pooled on dev (answer's section gold 24, source's 15). This lab answers every item of each
set as ``pactrag eval`` does (its own questions held out of the learned parts; conversation turns with
their history) and, for every answer where the sources were led by the answer's section, keeps the
section the sources would have led with (the first retrieved), the answer's section, and the gap
between the composer's best point and the best point of the source's section (the number the margin
reads). ``fit`` compares, per held-out set, always following, never following, and following only
beyond a second margin m2 chosen on the other sets; single questions and conversation turns apart.
"""

from __future__ import annotations

import pickle
import sys
from pathlib import Path

SETS = ["v1", *(f"cold{i}" for i in range(4, 16)), "v2:dev", "fresh:dev"]
M2_GRID = [0.03, 0.05, 0.075, 0.1, 0.125, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 1e9]


def dump(out: Path, sets: list[str]) -> None:
    import pactrag.answer as A
    import pactrag.compose as C
    from pactrag.answer import Assistant
    from pactrag.config import Settings
    from pactrag.evals.run import SET_REPORTS, answer_items, find_set, hold_out, load_gold, memo_queries
    from pactrag.index import Index

    state: dict = {}
    orig_first = C._answer_first
    orig_led = A._sources_led_by

    def first_spy(groups, score, retrieval, index):
        votes = C.sentence_votes(index, retrieval.query_vector)
        scored = [
            (score(p) + C.ANSWER_VOTE_WEIGHT * C._vote_share(p, g.section, votes), i)
            for i, g in enumerate(groups)
            for p in g.points
        ]
        state["gap"] = None
        if len(scored) >= 2 and retrieval.hits:
            top = (retrieval.hits[0].chunk.report_id, retrieval.hits[0].chunk.section_id)
            there = [
                t[0]
                for t in scored
                if (groups[t[1]].section.report_id, groups[t[1]].section.section_id) == top
            ]
            if there:
                state["gap"] = max(t[0] for t in scored) - max(there)
        return orig_first(groups, score, retrieval, index)

    def led_spy(hits, lead):
        state["led"] = (hits[0].chunk.section_id if hits else "", lead, state.get("gap"))
        return orig_led(hits, lead)

    C._answer_first = first_spy
    A._sources_led_by = led_spy
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
        n = 0

        def reset():
            state.clear()

        pending = list(items)
        reset()
        for item, ans in answer_items(assistant, pending):
            led = state.get("led")
            reset()
            if led is None or led[1] is None or ans.abstained or not item.gold_sections:
                continue
            s, lead, gap = led
            if lead[1] == s:
                continue
            n += 1
            rows.append(
                {
                    "set": name,
                    "id": item.id,
                    "conv": bool(item.conversation),
                    "turn": item.turn,
                    "question": item.question,
                    "gold": tuple(item.gold_sections),
                    "a": lead[1],
                    "s": s,
                    "gap": gap,
                }
            )
        print(name, n, "answers whose sources followed the answer", file=sys.stderr, flush=True)
    out.write_bytes(pickle.dumps(rows))
    print(len(rows), "rows ->", out)


def _gold_first(rows, m2: float) -> int:
    """Items whose first source is gold when the sources follow only beyond m2 (gap > m2)."""

    def follows(r) -> bool:
        return m2 < 1e9 and (r["gap"] is None or r["gap"] > m2)

    return sum((r["a"] if follows(r) else r["s"]) in r["gold"] for r in rows)


def fit(paths: list[Path]) -> None:
    rows = [r for p in paths for r in pickle.loads(p.read_bytes())]
    # a conversation's first turn is asked with no history (answered as a single question is); a
    # later turn is composed with the conversation's kind/place and retrieved with its context
    later = [r for r in rows if r["conv"] and r["turn"] > 1]
    splits = (
        ("single", [r for r in rows if not r["conv"]]),
        ("turns", [r for r in rows if r["conv"]]),
        ("no history (single + first turns)", [r for r in rows if not (r["conv"] and r["turn"] > 1)]),
        ("later turns", later),
        ("all", rows),
    )
    for label, part in splits:
        print(f"== {label}: {len(part)} answers whose sources followed the answer")
        a_ok = sum(r["a"] in r["gold"] for r in part)
        s_ok = sum(r["s"] in r["gold"] for r in part)
        print(
            f"   answer's section gold {a_ok}, source's {s_ok}, both {sum(r['a'] in r['gold'] and r['s'] in r['gold'] for r in part)}"
        )
        sets = sorted({r["set"] for r in rows})
        tot = {"always": 0, "never": 0, "m2": 0, "n": 0}
        for held in sets:
            test = [r for r in part if r["set"] == held]
            train = [r for r in part if r["set"] != held]
            best = max(M2_GRID, key=lambda m: (_gold_first(train, m), -m))  # ties: the smaller m2
            al, nv, m2 = _gold_first(test, 0.0), _gold_first(test, 1e9), _gold_first(test, best)
            tot["always"] += al
            tot["never"] += nv
            tot["m2"] += m2
            tot["n"] += len(test)
            if test:
                print(f"   {held:7s} n={len(test):2d} always={al:2d} never={nv:2d} m2={best:g}->{m2:2d}")
        print("   LOSO", tot)
        for m in M2_GRID:
            print(f"   pooled m2={m:g}: {_gold_first(part, m)}")


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "dump":
        dump(Path(sys.argv[2]), sys.argv[3:] or SETS)
    else:
        fit([Path(p) for p in sys.argv[2:]])
