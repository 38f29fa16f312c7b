"""Print the abstention decision for every question of the abstention tuning data, and the totals.

    .venv/bin/python scripts/abstain_decisions.py                 # v1 + v2 dev + tuning sets
    .venv/bin/python scripts/abstain_decisions.py --half odd      # scripts/abstain_tuning2.jsonl: tune half
    .venv/bin/python scripts/abstain_decisions.py --half even     # its other half: measure once, at the end
    .venv/bin/python scripts/abstain_decisions.py --holdout5      # only scripts/abstain_holdout5.jsonl
    .venv/bin/python scripts/abstain_decisions.py --file F.jsonl  # only this file (e.g. a new held-out batch)

Each line: expected (R refuse / A answer), decided, reason, id, question. Only v2 "dev" items are
read (``tune_understanding._rows`` drops the test split before anything looks at it). False
refusals count over every answerable single question of v1 + v2 dev + fresh dev + cold4 + cold5 + the
tuning sets (cold4 and cold5 were measured once, in sessions 4 and 5, and are dev data since; every
item of them is "test", so they are read as a whole; of fresh only the "dev" items are read).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from tune_understanding import (  # noqa: E402
    EXTRA,
    HOLDOUT,
    MODEL,
    ROOT,
    Item,
    abstention_evidence,
    load_extra,
    load_items,
    rules,
)

from pactrag.answer import Assistant  # noqa: E402
from pactrag.config import Settings  # noqa: E402
from pactrag.evals.run import memo_queries  # noqa: E402
from pactrag.examples import hold_out  # noqa: E402
from pactrag.index import Index  # noqa: E402

TUNING2 = ROOT / "scripts/abstain_tuning2.jsonl"
# advice and opinion questions whose verdict the report does or does not state (session 5)
TUNING5 = ROOT / "scripts/abstain_tuning5.jsonl"
# written before the session-5 changes, measured before and once after them
HOLDOUT5 = ROOT / "scripts/abstain_holdout5.jsonl"


def _questions(path: Path, source: str, split: str) -> list[Item]:
    """The single questions of an eval set's ``questions.jsonl`` with this split."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [
        Item(r["id"], r["question"], tuple(r["gold_sections"]), tuple(r["tags"]), source)
        for r in rows
        if r.get("split", "dev") == split
    ]


def _half(item: Item, half: str) -> bool:
    number = int("".join(c for c in item.id if c.isdigit()) or 0)
    return half == "all" or (number % 2 == 1) == (half == "odd")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=("odd", "even", "all"), default="odd", help="of abstain_tuning2")
    parser.add_argument("--only", default="", help="print only these sources (comma-separated)")
    parser.add_argument("--quiet", action="store_true", help="print wrong decisions only")
    parser.add_argument("--holdout5", action="store_true", help="only scripts/abstain_holdout5.jsonl")
    parser.add_argument("--file", type=Path, help="only the questions of this file")
    args = parser.parse_args(argv)
    settings = Settings.from_env()
    assistant = Assistant(settings, index=memo_queries(Index(settings)), use_llm=False)
    if args.file:
        items = load_extra(args.file, args.file.stem)
    elif args.holdout5:
        items = load_extra(HOLDOUT5, "holdout5")
    else:
        items = load_items() + load_extra(EXTRA) + load_extra(HOLDOUT, "holdout")
        items += [i for i in load_extra(TUNING2, "tuning2") if _half(i, args.half)]
        items += load_extra(TUNING5, "tuning5")
        items += _questions(ROOT / "evals/fresh/questions.jsonl", "fresh-dev", "dev")
        items += _questions(ROOT / "evals/cold4/questions.jsonl", "cold4", "test")
        items += _questions(ROOT / "evals/cold5/questions.jsonl", "cold5", "test")
    # the learned scope check (``scope``) is fitted on corpus/examples.jsonl: leave out the questions
    # measured here (a check file outside it is measured against the whole fit)
    hold_out(assistant.index, [i.question for i in items])
    totals: dict[str, list[int]] = {}
    for item, ev in abstention_evidence(assistant, items):
        ruled, reason = rules(assistant, ev)
        refused = ruled or MODEL.probability(ev.signals) < MODEL.threshold
        reason = reason or ("unsupported" if refused else "")
        key = f"{item.source} {'out-of-scope' if item.refuse else 'answerable'}"
        totals.setdefault(key, [0, 0])
        totals[key][0] += refused
        totals[key][1] += 1
        wrong = refused != item.refuse
        if (not args.only or item.source in args.only.split(",")) and (wrong or not args.quiet):
            mark = "!!" if wrong else "  "
            print(
                f"{mark} {'R' if item.refuse else 'A'}->{'R' if refused else 'A'} {reason:28s} {item.id:8s} {item.question}"
            )
    print()
    for key, (n_refused, n) in sorted(totals.items()):
        print(f"  {key:28s} refused {n_refused:3d} / {n:3d} = {n_refused / n:.3f}")
    answerable = [v for k, v in totals.items() if k.endswith("answerable")]
    r, n = sum(v[0] for v in answerable), sum(v[1] for v in answerable)
    print(f"  {'all answerable':28s} refused {r:3d} / {n:3d} = {r / n:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
