"""Per conversation turn: what the follow-up machinery decided (extractive mode).

    .venv/bin/python scripts/followup_trace.py FILE [--answers]

For each turn: the question, its standalone rewrite, whether it was read as a follow-up that
keeps the subject, the kinds it asks (``switched_kinds``), the subfacet the conversation was on
before it (``Assistant._where``), gold and the first source sections, and hit@1. Reads every row
(also ``split: test``): use it only on sets you may read (cold4/cold5, your own, dev sets).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from pactrag.answer import Assistant
from pactrag.config import Settings
from pactrag.evals.run import memo_queries
from pactrag.followup import keeps_topic, leaning_history, switched_kinds
from pactrag.index import Index
from pactrag.retrieve import Filters


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", type=Path)
    parser.add_argument("--answers", action="store_true")
    parser.add_argument("--only-missed", action="store_true")
    args = parser.parse_args(argv)
    settings = Settings.from_env()
    index = memo_queries(Index(settings))
    assistant = Assistant(settings, index=index, use_llm=False)
    tally: dict[str, list[int]] = {}
    for line in args.file.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        history: list[tuple[str, str]] = []
        out = [f"== {row['id']}"]
        missed = False
        for n, turn in enumerate(row["turns"], 1):
            q = turn["question"]
            leaned = leaning_history(q, history) if history else []
            where = assistant._where(leaned, Filters()) if leaned else None
            here = assistant._here(q, leaned, Filters()) if leaned else False
            keeps = keeps_topic(q, leaned, here) if leaned else False
            kinds = switched_kinds(q, leaned, here) if leaned else ()
            answer = assistant.ask(q, tuple(history))
            sources = list(dict.fromkeys(h.chunk.section_id for h in answer.sources))[:4]
            gold = turn["gold_sections"]
            hit = bool(sources) and sources[0] in gold
            if n > 1:
                for t in turn.get("tags", []) or ["(none)"]:
                    tally.setdefault(t, []).append(int(hit))
            missed |= not hit and n > 1
            mark = "OK" if hit else "--"
            out.append(f" {mark} t{n} {turn.get('tags', [])} Q: {q}")
            out.append(f"     S: {answer.standalone_question}")
            out.append(f"     keeps={keeps} here={here} kinds={kinds} where={where and where[1]}")
            out.append(f"     gold={gold} sources={sources}")
            if args.answers:
                out.append("     " + answer.answer.strip().replace("\n", "\n     ")[:900])
            history.append((answer.standalone_question or q, answer.answer))
        if missed or not args.only_missed:
            print("\n".join(out))
    print("\n== hit@1 per later-turn tag")
    for t, v in sorted(tally.items()):
        print(f"  {t:12s} n={len(v):3d} hit@1={sum(v) / len(v):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
