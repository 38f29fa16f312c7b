"""Which subfacet a turn that does not follow on is about (``Assistant._placed``), out of sample.

    .venv/bin/python scripts/followup_where_probe.py

For every single question, first turn and independent turn with a gold subfacet of v1, v2 dev,
fresh dev and cold4-8 (each set's questions held out of the examples, as ``pactrag eval`` does):
the subfacet of retrieval's best passage against the example model's top subfacet when it is at
least a share and among the best passages, with and without the condition that the question asks
a template kind, and with a word of that subfacet's title in the question as well (session 8,
``TITLED_SUBFACET_SHARE``). Prints per share the questions turned right (+) and wrong (-) per set. Reads no
``test`` row of v2 or fresh.
"""

from __future__ import annotations

from pactrag.config import Settings
from pactrag.evals.run import find_set, load_gold, memo_queries
from pactrag.examples import hold_out, subfacet_probabilities
from pactrag.followup import asked_kinds
from pactrag.index import Index
from pactrag.intent import contains_term
from pactrag.lexical import tokenize
from pactrag.retrieve import retrieve, subfacet_titles

SETS = ("v1", "v2", "fresh", "cold4", "cold5", "cold6", "cold7", "cold8")
SHARES = (0.6, 0.7, 0.8, 0.9, 0.95)
PASSAGES = 2  # the best passages a turn's answer leads with (answer.CONTEXT_HITS)


def rows(index: Index) -> list[dict]:
    sub_of = {s.section_id: s.subfacet_id for s in index.sections}
    titles = {sid: tokenize(t.replace("-", " ")) for sid, t in subfacet_titles(index).items()}
    out = []
    for name in SETS:
        items = load_gold(find_set(name))
        hold_out(index, [i.question for i in items])
        for item in items:
            if name in ("v2", "fresh") and item.split != "dev":
                continue
            if item.turn and item.turn > 1 and "independent" not in item.tags:
                continue
            gold = {sub_of.get(s, "") for s in item.gold_sections} - {""}
            if not gold:
                continue
            found = retrieve(index, item.question, PASSAGES)
            subfacets = [h.chunk.subfacet_id for h in found.hits]
            shares = subfacet_probabilities(index, found.query_vector)
            share, top = max((p, key[1]) for key, p in shares.items())
            first = next((s for s in subfacets if s), "")
            kind = bool(asked_kinds(item.question))
            words = set(tokenize(item.question))
            titled = any(contains_term(t, words) for t in titles.get(top, ()))
            out.append(
                dict(
                    set=name,
                    gold=gold,
                    first=first,
                    subs=subfacets,
                    top=top,
                    share=share,
                    kind=kind,
                    titled=titled,
                )
            )
    return out


def main() -> int:
    data = rows(memo_queries(Index(Settings.from_env())))
    for condition in ("kind asked", "kind and title word", "every question"):
        for share in SHARES:
            line, won, lost = [], 0, 0
            for name in SETS:
                plus = minus = 0
                for r in (r for r in data if r["set"] == name):
                    if condition != "every question" and not r["kind"]:
                        continue
                    if condition == "kind and title word" and not r["titled"]:
                        continue
                    if r["top"] == r["first"] or r["share"] < share or r["top"] not in r["subs"]:
                        continue
                    plus += r["top"] in r["gold"] and r["first"] not in r["gold"]
                    minus += r["first"] in r["gold"] and r["top"] not in r["gold"]
                won, lost = won + plus, lost + minus
                line.append(f"{name}:+{plus}-{minus}")
            print(f"{condition:15s} >= {share:.2f}: +{won} -{lost} | {' '.join(line)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
