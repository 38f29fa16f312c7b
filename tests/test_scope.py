"""The kind of information a question asks, learned from labelled questions (``scope``): a
discriminant over query vectors, its threshold a share of the answerable examples scored without
their own set, and how the abstention decision uses it."""

import numpy as np

from pactrag import scope
from pactrag.abstain import Signals, judge

STRONG = Signals(0.9, 1.0, 1.0, 1.0)


def _labelled(seed: int = 0, n_sets: int = 4, per_set: int = 60) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Unit vectors: answerable questions lean one way, out-of-scope ones another (one writer per
    set, each with a drift of its own)."""
    rng = np.random.default_rng(seed)
    dim = 16
    answers, asks_else = np.eye(dim)[0], np.eye(dim)[1]
    rows, ok, sets = [], [], []
    for s in range(n_sets):
        drift = rng.normal(0, 0.2, dim)
        for i in range(per_set):
            yes = i % 3 != 0
            v = (answers if yes else asks_else) + drift + rng.normal(0, 0.4, dim)
            rows.append(v / np.linalg.norm(v))
            ok.append(yes)
            sets.append(f"set{s}")
    return np.array(rows), np.array(ok), np.array(sets)


def test_a_question_leaning_like_the_out_of_scope_examples_asks_outside():
    x, ok, sets = _labelled()
    model = scope.fit(x, ok, sets)
    assert model is not None
    asks_else = np.eye(16)[1]
    answers = np.eye(16)[0]
    assert model.outside(asks_else) and not model.outside(answers)


def test_the_threshold_is_a_small_share_of_answerable_questions_scored_without_their_set():
    # the threshold is a quantile, not a score: it holds on any embedder's scale
    x, ok, sets = _labelled(seed=1)
    model = scope.fit(x, ok, sets)
    assert model is not None
    assert np.mean([model.outside(v) for v in x[ok]]) <= 0.05
    scaled = scope.fit(x * 3.0, ok, sets)
    assert scaled is not None
    assert [scaled.outside(v * 3.0) for v in x] == [model.outside(v) for v in x]


def test_too_few_out_of_scope_examples_or_one_set_give_no_model():
    x, ok, sets = _labelled()
    few = ok.copy()
    few[np.flatnonzero(~ok)[scope.MIN_REFUSALS - 5 :]] = True
    assert scope.fit(x, few, sets) is None
    assert scope.fit(x, ok, np.array(["one"] * len(x))) is None


def test_the_decision_refuses_an_ask_outside_after_the_opinion_check():
    words = {"fusie", "gemeent"}
    # a legal text asked in words no rule reads ("wettelijke bepaling" is a law since session 9, "op
    # welke regelgeving" since session 12)
    verdict = judge("Welk juridisch kader geldt voor fusies?", STRONG, [], words, 0.5, asks_outside=True)
    assert not verdict.answerable and verdict.reason == "asked-kind"
    assert judge("Welk juridisch kader geldt voor fusies?", STRONG, [], words, 0.5).answerable
    # the assistant's own opinion keeps its own path (the participants' views under a lead)
    opinion = judge("Wat vindt u van fusies?", STRONG, [], words, 0.5, asks_outside=True)
    assert opinion.reason == "opinion"


def test_no_query_vector_asks_nothing_outside():
    class NoIndex:  # never reached: no vector, no model looked up
        pass

    assert not scope.asks_outside(NoIndex(), np.zeros(16))  # type: ignore[arg-type]
    assert not scope.asks_outside(NoIndex(), None)  # type: ignore[arg-type]


def test_the_model_is_fitted_from_the_examples_and_leaves_out_the_held_out_questions(tmp_path):
    # an index stand-in as in test_examples: the labelled questions come from corpus/examples.jsonl
    from test_examples import _index

    from pactrag import examples

    rows = [
        {"report": "a", "question": f"{word} vraag {n} over {s}", "sections": [] if word == "buiten" else ["2.1.3.1"],
         "source": f"{s}:{n}"}
        for s in ("x", "y")
        for n in range(15)
        for word in ("buiten", "binnen", "dorp")
    ]  # fmt: skip
    index = _index(tmp_path, rows)
    model = scope.scope_model(index)
    assert model is not None and scope.scope_model(index) is model  # fitted once
    examples.hold_out(index, [r["question"] for r in rows if r["source"].startswith("x")])
    assert scope.scope_model(index) is None  # 15 out-of-scope examples left: too few


def test_a_dutch_verdict_the_check_reads_as_answerable_asks_the_reports_recommendation():
    # cold9 c9q027: the report's words differ from the question's, the check scores it with the
    # answerable questions (``asks_inside``): no opinion declined
    words = {"gemeent", "denk", "stedelijk", "landelijk"}
    question = "Moeten we ook denken aan de gemeenten die half stedelijk en half landelijk zijn?"
    assert judge(question, STRONG, [], words, 0.5).reason == "opinion"
    assert judge(question, STRONG, [], words, 0.5, asks_inside=True).answerable
    # the assistant's own view is never the report's; nor an English verdict
    assert judge("Wat vindt u van fusies?", STRONG, [], words, 0.5, asks_inside=True).reason == "opinion"
    english = "Should my municipality merge with its neighbour?"
    assert judge(english, STRONG, [], words, 0.5, asks_inside=True).reason == "opinion"


def test_the_inside_threshold_is_a_quantile_of_the_held_out_refusals():
    rng = np.random.default_rng(1)
    n, d = 240, 8
    x = rng.normal(size=(n, d))
    answerable = rng.random(n) < 0.6
    x[answerable, 0] += 2.0
    sets = np.array([f"s{i % 4}" for i in range(n)])
    model = scope.fit(x, answerable, sets)
    assert model is not None and model.threshold < model.inside_threshold < np.inf
    scores = x @ model.weights + model.bias
    # few refusals score above it, many answerable questions do
    assert (scores[~answerable] >= model.inside_threshold).mean() < 0.2
    assert (scores[answerable] >= model.inside_threshold).mean() > 0.3
