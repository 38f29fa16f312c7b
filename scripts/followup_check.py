"""Conversations scored per turn tag, with the answers printed (follow-up work; extractive mode).

    .venv/bin/python scripts/followup_check.py scripts/followup_tune4.jsonl [--answers] [--json OUT]

Each file holds conversations in the v2 schema (``evals/v2/README.md``). Per turn tag (kind-switch,
pronoun, new-aspect, independent; later turns only): hit@1 and hit@5 over the sources, fact recall
of the answer text, and ``los`` for independent turns (asked again alone: the same first three
source sections, ``metrics.answered_as_alone``). ``--answers`` prints every turn's standalone
question, its first sources and the answer, to read them. Only dev rows are read.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

from pactrag.answer import Assistant
from pactrag.config import Settings
from pactrag.evals.metrics import GoldItem, answered_as_alone, fact_recall, score_answer
from pactrag.evals.run import answer_items, memo_queries, section_lookup
from pactrag.index import Index


def load(path: Path) -> list[GoldItem]:
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        if row.get("split", "dev") == "test":
            continue
        for n, t in enumerate(row["turns"], 1):
            items.append(
                GoldItem(
                    f"{row['id']}.{n}",
                    t["question"],
                    tuple(t["gold_sections"]),
                    tuple(tuple(g) for g in t.get("facts", ())),
                    ("conversation", *t.get("tags", ())),
                    conversation=row["id"],
                    turn=n,
                    split="dev",
                )
            )
    return items


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--answers", action="store_true")
    parser.add_argument("--json", type=Path, help="write per-turn rows here")
    args = parser.parse_args(argv)
    settings = Settings.from_env()
    index = memo_queries(Index(settings))
    assistant = Assistant(settings, index=index, use_llm=False)
    lookup = section_lookup(index.sections)
    items = [i for f in args.files for i in load(f)]
    sums: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    rows = []
    for item, answer in answer_items(assistant, items):
        score = score_answer(item, answer, lookup, index.multi_report)
        got = {"hit@1": score.scores["hit@1"], "hit@5": score.scores["hit@5"]}
        if item.facts:
            got["facts"] = fact_recall(answer.answer, item.facts)
        if item.turn > 1 and "independent" in item.tags:
            got["los"] = answered_as_alone(answer, assistant.ask(item.question), index.multi_report)
        groups = (
            ["first turns"]
            if item.turn == 1
            else ["later turns"] + [t for t in item.tags if t != "conversation"]
        )
        for g in groups:
            for m, v in got.items():
                if v is not None:
                    sums[g][m].append(float(v))
        sources = list(dict.fromkeys(h.chunk.section_id for h in answer.sources))[:4]
        rows.append({"id": item.id, "gold": item.gold_sections, "sources": sources, **got})
        if args.answers:
            mark = "OK " if got["hit@1"] else "-- "
            print(f"\n{mark}{item.id} {list(item.tags[1:])} gold={list(item.gold_sections)} first={sources}")
            print(f"  Q: {item.question}\n  S: {answer.standalone_question}")
            print("  " + answer.answer.strip().replace("\n", "\n  ")[:1500])
    print("\n== per turn tag")
    for g in ("first turns", "later turns", "kind-switch", "pronoun", "new-aspect", "independent"):
        if g in sums:
            ms = sums[g]
            n = len(ms["hit@1"])
            print(f"  {g:12s} n={n:3d} " + "  ".join(f"{m}={sum(v) / len(v):.3f}" for m, v in ms.items()))
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
