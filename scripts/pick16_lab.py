"""Lab for the best passage of the cited section (helper pick16), not a test.

    .venv/bin/python scripts/pick16_lab.py RUN_DIR        # RUN_DIR holds one eval run per set

Reads stored eval runs (``pactrag eval --out RUN_DIR/SET``). Of the direct items (facts, no
list/synthesis tag, answered), those whose first source is a gold section but whose answer misses
a fact are split by cause: the fact's sentence in no point of that section (``not_a_point``), in a
point of a section that is not first (``other_section``), or in a point of the first section that
the answer does not show, with that point's rank among the section's points by the composer's
score (dense + lexical) and by its own best sentence's similarity to the question alone.
"""

from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

import numpy as np

from pactrag import compose
from pactrag.compose import contains_term
from pactrag.config import Settings
from pactrag.evals.metrics import norm
from pactrag.index import Index
from pactrag.lexical import tokenize


def _items(run: Path):
    for f in sorted(run.glob("*/report*.json")):
        for item in json.loads(f.read_text())["items"]:
            yield f.parent.name, item


def main(run: Path) -> None:
    index = Index(Settings.from_env())
    by_label = {}
    for (rid, sid), _sec in index.section_by_key.items():
        for c in compose.chunks_of(index, rid, sid):
            by_label[c.label] = (rid, sid)
    causes: collections.Counter = collections.Counter()
    rows = []
    direct = misses = 0
    for name, item in _items(run):
        tags = set(item["tags"])
        if not item["facts"] or {"list", "synthesis", "refuse"} & tags or item["abstained"]:
            continue
        direct += 1
        said = norm(item["answer"])
        missing = [g for g in item["facts"] if not any(norm(a) in said for a in g)]
        if not missing:
            continue
        misses += 1
        first = by_label.get(item["top5"][0]) if item["top5"] else None
        if first is None or first[1] not in item["gold_sections"]:
            cited = {c["section_id"] for c in item.get("citations", [])}
            causes["gold_cited_not_first" if cited & set(item["gold_sections"]) else "gold_not_cited"] += 1
            continue
        points = compose.section_points(index, *first)
        question = item.get("standalone_question") or item["question"]
        q = index.embedder.embed_query(question)
        q_terms = set(tokenize(question))
        weight = sum(index.idf.get(t, 1.0) for t in q_terms) or 1.0

        def parts(p, q=q, q_terms=q_terms, weight=weight):
            dense = float(np.max(p.vectors @ q)) if p.vectors.shape[0] and p.vectors.shape[1] > 1 else 0.0
            shared = {t for t in q_terms if contains_term(t, p.terms)}
            return dense, compose.LEXICAL_WEIGHT * sum(index.idf.get(t, 1.0) for t in shared) / weight

        sc = [parts(p) for p in points]
        shown = [norm(p.sentences[0])[:60] in said for p in points]
        for g in missing:
            holders = [i for i, p in enumerate(points) if any(norm(a) in norm(p.text) for a in g)]
            if not holders:
                causes["not_a_point_of_first"] += 1
                rows.append((name, item["id"], "not_a_point", question, g, ""))
                continue
            h = holders[0]
            total = [d + lx for d, lx in sc]
            rank_total = sum(1 for t in total if t > total[h])
            held = {t for i, p in enumerate(points) if shown[i] for t in q_terms if contains_term(t, p.terms)}
            new_terms = sorted(t for t in q_terms if t not in held and contains_term(t, points[h].terms))
            causes[f"  (new question term: {bool(new_terms)})"] += 1
            rank_dense = sum(1 for d, _ in sc if d > sc[h][0])
            n_shown = sum(shown)
            beside = [i for i in (h - 1, h + 1) if 0 <= i < len(points) and shown[i]]
            after = "after_shown" if h - 1 in beside else ("before_shown" if beside else "apart")
            if h - 1 in beside:
                prev = points[h - 1]
                same_par = prev.last_paragraph == points[h].paragraph
                runs = compose._runs_on(prev.last_paragraph, points[h])
                after += f"(prev rank {sum(1 for t in [d + lx for d, lx in sc] if t > sc[h - 1][0] + sc[h - 1][1])}, same_par {same_par}, runs_on {runs}, same_list {compose._same_list(prev, points[h])})"
            kind = (
                "shown_point_but_fact_cut"
                if shown[h]
                else (("ranked_top4_not_shown" if rank_total < 4 else "ranked_low") + "/" + after)
            )
            causes[kind] += 1
            rows.append(
                (
                    name,
                    item["id"],
                    kind,
                    question,
                    g,
                    ("direct " if "Dit zegt het verslag" in item["answer"][:40] else "other ")
                    + f"new {new_terms} rank {rank_total}/{len(points)} dense-rank {rank_dense} shown {n_shown} words {len(item['answer'].split())}",
                )
            )
    print(f"direct answered {direct}, missing a fact {misses}")
    for k, v in causes.most_common():
        print(f"  {k:28s} {v}")
    for r in rows:
        print(" | ".join(str(x) for x in r))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
