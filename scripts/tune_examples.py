"""Leave-one-set-out CV of the example-question prior (``pactrag.examples``), not a test.

    .venv/bin/python scripts/tune_examples.py            # the module's constants, off vs on
    .venv/bin/python scripts/tune_examples.py --grid     # + shrinkage, temperature, weights

The nearest labelled questions' votes (``pactrag.neighbours``) are off in the first two rows and
on in the third; the grid runs with them on.

For each source set of ``corpus/examples.jsonl`` (v1, v2 dev, fresh dev, cold4, cold5, cold6):
the examples of that set are held out (``examples.hold_out``), the model is fitted on the others,
and the held-out set's single questions are retrieved with and without the prior. Prints section
hit@1 / hit@5 of retrieval (top 6 chunks, as ``tune_understanding.py retrieval``), pooled and per
set and tag. Choosing constants on this pooled figure is itself a fit: the clean check is a set
written after the choice (evals/README.md).
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

from pactrag import examples, neighbours
from pactrag.config import Settings
from pactrag.evals.run import memo_queries
from pactrag.index import Index
from pactrag.retrieve import retrieve

ROOT = Path(__file__).resolve().parents[1]
TAGS = ("paraphrase", "english", "list", "synthesis")


def _score(index: Index, ex: examples.Example) -> tuple[float, float]:
    hits = retrieve(index, ex.question, 6).hits
    sections = list(dict.fromkeys(h.chunk.section_id for h in hits))
    first = next((i for i, s in enumerate(sections) if s in ex.sections), None)
    return float(first == 0), float(first is not None and first < 5)


def run(index: Index, rows: list[examples.Example], tags: dict[str, tuple[str, ...]]) -> dict:
    out: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for source in sorted({e.source.split(":")[0] for e in rows}):
        held = [e for e in rows if e.source.split(":")[0] == source]
        examples.hold_out(index, [e.question for e in held])
        for ex in held:
            if not ex.sections:
                continue
            s = _score(index, ex)
            for group in ("all", source, *[t for t in tags.get(ex.source, ()) if t in TAGS]):
                out[group].append(s)
    examples.hold_out(index, [])
    return {
        g: (float(np.mean([a for a, _ in v])), float(np.mean([b for _, b in v])), len(v))
        for g, v in out.items()
    }


def show(title: str, result: dict) -> None:
    order = ["all", *sorted(g for g in result if g not in ("all", *TAGS)), *[t for t in TAGS if t in result]]
    print(title)
    print("  " + "  ".join(f"{g} {result[g][0]:.3f}/{result[g][1]:.3f} ({result[g][2]})" for g in order))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--grid", action="store_true", help="also a grid over the module's constants")
    args = parser.parse_args(argv)
    import json

    settings = Settings.from_env()
    index = memo_queries(Index(settings))
    rows, problems = examples.read_examples(examples.examples_path(settings))
    if problems or not rows:
        raise SystemExit("; ".join(problems) or f"no examples in {examples.examples_path(settings)}")
    tags: dict[str, tuple[str, ...]] = {}
    for name in {e.source.split(":")[0] for e in rows}:
        path = ROOT / "evals" / name / "questions.jsonl"
        path = path if path.exists() else ROOT / "scripts" / f"{name}.jsonl"  # the refusal tuning sets
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                tags[f"{name}:{item['id']}"] = tuple(item["tags"])
    print(f"{len(rows)} examples, {sum(1 for e in rows if e.sections)} answerable", file=sys.stderr)
    base = dict(examples.WEIGHTS)
    votes = neighbours.DENSE_WEIGHT, neighbours.LEXICAL_WEIGHT
    examples.WEIGHTS.update({k: 0.0 for k in base})
    neighbours.DENSE_WEIGHT = neighbours.LEXICAL_WEIGHT = 0.0
    show("without the prior", run(index, rows, tags))
    examples.WEIGHTS.update(base)
    index.__dict__.pop("_examples_memo", None)
    show(
        f"with it: shrinkage {examples.SHRINKAGE}, temperature {examples.TEMPERATURE}, {base}",
        run(index, rows, tags),
    )
    neighbours.DENSE_WEIGHT, neighbours.LEXICAL_WEIGHT = votes
    show(f"and the nearest questions' votes (neighbours.py, weights {votes})", run(index, rows, tags))
    if args.grid:
        weightings = (
            {"section": 1.0, "subfacet": 1.0, "kind": 1.0},
            {"section": 2.0, "subfacet": 0.0, "kind": 0.0},
            {"section": 0.0, "subfacet": 1.0, "kind": 1.0},
            {"section": 0.5, "subfacet": 0.5, "kind": 0.5},
        )
        for shrink, temp, w in itertools.product((0.5, 0.8, 0.9), (3.0, 5.0), weightings):
            examples.SHRINKAGE, examples.TEMPERATURE = shrink, temp
            examples.WEIGHTS.update(w)
            index.__dict__.pop("_examples_memo", None)
            show(f"shrinkage {shrink}, temperature {temp}, {w}", run(index, rows, tags))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
