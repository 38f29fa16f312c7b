"""Leave-one-set-out lab for retrieval levers beyond the example prior, not a test.

    .venv/bin/python scripts/retr_lab.py dump     # one retrieval per labelled question -> index/retr_lab.npz
    .venv/bin/python scripts/retr_lab.py eval     # levers measured offline on the dump

The lever kept from it is ``neighbours.py`` (the nearest labelled questions' votes); ``eval``
prints it at the module's constants, and the grids of NOTES.md session 7 were run on the same
``Lab`` (``knn_dense``, ``knn_bm25``).

``dump`` runs ``retrieve`` once per answerable example with its own set held out (as
``tune_examples.py``) and keeps, per question and chunk, the fused score's parts (the base
fusion and the example prior apart), the query vector and the set. ``eval`` then adds candidate
levers computed from the *other* sets' examples only (leave-one-set-out) and ranks offline:
section hit@1 / hit@5 of the top 6 chunks, pooled, per set and per tag.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

from pactrag import crosslingual, examples, neighbours
from pactrag import retrieve as retrieve_mod
from pactrag.config import Settings
from pactrag.crosslingual import is_english
from pactrag.evals.run import memo_queries
from pactrag.index import Index
from pactrag.lexical import BM25Index, tokenize

ROOT = Path(__file__).resolve().parents[1]
TAGS = ("fact", "paraphrase", "english", "list", "synthesis")
DUMP = ROOT / "index" / "retr_lab.npz"


def _rows(settings: Settings) -> tuple[list[examples.Example], dict[str, tuple[str, ...]]]:
    rows, problems = examples.read_examples(examples.examples_path(settings))
    tags: dict[str, tuple[str, ...]] = {}
    for name in {e.set_name for e in rows}:
        path = ROOT / "evals" / name / "questions.jsonl"
        path = path if path.exists() else ROOT / "scripts" / f"{name}.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                tags[f"{name}:{item['id']}"] = tuple(item["tags"])
    return [e for e in rows if e.sections], tags


def dump() -> None:
    settings = Settings.from_env()
    index = memo_queries(Index(settings))
    rows, _tags = _rows(settings)
    vectors = examples.example_vectors(settings, index.embedder, [e.question for e in rows])
    captured: dict[str, np.ndarray] = {}
    original = retrieve_mod._fuse

    def spy(
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
        expansion=None,
    ):
        count = len(index.chunks)

        def full(**kw):
            args = dict(
                weights=(0.0, 0.0, 0.0),
                kinds=set(),
                named=None,
                context=None,
                prior=None,
                learned=None,
                expansion=None,
            )
            args.update(kw)
            out, _, _ = original(index, tokens, sims, best, dense, lexical, mask, n=count, **args)
            v = np.zeros(count)
            for cid, s in out.items():
                v[index.position[cid]] = s
            return v

        dw, sw, bw = weights
        captured["dense"] = full(weights=(dw, 0.0, 0.0))
        captured["sentence"] = full(weights=(0.0, sw, 0.0))
        # the word bridge's expansion (bridge.py) is part of BM25 in the fused score
        captured["bm25"] = full(weights=(0.0, 0.0, bw), expansion=expansion)
        captured["kind"] = full(kinds=kinds)
        captured["named"] = full(named=named)
        captured["naming"] = full(prior=prior)
        captured["learned"] = full(learned=learned)
        captured["best"] = np.asarray(best, dtype=np.float64)
        return original(
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
            context,
            prior,
            learned,
            expansion,
        )

    retrieve_mod._fuse = spy
    # the nearest-question votes are what eval adds back (knn_dense, knn_bm25): left out here
    neighbours.DENSE_WEIGHT = neighbours.LEXICAL_WEIGHT = 0.0
    parts: dict[str, list[np.ndarray]] = defaultdict(list)
    order: list[int] = []
    for source in sorted({e.set_name for e in rows}):
        held = [i for i, e in enumerate(rows) if e.set_name == source]
        examples.hold_out(index, [rows[i].question for i in held])
        for i in held:
            captured.clear()
            retrieve_mod.retrieve(index, rows[i].question, 6, query_vector=vectors[i])
            for name, v in captured.items():
                parts[name].append(v)
            order.append(i)
        print(source, len(held), file=sys.stderr)
    examples.hold_out(index, [])
    np.savez(
        DUMP,
        order=np.array(order),
        qvec=vectors[order],
        **{name: np.array(v) for name, v in parts.items()},
    )


# -- offline evaluation --------------------------------------------------------------------


class Lab:
    def __init__(self) -> None:
        settings = Settings.from_env()
        self.index = Index(settings)
        rows, self.tags = _rows(settings)
        data = np.load(DUMP)
        self.rows = [rows[i] for i in data["order"]]
        self.parts = {k: data[k] for k in data.files if k not in ("order",)}
        self.qvec = self.parts.pop("qvec").astype(np.float64)
        chunks = self.index.chunks
        self.chunk_section = np.array([f"{c.report_id}\x00{c.section_id}" for c in chunks])
        self.sections = sorted(set(self.chunk_section))
        self.sec_no = {s: i for i, s in enumerate(self.sections)}
        self.chunk_sec = np.array([self.sec_no[s] for s in self.chunk_section])
        self.gold = [{self.sec_no[f"{e.report_id}\x00{s}"] for s in e.sections} for e in self.rows]
        self.sets = np.array([e.set_name for e in self.rows])
        self.text = [c.text for c in chunks]
        matrix, _ = self.index._chunk_matrix()
        self.chunk_vec = matrix.astype(np.float64)
        self.base = sum(self.parts[k] for k in ("dense", "sentence", "bm25", "kind", "named", "naming"))

    def first_gold(self, q: int, row: np.ndarray) -> int | None:
        """The rank of question ``q``'s first gold section among the sections of the top 6
        distinct chunks by ``row`` (its scores per chunk); None when none is there."""
        seen, secs = set(), []
        for p in np.argsort(-row, kind="stable"):
            if self.text[p] in seen:
                continue
            seen.add(self.text[p])
            secs.append(self.chunk_sec[p])
            if len(seen) >= 6:
                break
        secs = list(dict.fromkeys(secs))
        return next((i for i, s in enumerate(secs) if s in self.gold[q]), None)

    def score(self, total: np.ndarray) -> dict:
        out: dict[str, list[tuple[float, float]]] = defaultdict(list)
        for q in range(len(self.rows)):
            first = self.first_gold(q, total[q])
            s = (float(first == 0), float(first is not None and first < 5))
            e = self.rows[q]
            for g in ("all", e.set_name, *[t for t in self.tags.get(e.source, ()) if t in TAGS]):
                out[g].append(s)
        return {
            g: (float(np.mean([a for a, _ in v])), float(np.mean([b for _, b in v])), len(v))
            for g, v in out.items()
        }

    def show(self, title: str, total: np.ndarray) -> dict:
        r = self.score(total)
        order = ["all", *sorted(g for g in r if g not in ("all", *TAGS)), *[t for t in TAGS if t in r]]
        print(f"{title:40s} " + " ".join(f"{g[:6]} {r[g][0]:.3f}/{r[g][1]:.3f}" for g in order), flush=True)
        return r

    # candidate levers: each returns (questions, chunks) extra scores, fitted without the
    # question's own set

    def train(self, s: str) -> np.ndarray:
        """The other sets' examples, minus any whose text a held-out question repeats (as
        ``examples.hold_out`` does in ``pactrag eval``)."""
        held = {
            " ".join(e.question.lower().split()) for e, t in zip(self.rows, self.sets, strict=True) if t == s
        }
        return np.array(
            [
                i
                for i, e in enumerate(self.rows)
                if self.sets[i] != s and " ".join(e.question.lower().split()) not in held
            ]
        )

    def vote_to_chunks(self, votes: np.ndarray) -> np.ndarray:
        """(questions, sections) -> (questions, chunks), minus the even share."""
        v = votes - votes.mean(1, keepdims=True)
        return v[:, self.chunk_sec]

    def shipped_votes(self) -> tuple[np.ndarray, np.ndarray]:
        """The nearest questions' votes as ``neighbours.py`` ships them, and per question whether
        they count (its closest sentence, read with its own vector as retrieval passes it, below
        the own-words quantile of the other sets). An English question's vector vote reads the
        vectors without their language part, and it casts no vote by shared words (session 9).
        Before session 9 the gate read ``parts["best"]``, for an English question the shifted
        vector's closest sentence, which retrieval does not: the lab then gave 0.870 where the
        pipeline's gate gives 0.866."""
        english = np.array([is_english(e.question) for e in self.rows])
        dense = self.knn_dense(neighbours.DENSE_NEIGHBOURS, neighbours.DENSE_SCALE, english)
        lexical = self.knn_bm25(neighbours.LEXICAL_NEIGHBOURS, neighbours.LEXICAL_SCALE)
        sentences = np.asarray(self.index.sentence_vectors, dtype=np.float64)
        closest = (self.qvec @ sentences.T).max(1)
        gate = np.zeros(len(self.rows), dtype=bool)
        for s in np.unique(self.sets):
            close = np.quantile(closest[self.train(s)], neighbours.CLOSE_QUANTILE)
            gate[self.sets == s] = closest[self.sets == s] < close
        names_kind = (self.parts["kind"] > 0).any(1)
        share = np.where(names_kind, neighbours.NAMED_KIND_SHARE, 1.0)[:, None]
        lexical_weight = np.where(english, neighbours.ENGLISH_LEXICAL_WEIGHT, neighbours.LEXICAL_WEIGHT)
        return (neighbours.DENSE_WEIGHT * dense + lexical_weight[:, None] * lexical) * share, gate

    def knn_dense(self, k: int = 10, temp: float = 0.02, english: np.ndarray | None = None) -> np.ndarray:
        """The vector vote; with ``english`` (a flag per question) the English questions' vectors,
        the held-out and the voting ones, lose the language offset of the other sets first
        (``crosslingual.without_language``)."""
        votes = np.zeros((len(self.rows), len(self.sections)))
        for s in np.unique(self.sets):
            tr = self.train(s)
            te = np.flatnonzero(self.sets == s)
            q = self.qvec
            if english is not None:
                shift = self.qvec[tr][english[tr]].mean(0) - self.qvec[tr][~english[tr]].mean(0)
                q = self.qvec - crosslingual.SHIFT * shift * english[:, None]
                q = q / np.linalg.norm(q, axis=1, keepdims=True)
            sims = q[te] @ q[tr].T
            for row, q in enumerate(te):
                top = np.argsort(-sims[row])[:k]
                w = np.exp((sims[row, top] - sims[row, top[0]]) / temp)
                for j, wt in zip(top, w, strict=True):
                    g = self.gold[tr[j]]
                    for sec in g:
                        votes[q, sec] += wt / len(g)
                votes[q] /= votes[q].sum()
        self.raw = votes
        return self.vote_to_chunks(votes)

    def knn_bm25(self, k: int = 10, temp: float = 1.0) -> np.ndarray:
        votes = np.zeros((len(self.rows), len(self.sections)))
        toks = [tokenize(e.question) for e in self.rows]
        for s in np.unique(self.sets):
            tr = self.train(s)
            te = np.flatnonzero(self.sets == s)
            bm = BM25Index.build([self.rows[j].question for j in tr])
            for q in te:
                sc = bm.scores(toks[q]).astype(np.float64)
                if sc.max() <= 0:
                    continue
                top = np.argsort(-sc)[:k]
                w = np.exp((sc[top] - sc[top[0]]) / temp)
                for j, wt in zip(top, w, strict=True):
                    if sc[j] <= 0:
                        continue
                    g = self.gold[tr[j]]
                    for sec in g:
                        votes[q, sec] += wt / len(g)
                if votes[q].sum():
                    votes[q] /= votes[q].sum()
        self.raw = votes
        out = np.zeros_like(votes)
        has = votes.sum(1) > 0
        out[has] = votes[has] - votes[has].mean(1, keepdims=True)
        return out[:, self.chunk_sec]


def close_calls(lab: Lab, total: np.ndarray, title: str) -> None:
    """compose.CLOSE_MARGIN's operating points on these scores: the best section's lead over the
    next (top 12 chunks) as a flag of a wrong first section, on the direct, everyday-words and
    English questions (lists and synthesis have several right sections)."""
    lead, wrong = [], []
    for q, e in enumerate(lab.rows):
        if {"list", "synthesis"} & set(lab.tags.get(e.source, ())):
            continue
        best: dict[int, float] = {}
        seen: set[str] = set()
        for p in np.argsort(-total[q], kind="stable"):
            if lab.text[p] not in seen and len(seen) < 12:
                seen.add(lab.text[p])
                best.setdefault(int(lab.chunk_sec[p]), float(total[q, p]))
        values = list(best.values())
        lead.append(values[0] - values[1] if len(values) > 1 else 9.0)
        wrong.append(next(iter(best)) not in lab.gold[q])
    m, w = np.array(lead), np.array(wrong)
    print(f"{title}: {len(m)} questions, {int(w.sum())} with a wrong first section")
    for t in (0.55, 0.8, 1.0, 1.5):
        tp, fp, fn = int(((m < t) & w).sum()), int(((m < t) & ~w).sum()), int(((m >= t) & w).sum())
        print(
            f"  lead < {t}: wrong flagged {tp / max(tp + fn, 1):.2f}, right flagged "
            f"{fp / max(int((~w).sum()), 1):.2f}, F1 {2 * tp / max(2 * tp + fp + fn, 1):.2f}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("dump", "eval"))
    args = parser.parse_args(argv)
    if args.what == "dump":
        dump()
        return 0
    lab = Lab()
    lab.show("base (no example prior)", lab.base)
    prior = lab.base + lab.parts["learned"]
    lab.show("base + example prior", prior)
    votes, gate = lab.shipped_votes()
    lab.show("+ nearest questions (neighbours.py)", prior + votes * gate[:, None])
    lab.show("  without the own-words gate", prior + votes)
    close_calls(lab, prior, "close calls, example prior")
    close_calls(lab, prior + votes * gate[:, None], "close calls, with the votes")
    dense = lab.knn_dense(neighbours.DENSE_NEIGHBOURS, neighbours.DENSE_SCALE)
    lexical = lab.knn_bm25(neighbours.LEXICAL_NEIGHBOURS, neighbours.LEXICAL_SCALE)
    lab.show("  vector vote alone", prior + neighbours.DENSE_WEIGHT * dense * gate[:, None])
    lab.show("  BM25 vote alone", prior + neighbours.LEXICAL_WEIGHT * lexical * gate[:, None])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
