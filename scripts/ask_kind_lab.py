"""Lab (session 8, synthesis): how each ask of a labelled synthesis question names its kind.

    .venv/bin/python scripts/ask_kind_lab.py

For every synthesis question with template-kind sides in the tuning sets (each set's examples held
out, as ``pactrag eval``), each ask: the kinds its words name (``intent.part_kinds``) and the
example kind model's reading of the ask alone (``examples.kind_probabilities``). Not a test.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from pactrag import examples
from pactrag.config import Settings
from pactrag.embed import embed_queries
from pactrag.evals.run import memo_queries
from pactrag.index import Index
from pactrag.intent import ITEM_KINDS, analyse, part_kinds
from pactrag.retrieve import subfacet_titles

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_examples import SOURCES  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SETS = SOURCES + (("synth6", None), ("synth7", None), ("listsyn8", None))


def main() -> None:
    settings = Settings.from_env()
    index = memo_queries(Index(settings))
    titles = subfacet_titles(index)
    for name, split in SETS:
        items = [
            json.loads(x)
            for x in (ROOT / "evals" / name / "questions.jsonl").read_text().splitlines()
            if x.strip()
        ]
        items = [i for i in items if split is None or i.get("split", "dev") == split]
        examples.hold_out(index, [i["question"] for i in items])
        for item in items:
            sides = {s["name"] for s in item.get("sides", ())}
            if not sides:
                continue
            intent = analyse(item["question"], titles, index.idf)
            asks = list(intent.asks) or [item["question"]]
            vectors = embed_queries(index.embedder, asks)
            for ask, vector in zip(asks, vectors, strict=True):
                probs = examples.kind_probabilities(index, vector)
                top = sorted(probs.items(), key=lambda kv: -kv[1])[:2]
                print(
                    json.dumps(
                        {
                            "set": name,
                            "id": item["id"],
                            "sides": sorted(sides),
                            "kind_sides": sides <= set(ITEM_KINDS),
                            "ask": ask,
                            "words": sorted(part_kinds(ask)),
                            "model": [(k, round(p, 2)) for k, p in top],
                        },
                        ensure_ascii=False,
                    )
                )
    examples.hold_out(index, [])


if __name__ == "__main__":
    main()
