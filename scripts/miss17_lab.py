"""Lab for the answering sentence of a shown section that the answer leaves out (helper miss17), not a test.

    .venv/bin/python scripts/miss17_lab.py [SET ...]      # the causes table (default: every dev set)

Answers every single dev question with facts (each set with its own questions held out, as
``pactrag eval`` does). An answer counts when its first cited section is gold and a required fact
is not shown although it stands in the text of a cited section. Each such fact is given a cause by
answering again with one part of the composer switched off:

- ``stop``: shown with pad16's stop off (``STOP_PROBABILITY`` 0);
- ``floor``: shown with the choice's floor and limit off (``FACT_MARGIN``/``LIST_MARGIN`` 1,
  ``FACT_LIMIT``/``LIST_LIMIT`` 50: every point of the retrieved sections is a candidate);
- ``not_a_point``: the fact stands in no point of its section (the chunking glued it into a quote,
  a label or a fragment the points drop);
- ``never_candidate``: in a point, but not shown even with both off (the answer was built by
  another path: per ask, per theme, an item list, a follow-up);
- ``cut_in_point``: its point is shown but the fact not (a point shown in part).

The English flag says whether the question is English (``cite.language_of``).
"""

from __future__ import annotations

import collections
import sys

from pactrag import compose
from pactrag.answer import Assistant
from pactrag.cite import language_of
from pactrag.config import Settings
from pactrag.evals.metrics import norm
from pactrag.evals.run import find_set, load_gold, memo_queries
from pactrag.examples import hold_out
from pactrag.index import Index

SETS = ("v1", *(f"cold{i}" for i in range(4, 18)), "v2", "fresh")


def _shown(said: str, group: tuple[str, ...]) -> bool:
    return any(norm(a) in said for a in group)


def main(sets: list[str]) -> None:
    settings = Settings.from_env()
    index = memo_queries(Index(settings))
    assistant = Assistant(settings, index=index, use_llm=False)
    base = {
        k: getattr(compose, k)
        for k in ("STOP_PROBABILITY", "FACT_MARGIN", "LIST_MARGIN", "FACT_LIMIT", "LIST_LIMIT")
    }

    def ask(question: str, **over: float):
        for k, v in {**base, **over}.items():
            setattr(compose, k, v)
        try:
            return assistant.ask(question)
        finally:
            for k, v in base.items():
                setattr(compose, k, v)

    causes: collections.Counter = collections.Counter()
    per_set: collections.Counter = collections.Counter()
    rows = []
    answers = 0
    for name in sets:
        set_dir = find_set(name)
        gold = load_gold(set_dir)
        items = [
            i
            for i in gold
            if not i.conversation
            and i.facts
            and not i.refuse
            and (name not in ("v2", "fresh") or i.split == "dev")
        ]
        hold_out(index, [i.question for i in gold])
        for item in items:
            answer = ask(item.question)
            if answer.abstained or not answer.citations:
                continue
            answers += 1
            first = answer.citations[0]
            if first.section_id not in item.gold_sections:
                continue
            said = norm(answer.answer)
            texts = {
                c.section_id: norm(index.section_by_key[(c.report_id, c.section_id)].text)
                for c in answer.citations
            }
            missing = [g for g in item.facts if not _shown(said, g)]
            missing = [g for g in missing if any(_shown(t, g) for t in texts.values())]
            if not missing:
                continue
            english = language_of(item.question) == "en"
            no_stop = norm(ask(item.question, STOP_PROBABILITY=0.0).answer)
            wide = norm(
                ask(
                    item.question,
                    STOP_PROBABILITY=0.0,
                    FACT_MARGIN=1.0,
                    LIST_MARGIN=1.0,
                    FACT_LIMIT=50,
                    LIST_LIMIT=50,
                ).answer
            )
            for g in missing:
                sid = next(s for s, t in texts.items() if _shown(t, g))
                points = compose.section_points(index, first.report_id, sid)
                holders = [
                    p for p in points if _shown(norm(" ".join((p.antecedent, *p.sentences, *p.pieces))), g)
                ]
                if _shown(no_stop, g):
                    cause = "stop"
                elif _shown(wide, g):
                    cause = "floor"
                elif not holders:
                    cause = "not_a_point"
                elif any(norm(p.sentences[0])[:60] in said for p in holders):
                    cause = "cut_in_point"
                else:
                    cause = "never_candidate"
                causes[cause] += 1
                causes[f"{cause} (English)"] += english
                per_set[name] += 1
                rows.append(
                    (name, item.id, cause, "en" if english else "nl", sid, item.question, "/".join(g))
                )
        print(name, len(items), "items", flush=True)
    print(f"answered {answers}; facts of a gold first section missing though shown-section text holds them:")
    for k, v in sorted(causes.items()):
        if v:
            print(f"  {k:28s} {v}")
    print(" ".join(f"{k}:{v}" for k, v in per_set.items()))
    for r in rows:
        print(" | ".join(r))


if __name__ == "__main__":
    main(sys.argv[1:] or list(SETS))
