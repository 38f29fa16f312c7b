"""The labelled evaluation sets that are tuning data: their questions are the example questions
(``scripts/make_examples.py`` -> ``corpus/examples.jsonl``) and their kind-switch turns teach the
follow-up kind model (``scripts/make_turns.py`` -> ``corpus/turns.jsonl``).

One list, so that a cold set joins the tuning data in one place once it has been measured
(``tests/test_examples.py`` checks that every other question stays out). Never add a held-out set:
v2 test, fresh test or the newest cold set (``evals/README.md``). The labs in ``scripts/`` keep
lists of their own (with their own split names and check sets).
"""

from __future__ import annotations

# (set, split taken: None = every item), in the order they were written
TUNING_SETS: tuple[tuple[str, str | None], ...] = (
    ("v1", None),
    ("v2", "dev"),
    ("fresh", "dev"),
    ("cold4", None),
    ("cold5", None),
    ("cold6", None),
    ("cold7", None),
    ("cold8", None),
    ("cold9", None),
    ("cold10", None),
    ("cold11", None),
    ("cold12", None),
    ("cold13", None),
    ("cold14", None),
    ("cold15", None),
    ("cold16", None),
    ("cold17", None),
)
