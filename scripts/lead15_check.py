"""The lead15 check set (``scripts/lead15_holdout.jsonl``), through the whole product (session 14).

    .venv/bin/python scripts/lead15_check.py --out index/lead15_h_start.json   # totals only
    .venv/bin/python scripts/lead15_check.py --show                            # every item (at the end)

Written from the report before any code change, about the practices and points the report gives as a
heading line without a colon with bullets under it ("Landbouwkalender in de Westhoek" / "- Gemeentes,
OCMW's, mutualiteiten, CAW"). Three groups: ``fact`` (who / where / how many / what of such a
practice, which its bullets answer: not refused, every fact group found, and the answer's first point
holds ``lead``, the practice's own line), ``refuse`` (a close ask the report does not answer: a cost,
a date, a count, a doer it does not name) and ``partial`` (two asks, one missing: the answer should end
with the missing-part line).
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from pactrag import messages as M
from pactrag.answer import Assistant
from pactrag.config import Settings
from pactrag.evals.run import memo_queries
from pactrag.index import Index

ROOT = Path(__file__).resolve().parent.parent
CHECK = ROOT / "scripts/lead15_holdout.jsonl"


def has_missing_line(text: str) -> bool:
    """The answer's last line is one of ``M.MISSING_PART``'s, its fields filled in with any words."""
    last = text.rstrip().rsplit("\n", 1)[-1]
    lines = [*getattr(M, "MISSING_PART", {}).values(), getattr(M, "MISSING_DOER_PASSIVE", "")]
    return any(
        line and re.fullmatch(re.sub(r"\\\{\w+\\\}", r"[\\w ]+", re.escape(line)), last) for line in lines
    )


def first_point(text: str) -> str:
    """The answer's first point: its first "- " line after the lead line with the sub-items under it
    ("- Regiodeals:" / "  - Instrument in Nederland"), or the first line after the lead."""
    lines = [x for x in text.split("\n") if x.strip()][1:]
    start = next((k for k, x in enumerate(lines) if x.startswith("- ")), None)
    if start is None:
        return lines[0] if lines else ""
    end = next((k for k in range(start + 1, len(lines)) if not lines[k].startswith("  ")), len(lines))
    return "\n".join(lines[start:end])


def found(text: str, facts: list[list[str]]) -> tuple[int, int]:
    low = text.lower()
    return sum(any(f.lower() in low for f in group) for group in facts), len(facts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--out", type=Path, help="write every item's decision and answer here")
    parser.add_argument("--show", action="store_true", help="print every item")
    args = parser.parse_args(argv)
    settings = Settings.from_env()
    assistant = Assistant(settings, index=memo_queries(Index(settings)), use_llm=False)
    rows = [json.loads(line) for line in CHECK.read_text(encoding="utf-8").splitlines() if line.strip()]
    totals: dict[str, dict[str, int]] = {}
    out = []
    for row in rows:
        a = assistant.ask(row["question"])
        group = row["tags"][0]
        line = has_missing_line(a.answer)
        got, n = found(a.answer, row.get("facts", [])) if not a.abstained else (0, len(row.get("facts", [])))
        led = (
            bool(row.get("lead")) and not a.abstained and row["lead"].lower() in first_point(a.answer).lower()
        )
        t = totals.setdefault(
            group, {"n": 0, "refused": 0, "line": 0, "facts": 0, "fact_groups": 0, "led": 0}
        )
        t["n"] += 1
        t["refused"] += a.abstained
        t["line"] += line and not a.abstained
        t["facts"] += got
        t["fact_groups"] += n
        t["led"] += led
        out.append(
            {
                **row,
                "abstained": a.abstained,
                "reason": a.abstain_reason,
                "line": line,
                "led": led,
                "facts_found": got,
                "answer": a.answer,
            }
        )
        if args.show:
            mark = f"{'R' if a.abstained else 'A'} {'L' if line else '-'} {'F' if led else '-'} {got}/{n}"
            print(f"{row['id']} {mark} {a.abstain_reason:20s} {row['question']}")
    for group, t in totals.items():
        print(
            f"  {group:8s} n {t['n']:2d}  refused {t['refused']:2d}  missing-part line {t['line']:2d}  "
            f"facts {t['facts']}/{t['fact_groups']}  first point holds the practice's line {t['led']:2d}"
        )
    if args.out:
        args.out.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
