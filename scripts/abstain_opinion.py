"""Calibrate ``abstain.ASSERTED_SHARE``: when a yes/no question on the asker's own case ("Moet onze
gemeente …?") is answered because a report sentence states the verdict it asks for.

    .venv/bin/python scripts/abstain_opinion.py

Reads the yes/no verdict questions of v1, v2 dev, fresh dev, cold4 and the abstention tuning sets
(never scripts/abstain_holdout5.jsonl). Prints each question's proposition share and, by leave-one-
out, the threshold chosen without it: the lowest share at which no out-of-scope question of the
rest would be answered (answering an opinion question as if the report advised it is the costly
error; the other error still shows the participants' views under the no-advice lead).
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from abstain_decisions import ROOT, TUNING2, TUNING5, _questions  # noqa: E402
from tune_understanding import EXTRA, HOLDOUT, gather, load_extra, load_items  # noqa: E402

from pactrag.abstain import _ASKS_VERDICT, _proposition_share, asks_opinion  # noqa: E402
from pactrag.answer import Assistant  # noqa: E402
from pactrag.config import Settings  # noqa: E402
from pactrag.evals.run import memo_queries  # noqa: E402
from pactrag.index import Index  # noqa: E402

GRID = np.round(np.arange(0.30, 0.81, 0.05), 2)


def choose(shares: np.ndarray, refuse: np.ndarray) -> float:
    """The lowest threshold that answers none of the out-of-scope questions."""
    return float(next(t for t in GRID if not np.any(refuse & (shares >= t))) if len(GRID) else 1.0)


def main() -> int:
    settings = Settings.from_env()
    assistant = Assistant(settings, index=memo_queries(Index(settings)), use_llm=False)
    items = load_items() + load_extra(EXTRA) + load_extra(HOLDOUT, "holdout")
    items += load_extra(TUNING2, "tuning2") + load_extra(TUNING5, "tuning5")
    items += _questions(ROOT / "evals/fresh/questions.jsonl", "fresh-dev", "dev")
    items += _questions(ROOT / "evals/cold4/questions.jsonl", "cold4", "test")
    rows = [i for i in items if asks_opinion(i.question) and _ASKS_VERDICT.search(i.question)]
    shares = np.array(
        [_proposition_share(i.question, gather(assistant, i.question).top, assistant.index.idf) for i in rows]
    )
    refuse = np.array([i.refuse for i in rows])
    wrong = []
    for n, item in enumerate(rows):
        rest = np.arange(len(rows)) != n
        t = choose(shares[rest], refuse[rest])
        decided_answer = shares[n] >= t
        mark = "!!" if decided_answer == item.refuse else "  "
        wrong.append(mark == "!!")
        print(
            f"{mark} {'R' if item.refuse else 'A'} share {shares[n]:.2f} (t={t:.2f}) {item.id:8s} {item.question}"
        )
    answerable = ~refuse
    print(
        f"\nleave-one-out: {sum(wrong)} wrong of {len(rows)}; threshold on all: {choose(shares, refuse):.2f}"
    )
    print(
        f"answerable answered at it: {int(np.sum(shares[answerable] >= choose(shares, refuse)))} / {int(answerable.sum())}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
