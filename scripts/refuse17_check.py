"""The refuse17 check set (``scripts/refuse17_holdout.jsonl``), through the whole product (session 16).

    .venv/bin/python scripts/refuse17_check.py --out index/refuse17_h_start.json   # totals only
    .venv/bin/python scripts/refuse17_check.py --show                              # every item (at the end)

Two groups, written from the report before any code change (session 16, refuse17): ``refuse`` (16
out-of-scope asks of kinds the typed checks meet: a person's name behind a role, an organisation's
reaction, a count, amount, duration or date the report does not give, world knowledge about a body it
names, the contents of documents it only refers to, personal advice) and ``fact`` (17 controls the report
answers that look like refusals: a count answered by an enumeration, a role asked as "welke functie/taak",
a who-question the status note answers, things named once whose passage is the answer).
Run with ``--out`` for totals, ``--show`` for every item (at the end only).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from absent14_check import main as run_check  # noqa: E402  (the same runner, another set)

CHECK = Path(__file__).resolve().parent / "refuse17_holdout.jsonl"


def main(argv: list[str] | None = None) -> int:
    return run_check(argv, check=CHECK, doc=__doc__ or "")


if __name__ == "__main__":
    raise SystemExit(main())
