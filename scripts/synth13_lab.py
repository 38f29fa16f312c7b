"""Lab (session 12, synth13): how a theme answer across subfacets chooses each subfacet's sections.

For the synthesis questions with sides of the given sets (each set held out from the examples, as
``pactrag eval`` does; v2 and fresh: their dev split only), side coverage under each way of
filling a subfacet's places (``compose._by_own_theme``): ``words`` (the theme words' weight alone,
the session-11 order), ``frame`` (sentences against the question's vector without the measured
frame, less their hubness among the labelled themes: the product form), ``nohub`` (the same
without the hubness), ``plain`` (sentences against the whole question vector), ``borda`` (the
sum of the words' rank and the frame form's rank). ``--show`` prints the answers whose sides differ.
Usage: ``python scripts/synth13_lab.py cold5 cold8 fresh [--show]``. It needs the product form
(``themeframe.py``, ``compose._by_own_theme``): run it at commit c718e23 (the branch reverts it).
"""

from __future__ import annotations

import json
import sys

import numpy as np

from pactrag import compose
from pactrag.answer import Assistant
from pactrag.config import Settings
from pactrag.evals.run import find_set
from pactrag.examples import hold_out
from pactrag.index import Index

ORIGINAL = compose._by_own_theme
MODES = ("words", "frame", "nohub")


def _borda(weighed, theme):
    if theme is None:
        return weighed
    by_sub: dict[str, list] = {}
    for e in weighed:
        by_sub.setdefault(e[3].subfacet_id, []).append(e)
    queues = {}
    for sub, entries in by_sub.items():
        dense = sorted(entries, key=lambda t: compose._own_theme_strength(t[4], theme), reverse=True)
        rank = {id(e): i + dense.index(e) for i, e in enumerate(entries)}
        queues[sub] = sorted(entries, key=lambda e: (rank[id(e)], entries.index(e)))
    return [queues[e[3].subfacet_id].pop(0) for e in weighed]


def main(argv: list[str]) -> None:
    show = "--show" in argv
    names = [a for a in argv if not a.startswith("--")]
    settings = Settings.from_env()
    index = Index(settings)
    mode = {"m": "frame"}
    plain_q: dict = {}
    real_theme_vector = compose.theme_vector

    def theme_vector(idx, q):
        if mode["m"] == "plain":
            return None if q is None else np.asarray(q) / np.linalg.norm(q)
        return real_theme_vector(idx, q)

    def by_own_theme(weighed, theme, themes=None):
        if mode["m"] == "words":
            return weighed
        if mode["m"] == "borda":
            return _borda(weighed, theme)
        if mode["m"] in ("nohub", "plain"):
            return ORIGINAL(weighed, theme, None)
        return ORIGINAL(weighed, theme, themes)

    compose.theme_vector = theme_vector
    compose._by_own_theme = by_own_theme
    totals = {m: [0.0, 0] for m in MODES}
    for name in names:
        set_dir = find_set(name)
        rows = [json.loads(x) for x in (set_dir / "questions.jsonl").read_text().splitlines() if x.strip()]
        rows = [
            r for r in rows if r.get("sides") and (name not in ("v2", "fresh") or r.get("split") == "dev")
        ]
        hold_out(index, [r["question"] for r in rows])
        assistant = Assistant(settings, index=index, use_llm=False)
        per = {m: 0.0 for m in MODES}
        for r in rows:
            got = {}
            for m in MODES:
                mode["m"] = m
                cited = {c.section_id for c in assistant.ask(r["question"]).citations}
                got[m] = [s["name"] for s in r["sides"] if cited & set(s["sections"])]
                per[m] += len(got[m]) / len(r["sides"])
            if show and len({tuple(v) for v in got.values()}) > 1:
                print(
                    f"  {r['id']} {r['question'][:90]}\n    "
                    + " | ".join(f"{m}:{len(v)}" for m, v in got.items())
                )
        for m in MODES:
            totals[m][0] += per[m]
            totals[m][1] += len(rows)
        print(name, len(rows), " ".join(f"{m}={per[m] / max(len(rows), 1):.3f}" for m in MODES), flush=True)
    print("pooled", " ".join(f"{m}={t[0] / max(t[1], 1):.3f}" for m, t in totals.items()))
    del plain_q


if __name__ == "__main__":
    main(sys.argv[1:])
