"""Per follow-up turn that keeps the subject: what the kind model reads (follow-up kind work).

    .venv/bin/python scripts/followup_kind_probe.py FILE [FILE ...]

For each later turn of each conversation that stays on the subject: the kind in effect
(``kinds_in_effect``), the kind of the section the answer before led with (its first plain
passage), the kinds its words cue (``asked_kinds``), the example prior's top kind and share
(``examples.kind_probabilities``) and the gold sections. It shows where ``Assistant._read_kind``
could read a kind and how sure the model is. Only ``dev`` rows of v2 and fresh are read; use it on
sets you may read (v1, v2 dev, fresh dev, cold4-6, scripts/*.jsonl).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from pactrag.answer import Assistant
from pactrag.config import Settings
from pactrag.evals.run import memo_queries
from pactrag.examples import kind_probabilities
from pactrag.followup import asked_kinds, keeps_topic, kinds_in_effect, leaning_history
from pactrag.index import Index
from pactrag.retrieve import Filters


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", type=Path, nargs="+")
    args = parser.parse_args(argv)
    settings = Settings.from_env()
    index = memo_queries(Index(settings))
    assistant = Assistant(settings, index=index, use_llm=False)
    for path in args.files:
        held_out = path.parent.name in ("v2", "fresh")  # their test halves stay unread
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else {}
            if "turns" not in row or (held_out and row.get("split") != "dev"):
                continue
            history: list[tuple[str, str]] = []
            for n, turn in enumerate(row["turns"], 1):
                question = turn["question"]
                leaned = leaning_history(question, history) if history else []
                here = assistant._here(question, leaned, Filters()) if leaned else False
                if leaned and keeps_topic(question, leaned, here):
                    before = kinds_in_effect(leaned)
                    shown = assistant._plain_passages(leaned[-1][0], Filters())[:1]
                    shares = kind_probabilities(index, index.embedder.embed_query(question))
                    top = max(shares, key=shares.__getitem__)
                    print(
                        f"{row['id']}.{n}\tbefore={sorted(before)}"
                        f"\tshown={shown[0].kind if shown else '-'}"
                        f"\tasked={sorted(asked_kinds(question, before))}"
                        f"\tmodel={top}:{shares[top]:.2f}\tgold={turn['gold_sections']}\t{question}"
                    )
                answer = assistant.ask(question, tuple(history))
                history.append((answer.standalone_question or question, answer.answer))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
