"""Every later conversation turn of the dev data, asked as ``pactrag eval`` asks it, with what the
follow-up code read in it (session 9's lab for follow-ups; extractive mode).

    .venv/bin/python scripts/followup_lab9.py [--out rows.json] [--quiet] [SOURCE ...]

SOURCE: an eval set (v1, v2 and fresh give their dev rows; cold4 … cold9; each set's own
questions held out of the examples, as ``pactrag eval`` does) or a conversation file in the v2
schema (``scripts/followup_*.jsonl``). Without SOURCE: all eval sets and all
``scripts/followup_*.jsonl`` but the newest held-out file (``followup_holdout9.jsonl``, kept for
its before/after measurement). Per later turn: the standalone question, the kinds in effect,
whether it keeps the subject, the kinds it asks by its words, where the conversation was, the
example kind model's reading of the raw turn, gold and sources. Ends with hit@1 per source and
tag and over all sources. Never reads v2's or fresh's test rows, nor cold10.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

from pactrag.answer import Assistant
from pactrag.config import Settings
from pactrag.evals.run import find_set, load_gold, memo_queries
from pactrag.examples import hold_out, kind_probabilities, subfacet_probabilities
from pactrag.followup import keeps_topic, kinds_in_effect, leaning_history, turn_kinds
from pactrag.index import Index
from pactrag.retrieve import Filters

sys.path.insert(0, str(Path(__file__).resolve().parent))
from followup_check import load  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SETS = ("v1", "v2", "fresh", "cold4", "cold5", "cold6", "cold7", "cold8", "cold9")
HELD_OUT = "followup_holdout9.jsonl"


def sources() -> list[str]:
    files = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "scripts").glob("followup_*.jsonl"))
    return [*SETS, *(f for f in files if not f.endswith(HELD_OUT))]


def items_of(name: str) -> list:
    if "cold10" in name:
        raise SystemExit("cold10 is kept for the final measurement")
    if name.endswith(".jsonl"):
        return load(ROOT / name if not Path(name).is_absolute() else Path(name))
    return [
        i for i in load_gold(find_set(name)) if name.startswith("cold") or i.split != "test"
    ]  # v1 has no split


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--quiet", action="store_true", help="print the missed turns only")
    args = parser.parse_args(argv)
    settings = Settings.from_env()
    index = memo_queries(Index(settings))
    kinds_of = {s.section_id: s.kind for s in index.sections}
    subfacet_of = {s.section_id: s.subfacet_id for s in index.sections}
    tally: dict[tuple[str, str], list[int]] = defaultdict(list)
    rows = []
    for name in args.names or sources():
        items = items_of(name)
        hold_out(index, [i.question for i in items])  # its own turns never teach the turn kind model
        assistant = Assistant(settings, index=index, use_llm=False)
        histories: dict[str, list[tuple[str, str]]] = {}
        for item in (i for i in items if i.conversation):
            history = histories.setdefault(item.conversation, [])
            answer = assistant.ask(item.question, tuple(history))
            sources_ = list(dict.fromkeys(h.chunk.section_id for h in answer.sources))[:4]
            hit = bool(sources_) and sources_[0] in item.gold_sections
            if item.turn > 1:
                leaned = leaning_history(item.question, history)
                here = assistant._here(item.question, leaned, Filters())
                where = assistant._where(leaned, Filters())
                vector = index.embedder.embed_query(item.question)
                shares = kind_probabilities(index, vector)
                places = subfacet_probabilities(index, vector)
                tags = [t for t in item.tags if t != "conversation"] or ["(none)"]
                row = {
                    "source": name,
                    "id": item.id,
                    "tags": tags,
                    "question": item.question,
                    "standalone": answer.standalone_question,
                    "before": sorted(kinds_in_effect(leaned)),
                    "keeps": keeps_topic(item.question, leaned, here),
                    "here": here,
                    "cued": sorted(turn_kinds(item.question, kinds_in_effect(leaned))),
                    "where": where and where[1],
                    "model": sorted(((k, round(v, 3)) for k, v in shares.items()), key=lambda kv: -kv[1])[:3],
                    "placed": sorted(((k[1], round(v, 3)) for k, v in places.items()), key=lambda kv: -kv[1])[
                        :2
                    ],
                    "gold": list(item.gold_sections),
                    "gold_kinds": sorted({kinds_of.get(g, "?") for g in item.gold_sections}),
                    "gold_subfacets": sorted({subfacet_of.get(g, "") for g in item.gold_sections}),
                    "sources": sources_,
                    "hit": hit,
                }
                rows.append(row)
                for tag in tags:
                    tally[(name, tag)].append(int(hit))
                    tally[("ALL", tag)].append(int(hit))
                tally[(name, "later")].append(int(hit))
                tally[("ALL", "later")].append(int(hit))
                if not hit or not args.quiet:
                    print(f"{'OK' if hit else '--'} {name} {item.id} {tags} Q: {item.question}")
                    print(f"   S: {answer.standalone_question}")
                    print(
                        f"   before={row['before']} keeps={row['keeps']} here={here} cued={row['cued']} "
                        f"where={row['where']} model={row['model'][:2]} placed={row['placed']}"
                    )
                    print(f"   gold={row['gold']} sources={sources_}")
            history.append((answer.standalone_question or item.question, answer.answer))
    for (name, tag), hits in sorted(tally.items()):
        print(f"{name:44s} {tag:12s} n={len(hits):3d} hit@1={sum(hits) / len(hits):.3f} ({sum(hits)})")
    if args.out:
        args.out.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
