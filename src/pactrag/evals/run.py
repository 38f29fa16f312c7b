"""``pactrag eval``: run the gold set through ``Assistant.ask``, score it, report, gate.

    run_eval(settings, "v1", Path("evals"))  -> exit code (1 when a threshold is missed)

Reads ``evals/<set>/questions.jsonl`` and ``conversations.jsonl`` (turns are asked with the
history of earlier (standalone question, answer) pairs, as ``pactrag chat --jsonl`` does),
scores every answer (``evals_metrics``), adds reference rows (``evals_reference``) and the
LLM-mode grounding check (``evals_llm``), writes ``report.md`` and ``report.json``, prints a
summary and compares the numbers with ``evals/thresholds.toml``. Offline and deterministic:
the same index gives the same numbers (except latency) on every run.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import sys
import time
import tomllib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..config import Settings
from ..errors import PactragError, QuestionError
from ..examples import hold_out
from ..index import Index
from .metrics import (
    ANSWER_METRICS,
    HYGIENE_METRICS,
    LOWER_IS_BETTER,
    RETRIEVAL_METRICS,
    GoldItem,
    ItemScore,
    answered_as_alone,
    by_group,
    score_answer,
    section_lookup,
)

# The report each gold set was written for (its items name sections, not reports).
SET_REPORTS = {"v1": "toekomstatelier-5", "v2": "toekomstatelier-5"}
REFERENCE_ROWS = ("bm25-only", "dense-only", "llama-index-starter")
WARM_UP = "Wat is het doel van het Plattelandspact?"  # not in any gold set
INVARIANTS = frozenset({"citation_validity"})  # correctness, not quality: no margin
HYGIENE_CEILING = 0.02  # answer-hygiene flaws (metrics.HYGIENE_METRICS): share of all answers
REPO_EVALS = Path(__file__).resolve().parents[3] / "evals"


class EvalError(PactragError):
    pass


# -- the gold set ---------------------------------------------------------------------------


def find_set(set_name: str) -> Path:
    """``evals/<set>`` under the working directory, else next to the package; or a path."""
    for candidate in (Path(set_name), Path("evals") / set_name, REPO_EVALS / set_name):
        if (candidate / "questions.jsonl").is_file():
            return candidate
    raise EvalError(
        f"Geen evaluatieset '{set_name}' gevonden (gezocht: evals/{set_name}/questions.jsonl). "
        "Geef een bestaande versie mee met --set, bv. --set v1."
    )


def load_gold(set_dir: Path, report_id: str = "") -> list[GoldItem]:
    """Questions first, then every conversation turn (tagged ``conversation``)."""
    items: list[GoldItem] = []
    try:
        for line in (set_dir / "questions.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                items.append(
                    GoldItem(
                        row["id"],
                        row["question"],
                        tuple(row["gold_sections"]),
                        tuple(tuple(g) for g in row["facts"]),
                        tuple(row["tags"]),
                        row.get("report_id", report_id),
                        **_extras(row),
                    )
                )
        conversations = set_dir / "conversations.jsonl"
        lines = conversations.read_text(encoding="utf-8").splitlines() if conversations.exists() else []
        for line in lines:
            if line.strip():
                row = json.loads(line)
                tags = tuple(row.get("tags") or ("conversation",))
                for turn, t in enumerate(row["turns"], 1):
                    items.append(
                        GoldItem(
                            f"{row['id']}.{turn}",
                            t["question"],
                            tuple(t["gold_sections"]),
                            tuple(tuple(g) for g in t["facts"]),
                            tags + tuple(x for x in t.get("tags", ()) if x not in tags),
                            t.get("report_id", row.get("report_id", report_id)),
                            row["id"],
                            turn,
                            split=row.get("split", ""),
                        )
                    )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise EvalError(
            f"De evaluatieset in {set_dir} is onleesbaar ({type(exc).__name__}: {exc})."
        ) from None
    return items


def _extras(row: dict) -> dict:
    """v2 fields: the complete item set, the sides of a synthesis, the split."""
    return {
        "items": tuple(tuple(g) for g in row.get("items", ())),
        "sides": tuple((side["name"], tuple(side["sections"])) for side in row.get("sides", ())),
        "split": row.get("split", ""),
    }


# -- running the pipeline -------------------------------------------------------------------


def answer_items(assistant, items: Sequence[GoldItem]):
    """Yield (item, Answer) in order; conversation turns carry their history along."""
    from ..records import Answer

    histories: dict[str, list[tuple[str, str]]] = {}
    for item in items:
        history = histories.setdefault(item.conversation, []) if item.conversation else []
        try:
            answer = assistant.ask(item.question, tuple(history))
        except QuestionError as exc:
            answer = Answer(
                item.question,
                str(exc),
                (),
                (),
                True,
                assistant.mode,
                str(exc),
                abstain_reason="question-error",
            )
        if item.conversation:
            history.append((answer.standalone_question or item.question, answer.answer))
        yield item, answer


def evaluate(assistant, items: Sequence[GoldItem]) -> tuple[list[ItemScore], dict[str, str]]:
    """Score every item; also return each item's standalone question (for the reference rows)."""
    index = assistant.index
    lookup = section_lookup(index.sections)
    scores, standalone = [], {}
    for item, answer in answer_items(assistant, items):
        standalone[item.id] = answer.standalone_question or item.question
        score = score_answer(item, answer, lookup, index.multi_report)
        if item.conversation and item.turn > 1 and "independent" in item.tags:
            alone = assistant.ask(item.question)  # the same question, no conversation before it
            score.scores["answered_as_alone"] = answered_as_alone(answer, alone, index.multi_report)
            if not score.scores["answered_as_alone"]:
                why = f"niet beantwoord als losse vraag (herschreven: {standalone[item.id]})"
                score = dataclasses.replace(score, failures=(*score.failures, why))
        scores.append(score)
    return scores, standalone


def reference_rows(
    index: Index, items: Sequence[GoldItem], standalone: dict[str, str], corpus_dir: Path
) -> dict[str, dict[str, dict]]:
    from .reference import StarterPipeline, ablation_scores

    k = index.settings.top_k
    multi = index.multi_report
    with_gold = [i for i in items if i.gold_sections]
    rows: dict[str, list[ItemScore]] = {name: [] for name in REFERENCE_ROWS}
    for item in with_gold:
        query = standalone.get(item.id, item.question)
        rows["bm25-only"].append(ablation_scores(index, item, query, multi, k, 1.0, 0.0))
        rows["dense-only"].append(ablation_scores(index, item, query, multi, k, 0.0, 1.0))
    starter = StarterPipeline(index, corpus_dir, multi)
    try:
        rows["llama-index-starter"] = [starter.scores(item, item.question, k) for item in with_gold]
    finally:
        starter.close()
    out = {name: by_group(scores, metrics=RETRIEVAL_METRICS, latency=False) for name, scores in rows.items()}
    out["llama-index-starter"]["overall"]["nodes"] = starter.nodes
    return out


class _MemoEmbedder:
    """The index's embedder, each query embedded once: the reference rows and the LLM check
    ask the questions the pipeline already embedded (the vectors are the same anyway)."""

    def __init__(self, inner) -> None:
        self._inner, self.name, self.dim = inner, inner.name, inner.dim
        self._queries: dict[str, Any] = {}

    def embed_query(self, text: str):
        if text not in self._queries:
            self._queries[text] = self._inner.embed_query(text)
        return self._queries[text]

    def embed_passages(self, texts: list[str]):
        return self._inner.embed_passages(texts)


def memo_queries(index: Index) -> Index:
    """A shallow copy of ``index`` whose embedder remembers query vectors (the caller's
    index is left as it is)."""
    if isinstance(index.embedder, _MemoEmbedder):
        return index
    memo = copy.copy(index)
    memo.embedder = _MemoEmbedder(index.embedder)
    return memo


# -- thresholds ----------------------------------------------------------------------------


def load_thresholds(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise EvalError(f"Drempelbestand {path} ontbreekt; maak het aan (zie evals/README.md).") from None
    except tomllib.TOMLDecodeError as exc:
        raise EvalError(f"Drempelbestand {path} is geen geldige TOML: {exc}") from None


def check_thresholds(report: dict, thresholds: dict) -> list[str]:
    """Every metric below its ``[min.<group>]`` or above its ``[max.<group>]`` bound.
    Groups: ``overall``, ``tag:<tag>`` (report["metrics"]) and ``llm_check``."""
    failures = []
    for bound in ("min", "max"):
        for group, limits in (thresholds.get(bound) or {}).items():
            values = report.get("llm_check") if group == "llm_check" else report.get("metrics", {}).get(group)
            if values is None:
                if group == "llm_check" and report.get("llm_check_skipped"):
                    continue
                failures.append(f"{group}: ontbreekt in het rapport")
                continue
            for metric, limit in limits.items():
                value = values.get(metric)
                if value is None:
                    failures.append(f"{group} {metric}: ontbreekt (drempel {limit})")
                elif bound == "min" and value < limit:
                    failures.append(f"{group} {metric} = {value:g} < minimum {limit:g}")
                elif bound == "max" and value > limit:
                    failures.append(f"{group} {metric} = {value:g} > maximum {limit:g}")
    return failures


THRESHOLDS_HEADER = """\
# Regression gate for `pactrag eval` (evals/v1 on the repo's own corpus and index).
# v2: `pactrag eval --set v2`; its `split:test` rows are the held-out figures, gated like the rest.
#
# Policy (see evals/README.md): each bound is what the system reached when it was set, minus a
# margin — 0.02 overall, and per tag at least one item's worth (1/n) so that a single flipped
# item in a small tag does not fail the build but two do; rates that should stay low get the
# margin on top. citation_validity and the LLM check's caught/transport shares are correctness
# invariants and sit at 1.0. Latency p95 has a generous ceiling: CI machines vary, so it only
# catches gross regressions (e.g. re-embedding the corpus per question).
# Regenerate after a deliberate change with:
#   .venv/bin/pactrag eval; .venv/bin/python -m pactrag.evals --suggest > evals/thresholds.toml
# and review the diff: a bound that goes down needs a reason in the commit message.
"""


def suggest_thresholds(
    report: dict, margin: float = 0.02, latency_factor: float = 4.0, latency_floor_ms: float = 5000.0
) -> str:
    """thresholds.toml text for the numbers in ``report``: measured minus ``margin`` (per tag:
    at least one item's worth), rates plus the margin, latency p95 times ``latency_factor``."""
    lines = [THRESHOLDS_HEADER.replace("evals/v1", f"evals/{report.get('set', 'v1')}")]
    for bound in ("min", "max"):
        for group, values in report["metrics"].items():
            rows = []
            for metric in RETRIEVAL_METRICS + ANSWER_METRICS + ("latency_p95_ms",):
                value, n = values.get(metric), values.get("n_" + metric, values.get("items", 0))
                if value is None or (metric in LOWER_IS_BETTER) != (bound == "max"):
                    continue
                if metric in HYGIENE_METRICS:
                    # a fixed ceiling, not a margin on what was measured: at most 2 % of all
                    # answers may show the flaw (per tag one flawed answer would already be more)
                    if group == "overall":
                        rows.append(f'"{metric}" = {HYGIENE_CEILING:.3f}')
                    continue
                if metric == "latency_p95_ms":
                    if group != "overall":
                        continue
                    rows.append(
                        f'"{metric}" = {max(latency_floor_ms, round(value * latency_factor, -2)):.0f}'
                    )
                    continue
                slack = (
                    0.0
                    if metric in INVARIANTS
                    else margin
                    if group == "overall"
                    else max(margin, 1.0 / max(n, 1))
                )
                limit = min(1.0, value + slack) if bound == "max" else max(0.0, value - slack)
                rows.append(f'"{metric}" = {_floor(limit) if bound == "min" else _ceil(limit):.3f}')
            if rows:
                lines += [f'[{bound}."{group}"]'] + rows + [""]
    lines += ['[min."llm_check"]', "caught_share = 1.0", "transport_ok_share = 1.0"]
    llm = report.get("llm_check") or {}
    if llm.get("faithful_accepted_share") is not None:
        lines.append(
            f"faithful_accepted_share = {_floor(max(0.0, llm['faithful_accepted_share'] - margin)):.3f}"
        )
    lines.append("")
    return "\n".join(lines)


def _floor(x: float) -> float:
    return int(x * 1000) / 1000


def _ceil(x: float) -> float:
    return -int(-x * 1000) / 1000


# -- the command ---------------------------------------------------------------------------


def run_eval(
    settings: Settings,
    set_name: str = "v1",
    out_dir: Path = Path("evals"),
    reference: bool = True,
    llm_check: bool = True,
    thresholds_path: Path | None = None,
    index: Index | None = None,
    items: Sequence[GoldItem] | None = None,
    llm_check_items: int = 8,
    out=sys.stdout,
    split: str = "",
) -> int:
    """Run, report, gate. 0: every threshold met; 1: at least one missed."""
    from ..answer import Assistant
    from .report import print_summary, write_reports

    t0 = time.perf_counter()
    set_dir = find_set(set_name)
    index = memo_queries(index or Index(settings))
    if items is None:
        default_report = SET_REPORTS.get(set_dir.name, index.reports[0].report_id if index.reports else "")
        items = load_gold(set_dir, default_report if index.multi_report else "")
    if split:  # tune on "dev" alone; "test" is held out
        items = [i for i in items if i.split == split]
        if not items:
            raise EvalError(f"Geen vragen met split '{split}' in {set_dir}.")
    # the set's own questions never help answer it (corpus/examples.jsonl holds tuning sets)
    hold_out(index, [i.question for i in [*load_gold(set_dir), *items]])
    assistant = Assistant(settings, index=index, use_llm=False)
    print(f"Evaluatieset {set_dir.name}: {len(items)} vragen en beurten …", file=out, flush=True)
    assistant.ask(WARM_UP)  # load the models first: latency is per question, not per process
    scores, standalone = evaluate(assistant, items)
    report: dict[str, Any] = {
        "set": set_dir.name,
        "index": {
            "generation": index.path.name,
            "embedder": index.embedder.name,
            "chunks": len(index.chunks),
            "reports": [r.report_id for r in index.reports],
        },
        "settings": {
            k: getattr(settings, k)
            for k in (
                "top_k",
                "bm25_weight",
                "dense_weight",
                "sentence_weight",
                "candidates",
                "abstain_threshold",
                "chunk_chars",
            )
        },
        "metrics": by_group(scores),
    }
    if reference:
        print("Referentierijen (BM25, dense, llama-index) …", file=out, flush=True)
        report["reference"] = reference_rows(index, items, standalone, settings.corpus_dir)
    if llm_check:
        from .llm_check import run_llm_check

        print("LLM-grondingscontrole tegen de replay-server …", file=out, flush=True)
        eligible = [
            s.item
            for s in scores
            if not s.item.refuse
            and not s.item.conversation
            and s.item.gold_sections
            and "injection" not in s.item.tags
            and not s.scores.get("false_refusal_rate")
        ]
        report["llm_check"] = run_llm_check(settings, index, eligible, llm_check_items)
    else:
        report["llm_check_skipped"] = True
    path = thresholds_path or set_dir.parent / (
        "thresholds.toml" if set_dir.name == "v1" else f"thresholds-{set_dir.name}.toml"
    )
    failures = check_thresholds(report, load_thresholds(path))
    report["gate"] = {"thresholds": str(path), "passed": not failures, "failures": failures}
    report["seconds"] = round(time.perf_counter() - t0, 1)
    report["items"] = [_item_json(s) for s in scores]
    write_reports(report, Path(out_dir))
    print_summary(report, out)
    return 1 if failures else 0


def _item_json(s: ItemScore) -> dict:
    a = s.answer
    return {
        "id": s.item.id,
        "question": s.item.question,
        "tags": list(s.item.tags),
        "gold_sections": list(s.item.gold_sections),
        "facts": [list(g) for g in s.item.facts],
        "scores": s.scores,
        "latency_ms": round(s.latency_ms, 1),
        "failures": list(s.failures),
        "top5": list(s.ranked),
        "standalone_question": a.get("standalone_question", ""),
        "answer": a.get("answer", ""),
        "abstained": a.get("abstained"),
        "abstain_reason": a.get("abstain_reason"),
        "confidence": a.get("confidence"),
        "confidence_signals": a.get("confidence_signals", {}),
        "citations": [
            {"n": c["n"], "section_id": c["section_id"], "quote": c["quote"]} for c in a.get("citations", [])
        ],
    }


def rescore(report: dict, items: Sequence[GoldItem]) -> dict[str, dict[str, Any]]:
    """The answer-text metrics (item recall, side coverage, hygiene, facts) of a stored report,
    recomputed with today's metrics: compares an earlier answerer's report with today's."""
    from ..records import Answer, Citation

    stored = {row["id"]: row for row in report.get("items", [])}
    scores = []
    for item in items:
        row = stored.get(item.id)
        if row is None:
            continue
        citations = tuple(  # a report keeps n, section and quote of each citation
            Citation(c["n"], item.report_id, "", c["section_id"], "", "", "", "", None, "", c["quote"], "")
            for c in row.get("citations", [])
        )
        answer = Answer(item.question, row["answer"], citations, (), bool(row["abstained"]), "extractive")
        scores.append(score_answer(item, answer, lambda r, s: None, False))
    groups = by_group(scores, latency=False)
    keep = ("fact_recall", "item_recall", "side_coverage", *HYGIENE_METRICS, "false_refusal_rate")
    return {g: {m: v for m, v in values.items() if m in keep or m == "items"} for g, values in groups.items()}


def main(argv: list[str] | None = None) -> int:
    """``python -m pactrag.evals --suggest [evals/report.json]``: thresholds for the last report;
    ``python -m pactrag.evals --rescore REPORT.json SET``: an earlier report under today's metrics."""
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) == 3 and args[0] == "--rescore":
        items = load_gold(find_set(args[2]))
        groups = rescore(json.loads(Path(args[1]).read_text(encoding="utf-8")), items)
        print(json.dumps(groups, indent=1, ensure_ascii=False))
        return 0
    if not args or args[0] != "--suggest":
        print(
            "gebruik: python -m pactrag.evals --suggest [evals/report.json] | --rescore REPORT.json SET",
            file=sys.stderr,
        )
        return 2
    path = Path(args[1]) if len(args) > 1 else Path("evals/report.json")
    print(suggest_thresholds(json.loads(path.read_text(encoding="utf-8"))))
    return 0
