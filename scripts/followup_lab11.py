"""Every later conversation turn of the dev data with both learned kind readings of its own words
(session 11's lab for follow-ups; extractive mode).

    .venv/bin/python scripts/followup_lab11.py --out rows.json [SOURCE ...]

SOURCE: an eval set (v1; v2 and fresh give their dev rows; cold4 … cold17) or a conversation file
in the v2 schema. Without SOURCE: all of them and every ``scripts/followup_*.jsonl`` but the
session's own check sets (``HELD_OUT``). Each source's own questions and turns are held out of
the examples and the turns (``examples.hold_out``), so both readings of its turns are out of
sample: ``turn`` (``turns.turn_kind_probabilities``: single questions and kind-switch turns) and
``single`` (``examples.kind_probabilities``: the 2092 labelled single questions). Per row also the
kinds in effect, the kind of the passage the turn before led with (``shown``), whether the turn
keeps the subject, cues a kind, is elliptical, gold and the answer's first sections.
``scripts/followup_read_lab.py`` reads the rows.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from pactrag.answer import Assistant
from pactrag.config import Settings
from pactrag.evals.run import find_set, load_gold, memo_queries
from pactrag.examples import hold_out, kind_probabilities
from pactrag.followup import elliptical, keeps_topic, kinds_in_effect, leaning_history, turn_kinds
from pactrag.index import Index
from pactrag.retrieve import Filters
from pactrag.turns import turn_kind_probabilities

sys.path.insert(0, str(Path(__file__).resolve().parent))
from followup_check import load  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SETS = (
    "v1",
    "v2",
    "fresh",
    "cold4",
    "cold5",
    "cold6",
    "cold7",
    "cold8",
    "cold9",
    "cold10",
    "cold11",
    "cold12",
    "cold13",
    "cold14",
    "cold15",
    "cold16",
    "cold17",
)
HELD_OUT = ("followup_holdout11.jsonl", "followup_holdout11b.jsonl")


def sources() -> list[str]:
    files = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "scripts").glob("followup_*.jsonl"))
    return [*SETS, *(f for f in files if not f.endswith(HELD_OUT))]


def items_of(name: str) -> list:
    if name.endswith(".jsonl"):
        return load(ROOT / name if not Path(name).is_absolute() else Path(name))
    return [i for i in load_gold(find_set(name)) if name.startswith("cold") or i.split != "test"]


def _rounded(shares: dict[str, float]) -> dict[str, float]:
    return {k: round(v, 4) for k, v in shares.items()}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    settings = Settings.from_env()
    index = memo_queries(Index(settings))
    kinds_of = {s.section_id: s.kind for s in index.sections}
    rows = []
    for name in args.names or sources():
        items = items_of(name)
        hold_out(index, [i.question for i in items])
        assistant = Assistant(settings, index=index, use_llm=False)
        histories: dict[str, list[tuple[str, str]]] = {}
        for item in (i for i in items if i.conversation):
            history = histories.setdefault(item.conversation, [])
            answer = assistant.ask(item.question, tuple(history))
            sources_ = list(dict.fromkeys(h.chunk.section_id for h in answer.sources))[:4]
            if item.turn > 1:
                leaned = leaning_history(item.question, history)
                here = assistant._here(item.question, leaned, Filters())
                where = assistant._where(leaned, Filters())
                shown = assistant._plain_passages(leaned[-1][0], Filters())[:1]
                vector = index.embedder.embed_query(item.question)
                before = kinds_in_effect(leaned)
                rows.append(
                    {
                        "source": name,
                        "id": item.id,
                        "tags": [t for t in item.tags if t != "conversation"],
                        "question": item.question,
                        "standalone": answer.standalone_question,
                        "before": sorted(before),
                        "shown": shown[0].kind if shown else "",
                        "keeps": keeps_topic(item.question, leaned, here),
                        "here": here,
                        "elliptical": elliptical(item.question),
                        "cued": sorted(turn_kinds(item.question, before)),
                        "where": where and where[1],
                        "turn": _rounded(turn_kind_probabilities(index, vector)),
                        "single": _rounded(kind_probabilities(index, vector)),
                        "gold": list(item.gold_sections),
                        "gold_kinds": sorted({kinds_of.get(g, "?") for g in item.gold_sections}),
                        "sources": sources_,
                        "first_kind": kinds_of.get(sources_[0], "") if sources_ else "",
                        "hit": bool(sources_) and sources_[0] in item.gold_sections,
                    }
                )
            history.append((answer.standalone_question or item.question, answer.answer))
        print(name, len(rows), flush=True)
    args.out.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
