"""Write ``corpus/turns.jsonl``: the labelled kind-switch turns that teach the follow-up kind model
(``pactrag.turns``) how people ask for another kind in a conversation.

    .venv/bin/python scripts/make_turns.py          # rewrite corpus/turns.jsonl
    .venv/bin/python scripts/make_turns.py --check  # exit 1 when the file is out of date

Which turns: the later turns tagged ``kind-switch`` (the writer's own label: the turn asks another
of the template's kinds than the conversation was on) of the tuning conversations: the ``dev``
conversations of v2 and fresh and every measured cold set (``pactrag.evals.sets``), and the follow-up files in ``scripts/``
(``followup_*.jsonl``) but the newest held-out one (``HELD_OUT``). Each keeps the raw turn as the
user typed it and its gold sections; the model reads the kind of those sections.

Never add a held-out set here (v2 test, fresh test, the newest cold set, the newest follow-up
held-out file): a turn in this file is answered with its own label's help. ``pactrag eval`` leaves
out the questions and turns of the set it evaluates (``examples.hold_out``), so eval figures stay
out of sample; ``scripts/followup_lab9.py`` does the same for a ``scripts/`` file.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from pactrag.evals.sets import TUNING_SETS

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus/turns.jsonl"
REPORT_ID = "toekomstatelier-5"  # every set so far asks about the one bundled report
SETS = TUNING_SETS  # v1 has no kind-switch turns; it adds none
# measured before and after one session's change only (session 9, session 10, session 11)
HELD_OUT = (
    "followup_holdout9.jsonl",
    "followup_holdout10.jsonl",
    "followup_holdout11.jsonl",
    "followup_holdout11b.jsonl",
)


def _turns(path: Path, source: str, split: str | None) -> list[dict]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        if split is not None and row.get("split", "dev") != split:
            continue
        for n, turn in enumerate(row["turns"][1:], 2):
            if "kind-switch" in turn.get("tags", ()) and turn.get("gold_sections"):
                out.append(
                    {
                        "report": REPORT_ID,
                        "question": turn["question"],
                        "sections": list(turn["gold_sections"]),
                        "source": f"{source}:{row['id']}.{n}",
                    }
                )
    return out


def rows() -> list[dict]:
    out = []
    for name, split in SETS:
        out += _turns(ROOT / "evals" / name / "conversations.jsonl", name, split)
    for path in sorted((ROOT / "scripts").glob("followup_*.jsonl")):
        if path.name not in HELD_OUT:
            out += _turns(path, path.stem, None)
    return out


def render() -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if current != text:
            print(f"{OUT.relative_to(ROOT)} is out of date: run scripts/make_turns.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {text.count(chr(10))} turns")
    return 0


if __name__ == "__main__":
    sys.exit(main())
