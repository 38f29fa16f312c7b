"""Where a follow-up is answered from against where the answer before it led (follow14's lab;
extractive mode).

    .venv/bin/python scripts/follow14_where_lab.py --out rows.json [SOURCE ...]

Per later turn of the dev conversations (each source's own questions and turns held out, as
``pactrag eval`` does): the subfacet ``Assistant._where`` puts the conversation on, the subfacet of
the section the answer before cites first (what the user read), the gold subfacets, whether the
turn keeps the subject, and hit@1. Sources as ``followup_lab11.py`` (SETS and the
``scripts/followup_*.jsonl`` files), never the session's own check set.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from pactrag.answer import Assistant
from pactrag.config import Settings
from pactrag.evals.run import memo_queries
from pactrag.examples import hold_out
from pactrag.followup import keeps_topic, leaning_history, switched_kinds
from pactrag.index import Index
from pactrag.retrieve import Filters

sys.path.insert(0, str(Path(__file__).resolve().parent))
from followup_lab11 import items_of, sources  # noqa: E402

_CITED = re.compile(r"§(\d+(?:\.\d+)*)")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    settings = Settings.from_env()
    index = memo_queries(Index(settings))
    sub_of = {s.section_id: s.subfacet_id for s in index.sections}
    rows = []
    for name in args.names or sources():
        items = items_of(name)
        hold_out(index, [i.question for i in items])
        assistant = Assistant(settings, index=index, use_llm=False)
        histories: dict[str, list[tuple[str, str]]] = {}
        for item in (i for i in items if i.conversation):
            history = histories.setdefault(item.conversation, [])
            answer = assistant.ask(item.question, tuple(history))
            first = [h.chunk.section_id for h in answer.sources][:1]
            if item.turn > 1:
                leaned = leaning_history(item.question, history)
                here = assistant._here(item.question, leaned, Filters())
                where = assistant._where(leaned, Filters())
                cited = _CITED.findall(leaned[-1][1])
                rows.append(
                    {
                        "source": name,
                        "id": item.id,
                        "tags": [t for t in item.tags if t != "conversation"],
                        "question": item.question,
                        "keeps": keeps_topic(item.question, leaned, here),
                        "kinds": list(switched_kinds(item.question, leaned, here)),
                        "where": where[1] if where else "",
                        "cited": sub_of.get(cited[0], "") if cited else "",
                        "cited_all": list(dict.fromkeys(sub_of.get(c, "") for c in cited)),
                        "gold_sub": sorted({sub_of.get(g, "") for g in item.gold_sections}),
                        "first_sub": sub_of.get(first[0], "") if first else "",
                        "hit": bool(first) and first[0] in item.gold_sections,
                    }
                )
            history.append((answer.standalone_question or item.question, answer.answer))
        print(name, len(rows), flush=True)
    args.out.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
