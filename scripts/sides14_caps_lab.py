"""Lab (sides14): side coverage and words per synthesis answer over the dev synthesis items
(``sides14_lab.SETS``, each set held out) with the theme answer's caps set from the command line.

    .venv/bin/python scripts/sides14_caps_lab.py PER_SUBFACET SECTIONS MANY_SECTIONS
"""

from __future__ import annotations

import sys
from collections import defaultdict

from sides14_lab import SETS

from pactrag import compose as C
from pactrag.answer import Assistant
from pactrag.config import Settings
from pactrag.evals.run import find_set, load_gold
from pactrag.examples import hold_out
from pactrag.index import Index


def main(argv: list[str]) -> None:
    C.THEME_PER_SUBFACET, C.THEME_SECTIONS, C.THEME_MANY_SECTIONS = (int(a) for a in argv[:3])
    settings = Settings.from_env()
    index = Index(settings)
    per_set = defaultdict(lambda: [0, 0, 0, 0])  # sides covered, sides, words, answers
    for name, split in SETS:
        items = load_gold(find_set(name), "")
        hold_out(index, [i.question for i in items])
        assistant = Assistant(settings, index=index, use_llm=False)
        for item in items:
            if (split and item.split != split) or not item.sides or item.refuse:
                continue
            a = assistant.ask(item.question)
            cited = {c.section_id for c in a.citations}
            row = per_set[name]
            row[0] += 0 if a.abstained else sum(1 for _, s in item.sides if cited & set(s))
            row[1] += len(item.sides)
            row[2] += len(a.answer.split())
            row[3] += 1
    for name, (c, n, w, k) in per_set.items():
        print(f"{name}\t{c}/{n}\t{c / n:.3f}\twords {w / k:.0f}")
    c, n, w, k = (sum(r[i] for r in per_set.values()) for i in range(4))
    print(f"ALL\t{c}/{n}\t{c / n:.3f}\twords {w / k:.0f}")


if __name__ == "__main__":
    main(sys.argv[1:])
