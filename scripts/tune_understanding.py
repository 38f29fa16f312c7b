"""Fit and measure the question-understanding knobs with cross-validation (not a test).

    .venv/bin/python scripts/tune_understanding.py retrieval   # fusion weights, k-fold CV
    .venv/bin/python scripts/tune_understanding.py retrieval --small --knob subfacet_bonus=0,0.5
        # a new knob judged against the base knobs (CV printed with it off and on)
    .venv/bin/python scripts/tune_understanding.py abstention  # abstention model, k-fold CV
    .venv/bin/python scripts/tune_understanding.py followup    # conversation metrics
    .venv/bin/python scripts/tune_understanding.py followup --extra   # + the hand-written extra set
    .venv/bin/python scripts/tune_understanding.py context --extra   # conversation prior, CV
    .venv/bin/python scripts/tune_understanding.py cues --extra   # corpus-derived kind cues, CV

Tuning data: every item of evals/v1 and the items of evals/v2 whose ``split`` is "dev". The v2
"test" items are dropped while reading, before anything else looks at them: they are for the
final, held-out measurement only (``--test`` prints those figures and fits nothing).

Abstention also reads ``scripts/abstain_tuning.jsonl`` (source "extra"): out-of-scope and
answerable questions written from the report for tuning only (not eval items, no test split), so
the abstention rules are not fitted to the eval's few refusal items alone. Batch 2 (ids xb*/xc*,
round 2) adds world knowledge, personal advice, other workshops and details of named initiatives
the report does not give, with answerable controls in everyday words, English, synthesis and the
first person.

``scripts/abstain_tuning2.jsonl`` (session 4) targets the classes still answered after round 2
(world knowledge with corpus words, details of initiatives named in passing, opinions and decisions
asked of the assistant, English, other workshops); its odd ids were used for tuning, its even ids
were measured once at the end (``scripts/abstain_decisions.py --half even``). It is not read here.

``--more`` adds the single questions of the later check sets that are tuning data now (the dev
half of evals/fresh, all of evals/cold4 and evals/cold5; session 5). A ``--knob`` may name a
constant of another module: ``naming.temperature`` is ``pactrag.naming.TEMPERATURE``.

Folds are fixed by a hash of the item id (conversations stay whole), so reruns agree.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from pactrag.abstain import (
    MODEL,
    TOPIC_SHARE,
    Model,
    Signals,
    best_sentences,
    judge,
    listed_sentences,
    signals,
)
from pactrag.answer import _INJECTION, Assistant, clean_question, strip_injection
from pactrag.cite import is_dutch
from pactrag.config import Settings
from pactrag.evals.run import memo_queries
from pactrag.examples import hold_out
from pactrag.followup import asked_kinds
from pactrag.index import Index
from pactrag.intent import ITEM_KINDS
from pactrag.lexical import tokenize
from pactrag.retrieve import Filters, best_sentence_scores, retrieve
from pactrag.scope import asks_inside, asks_outside

ROOT = Path(__file__).resolve().parents[1]
FOLDS = 5
# Conversations written for tuning the follow-up rules only (dev data, never a held-out figure):
# kind switches, new aspects, pronouns and independent turns in everyday wording, gold read from
# corpus/. Written apart from the eval sets so the rules are not fitted to their phrasings.
EXTRA_CONVERSATIONS = ROOT / "scripts/followup_dev_conversations.jsonl"
# A batch written after the rules were last changed, measured once (``--fresh``): how the rules do
# on wording they were not shaped on. Batches fh, fy, fz were checks once and then became tuning
# data (moved into EXTRA_CONVERSATIONS); fw (batch 4) is the check of the final rules. Before
# changing the rules on what fw shows, move it to EXTRA_CONVERSATIONS and write a new batch.
FRESH_CONVERSATIONS = ROOT / "scripts/followup_fresh_conversations.jsonl"


@dataclass(frozen=True)
class Item:
    id: str
    question: str
    gold: tuple[str, ...]
    tags: tuple[str, ...]
    source: str  # "v1" | "v2-dev" | "v2-test" | "extra"
    conversation: str = ""
    turn: int = 0
    turn_tags: tuple[str, ...] = field(default=())

    @property
    def refuse(self) -> bool:
        return "refuse" in self.tags

    @property
    def fold(self) -> int:
        key = self.conversation or self.id
        return int(hashlib.sha256(f"{self.source}:{key}".encode()).hexdigest(), 16) % FOLDS


def _rows(path: Path, want_test: bool) -> list[dict]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        split = row.get("split", "dev")
        if (split == "test") != want_test:
            continue  # held-out items are never read by the tuning runs
        rows.append(row)
    return rows


EXTRA = ROOT / "scripts/abstain_tuning.jsonl"
# written after the abstention rules were shaped, to measure them once (``abstention --holdout``)
HOLDOUT = ROOT / "scripts/abstain_holdout.jsonl"


def load_extra(path: Path = EXTRA, source: str = "extra") -> list[Item]:
    """The tuning-only abstention questions (see the module docstring)."""
    rows = _rows(path, want_test=False) if path.exists() else []
    return [Item(r["id"], r["question"], tuple(r["gold_sections"]), tuple(r["tags"]), source) for r in rows]


# Single questions of the later check sets that are tuning data now (session 5): the dev half of
# evals/fresh, and all of evals/cold4 and evals/cold5 (each measured once clean, then opened for
# tuning; their items are marked "test" in the files, so they are read whatever their split).
MORE = (
    ("fresh-dev", ROOT / "evals/fresh/questions.jsonl", False),
    ("cold4", ROOT / "evals/cold4/questions.jsonl", None),
    ("cold5", ROOT / "evals/cold5/questions.jsonl", None),
)


def load_more() -> list[Item]:
    """The single questions of ``MORE``; a synthesis item's gold is its sides' sections too."""
    items = []
    for source, path, want_test in MORE:
        lines = path.read_text(encoding="utf-8").splitlines()
        for row in (json.loads(line) for line in lines if line.strip()):
            if want_test is not None and (row.get("split", "dev") == "test") != want_test:
                continue
            gold = list(row.get("gold_sections") or [])
            gold += [s for side in row.get("sides") or [] for s in side["sections"] if s not in gold]
            items.append(Item(row["id"], row["question"], tuple(gold), tuple(row["tags"]), source))
    return items


def load_items(
    test: bool = False, extra: bool = False, fresh: bool = False, more: bool = False
) -> list[Item]:
    sources = (
        [("v2-test", ROOT / "evals/v2", True)]
        if test
        else [
            ("v1", ROOT / "evals/v1", False),
            ("v2-dev", ROOT / "evals/v2", False),
        ]
    )
    if extra and not test:
        sources.append(("extra", EXTRA_CONVERSATIONS, False))
    if fresh and not test:
        sources.append(("fresh", FRESH_CONVERSATIONS, False))
    items: list[Item] = []
    for source, folder, want_test in sources:
        conv = folder / "conversations.jsonl" if folder.is_dir() else folder
        if folder.is_dir() and (folder / "questions.jsonl").exists():
            for row in _rows(folder / "questions.jsonl", want_test):
                items.append(
                    Item(row["id"], row["question"], tuple(row["gold_sections"]), tuple(row["tags"]), source)
                )
        for row in _rows(conv, want_test) if conv.exists() else []:
            for n, turn in enumerate(row["turns"], 1):
                items.append(
                    Item(
                        f"{row['id']}.{n}",
                        turn["question"],
                        tuple(turn["gold_sections"]),
                        tuple(row.get("tags") or ("conversation",)),
                        source,
                        row["id"],
                        n,
                        tuple(turn.get("tags", ())),
                    )
                )
    if more and not test:
        items += load_more()
    return items


def groups(item: Item) -> list[str]:
    names = ["all", item.source] + [f"tag:{t}" for t in item.tags] + [f"turn:{t}" for t in item.turn_tags]
    names += [f"{item.source} turn:{t}" for t in item.turn_tags]
    if "paraphrase" not in item.tags and "english" not in item.tags and not item.conversation:
        names.append("direct")
    return names


def table(rows: Iterable[tuple[Item, dict[str, float]]]) -> dict[str, dict[str, float]]:
    sums: dict[str, dict[str, list[float]]] = {}
    for item, scores in rows:
        for g in groups(item):
            for name, value in scores.items():
                sums.setdefault(g, {}).setdefault(name, []).append(value)
    return {
        g: {**{m: round(float(np.mean(v)), 3) for m, v in ms.items()}, "n": len(next(iter(ms.values())))}
        for g, ms in sorted(sums.items())
    }


def show(title: str, result: dict[str, dict[str, float]]) -> None:
    print(f"\n== {title}")
    for g, ms in result.items():
        print(f"  {g:24s} " + "  ".join(f"{m}={v}" for m, v in ms.items()))


# -- retrieval -------------------------------------------------------------------------------

GRID = {
    "sentence_weight": (0.5, 1.0),
    "bm25_weight": (0.75, 1.0, 1.5),
    "kind_bonus": (0.3, 0.6, 1.0, 1.5, 2.5),
    "subfacet_bonus": (0.0, 0.5, 1.0),
}
# a GRID knob is an argument of retrieve() or a module constant of pactrag.retrieve (its name in
# upper case: kind_bonus -> KIND_BONUS), set for the one call
ARGUMENTS = ("sentence_weight", "bm25_weight", "dense_weight")


def _constant(knob: str) -> tuple[object, str]:
    """The module and constant a knob sets: "kind_bonus" -> pactrag.retrieve.KIND_BONUS,
    "naming.temperature" -> pactrag.naming.TEMPERATURE."""
    import importlib

    module, _, name = knob.rpartition(".")
    return importlib.import_module(f"pactrag.{module or 'retrieve'}"), name.upper()


def retrieval_scores(index: Index, item: Item, question: str, weights: dict) -> dict[str, float]:
    constants = {_constant(k): v for k, v in weights.items() if k not in ARGUMENTS}
    unknown = [f"{m.__name__}.{name}" for m, name in constants if not hasattr(m, name)]
    if unknown:
        raise SystemExit(f"no constant {', '.join(unknown)}")
    saved = {(m, name): getattr(m, name) for m, name in constants}
    for (m, name), value in constants.items():
        setattr(m, name, value)
    try:
        plain = {k: v for k, v in weights.items() if k in ARGUMENTS}
        hits = retrieve(index, question, 6, **plain).hits
    finally:
        for (m, name), value in saved.items():
            setattr(m, name, value)
    sections = list(dict.fromkeys(h.chunk.section_id for h in hits))
    first = next((i for i, s in enumerate(sections) if s in item.gold), None)
    return {
        "hit@1": float(first == 0),
        "hit@5": float(first is not None and first < 5),
        "mrr": 0.0 if first is None else 1.0 / (first + 1),
    }


def cross_validate(
    items: list[Item], configs: list[dict], score: Callable[[Item, dict], dict[str, float]], key: str
) -> tuple[list[tuple[Item, dict[str, float]]], list[dict]]:
    """Per fold: pick the config with the best mean ``key`` on the other folds, score the fold."""
    cache = {(i.id, i.source, n): score(i, c) for i in items for n, c in enumerate(configs)}
    out, chosen = [], []
    for fold in range(FOLDS):
        train = [i for i in items if i.fold != fold]
        best = max(
            range(len(configs)),
            key=lambda n: (np.mean([cache[(i.id, i.source, n)][key] for i in train]), -n),
        )
        chosen.append(configs[best])
        out.extend((i, cache[(i.id, i.source, best)]) for i in items if i.fold == fold)
    return out, chosen


def tune_retrieval(
    index: Index, items: list[Item], knobs: dict[str, tuple[float, ...]] | None = None
) -> None:
    """``knobs``: further knobs to grid with the base ones (``--knob name=off,v1,v2``). The CV is
    then printed twice over the same folds: with each new knob at its first value (off), and with
    all values, so a new mechanism is judged against the base knobs tuned as hard."""
    import pactrag.retrieve as R

    single = [i for i in items if i.gold and not i.conversation]
    grid = {**GRID, **(knobs or {})}
    configs = [dict(zip(grid, values, strict=True)) for values in itertools.product(*grid.values())]
    current = {
        "sentence_weight": index.settings.sentence_weight,
        "bm25_weight": index.settings.bm25_weight,
        "kind_bonus": R.KIND_BONUS,
        "subfacet_bonus": R.SUBFACET_BONUS,
    }
    show(
        f"retrieval, settings now {current} (in-sample)",
        table((i, retrieval_scores(index, i, i.question, current)) for i in single),
    )
    memo: dict[tuple, dict[str, float]] = {}

    def score(i: Item, c: dict) -> dict[str, float]:
        key = (i.id, i.source, tuple(c.items()))
        if key not in memo:
            memo[key] = retrieval_scores(index, i, i.question, c)
        return memo[key]

    if knobs:
        off = [c for c in configs if all(c[k] == values[0] for k, values in knobs.items())]
        rows, chosen = cross_validate(single, off, score, "mrr")
        show(f"retrieval, 5-fold CV, {', '.join(knobs)} off", table(rows))
    rows, chosen = cross_validate(single, configs, score, "mrr")
    show("retrieval, 5-fold CV (weights chosen on the other folds by MRR)", table(rows))
    print("  chosen per fold:", chosen)


# -- abstention ------------------------------------------------------------------------------

NEVER = Model((0.0, 0.0, 0.0, 0.0), 1.0, 0.0)  # the rules alone: the model never refuses
MAX_FALSE_REFUSALS = 0.02


@dataclass(frozen=True)
class Evidence:
    """What ``stream`` looks at before answering one question."""

    query: str
    signals: Signals
    top: list[str]
    hits: tuple = ()
    # the question asks for a kind of information the labelled out-of-scope questions ask for
    # (``scope.asks_outside``; in sample for questions of corpus/examples.jsonl unless held out)
    outside: bool = False
    # … or what answerable ones ask (``scope.asks_inside``)
    inside: bool = False


def gather(assistant: Assistant, question: str) -> Evidence:
    index = assistant.index
    question = clean_question(question, assistant.settings.max_question_chars)
    query = strip_injection(question) if _INJECTION.search(question) else question
    retrieval = retrieve(index, query)
    hits = list(retrieval.hits)
    pairs = [pair for h in hits for pair in index.sentences(h.chunk.chunk_id)]
    best, top = best_sentences(retrieval.query_vector, pairs, 5)
    sig = signals(query, best, hits, index.vocabulary, index.idf, dutch=is_dutch(query))
    vector = retrieval.query_vector
    return Evidence(query, sig, top, tuple(hits), asks_outside(index, vector), asks_inside(index, vector))


def rules(assistant: Assistant, ev: Evidence, **knobs) -> tuple[bool, str]:
    """Whether the rule checks (no model) refuse, and why."""
    index = assistant.index
    verdict = judge(
        ev.query, ev.signals, ev.top, index.vocabulary, assistant.settings.abstain_threshold, NEVER,
        index.reports, idf=index.idf, sentences=index.sentence_texts, listed=listed_sentences(index),
        asks_outside=ev.outside, headings=[s.title for s in index.sections], **{"asks_inside": ev.inside, **knobs},
    )  # fmt: skip
    return not verdict.answerable, verdict.reason


def fit_logistic(
    x: np.ndarray, y: np.ndarray, l2: float = 0.1, steps: int = 3000
) -> tuple[np.ndarray, float]:
    """Plain L2-regularised logistic regression by gradient descent (x standardised inside)."""
    mean, std = x.mean(0), x.std(0) + 1e-9
    z = (x - mean) / std
    w, b = np.zeros(x.shape[1]), 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(z @ w + b)))
        w -= 0.5 * (z.T @ (p - y) / len(y) + l2 * w)
        b -= 0.5 * float(np.mean(p - y))
    return w / std, b - float(np.dot(w / std, mean))  # back to raw signal units


def operating_point(prob: np.ndarray, y: np.ndarray, ruled: np.ndarray, everyday: np.ndarray) -> float:
    """The highest threshold whose false refusals (model or rules) stay within the budget, both
    over all answerable questions and over the paraphrased/English ones alone (a refusal rate
    that is low on average but high for questions in everyday words is not low)."""
    for threshold in sorted(set(np.round(prob, 4)), reverse=True):
        refused = ruled | (prob < threshold)
        if (
            refused[y == 1].mean() <= MAX_FALSE_REFUSALS
            and refused[(y == 1) & everyday].mean() <= MAX_FALSE_REFUSALS
        ):
            return float(threshold)
    return 0.0


def abstention_evidence(assistant: Assistant, items: list[Item]) -> list[tuple[Item, Evidence]]:
    return [
        (item, gather(assistant, item.question))
        for item in items
        # pure injections have their own refusal; turns depend on the rewrite
        if not item.conversation and not ("injection" in item.tags and item.refuse)
    ]


def abstention_rows(assistant: Assistant, items: list[Item], **knobs):
    """(item, signals, refused by the rules, reason) per question."""
    return [
        (i, ev.signals, *rules(assistant, ev, **knobs)) for i, ev in abstention_evidence(assistant, items)
    ]


def abstention_scores(refused: bool, item: Item) -> dict[str, float]:
    if item.refuse:
        return {"refused_oos": float(refused)}
    return {"false_refusal": float(refused)}


# the share of the question's topic that a sentence holding the asked information must cover
TOPIC_SHARES = (0.0, 0.2, 0.3, 0.4, 0.5, 0.6)


def within_budget(
    refused: np.ndarray, y: np.ndarray, everyday: np.ndarray, floor: np.ndarray | None = None
) -> bool:
    """False refusals within the budget overall and among paraphrased/English questions, or no
    more than ``floor`` (the rules without a topic share) already makes."""
    groups = (y == 1, (y == 1) & everyday)
    return all(
        refused[g].mean() <= max(MAX_FALSE_REFUSALS, floor[g].mean() if floor is not None else 0.0)
        for g in groups
    )


def choose_share(
    ruled: dict[float, np.ndarray], y: np.ndarray, everyday: np.ndarray, mask: np.ndarray
) -> float:
    """The topic share that refuses most out-of-scope questions within the false-refusal budget."""
    floor = ruled[0.0][mask]
    ok = [t for t in TOPIC_SHARES if within_budget(ruled[t][mask], y[mask], everyday[mask], floor)] or [0.0]
    return max(ok, key=lambda t: (ruled[t][mask & (y == 0)].mean(), -t))


def tune_abstention(assistant: Assistant, items: list[Item]) -> None:
    gathered = abstention_evidence(assistant, items)
    its = [g[0] for g in gathered]
    x = np.array([g[1].signals.vector() for g in gathered])
    y = np.array([0.0 if i.refuse else 1.0 for i in its])
    folds = np.array([i.fold for i in its])
    everyday = np.array([bool({"paraphrase", "english"} & set(i.tags)) for i in its])
    ruled = {t: np.array([rules(assistant, g[1], topic_share=t)[0] for g in gathered]) for t in TOPIC_SHARES}
    for t in TOPIC_SHARES:
        show(
            f"abstention, rules only, topic share {t} (in-sample)",
            table((i, abstention_scores(bool(r), i)) for i, r in zip(its, ruled[t], strict=True)),
        )
    current = (
        np.array([MODEL.probability(g[1].signals) < MODEL.threshold for g in gathered]) | ruled[TOPIC_SHARE]
    )
    show(
        f"abstention, rules (topic share {TOPIC_SHARE}) + current MODEL (in-sample)",
        table((i, abstention_scores(bool(r), i)) for i, r in zip(its, current, strict=True)),
    )
    refused = np.zeros(len(its), dtype=bool)
    rules_cv = np.zeros(len(its), dtype=bool)
    chosen = []
    for fold in range(FOLDS):
        train, test = folds != fold, folds == fold
        share = choose_share(ruled, y, everyday, train)
        chosen.append(share)
        w, b = fit_logistic(x[train], y[train])
        prob = 1 / (1 + np.exp(-(x @ w + b)))
        threshold = operating_point(prob[train], y[train], ruled[share][train], everyday[train])
        rules_cv[test] = ruled[share][test]
        refused[test] = ruled[share][test] | (prob[test] < threshold)
    show(
        "abstention, rules only, topic share chosen per fold, 5-fold CV",
        table((i, abstention_scores(bool(r), i)) for i, r in zip(its, rules_cv, strict=True)),
    )
    show(
        "abstention, rules + model, 5-fold CV",
        table((i, abstention_scores(bool(r), i)) for i, r in zip(its, refused, strict=True)),
    )
    print("  topic share per fold:", chosen)
    share = choose_share(ruled, y, everyday, np.ones(len(its), dtype=bool))
    w, b = fit_logistic(x, y)
    prob = 1 / (1 + np.exp(-(x @ w + b)))
    threshold = operating_point(prob, y, ruled[share], everyday)
    print(
        f"\n  fit on all: topic share {share}, Model(weights={tuple(round(float(v), 3) for v in w)}, "
        f"bias={round(b, 3)}, threshold={round(threshold, 3)})"
    )
    for i, g, p, r in zip(its, gathered, prob, ruled[share], strict=True):
        if i.refuse and not r and p >= threshold:
            print(f"  answered refuse item {i.id}: p={p:.2f} {g[1].signals} {i.question[:90]}")
        if not i.refuse and (r or p < threshold):
            print(
                f"  refused answerable item {i.id}: p={p:.2f} {rules(assistant, g[1], topic_share=share)[1]} {i.question[:90]}"
            )


# -- follow-ups -------------------------------------------------------------------------------


def followup_rows(assistant: Assistant, items: list[Item]):
    """Each conversation turn asked with its history (as ``pactrag chat --jsonl`` does); an
    "independent" turn is also asked alone, and counts as answered-as-alone when its sources
    are the same."""
    history: dict[str, list[tuple[str, str]]] = {}
    kind_of = {sec.section_id: sec.kind for sec in assistant.index.sections}
    for item in items:
        if not item.conversation:
            continue
        turns = history.setdefault(item.conversation, [])
        answer = assistant.ask(item.question, tuple(turns))
        turns.append((answer.standalone_question or item.question, answer.answer))
        sections = [h.chunk.section_id for h in answer.sources]
        first = next((i for i, s in enumerate(sections) if s in item.gold), None)
        scores = {"hit@1": float(first == 0), "hit@5": float(first is not None and first < 5)}
        gold_kinds = {kind_of[s] for s in item.gold if kind_of.get(s) in ITEM_KINDS}
        if gold_kinds and item.turn > 1:
            # understanding apart from ranking: the standalone question asks for the gold's kind
            standalone = answer.standalone_question or item.question
            scores["kind_ok"] = float(bool(gold_kinds & asked_kinds(standalone)))
        if "independent" in item.turn_tags or item.turn == 1:
            alone = assistant.ask(item.question)
            same = [h.chunk.chunk_id for h in alone.sources] == [h.chunk.chunk_id for h in answer.sources]
            if item.turn > 1:
                scores["as_alone"] = float(same)
        yield item, scores, answer.standalone_question


CONTEXT_GRID = {
    "context_bonus": (0.0, 0.5, 1.0, 1.5),
    "context_hits": (1, 2),
    "context_kind_bonus": (0.0, 1.0, 1.5, 2.0, 2.5, 3.0),
}


def tune_context(assistant: Assistant, items: list[Item]) -> None:
    """The conversation's subfacet as a prior (``retrieve.CONTEXT_BONUS``, ``answer.CONTEXT_HITS``):
    5-fold CV over whole conversations, chosen by follow-up hit@1. The standalone questions do
    not depend on these knobs, so each turn is rewritten once and only retrieval is repeated."""
    import pactrag.answer as A
    import pactrag.retrieve as R

    turns: list[tuple[Item, str, str, tuple]] = []  # (turn, question, standalone, history)
    history: dict[str, list[tuple[str, str]]] = {}
    for item in items:
        if not item.conversation:
            continue
        before = history.setdefault(item.conversation, [])
        query = clean_question(item.question, assistant.settings.max_question_chars)
        standalone = assistant._standalone(query, before)
        if item.turn > 1 and item.gold:
            turns.append((item, query, standalone, tuple(before)))
        before.append((standalone, ""))
    configs = [dict(zip(CONTEXT_GRID, v, strict=True)) for v in itertools.product(*CONTEXT_GRID.values())]
    by_item = {(t[0].id, t[0].source): t for t in turns}

    def score(item: Item, config: dict) -> dict[str, float]:
        _item, query, standalone, before = by_item[(item.id, item.source)]
        R.CONTEXT_BONUS, A.CONTEXT_HITS = config["context_bonus"], config["context_hits"]
        R.CONTEXT_KIND_BONUS = config["context_kind_bonus"]
        context = assistant._context(query, before, Filters())
        hits = retrieve(assistant.index, standalone, 5, context=context).hits
        sections = [h.chunk.section_id for h in hits]
        first = next((i for i, s in enumerate(sections) if s in item.gold), None)
        return {"hit@1": float(first == 0), "hit@5": float(first is not None)}

    saved = R.CONTEXT_BONUS, A.CONTEXT_HITS, R.CONTEXT_KIND_BONUS
    try:
        followups = [t[0] for t in turns]
        off = {"context_bonus": 0.0, "context_hits": 1, "context_kind_bonus": 0.0}
        show("follow-ups, no context prior", table((i, score(i, off)) for i in followups))
        rows, chosen = cross_validate(followups, configs, score, "hit@1")
        show("follow-ups, context prior by 5-fold CV (hit@1)", table(rows))
        print("  chosen per fold:", chosen)
        for config in configs:
            mean = np.mean([score(i, config)["hit@1"] for i in followups])
            print(f"  in-sample {config}: hit@1={mean:.3f}")
    finally:
        R.CONTEXT_BONUS, A.CONTEXT_HITS, R.CONTEXT_KIND_BONUS = saved


def corpus_cues(index: Index, n: int, min_spread: int = 3) -> dict[str, set[str]]:
    """Per kind, the ``n`` stems most over-represented in its sections against the other three
    kinds' (log-odds with an informative Dirichlet prior, z-scored), among stems found in the
    sections of at least ``min_spread`` subfacets (so a topic of one subfacet is not a cue)."""
    kinds = ("continue", "start", "stop", "synergie")
    counts = {k: Counter[str]() for k in kinds}
    spread: dict[str, dict[str, set[str]]] = {k: {} for k in kinds}
    for sec in index.sections:
        if sec.kind in kinds:
            terms = tokenize(sec.text)
            counts[sec.kind].update(terms)
            for t in set(terms):
                spread[sec.kind].setdefault(t, set()).add(sec.subfacet_id)
    total = sum(counts.values(), Counter[str]())
    size = sum(total.values())
    prior = 0.01 * size
    out = {}
    for k in kinds:
        nk = sum(counts[k].values())
        ranked = []
        for t, c in total.items():
            if len(spread[k].get(t, ())) < min_spread:
                continue
            a, y1, y2 = prior * c / size, counts[k][t], c - counts[k][t]
            delta = np.log((y1 + a) / (nk + prior - y1 - a)) - np.log((y2 + a) / (size - nk + prior - y2 - a))
            ranked.append((delta / np.sqrt(1 / (y1 + a) + 1 / (y2 + a)), t))
        out[k] = {t for _, t in sorted(ranked, reverse=True)[:n]}
    return out


def tune_cues(assistant: Assistant, items: list[Item]) -> None:
    """Do cue words derived from the corpus help the follow-up kinds? The number of cues per kind
    is chosen by CV over conversations (the cues themselves come from the corpus alone)."""
    import pactrag.followup as fu

    hand = fu.asked_kinds
    turns = [i for i in items if i.conversation]
    configs = [0, 3, 5, 10, 20]
    cache = {}
    for n in configs:
        cues = corpus_cues(assistant.index, n)

        def with_cues(question, previous_kinds=frozenset(), cues=cues):
            found = hand(question, previous_kinds)
            if not found:  # the hand-written families first; corpus cues only when they say nothing
                terms = set(tokenize(question))
                found = {k for k, stems in cues.items() if stems & terms}
            return found

        fu.asked_kinds = with_cues
        print(f"  corpus cues n={n}: {dict((k, sorted(v)) for k, v in cues.items())}")
        for item, scores, _ in followup_rows(assistant, turns):
            cache[(item.id, item.source, n)] = scores
    fu.asked_kinds = hand
    scored = [i for i in turns if i.turn > 1]
    out = []
    for fold in range(FOLDS):
        train = [i for i in scored if i.fold != fold]
        best = max(configs, key=lambda n: (np.mean([cache[(i.id, i.source, n)]["hit@1"] for i in train]), -n))
        print(f"  fold {fold}: n={best}")
        out.extend((i, cache[(i.id, i.source, best)]) for i in scored if i.fold == fold)
    for n in configs:
        show(f"corpus cues n={n} (in-sample)", table((i, cache[(i.id, i.source, n)]) for i in scored))
    show("corpus cues, 5-fold CV over conversations", table(out))


# -- filters --------------------------------------------------------------------------------


def filter_gaps(index: Index, items: list[Item]) -> list[tuple[Item, bool, float]]:
    """(item, the filter covers its gold section, closest sentence overall minus closest within
    the filter) for every subfacet x kind filter of the template."""
    section = {s.section_id: s for s in index.sections}
    cells = sorted({(c.subfacet_id, c.kind) for c in index.chunks if c.subfacet_id and c.kind in ITEM_KINDS})
    rows = []
    for item in items:
        if item.refuse or len(item.gold) != 1 or item.gold[0] not in section:
            continue
        gold = section[item.gold[0]]
        if (gold.subfacet_id, gold.kind) not in cells:
            continue
        qvec = index.embedder.embed_query(item.question)
        overall = best_sentence_scores(index, qvec)
        for sub, kind in cells:
            mask = Filters(sub, kind).mask(index)
            gap = float(overall.max() - np.where(mask, overall, -1.0).max())
            rows.append((item, (sub, kind) == (gold.subfacet_id, gold.kind), gap))
    return rows


def tune_filter(index: Index, items: list[Item]) -> None:
    rows = filter_gaps(index, items)
    out = []
    margins = []
    for fold in range(FOLDS):
        relevant = sorted(g for i, r, g in rows if r and i.fold != fold)
        margin = relevant[min(len(relevant) - 1, int(np.ceil((1 - MAX_FALSE_REFUSALS) * len(relevant))))]
        margins.append(round(margin, 4))
        for i, r, g in rows:
            if i.fold == fold:
                out.append((i, {"refused_relevant" if r else "refused_irrelevant": float(g > margin)}))
    show("filter margin, 5-fold CV (margin = 98th percentile of gaps of covering filters)", table(out))
    relevant = sorted(g for _, r, g in rows if r)
    print("  per fold:", margins, " on all:", round(relevant[int(np.ceil(0.98 * len(relevant))) - 1], 4))


# -- main ------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("part", choices=("retrieval", "abstention", "followup", "context", "cues", "filter"))
    parser.add_argument("--test", action="store_true", help="held-out v2 test items: measure, fit nothing")
    parser.add_argument("--extra", action="store_true", help="also the extra dev conversations (scripts/)")
    parser.add_argument("--fresh", action="store_true", help="also the fresh check conversations (scripts/)")
    parser.add_argument(
        "--more", action="store_true", help="also the fresh dev half, cold4 and cold5 single questions"
    )
    parser.add_argument(
        "--holdout", action="store_true", help="abstention: the held-out questions written here"
    )
    parser.add_argument(
        "--knob",
        action="append",
        default=[],
        metavar="NAME=OFF,V1,...",
        help="retrieval: grid one more knob (a retrieve() weight or a pactrag.retrieve constant)",
    )
    parser.add_argument(
        "--small", action="store_true", help="retrieval: a smaller base grid (~1.5 min instead of ~3)"
    )
    args = parser.parse_args(argv)
    if args.small:  # the values the full grid chose in some fold (session 3 and 4 runs)
        GRID.update(sentence_weight=(0.5,), kind_bonus=(1.5, 2.5), subfacet_bonus=(0.5,))
    knobs = {
        name: tuple(float(v) for v in values.split(","))
        for name, values in (k.split("=", 1) for k in args.knob)
    }
    settings = Settings.from_env()
    index = memo_queries(Index(settings))
    items = load_items(test=args.test, extra=args.extra, fresh=args.fresh, more=args.more)
    print(f"{len(items)} items ({', '.join(sorted({i.source for i in items}))})", file=sys.stderr)
    if args.part == "retrieval":
        if args.test:
            show(
                "retrieval, held-out",
                table(
                    (i, retrieval_scores(index, i, i.question, {}))
                    for i in items
                    if i.gold and not i.conversation
                ),
            )
        else:
            tune_retrieval(index, items, knobs)
    if args.part == "filter" and not args.test:
        tune_filter(index, items)
    if args.part == "followup":
        assistant = Assistant(settings, index=index, use_llm=False)
        rows = []
        for item, scores, standalone in followup_rows(assistant, items):
            rows.append((item, scores))
            if not args.test and item.turn > 1:
                print(f"  {item.id} {int(scores['hit@1'])} {item.turn_tags} {standalone}")
        show("follow-ups" + (", held-out" if args.test else ""), table(r for r in rows if r[0].turn > 1))
    if args.part == "context" and not args.test:
        tune_context(Assistant(settings, index=index, use_llm=False), items)
    if args.part == "cues" and not args.test:
        tune_cues(Assistant(settings, index=index, use_llm=False), items)
    if args.part == "abstention":
        # the learned scope check (``scope``) must not see the questions it is measured on
        hold_out(index, [i.question for i in items + load_extra()])
        assistant = Assistant(settings, index=index, use_llm=False)
        if args.test or args.holdout:
            items = load_extra(HOLDOUT, "holdout") if args.holdout else items
            data = abstention_rows(assistant, items, topic_share=TOPIC_SHARE)
            refused = [d[2] or MODEL.probability(d[1]) < MODEL.threshold for d in data]
            show(
                "abstention, held-out",
                table((d[0], abstention_scores(r, d[0])) for d, r in zip(data, refused, strict=True)),
            )
        else:
            tune_abstention(assistant, items + load_extra())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
