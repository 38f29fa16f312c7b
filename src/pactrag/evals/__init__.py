"""The evaluation suite: ``pactrag eval`` and ``python -m pactrag.evals --suggest``.

run (gold set, running, gate), metrics (scoring), reference (reference rows), report (outputs),
llm_check (LLM-mode grounding check), replay_server (a scripted OpenAI-compatible server).
"""

from .run import (
    GoldItem,
    check_thresholds,
    evaluate,
    load_gold,
    load_thresholds,
    run_eval,
    suggest_thresholds,
)

__all__ = [
    "GoldItem",
    "check_thresholds",
    "evaluate",
    "load_gold",
    "load_thresholds",
    "run_eval",
    "suggest_thresholds",
]
