"""Later conversation turns of eval sets, traced as ``pactrag eval`` asks them (extractive mode).

    .venv/bin/python scripts/followup_misses.py [-q] SET_OR_FILE ...

SET: an eval set name (cold4 … cold10, v1, v2, fresh; v2 and fresh give their dev rows only, the
set's own questions held out of the examples as ``pactrag eval`` does); FILE: a conversation file
in the v2 schema (``scripts/followup_holdout*.jsonl``, dev rows). Per later turn: the standalone
question, the kinds in effect before it, whether it keeps the subject, the kinds it switches to,
where the conversation was (``Assistant._where``), the example kind model's two best kinds, gold
and the first source sections. ``-q`` prints the missed turns only. Ends with hit@1 per set and
turn tag. Never reads the test rows of v2 or fresh, nor cold11.
"""

from __future__ import annotations

import sys
from pathlib import Path

from pactrag.answer import Assistant
from pactrag.config import Settings
from pactrag.evals.run import find_set, load_gold, memo_queries
from pactrag.examples import hold_out, kind_probabilities
from pactrag.followup import keeps_topic, kinds_in_effect, leaning_history, switched_kinds
from pactrag.index import Index
from pactrag.retrieve import Filters

sys.path.insert(0, str(Path(__file__).resolve().parent))
from followup_check import load  # noqa: E402


def items_of(name: str) -> list:
    if name.endswith(".jsonl"):
        return load(Path(name))
    if "cold11" in name:
        raise SystemExit("cold11 is kept for the final measurement")
    return [
        i for i in load_gold(find_set(name)) if name.startswith("cold") or i.split != "test"
    ]  # v1 has no split


def main(argv: list[str]) -> int:
    quiet = "-q" in argv
    names = [a for a in argv if a != "-q"]
    settings = Settings.from_env()
    index = memo_queries(Index(settings))
    assistant = Assistant(settings, index=index, use_llm=False)
    tally: dict[tuple[str, str], list[int]] = {}
    for name in names:
        items = [i for i in items_of(name) if i.conversation]
        if not name.endswith(".jsonl"):
            hold_out(index, [i.question for i in load_gold(find_set(name))])
        histories: dict[str, list[tuple[str, str]]] = {}
        for item in items:
            history = histories.setdefault(item.conversation, [])
            leaned = leaning_history(item.question, history) if history else []
            here = assistant._here(item.question, leaned, Filters()) if leaned else False
            where = assistant._where(leaned, Filters()) if leaned else None
            keeps = keeps_topic(item.question, leaned, here) if leaned else False
            kinds = switched_kinds(item.question, leaned, here) if leaned else ()
            answer = assistant.ask(item.question, tuple(history))
            sources = list(dict.fromkeys(h.chunk.section_id for h in answer.sources))[:4]
            hit = bool(sources) and sources[0] in item.gold_sections
            tags = [t for t in item.tags if t != "conversation"]
            if item.turn > 1:
                for tag in tags or ["(none)"]:
                    tally.setdefault((name, tag), []).append(int(hit))
                if not hit or not quiet:
                    shares = kind_probabilities(index, index.embedder.embed_query(item.question))
                    top = sorted(shares.items(), key=lambda kv: -kv[1])[:2]
                    print(f"{'OK' if hit else '--'} {item.id} {tags} Q: {item.question}")
                    print(f"   S: {answer.standalone_question}")
                    print(
                        f"   before={sorted(kinds_in_effect(leaned))} keeps={keeps} here={here} "
                        f"kinds={kinds} where={where and where[1]} model={[(k, round(v, 2)) for k, v in top]}"
                    )
                    print(f"   gold={list(item.gold_sections)} sources={sources}")
            history.append((answer.standalone_question or item.question, answer.answer))
    for (name, tag), hits in sorted(tally.items()):
        print(f"{name:12s} {tag:12s} n={len(hits):3d} hit@1={sum(hits) / len(hits):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
