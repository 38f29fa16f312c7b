"""The refuse16 check set (``scripts/refuse16_holdout.jsonl``), through the whole product (session 15).

    .venv/bin/python scripts/refuse16_check.py --out index/refuse16_h_start.json   # totals only
    .venv/bin/python scripts/refuse16_check.py --show                             # every item (at the end)

30 refusal questions written from the report before any code change, in four groups: ``meta`` (about the
workshop day itself: satisfaction, duration, catering, cost), ``absent`` (a subject the report does not
treat), ``value`` (a value the report lacks about a thing it names) and ``passing`` (a detail of a thing
named once). Each item lists the sections a pointer (or a "what the report does say" part) would be
relevant for (``relevant``; empty: none is). Per group: refused, replies saying "de verslagen" (the
corpus holds one report), pointers, relevant pointers, replies with only unrelated pointers, replies
saying "terloops" and of those how many show the passage.
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
CHECK = ROOT / "scripts/refuse16_holdout.jsonl"


def pointers(text: str, labels: dict[str, str]) -> list[str]:
    """The section ids of the reply's bullet lines that are a section's label (the pointer list)."""
    return [
        labels[line[2:].strip()]
        for line in text.splitlines()
        if line.startswith("- ") and line[2:].strip() in labels
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--out", type=Path, help="write every item's decision and reply here")
    parser.add_argument("--show", action="store_true", help="print every item")
    parser.add_argument(
        "--set", type=Path, default=CHECK, help="the check set (refer17: evals/refer17/refusals.jsonl)"
    )
    args = parser.parse_args(argv)
    settings = Settings.from_env()
    index = memo_queries(Index(settings))
    assistant = Assistant(settings, index=index, use_llm=False)
    labels = {c.label: c.section_id for c in index.chunks}
    rows = [json.loads(line) for line in args.set.read_text(encoding="utf-8").splitlines() if line.strip()]
    keys = ("n", "refused", "plural", "pointers", "relevant", "only_unrelated", "terloops", "shown", "part")
    totals: dict[str, dict[str, int]] = {}
    out = []
    lead = M.ABOUT_LEAD.split("{", 1)[0]
    for row in rows:
        a = assistant.ask(row["question"])
        t = totals.setdefault(row["tags"][0], dict.fromkeys(keys, 0))
        points = pointers(a.answer, labels)
        good = [p for p in points if p in row["relevant"]]
        part = lead in a.answer
        t["n"] += 1
        t["refused"] += a.abstained
        t["plural"] += bool(re.search(r"\bde verslagen\b", a.answer))
        t["pointers"] += len(points)
        t["relevant"] += len(good)
        t["only_unrelated"] += bool(points) and not good
        t["terloops"] += "terloops" in a.answer
        t["shown"] += "terloops" in a.answer and part
        t["part"] += part
        out.append(
            {
                **row,
                "abstained": a.abstained,
                "reason": a.abstain_reason,
                "pointers": points,
                "answer": a.answer,
            }
        )
        if args.show:
            print(f"{row['id']} {'R' if a.abstained else 'A'} {a.abstain_reason:22s} ptr {points} rel {good}")
            print("   " + a.answer.replace("\n", "\n   "))
    print("  group    n  refused  'de verslagen'  pointers  relevant  only-unrelated  terloops(shown)  part")
    for group, t in totals.items():
        print(
            f"  {group:7s} {t['n']:2d}  {t['refused']:7d}  {t['plural']:14d}  {t['pointers']:8d}  {t['relevant']:8d}"
            f"  {t['only_unrelated']:14d}  {t['terloops']:8d}({t['shown']})  {t['part']:4d}"
        )
    if args.out:
        args.out.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
