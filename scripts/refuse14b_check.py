"""The refuse14b check set (``scripts/refuse14b_holdout.jsonl``), through the whole product (session 13).

    .venv/bin/python scripts/refuse14b_check.py --out index/refuse14b_h_start.json   # totals only
    .venv/bin/python scripts/refuse14b_check.py --show                              # every item (at the end)

Two groups, written from the report before any code change (session 13, refuse14b): ``refuse`` (15
out-of-scope asks in the report's words: a detail of a thing the report only names, the doer of a thing
named in lower case, a share the report never gives) and ``fact`` (15 look-alike controls the report
answers: details of things it describes at length, lower-case doers it names, shares it gives in words).
Run with ``--out`` for totals, ``--show`` for every item (at the end only).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from absent14_check import main as run_check  # noqa: E402  (the same runner, another set)

CHECK = Path(__file__).resolve().parent / "refuse14b_holdout.jsonl"


def main(argv: list[str] | None = None) -> int:
    return run_check(argv, check=CHECK, doc=__doc__ or "")


if __name__ == "__main__":
    raise SystemExit(main())
