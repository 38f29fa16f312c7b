"""Write ``corpus/examples.jsonl``: the labelled example questions retrieval learns from
(``pactrag.examples``), taken from the eval sets that are tuning data.

    .venv/bin/python scripts/make_examples.py          # rewrite corpus/examples.jsonl
    .venv/bin/python scripts/make_examples.py --check  # exit 1 when the file is out of date

Which questions: the single questions (not conversation turns: those mean something only in
their conversation) of the tuning sets in ``pactrag.evals.sets``: v1, the ``dev`` halves of v2
and fresh, and every cold set measured once clean, then opened for tuning. A synthesis question's
sections are its gold and its sides' sections; a question with facts keeps them (the words that
answer it: the sentences that hold them are where it was answered, ``pointvotes.py``).
Out-of-scope questions keep an empty section list (``sections: []``): the retrieval prior skips
them; they are there for a model of what is out of scope
(``scope.py``), with the questions written to tune the refusals (``TUNING``).

Never add a held-out set there (v2 test, fresh test, the newest cold set): a question in this file
is answered with its own label's help. ``pactrag eval`` leaves out the questions of the set it
evaluates, so every eval figure stays out of sample (``examples.hold_out``).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from pactrag.evals.sets import TUNING_SETS

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus/examples.jsonl"
REPORT_ID = "toekomstatelier-5"  # every set so far asks about the one bundled report
SOURCES = TUNING_SETS  # the tuning sets, with the split taken (pactrag.evals.sets)


# Questions written to tune the refusals (session 3-5): out-of-scope questions in the report's
# words and answerable controls, the controls mostly without sections (``answerable: true``).
TUNING = ("abstain_tuning", "abstain_tuning2", "abstain_tuning5")


def rows() -> list[dict]:
    out = []
    for name, split in SOURCES:
        path = ROOT / "evals" / name / "questions.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
            if split is not None and item.get("split", "dev") != split:
                continue
            sections = list(item.get("gold_sections") or [])
            sections += [s for side in item.get("sides") or [] for s in side["sections"] if s not in sections]
            row = {
                "report": item.get("report_id", REPORT_ID),
                "question": item["question"],
                "sections": sections,
                "source": f"{name}:{item['id']}",
            }
            if item.get("facts") and "refuse" not in item.get("tags", []):
                row["facts"] = item["facts"]  # where it was answered (pointvotes.py)
            out.append(row)
    for name in TUNING:
        for line in (ROOT / "scripts" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
            row = {
                "report": item.get("report_id", REPORT_ID),
                "question": item["question"],
                "sections": list(item.get("gold_sections") or []),
                "source": f"{name}:{item['id']}",
            }
            if not row["sections"]:
                row["answerable"] = "refuse" not in item["tags"]
            out.append(row)
    return out


def render() -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only say whether the file is up to date")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        print("up to date" if current == text else f"{OUT} is out of date: rerun without --check")
        return 0 if current == text else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {text.count(chr(10))} questions", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
