"""english16: how reliably the product tells an English question from a Dutch one.

Every question of every dev set (single questions and conversation turns; v2 and fresh: dev split
only) and the app's example questions, read by ``language_of``: English-tagged items detected,
Dutch items taken for English (the false positives: a Dutch question must never get an English
frame). Conversation turns are read with the turns before them (a short turn without evidence
keeps the conversation's language).

    .venv/bin/python scripts/english16_lab.py [--show]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from pactrag import messages as M
from pactrag.cite import language_of

ROOT = Path(__file__).resolve().parents[1]
SETS = ["v1", *(f"cold{i}" for i in range(4, 16)), "v2", "fresh", "every15", "trans14", "english16"]
DEV_ONLY = {"v2", "fresh"}  # their test split is never opened


def _items(name: str):
    folder = ROOT / "evals" / name
    for file in ("questions.jsonl", "conversations.jsonl"):
        path = folder / file
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
            if name in DEV_ONLY and item.get("split") != "dev":
                continue
            if "turns" in item:
                earlier: list[str] = []
                for turn in item["turns"]:
                    yield turn["question"], "english" in turn.get("tags", []), tuple(earlier)
                    earlier.append(turn["question"])
            else:
                yield item["question"], "english" in item.get("tags", []), ()


def main() -> None:
    show = "--show" in sys.argv
    total = {"en": 0, "en_found": 0, "nl": 0, "nl_as_en": 0}
    print(f"{'set':10} {'English':>8} {'found':>6} {'Dutch':>6} {'as EN':>6}")
    for name in SETS:
        row = {"en": 0, "en_found": 0, "nl": 0, "nl_as_en": 0}
        for question, english, earlier in _items(name):
            said = language_of(question, earlier)
            if english:
                row["en"] += 1
                row["en_found"] += said == "en"
                if show and said != "en":
                    print(f"  missed  {name}: {question}")
            else:
                row["nl"] += 1
                row["nl_as_en"] += said == "en"
                if show and said == "en":
                    print(f"  FALSE   {name}: {question}")
        for k in total:
            total[k] += row[k]
        print(f"{name:10} {row['en']:8} {row['en_found']:6} {row['nl']:6} {row['nl_as_en']:6}")
    app = sum(language_of(q) == "en" for q in M.APP_EXAMPLES)
    print(f"{'total':10} {total['en']:8} {total['en_found']:6} {total['nl']:6} {total['nl_as_en']:6}")
    print(f"app examples taken for English: {app} of {len(M.APP_EXAMPLES)}")


if __name__ == "__main__":
    main()
