"""Where each missing side of a synthesis answer and each missing list item is lost (sides14).

For every dev synthesis item with ``sides`` and every list item with ``items`` (each set's own
questions held out of the learned parts, as ``pactrag eval``), a side the answer does not cite is
  - "not retrieved": no section of it among the retrieval hits the answer carries (``sources``);
  - "cap": cited once the theme answer's caps (THEME_PER_SUBFACET, THEME_SECTIONS,
    THEME_MANY_SECTIONS) are lifted;
  - "not chosen": retrieved, not cited even without the caps; split by whether the question's
    topic words reach the side's sections at all (``words``) or not (``no words``).
A list item missing from the answer is "not retrieved" (its section not among the hits), "section
not cited", or "cut" (its section cited, the item's words not shown).

    .venv/bin/python scripts/sides14_lab.py [SET ...]
"""

from __future__ import annotations

import sys
from collections import Counter

from pactrag import compose as C
from pactrag.answer import Assistant
from pactrag.config import Settings
from pactrag.evals.metrics import fact_recall, norm
from pactrag.evals.run import find_set, load_gold
from pactrag.examples import hold_out
from pactrag.index import Index
from pactrag.intent import analyse
from pactrag.retrieve import subfacet_titles

SETS = [
    ("v1", ""),
    ("v2", "dev"),
    ("fresh", "dev"),
    *[(f"cold{i}", "") for i in range(4, 14)],
    ("synth6", ""),
    ("synth7", ""),
    ("synth8", ""),
    ("synth9", ""),
    ("synth10", ""),
    ("synth12", ""),
    ("synth13", ""),
    ("list6", ""),
    ("list7", ""),
    ("listsyn8", ""),
]


def run(sets, caps_off: bool):
    settings = Settings.from_env()
    index = Index(settings)
    saved = (C.THEME_PER_SUBFACET, C.THEME_SECTIONS, C.THEME_MANY_SECTIONS)
    if caps_off:
        C.THEME_PER_SUBFACET, C.THEME_SECTIONS, C.THEME_MANY_SECTIONS = 99, 99, 99
    out = {}
    for name, split in sets:
        set_dir = find_set(name)
        items = load_gold(set_dir, "")
        hold_out(index, [i.question for i in items])
        items = [
            i for i in items if (not split or i.split == split) and (i.sides or i.items) and not i.refuse
        ]
        assistant = Assistant(settings, index=index, use_llm=False)
        for item in items:
            a = assistant.ask(item.question)
            cited = {c.section_id for c in a.citations}
            hits = {h.chunk.section_id for h in a.sources}
            out[f"{name}:{item.id}"] = dict(
                q=item.question,
                cited=sorted(cited),
                hits=sorted(hits),
                text=a.answer,
                abstained=a.abstained,
                sides=[(n, list(s)) for n, s in item.sides],
                items=[list(x) for x in item.items],
            )
    C.THEME_PER_SUBFACET, C.THEME_SECTIONS, C.THEME_MANY_SECTIONS = saved
    return out, index


def words_reach(question: str, sections, index) -> bool:
    intent = analyse(question, subfacet_titles(index), index.idf)
    on_topic = C._topic_test(index, intent.topic)
    for s in sections:
        key = next((x for x in index.sections if x.section_id == s), None)
        if key and any(on_topic(p) for p in C.section_points(index, key.report_id, key.section_id)):
            return True
    return False


def main(argv):
    sets = [s for s in SETS if not argv or s[0] in argv]
    base, index = run(sets, False)
    free, _ = run(sets, True)
    sides, items = Counter(), Counter()
    rows = []
    for key, r in base.items():
        for n, secs in r["sides"]:
            if set(secs) & set(r["cited"]):
                sides["covered"] += 1
                continue
            if r["abstained"]:
                cause = "abstained"
            elif set(secs) & set(free[key]["cited"]):
                cause = "cap"
            elif not set(secs) & set(r["hits"]):
                cause = "not retrieved"
            else:
                cause = "not chosen, " + ("words" if words_reach(r["q"], secs, index) else "no words")
            if cause == "not retrieved":
                cause += ", " + ("words" if words_reach(r["q"], secs, index) else "no words")
            sides[cause] += 1
            rows.append((key, n, secs, cause))
        for alts in r["items"]:
            if fact_recall(r["text"], [alts]) == 1.0:
                items["found"] += 1
                continue
            # which section holds the item
            holder = [
                s.section_id
                for s in index.sections
                if any(
                    norm(x)
                    in norm(" ".join(p.text for p in C.section_points(index, s.report_id, s.section_id)))
                    for x in alts
                )
            ]
            if not set(holder) & set(r["hits"]):
                cause = "not retrieved"
            elif not set(holder) & set(r["cited"]):
                cause = "section not cited"
            else:
                cause = "cut"
            items[cause] += 1
            rows.append((key, "item " + alts[0], holder, cause))
    print("SIDES", dict(sides))
    print("ITEMS", dict(items))
    for row in rows:
        print(*row, sep=" | ")
    free_sides = sum(1 for r in free.values() for n, s in r["sides"] if set(s) & set(r["cited"]))
    total = sum(len(r["sides"]) for r in free.values())
    print(f"sides covered with caps off: {free_sides}/{total}")


if __name__ == "__main__":
    main(sys.argv[1:])
