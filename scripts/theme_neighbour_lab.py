"""Lab (session 10, synthesis): do the nearest labelled theme questions name a theme's places?

    .venv/bin/python scripts/theme_neighbour_lab.py          # themes across subfacets
    .venv/bin/python scripts/theme_neighbour_lab.py --pairs  # actors or themes side by side

For every theme question across subfacets with sides in the tuning sets (each set's examples held
out, as ``pactrag eval``): its three nearest labelled theme questions (gold sections in two or more
subfacets) by vector, the question read without its across frame (language-centred, as the
section votes read them), and which of the question's sides their sections hold. With
``--pairs``: every synthesis question whose sides are no template kinds and that does not look
across, read whole, against the labelled questions with two or more sections
(``neighbours.THEME_NEIGHBOUR_MIN``, ``PAIR_NEIGHBOUR_MIN``). Not a test.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

from pactrag import examples
from pactrag.config import Settings
from pactrag.crosslingual import shifted
from pactrag.embed import embed_queries
from pactrag.evals.run import memo_queries
from pactrag.index import Index
from pactrag.intent import across_frame_removed, asks_across
from pactrag.neighbours import neighbours

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_examples import SOURCES  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
PAIRS = "--pairs" in sys.argv
KIND_SIDES = {"continue", "start", "stop", "synergie", "vision", "aanvullingen", "toekomstbeeld"}


def main() -> None:
    index = memo_queries(Index(Settings.from_env()))
    sub = {s.section_id: s.subfacet_id for s in index.sections}
    for name, split in SOURCES:
        items = [
            json.loads(x)
            for x in (ROOT / "evals" / name / "questions.jsonl").read_text().splitlines()
            if x.strip()
        ]
        items = [i for i in items if split is None or i.get("split", "dev") == split]
        examples.hold_out(index, [i["question"] for i in items])
        data = examples.labelled(index)
        near = neighbours(index)
        rows = [e for e in data.examples if e.sections]
        for item in items:
            if not item.get("sides") or asks_across(item["question"]) != (not PAIRS):
                continue
            if PAIRS and {s["name"] for s in item["sides"]} & KIND_SIDES:
                continue
            q = item["question"]
            v = embed_queries(index.embedder, [q if PAIRS else across_frame_removed(q)])[0]
            e = shifted(index, q, v)
            sims = near.vectors @ (v if e is None else e).astype(np.float32)
            theme = np.array(
                [
                    len(ex.sections) >= 2
                    if PAIRS
                    else len({sub.get(s) for s in ex.sections} - {None, ""}) >= 2
                    for ex in rows
                ]
            )
            sims = np.where(theme, sims, -1.0)
            order = np.argsort(-sims)[:3]
            print(f"\n{name} {item['id']} {q}")
            for side in item["sides"]:
                print("   side", side["name"], side["sections"])
            for r in order:
                ex = rows[r]
                subs = {sub.get(s) for s in ex.sections} - {None, ""}
                hit = [s["name"] for s in item["sides"] if set(s["sections"]) & set(ex.sections)]
                print(f"   {sims[r]:.3f} theme={len(subs) >= 2} {ex.source:14} hits={hit} {ex.question[:90]}")


if __name__ == "__main__":
    main()
