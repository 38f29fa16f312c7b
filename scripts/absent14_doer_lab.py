"""Should the doer of a named thing, which no sentence of the report supplies, be a refusal? (session
13, absent14). Leave-one-set-out over the eval sets' answers of a run of the start code:

    .venv/bin/python scripts/absent14_doer_lab.py index/absent14_start

A question fires when one of its asks reads a doer asked now (``abstain.DOER``) of a thing it names
(``abstain._names_in``) and no sentence of the report, read with its lead, supplies a doer of it
on ``share`` of the ask's topic (``abstain.on_topic_support``, the refusal's own test). Per held-out
set, ``share`` is the highest of the grid whose refusals keep the other sets' false refusals (the
run's own plus the new ones) within 2 %; reported: what the held-out set gains and loses.
"""

from __future__ import annotations

import ast
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from pactrag.abstain import _CLAUSE, _names_in, _own_words, _read_with_leads, asked_types, on_topic_support
from pactrag.cite import is_dutch
from pactrag.config import Settings
from pactrag.index import Index

BUDGET = 0.02
GRID = (0.0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)


def support(question: str, sentences: list[str], idf: dict[str, float]) -> float | None:
    """The best doer support over the asks that read a doer of a named thing, None when none does."""
    if not is_dutch(question) or not _names_in(_own_words(question)):
        return None
    clauses = [c for c in _CLAUSE.split(question) if c.strip()] or [question]
    asks = [c for c in clauses if "doer" in asked_types(c, doer=True)]
    return min((on_topic_support(c, "doer", sentences, idf) for c in asks), default=None)


def run_items(run: Path) -> Iterator[tuple[str, str, str, bool, bool]]:
    """(set, id, question as answered, out of scope, abstained) of every item of the eval runs under
    ``run`` (one folder per set, as ``pactrag eval --out`` writes them)."""
    for report in sorted(run.glob("*/report*.json")):
        data = json.loads(report.read_text(encoding="utf-8"))
        for item in data["items"]:
            tags = item["tags"] if isinstance(item["tags"], list) else ast.literal_eval(item["tags"])
            q = item.get("standalone_question") or item["question"]
            yield report.parent.name, item["id"], q, "refuse" in tags, item["abstained"] in (True, "True")


def main(argv: list[str]) -> int:
    run = Path(argv[0])
    index = Index(Settings.from_env())
    led = _read_with_leads(index.sentence_texts)
    rows = [(*row, support(row[2], led, index.idf)) for row in run_items(run)]
    sets = sorted({r[0] for r in rows})
    read = [r for r in rows if r[5] is not None]
    print(f"{len(rows)} items, {len(read)} read a doer of a named thing:")
    for r in read:
        print(
            f"  {r[0]:9s} {r[1]:10s} {'R' if r[3] else 'A'} {'abst' if r[4] else 'ans '} support {r[5]:.2f}  {r[2]}"
        )

    def fires(r, share):
        return r[5] is not None and r[5] < share

    def false_rate(rs, share):
        answerable = [r for r in rs if not r[3]]
        return sum(r[4] or fires(r, share) for r in answerable) / max(1, len(answerable))

    def new_false(rs, share):
        return sum((not r[3]) and not r[4] and fires(r, share) for r in rs)

    criteria = {
        "within the 2 % budget (the run's own false refusals plus the new ones)": lambda train, s: (
            false_rate(train, s) <= BUDGET
        ),
        "no new false refusal on the other sets": lambda train, s: new_false(train, s) == 0,
    }

    def midpoint(train):
        """The middle of the gap between the lowest supported answerable question of the other
        sets and the highest out-of-scope one below it."""
        hi = min((r[5] for r in train if r[5] is not None and not r[3]), default=1.0)
        lo = max((r[5] for r in train if r[5] is not None and r[3] and r[5] < hi), default=0.0)
        return (lo + hi) / 2

    choices = {
        name: (lambda train, ok=ok: max((s for s in GRID if ok(train, s)), default=0.0))
        for name, ok in criteria.items()
    }
    choices["at the middle of the other sets' gap"] = midpoint
    choices["fixed at the common topic share (TOPIC_SHARE 0.5, nothing fitted)"] = lambda train: 0.5
    for name, choose in choices.items():
        print(f"\nLOSO, share chosen on the other sets {name}:")
        gained = lost = 0
        for held in sets:
            train = [r for r in rows if r[0] != held]
            share = choose(train)
            test = [r for r in rows if r[0] == held]
            g = sum(r[3] and not r[4] and fires(r, share) for r in test)
            lo = new_false(test, share)
            gained, lost = gained + g, lost + lo
            print(f"  {held:9s} share {share:.2f}  new refusals of out-of-scope {g}  new false refusals {lo}")
        print(f"  total: +{gained} refused out-of-scope, +{lost} false refusals")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
