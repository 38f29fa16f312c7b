"""Side coverage of synthesis answers on tuning data only: v2 *dev* synthesis items and the
hand-written dev-only set ``evals/extra_synthesis_dev.jsonl``. Never reads v2 test items.

    .venv/bin/python scripts/synthesis_dev.py            # figures and failures
    .venv/bin/python scripts/synthesis_dev.py --show     # and every answer
    .venv/bin/python scripts/synthesis_dev.py --holdout  # only the held-out set (measure rarely)
    .venv/bin/python scripts/synthesis_dev.py --dump F   # also write every answer to F (json)
    .venv/bin/python scripts/synthesis_dev.py --file F   # only the set in F (e.g. a held-out set)

Also the dev half of the cold set (``evals/fresh``, even ids) and, per set, the mean number of
cited sections per answer (an answer that cites everything covers every side).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from pactrag.answer import Assistant

ROOT = Path(__file__).resolve().parent.parent


def items() -> dict[str, list[dict]]:
    dev = []
    for line in (ROOT / "evals/v2/questions.jsonl").read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        if d.get("split") == "dev" and "synthesis" in d.get("tags", []):
            dev.append(d)
    extra = [json.loads(x) for x in (ROOT / "evals/extra_synthesis_dev.jsonl").read_text().splitlines() if x]
    # written after the mechanisms, run as a check of wordings they were not shaped on
    check = [
        json.loads(x) for x in (ROOT / "evals/extra_synthesis_check.jsonl").read_text().splitlines() if x
    ]
    fresh = []
    for line in (ROOT / "evals/fresh/questions.jsonl").read_text(encoding="utf-8").splitlines():
        d = json.loads(line) if line else {}
        if d.get("split") == "dev" and "synthesis" in d.get("tags", []):
            fresh.append(d)
    if "--file" in sys.argv:  # a set of one's own, e.g. held out: measured before and at the end
        path = Path(sys.argv[sys.argv.index("--file") + 1])
        return {path.stem: [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x]}
    if "--holdout" in sys.argv:  # written for session 4, held out: measured before and at the end
        hold = [
            json.loads(x)
            for x in (ROOT / "evals/extra_synthesis_holdout.jsonl").read_text().splitlines()
            if x
        ]
        return {"holdout": hold}
    return {"v2 dev": dev, "extra dev": extra, "extra check": check, "fresh dev": fresh}


def main() -> None:
    show = "--show" in sys.argv
    assistant = Assistant(use_llm=False)
    dump = sys.argv[sys.argv.index("--dump") + 1] if "--dump" in sys.argv else ""
    answers = {}
    for name, group in items().items():
        total = 0.0
        n_cited = 0
        for d in group:
            a = assistant.ask(d["question"])
            cited = {c.section_id for c in a.citations}
            got = [s["name"] for s in d["sides"] if cited & set(s["sections"])]
            cov = 0.0 if a.abstained else len(got) / len(d["sides"])
            n_cited += len(cited)
            answers[d["id"]] = {"question": d["question"], "coverage": cov, "answer": a.answer}
            total += cov
            missing = [s["name"] for s in d["sides"] if s["name"] not in got]
            if show or cov < 1:
                print(f"\n## {d['id']} {cov:.2f} missing={missing} cited={sorted(cited)}\n{d['question']}")
                if show:
                    print(a.answer)
        print(
            f"\n==> {name}: side coverage {total / len(group):.3f} over {len(group)} items, "
            f"{n_cited / len(group):.2f} cited sections per answer\n"
        )
    if dump:
        Path(dump).write_text(json.dumps(answers, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
