"""Later conversation turns not read as follow-ups, retrieved with the conversation's place as a
soft prior (session 14, follow15; extractive mode).

    .venv/bin/python scripts/follow15_place_lab.py --out rows.json [SOURCE ...]

SOURCE as in ``scripts/followup_lab11.py`` (default: all of its sources; each source's own
questions and turns held out of the examples and the turn model). For every later turn that
``Assistant._context`` does not read as a follow-up on the subject and that does not say it is
new (``followup.marked_new``), the turn's retrieval again with a score per chunk added
(``retrieve(place=…)``): WEIGHT times the chunks of the subfacet the turn before led with,
either flat (``flat``) or times the turn kind model's probability of each chunk's kind
(``kind``). Rows: the first section per weight and mode, gold, tags. The histories are the
shipped code's answers. Read the rows with ``--read`` (leave-one-source-out choice of the weight).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

from pactrag.answer import Assistant
from pactrag.config import Settings
from pactrag.evals.run import memo_queries
from pactrag.examples import hold_out
from pactrag.followup import leaning_history, marked_new
from pactrag.index import Index
from pactrag.retrieve import Filters, context_mask, retrieve
from pactrag.turns import turn_kind_probabilities

sys.path.insert(0, str(Path(__file__).resolve().parent))
from followup_lab11 import items_of, sources  # noqa: E402

WEIGHTS = (0.0, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0)
MODES = ("flat", "kind")


def first_section(retrieval) -> str:
    return retrieval.hits[0].chunk.section_id if retrieval.hits else ""


def collect(names: list[str], out: Path | None = None) -> list[dict]:
    settings = Settings.from_env()
    index = memo_queries(Index(settings))
    kinds = index.column("kind")
    rows = []
    for name in names:
        items = items_of(name)
        hold_out(index, [i.question for i in items])
        assistant = Assistant(settings, index=index, use_llm=False)
        histories: dict[str, list[tuple[str, str]]] = {}
        for item in (i for i in items if i.conversation):
            history = histories.setdefault(item.conversation, [])
            answer = assistant.ask(item.question, tuple(history))
            if item.turn > 1 and not marked_new(item.question):
                leaned = leaning_history(item.question, history)
                here = assistant._here(item.question, leaned, Filters())
                if leaned and assistant._context(item.question, leaned, Filters(), here) is None:
                    mask = context_mask(index, assistant._plain_passages(leaned[-1][0], Filters()))
                    if mask is not None:
                        standalone = answer.standalone_question or item.question
                        vector = index.embedder.embed_query(standalone)
                        shares = turn_kind_probabilities(index, vector)
                        by_kind = np.array([shares.get(k, 0.0) for k in kinds])
                        firsts = {}
                        for mode in MODES:
                            shape = mask.astype(float) * (by_kind if mode == "kind" else 1.0)
                            for w in WEIGHTS:
                                got = retrieve(
                                    index, standalone, None, Filters(), query_vector=vector, place=w * shape
                                )
                                firsts[f"{mode}:{w}"] = first_section(got)
                        srcs = list(dict.fromkeys(h.chunk.section_id for h in answer.sources))
                        rows.append(
                            {
                                "source": name,
                                "id": item.id,
                                "tags": [t for t in item.tags if t != "conversation"],
                                "question": item.question,
                                "gold": list(item.gold_sections),
                                "pipeline_first": srcs[0] if srcs else "",
                                "firsts": firsts,
                            }
                        )
            history.append((answer.standalone_question or item.question, answer.answer))
        print(name, len(rows), flush=True)
        if out is not None:  # after each source: a long run can be read before it ends
            out.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    return rows


def read(rows: list[dict]) -> None:
    names = sorted({r["source"] for r in rows})

    def hits(rs, key):
        return sum(r["firsts"][key] in r["gold"] for r in rs)

    for mode in MODES:
        print(f"== {mode}: in sample per weight (right of {len(rows)}; independent right of n)")
        ind = [r for r in rows if "independent" in r["tags"]]
        for w in WEIGHTS:
            key = f"{mode}:{w}"
            print(f"  {w:5}: {hits(rows, key)}  independent {hits(ind, key)}/{len(ind)}")
        total, chosen = 0, []
        for held in names:
            train = [r for r in rows if r["source"] != held]
            best = max(WEIGHTS, key=lambda w: (hits(train, f"{mode}:{w}"), -w))
            test = [r for r in rows if r["source"] == held]
            total += hits(test, f"{mode}:{best}") - hits(test, f"{mode}:0.0")
            chosen.append(best)
        print(f"  leave-one-source-out: {total:+d} right (weights chosen {sorted(set(chosen))})")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--weights", type=float, nargs="*", help="the grid (default WEIGHTS)")
    parser.add_argument("--read", nargs="*", type=Path, help="read the rows in these files")
    args = parser.parse_args(argv)
    if args.weights:
        global WEIGHTS
        WEIGHTS = tuple(args.weights)
    if args.read is not None:
        read([r for f in args.read or [args.out] for r in json.loads(f.read_text(encoding="utf-8"))])
        return 0
    rows = collect(args.names or sources(), args.out)
    args.out.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    read(rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
