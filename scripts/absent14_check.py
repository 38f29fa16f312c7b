"""The absent14 check set (``scripts/absent14_holdout.jsonl``), through the whole product (session 13).

    .venv/bin/python scripts/absent14_check.py --out index/absent14_h_start.json   # totals only
    .venv/bin/python scripts/absent14_check.py --show                              # every item (at the end)

Four groups, written from the report before any code change: ``refuse`` (15 out-of-scope asks in the
report's words: a doer of a named thing, a share, a detail of a thing only named, a typed fact the
report lacks), ``fact`` (15 look-alike controls the report answers), ``partial`` (12 answerable
questions one of whose asks the report lacks: the answer should end with the missing-part line) and
``partial-full`` (6 two-part questions the report answers whole: no line). A line is any of
``messages.MISSING_PART``'s.
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
CHECK = ROOT / "scripts/absent14_holdout.jsonl"


def has_missing_line(text: str) -> bool:
    """The answer's last line is one of ``M.MISSING_PART``'s, its fields filled in with any words (a
    doer's verb, "dat financiert", "daaraan meewerkt")."""
    last = text.rstrip().rsplit("\n", 1)[-1]
    lines = [*getattr(M, "MISSING_PART", {}).values(), getattr(M, "MISSING_DOER_PASSIVE", "")]
    return any(
        line and re.fullmatch(re.sub(r"\\\{\w+\\\}", r"[\\w ]+", re.escape(line)), last) for line in lines
    )


def main(argv: list[str] | None = None, check: Path = CHECK, doc: str = __doc__ or "") -> int:
    """Run ``check`` (a check set of this format) through the product; ``doc`` heads the help."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--out", type=Path, help="write every item's decision and answer here")
    parser.add_argument("--show", action="store_true", help="print every item")
    args = parser.parse_args(argv)
    settings = Settings.from_env()
    assistant = Assistant(settings, index=memo_queries(Index(settings)), use_llm=False)
    rows = [json.loads(line) for line in check.read_text(encoding="utf-8").splitlines() if line.strip()]
    totals: dict[str, list[int]] = {}
    out = []
    for row in rows:
        a = assistant.ask(row["question"])
        group = row["tags"][0]
        line = has_missing_line(a.answer)
        t = totals.setdefault(group, [0, 0, 0])
        t[0] += a.abstained
        t[1] += line and not a.abstained
        t[2] += 1
        out.append(
            {**row, "abstained": a.abstained, "reason": a.abstain_reason, "line": line, "answer": a.answer}
        )
        if args.show:
            print(
                f"{row['id']} {'R' if a.abstained else 'A'} {'L' if line else '-'} {a.abstain_reason:20s} {row['question']}"
            )
    for group, (refused, lined, n) in totals.items():
        print(f"  {group:14s} refused {refused:2d} / {n:2d}   answered with the missing-part line {lined:2d}")
    if args.out:
        args.out.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
