"""The notfound15b check set (``scripts/notfound15b_holdout.jsonl``) through notfound15's check (session 15).

    .venv/bin/python scripts/notfound15b_check.py --out index/notfound15b_h_start.json   # totals only

Two groups, written from the report before any code change: ``same`` (12 refusal-type questions about a
qualified common noun the report speaks of in the same sense: a part should be shown, holding one of the
item's words) and ``other`` (12 about a noun the report writes only in another sense or another thing:
"de provinciale instantie voor onroerend erfgoed", "het verloop van de verkiezingen": no part).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import notfound15_check as base  # noqa: E402

base.CHECK = base.ROOT / "scripts/notfound15b_holdout.jsonl"

if __name__ == "__main__":
    raise SystemExit(base.main())
