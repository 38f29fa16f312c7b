"""Why English and everyday-words questions miss their first section: a diagnosis, not a test.

    .venv/bin/python scripts/english_misses.py [--sets v1 v2 fresh cold4 …] [--tags english paraphrase fact] [--json OUT]

For every single question tagged ``english`` or ``paraphrase`` (everyday words; ``--tags`` adds
``fact``, the direct questions) of the dev sets (v1, the v2 and fresh ``dev`` splits, cold4-cold10), asked as ``pactrag eval`` asks it (the set's
own questions held out of the examples), whose answer's first source is not a gold section:

- **cause**: the first source against the gold sections' subfacets and kinds: ``top5`` (no gold
  section among the answer's first five sources), ``kind`` (right subfacet, wrong kind: goede
  praktijken / opschaling / drempels / synergiën / toekomstbeeld / aanvullingen), ``subfacet``
  (right kind, wrong subfacet), ``both`` (wrong subfacet and kind), ``other`` (a section outside
  the template's kinds on either side: inleiding, §1, the verdieping's summary …);
- **stage**: what decided it. ``compose`` (retrieval ranked a gold section first, the answer's
  sources do not), ``rare-part`` (a part the rules name, put first: status, participants' list,
  method), ``reorder`` (first before ``within.py``'s reordering of a subfacet's parts or of a
  kind's subfacets), ``offset`` (an English
  question whose unshifted vector ranks a gold section first: ``crosslingual.py``), otherwise the
  part of the fused score that favours the wrong first chunk over the best gold chunk most (the
  fused score is a sum: dense, sentence, bm25, the rules' kind bonus, the named-subfacet bonus,
  the naming prior, the example section / subfacet / kind LDAs, the nearest questions' votes).

Prints one line per miss and the counts per cause and stage, per set.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

from pactrag import crosslingual, examples
from pactrag import retrieve as R
from pactrag.answer import Assistant
from pactrag.config import Settings
from pactrag.evals.run import find_set, load_gold, memo_queries
from pactrag.index import Index

SETS = ("v1", "v2", "fresh", "cold4", "cold5", "cold6", "cold7", "cold8", "cold9", "cold10")
DEV_SPLIT = {"v2", "fresh"}  # only their dev halves may be read
TEMPLATE = {"continue", "start", "stop", "synergie", "toekomstbeeld", "aanvullingen"}
PARTS = (
    "dense",
    "sentence",
    "bm25",
    "rulekind",
    "named",
    "naming",
    "ex-section",
    "ex-subfacet",
    "ex-kind",
    "votes",
)


class Spy:
    """Records the pieces of one ``retrieve`` call."""

    def __init__(self) -> None:
        self.data: dict = {}
        self._fuse = R._fuse
        self._reorder = R.reorder_within
        self._mirror = getattr(R, "reorder_subfacets", None)  # absent before session 9
        self._votes = R.neighbour_prior
        R._fuse = self.fuse
        R.reorder_within = self.reorder
        if self._mirror is not None:
            R.reorder_subfacets = self.mirror
        R.neighbour_prior = self.votes

    def fuse(
        self,
        index,
        tokens,
        sims,
        best,
        dense,
        lexical,
        mask,
        weights,
        kinds,
        named,
        n,
        context=None,
        prior=None,
        learned=None,
    ):
        count = len(index.chunks)

        def full(**kw):
            args = dict(
                weights=(0.0, 0.0, 0.0), kinds=set(), named=None, context=None, prior=None, learned=None
            )
            args.update(kw)
            out, _, _ = self._fuse(index, tokens, sims, best, dense, lexical, mask, n=count, **args)
            v = np.zeros(count)
            for cid, s in out.items():
                v[index.position[cid]] = s
            return v

        if "parts" not in self.data:
            dw, sw, bw = weights
            self.data["parts"] = {
                "dense": full(weights=(dw, 0.0, 0.0)),
                "sentence": full(weights=(0.0, sw, 0.0)),
                "bm25": full(weights=(0.0, 0.0, bw)),
                "rulekind": full(kinds=kinds),
                "named": full(named=named),
                "naming": full(prior=prior),
                "learned": full(learned=learned),
            }
        out = self._fuse(
            index, tokens, sims, best, dense, lexical, mask, weights, kinds, named, n, context, prior, learned
        )
        self.data.setdefault("fused", dict(out[0]))
        return out

    def reorder(self, index, fused, best, qvec):
        out = self._reorder(index, fused, best, qvec)
        self.data.setdefault("within", dict(out))
        return out

    def mirror(self, index, fused, best, qvec, kinds):
        assert self._mirror is not None
        out = self._mirror(index, fused, best, qvec, kinds)
        self.data.setdefault("within", dict(out))
        return out

    def votes(self, *a, **kw):
        v = self._votes(*a, **kw)
        self.data.setdefault("votes", v)
        return v


def example_parts(index: Index, qvec: np.ndarray) -> dict[str, np.ndarray]:
    model = examples.example_model(index)
    out = {}
    for part in model.parts if model else ():
        p = part.distribution(qvec)
        per = p - 1.0 / len(p)
        out[f"ex-{part.name}"] = examples.WEIGHTS[part.name] * np.where(
            part.chunk_class >= 0, per[np.maximum(part.chunk_class, 0)], 0.0
        )
    return out


def first_section(index: Index, scores: dict[str, float]) -> str:
    return index.by_id[min(scores, key=lambda c: (-scores[c], c))].section_id


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="*", default=list(SETS))
    parser.add_argument("--json", type=Path)
    parser.add_argument(
        "--tags", nargs="*", default=["english", "paraphrase"], help="the tags read (fact too)"
    )
    args = parser.parse_args(argv)
    settings = Settings.from_env()
    index = memo_queries(Index(settings))
    sec = {s.section_id: s for s in index.sections}
    spy = Spy()
    rows = []
    for name in args.sets:
        set_dir = find_set(name)
        gold = load_gold(set_dir)
        examples.hold_out(index, [i.question for i in gold])
        assistant = Assistant(settings, index=index, use_llm=False)
        for item in gold:
            if item.conversation or not (set(args.tags) & set(item.tags)) or not item.gold_sections:
                continue
            if name in DEV_SPLIT and item.split != "dev":
                continue
            answer = assistant.ask(item.question)
            srcs = list(dict.fromkeys(h.chunk.section_id for h in answer.sources))
            ok1 = bool(srcs) and srcs[0] in item.gold_sections
            lang = "en" if "english" in item.tags else ("fact" if "fact" in item.tags else "nl")
            row = {
                "set": name,
                "id": item.id,
                "lang": lang,
                "q": item.question,
                "gold": item.gold_sections,
                "hit1": ok1,
                "hit5": any(s in item.gold_sections for s in srcs[:5]),
                "first": srcs[0] if srcs else "",
                "abstained": answer.abstained,
            }
            rows.append(row)
            if ok1:
                continue
            if answer.abstained:
                row.update(cause="refused", stage="abstain")
                print(f"{name:6s} {item.id:8s} {lang} refused", flush=True)
                continue
            spy.data = {}
            qvec = index.embedder.embed_query(item.question)
            hits = R.retrieve(index, item.question, settings.top_k, query_vector=qvec).hits
            d = spy.data
            fused, after = d.get("fused", {}), d.get("within", d.get("fused", {}))
            pre = first_section(index, fused) if fused else ""
            ret = first_section(index, after) if after else ""
            final = hits[0].chunk.section_id if hits else ""
            stage = ""
            if final in item.gold_sections:
                stage = "compose"
            elif ret in item.gold_sections:
                stage = "rare-part"
            elif pre in item.gold_sections:
                stage = "reorder"
            elif lang == "en" and crosslingual.is_english(item.question):
                old = crosslingual.SHIFT
                crosslingual.SHIFT = 0.0
                spy.data = {}
                R.retrieve(index, item.question, settings.top_k, query_vector=qvec)
                crosslingual.SHIFT = old
                d2 = spy.data
                if first_section(index, d2.get("within", d2["fused"])) in item.gold_sections:
                    stage = "offset"
                spy.data = d
            parts = dict(d["parts"])
            parts.pop("learned")
            parts.update(example_parts(index, qvec))
            votes = d.get("votes")
            parts["votes"] = np.zeros(len(index.chunks)) if votes is None else votes
            total = sum(parts.values())
            w0 = index.position[min(fused, key=lambda c: (-fused[c], c))]
            if abs(total[w0] - fused[index.chunks[w0].chunk_id]) > 1e-6:
                print(
                    f"  (parts do not sum to the fused score: {total[w0]:.3f} vs {fused[index.chunks[w0].chunk_id]:.3f})"
                )
            gpos = [p for p, c in enumerate(index.chunks) if c.section_id in item.gold_sections]
            w = index.position[min(fused, key=lambda c: (-fused[c], c))]
            g = max(gpos, key=lambda p: total[p])
            delta = {k: float(v[w] - v[g]) for k, v in parts.items()}
            if not stage:
                stage = max(delta, key=delta.get)
            fs, gs = sec[row["first"]], [sec[s] for s in item.gold_sections]
            if not row["hit5"]:
                cause = "top5"
            elif fs.kind not in TEMPLATE or all(x.kind not in TEMPLATE for x in gs):
                cause = "other"
            else:
                same_sub = any(fs.subfacet_id == x.subfacet_id for x in gs)
                same_kind = any(fs.kind == x.kind for x in gs)
                cause = "kind" if same_sub else ("subfacet" if same_kind else "both")
            row.update(
                cause=cause,
                stage=stage,
                pre=pre,
                ret=ret,
                delta={k: round(v, 2) for k, v in delta.items()},
                gold_kinds=[x.kind for x in gs],
                first_kind=fs.kind,
            )
            print(
                f"{name:6s} {item.id:8s} {lang} {cause:8s} {stage:11s} first {row['first']:10s} gold {','.join(item.gold_sections):16s} {item.question[:90]}",
                flush=True,
            )
        examples.hold_out(index, [])
    print()
    misses = [r for r in rows if not r["hit1"]]
    for key in ("cause", "stage"):
        table: dict[str, Counter] = defaultdict(Counter)
        for r in misses:
            table[r["set"]][r[key]] += 1
            table[f"all-{r['lang']}"][r[key]] += 1
        labels = sorted({r[key] for r in misses})
        print(f"{key:8s}" + "".join(f"{lab:>12s}" for lab in labels) + "   total  asked")
        for s in [*args.sets, "all-en", "all-nl", "all-fact"]:
            asked = sum(1 for r in rows if r["set"] == s or f"all-{r['lang']}" == s)
            print(
                f"{s:8s}"
                + "".join(f"{table[s][lab]:12d}" for lab in labels)
                + f"{sum(table[s].values()):8d}{asked:7d}"
            )
        print()
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
