"""Lab (session 16, sides17): how the asks of a two-kind synthesis question are read.

    .venv/bin/python scripts/sides17_lab.py > /tmp/sides17_lab.jsonl

For every question with two or more template-kind sides in the tuning sets (each set's examples
held out, as ``pactrag eval``): its asks, the kinds their words name, the example kind model's
shares for each ask alone, and ``compose.read_ask_kinds``'s reading. Not a test.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from pactrag import examples
from pactrag.compose import _after_subject, read_ask_kinds
from pactrag.config import Settings
from pactrag.embed import embed_queries
from pactrag.evals.run import memo_queries
from pactrag.followup import asked_kinds
from pactrag.index import Index
from pactrag.intent import ITEM_KINDS, analyse, part_kinds
from pactrag.kindwords import ask_kind_shares
from pactrag.retrieve import subfacet_titles

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_examples import SOURCES  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    settings = Settings.from_env()
    index = memo_queries(Index(settings))
    titles = subfacet_titles(index)
    for name, split in SOURCES:
        items = [
            json.loads(x)
            for x in (ROOT / "evals" / name / "questions.jsonl").read_text().splitlines()
            if x.strip()
        ]
        items = [i for i in items if split is None or i.get("split", "dev") == split]
        examples.hold_out(index, [i["question"] for i in items])
        for item in items:
            sides = {s["name"] for s in item.get("sides", ())}
            intent = analyse(item["question"], titles, index.idf)
            if len(intent.asks) < 2:
                continue
            asks = list(intent.asks)
            vectors = embed_queries(index.embedder, [_after_subject(a) for a in asks]) if asks else []
            read = read_ask_kinds(item["question"], intent, index)
            print(
                json.dumps(
                    {
                        "set": name,
                        "id": item["id"],
                        "question": item["question"],
                        "sides": sorted(sides),
                        "tags": item.get("tags", []),
                        "read": {a: sorted(k) for a, k in read.items()},
                        "asks": [
                            {
                                "ask": a,
                                "words": sorted(
                                    part_kinds(a) | (frozenset(asked_kinds(a)) & set(ITEM_KINDS))
                                ),
                                "model": {
                                    k: round(p, 3)
                                    for k, p in examples.kind_probabilities(index, v).items()
                                    if k in ITEM_KINDS
                                },
                                "both": {
                                    k: round(p, 3)
                                    for k, p in ask_kind_shares(index, _after_subject(a), v).items()
                                },
                            }
                            for a, v in zip(asks, vectors, strict=True)
                        ],
                    },
                    ensure_ascii=False,
                )
            )
    examples.hold_out(index, [])


if __name__ == "__main__":
    main()
