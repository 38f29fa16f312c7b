"""Leave-one-set-out lab for list answers (issue 9.1), not a test.

    .venv/bin/python scripts/list_lab.py dump    # one reading per labelled list question -> index/list_lab.json
    .venv/bin/python scripts/list_lab.py eval    # which subfacet and part each reading names

For every labelled list question of the tuning sets (v1, v2 dev, fresh dev, cold4-7, list6,
synth6 and synth7 dev items; never a test split, never cold8) with its own set's examples held
out (``examples.hold_out``, as ``pactrag eval``), ``dump`` keeps: the gold sections' subfacets
and kinds, what the rules read (``intent.analyse``), retrieval's best passage, the example
model's subfacet and kind for the whole question and for its subject read alone
(``intent.subject_texts``), and the sections the answer cites today. ``eval`` then measures how
often each reading names the gold subfacet / kind, per set, so a threshold chosen on the other
sets can be judged on the one left out.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

from pactrag import examples
from pactrag.answer import extractive_answer
from pactrag.config import Settings
from pactrag.embed import embed_queries
from pactrag.evals.run import memo_queries
from pactrag.index import Index
from pactrag.intent import analyse, subject_texts
from pactrag.retrieve import retrieve, subfacet_titles

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_examples import SOURCES  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DUMP = ROOT / "index" / "list_lab.json"
# (set, split kept): the example sets (dev halves only where a set has a test half) and the
# helpers' list and synthesis check sets
SETS = SOURCES + (("list6", None), ("synth6", None), ("synth7", None))


def _items(name: str, split: str | None) -> list[dict]:
    out = []
    for line in (ROOT / "evals" / name / "questions.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        if split is not None and item.get("split", "dev") != split:
            continue
        out.append(item)
    return out


def _top(probabilities: dict) -> tuple[float, str]:
    p, key = max(((p, k) for k, p in probabilities.items()), default=(0.0, ""))
    return p, key[1] if isinstance(key, tuple) else key


def dump() -> None:
    settings = Settings.from_env()
    index = memo_queries(Index(settings))
    titles = subfacet_titles(index)
    rows = []
    for name, split in SETS:
        items = _items(name, split)
        examples.hold_out(index, [i["question"] for i in items])
        for item in items:
            if "list" not in item.get("tags", ()):
                continue
            q = item["question"]
            intent = analyse(q, titles, index.idf)
            retrieval = retrieve(index, q, settings.top_k)
            top = retrieval.hits[0].chunk
            gold = [index.section_by_key.get((top.report_id, s)) for s in item["gold_sections"]]
            whole = examples.subfacet_probabilities(index, retrieval.query_vector)
            kinds = examples.kind_probabilities(index, retrieval.query_vector)
            texts = subject_texts(q)
            vectors = embed_queries(index.embedder, texts) if texts else []
            readings = [
                (
                    text,
                    *_top(examples.subfacet_probabilities(index, vector)),
                    *_top(examples.kind_probabilities(index, vector)),
                )
                for text, vector in zip(texts, vectors, strict=True)
            ]
            _, citations = extractive_answer(q, retrieval, index)
            rows.append(
                {
                    "set": name,
                    "id": item["id"],
                    "question": q,
                    "tags": item["tags"],
                    "gold": item["gold_sections"],
                    "gold_subfacets": sorted({g.subfacet_id for g in gold if g}),
                    "gold_kinds": sorted({g.kind for g in gold if g}),
                    "kinds": sorted(intent.kinds),
                    "subfacets": list(intent.subfacets),
                    "wants_items": intent.wants_items,
                    "compare": intent.compare,
                    "topic": list(intent.topic),
                    "asks": len(intent.asks),
                    "parts": len(intent.parts),
                    "top": [top.section_id, top.subfacet_id, top.kind],
                    "whole": _top(whole),
                    "whole_kind": _top(kinds),
                    "readings": readings,
                    "cited": sorted({c.section_id for c in citations}),
                }
            )
    examples.hold_out(index, [])
    DUMP.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{len(rows)} list questions -> {DUMP}")


def evaluate() -> None:
    rows = json.loads(DUMP.read_text(encoding="utf-8"))
    per: dict[str, list] = defaultdict(list)
    for r in rows:
        per[r["set"]].append(r)
    for name, rs in per.items():
        one = [r for r in rs if len(r["gold_subfacets"]) == 1 and r["gold_subfacets"][0]]
        print(
            f"{name:8} n={len(rs):3} one-subfacet={len(one):3} "
            f"cited-exact={sum(r['cited'] == sorted(r['gold']) for r in rs):3} "
            f"whole-right={sum(r['whole'][1] in r['gold_subfacets'] for r in one):3} "
            f"top-right={sum(r['top'][1] in r['gold_subfacets'] for r in one):3}"
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("what", choices=("dump", "eval"))
    args = parser.parse_args()
    dump() if args.what == "dump" else evaluate()


if __name__ == "__main__":
    main()
