"""The notfound15 check set (``scripts/notfound15_holdout.jsonl``), through the whole product (session 14).

    .venv/bin/python scripts/notfound15_check.py --out index/notfound15_h_start.json   # totals only
    .venv/bin/python scripts/notfound15_check.py --show                                 # every item (at the end)

Two groups, written from the report before any code change: ``named`` (30 questions asking a value the
report does not give — a phone number, a budget, a date, a count, a doer — about a thing it does name: a
practice, an organisation, a place, a body; each with words a good "what the report does say" part
holds) and ``unnamed`` (8 such questions about things the report never names: no such part). Per group:
refused, replies with the part (``messages.ABOUT_LEAD``'s opening), parts that hold one of the item's
words, and the reply's mean length in words.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from pactrag import messages as M
from pactrag.answer import Assistant
from pactrag.config import Settings
from pactrag.evals.run import memo_queries
from pactrag.index import Index

ROOT = Path(__file__).resolve().parent.parent
CHECK = ROOT / "scripts/notfound15_holdout.jsonl"


def about_part(text: str) -> str:
    """The reply from the "what the report does say" lead on ("" when it has none)."""
    lead = getattr(M, "ABOUT_LEAD", "")
    opening = lead.split("{", 1)[0] if lead else ""
    return text[text.index(opening) :] if opening and opening in text else ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--out", type=Path, help="write every item's decision and reply here")
    parser.add_argument("--show", action="store_true", help="print every item")
    args = parser.parse_args(argv)
    settings = Settings.from_env()
    assistant = Assistant(settings, index=memo_queries(Index(settings)), use_llm=False)
    rows = [json.loads(line) for line in CHECK.read_text(encoding="utf-8").splitlines() if line.strip()]
    totals: dict[str, list[int]] = {}
    out = []
    for row in rows:
        a = assistant.ask(row["question"])
        group = row["tags"][0]
        part = about_part(a.answer)
        holds = bool(part) and any(w.lower() in part.lower() for w in row["expect_words"])
        t = totals.setdefault(group, [0, 0, 0, 0, 0])
        t[0] += a.abstained
        t[1] += bool(part)
        t[2] += holds
        t[3] += len(a.answer.split())
        t[4] += 1
        out.append(
            {
                **row,
                "abstained": a.abstained,
                "reason": a.abstain_reason,
                "part": bool(part),
                "holds": holds,
                "answer": a.answer,
            }
        )
        if args.show:
            print(
                f"{row['id']} {'R' if a.abstained else 'A'} {'P' if part else '-'} {'H' if holds else '-'} "
                f"{a.abstain_reason:24s} {row['question']}"
            )
    for group, (refused, parts, held, words, n) in totals.items():
        print(
            f"  {group:8s} refused {refused:2d} / {n:2d}   with the part {parts:2d}   part holds the words "
            f"{held:2d}   words per reply {words / n:.0f}"
        )
    if args.out:
        args.out.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
