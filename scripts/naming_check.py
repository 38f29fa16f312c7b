"""Questions that name a subfacet in everyday or English words: does the answer come from it?

    .venv/bin/python scripts/naming_check.py scripts/naming_holdout5.jsonl [--show]

Per item (``subfacet``: the subfacet its words name; ``gold_sections``; optional ``facts`` and
``sides``): hit@1 (the first source's section is gold), whether ``intent.subfacets`` is that
subfacet, the share of cited sections in it, fact recall, side coverage. A held-out set is
measured once before a change and once after; read its misses only after the last run.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

from pactrag.answer import Assistant
from pactrag.evals.metrics import fact_recall
from pactrag.intent import analyse
from pactrag.retrieve import subfacet_titles


def main(argv: list[str]) -> int:
    path = Path(argv[0])
    show = "--show" in argv
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assistant = Assistant(use_llm=False)
    index = assistant.index
    titles = subfacet_titles(index)
    rows: dict[str, list[float]] = {}

    def add(group: str, name: str, value: float) -> None:
        rows.setdefault(f"{group}|{name}", []).append(value)

    for item in items:
        answer = assistant.ask(item["question"])
        sources = list(dict.fromkeys(h.chunk.section_id for h in answer.sources))
        cited = [c.section_id for c in answer.citations]
        sub = item["subfacet"]
        named = analyse(item["question"], titles, index.idf).subfacets
        scores = {
            "hit@1": float(bool(sources) and sources[0] in item["gold_sections"]),
            "named": float(named == (sub,)),
            "in_subfacet": float(np.mean([c.startswith(sub + ".") for c in cited])) if cited else 0.0,
        }
        if item.get("facts"):
            scores["facts"] = 0.0 if answer.abstained else fact_recall(answer.answer, item["facts"])
        if item.get("sides"):
            got = [s for s in item["sides"] if set(cited) & set(s["sections"])]
            scores["sides"] = 0.0 if answer.abstained else len(got) / len(item["sides"])
        groups = ["all"] + list(item.get("tags", []))
        for group in groups:
            for name, value in scores.items():
                add(group, name, value)
        flag = " ".join(f"{k}={v:.2f}" for k, v in scores.items())
        print(f"{item['id']} {flag} first={sources[:2]} cited={cited} named={named}")
        if show:
            print(f"  {item['question']}\n  " + answer.answer.replace("\n", "\n  ") + "\n")
    print()
    for key in sorted(rows):
        group, name = key.split("|")
        print(f"  {group:12s} {name:12s} {np.mean(rows[key]):.3f}  (n={len(rows[key])})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
