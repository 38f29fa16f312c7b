"""Does a PDF of the report answer the eval set as well as its text version?

    .venv/bin/python benchmarks/pdf_parity.py                 # tests/fixtures/*.pdf
    .venv/bin/python benchmarks/pdf_parity.py path/to/report.pdf …

For the bundled text report and each PDF: a corpus holding only that file (with the text
version's reports.toml entry, so ids and labels match), its own index (embeddings come from
the repo's index/cache, so a PDF whose text matches costs no embedding), the eval set
``evals/v1`` through ``Assistant.ask`` (offline), and:

- the eval figures (hit@1, hit@3, MRR, fact recall, citation validity, refusals) and the
  largest difference from the text version over all of them (the gate allows 0.02);
- the eval gate itself (evals/thresholds.toml, LLM check skipped);
- citation validity against the *text version*: every quote found, whitespace-normalised,
  in the text version's section of the same id;
- answers containing header/footer text: a line the PDF cleanup removed, or what renderers
  print around a page (addresses, dates, "n/N", "Pagina n van N").

Prints a table and writes nothing. Takes about a minute per file on 2 cores.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from pactrag.evals_metrics import ANSWER_METRICS, RETRIEVAL_METRICS, by_group  # noqa: E402

import pactrag  # noqa: E402,F401  (offline defaults first)
from pactrag.answer import Assistant  # noqa: E402
from pactrag.config import Settings  # noqa: E402
from pactrag.evals import check_thresholds, evaluate, find_set, load_gold, load_thresholds  # noqa: E402
from pactrag.index import Index, ingest  # noqa: E402
from pactrag.parse import read_file  # noqa: E402

CORPUS = ROOT / "corpus"
TEXT_VERSION = CORPUS / "toekomstatelier-5-besturen-en-burgers-2025-06-16.txt"
RENDERER_ARTEFACTS = re.compile(
    r"https?://|file://|\.html\b|\b\d{1,2}/\d{1,2}/\d{2},|\b\d{1,2}:\d{2} [AP]M\b|Pagina \d+ van \d+"
    r"|\b\d{1,3}/\d{1,3}\b(?!/)"
)
SHOWN = ("hit@1", "hit@3", "mrr", "fact_recall", "citation_validity", "refusal_accuracy")


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def corpus_with(source: Path, into: Path) -> Path:
    """A corpus folder with only ``source``, described by the text version's manifest entry."""
    into.mkdir(parents=True)
    shutil.copy(source, into / source.name)
    manifest = tomllib.loads((CORPUS / "reports.toml").read_text(encoding="utf-8"))
    entry = next(r for r in manifest["report"] if r["file"] == TEXT_VERSION.name)
    lines = ["[[report]]", f'file = "{source.name}"']
    lines += [f"{k} = {json.dumps(v, ensure_ascii=False)}" for k, v in entry.items() if k != "file"]
    (into / "reports.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return into


def run(source: Path, tmp: Path, text_sections: dict[str, str]) -> dict:
    corpus = corpus_with(source, tmp / "corpus")
    settings = Settings(
        corpus_dir=corpus, index_dir=tmp / "index", data_dir=tmp / "data", cache_dir=ROOT / "index" / "cache"
    )
    t0 = time.perf_counter()
    summary = ingest(settings)
    ingest_s = time.perf_counter() - t0
    index = Index(settings)
    assistant = Assistant(settings, index=index, use_llm=False)
    items = load_gold(find_set("v1"))
    t0 = time.perf_counter()
    scores, _ = evaluate(assistant, items)
    eval_s = time.perf_counter() - t0
    metrics = by_group(scores)
    removed = [r.text for r in read_file(source).removed] if source.suffix == ".pdf" else []
    quotes = valid = leaking = 0
    for s in scores:
        answer = s.answer
        for c in answer.get("citations", []):
            quotes += 1
            valid += norm(c["quote"]) in norm(text_sections.get(c["section_id"], ""))
        text = answer.get("answer", "")
        if any(line in text for line in removed) or RENDERER_ARTEFACTS.search(text):
            leaking += 1
    gate = check_thresholds(
        {"metrics": metrics, "llm_check_skipped": True}, load_thresholds(ROOT / "evals" / "thresholds.toml")
    )
    return {
        "source": source.name,
        "chunks": summary.chunks,
        "new_embeddings": summary.new,
        "ingest_s": ingest_s,
        "eval_s": eval_s,
        "overall": metrics["overall"],
        "conversation_hit1": (metrics.get("tag:conversation") or {}).get("hit@1"),
        "quotes": quotes,
        "valid_vs_text": valid / quotes if quotes else 1.0,
        "answers": len(scores),
        "answers_with_artefacts": leaking,
        "gate_failures": gate,
    }


def main(argv: list[str]) -> int:
    pdfs = [Path(a) for a in argv] or sorted((ROOT / "tests" / "fixtures").glob("*.pdf"))
    from pactrag.parse import parse_report
    from pactrag.records import Report

    text_sections = {
        s.section_id: s.text for s in parse_report(read_file(TEXT_VERSION), Report("toekomstatelier-5", ""))
    }
    rows = []
    with tempfile.TemporaryDirectory() as name:
        for n, source in enumerate([TEXT_VERSION, *pdfs]):
            print(f"… {source.name}", file=sys.stderr, flush=True)
            rows.append(run(source, Path(name) / str(n), text_sections))
    base = rows[0]["overall"]
    metric_names = [m for m in RETRIEVAL_METRICS + ANSWER_METRICS if base.get(m) is not None]
    print(
        "| source | chunks | "
        + " | ".join(SHOWN)
        + " | conversation hit@1 | max Δ vs text | citations valid vs text "
        "| answers with header/footer | gate | ingest s | eval s |"
    )
    print("|---" * (len(SHOWN) + 9) + "|")
    worst = 0.0
    for row in rows:
        o = row["overall"]
        delta = max(abs((o.get(m) or 0.0) - (base.get(m) or 0.0)) for m in metric_names)
        if row is not rows[0]:
            worst = max(worst, delta)
        gate = "pass" if not row["gate_failures"] else "FAIL: " + "; ".join(row["gate_failures"])
        print(
            f"| {row['source']} | {row['chunks']} | "
            + " | ".join(f"{o[m]:.3f}" for m in SHOWN)
            + f" | {row['conversation_hit1'] or 0:.3f} | {delta:.3f} | {row['valid_vs_text']:.3f} ({row['quotes']}) "
            f"| {row['answers_with_artefacts']}/{row['answers']} | {gate} "
            f"| {row['ingest_s']:.1f} | {row['eval_s']:.0f} |"
        )
    ok = worst <= 0.02 and all(
        r["valid_vs_text"] == 1.0 and not r["answers_with_artefacts"] and not r["gate_failures"] for r in rows
    )
    print(f"\nparity: {'yes' if ok else 'NO'} (largest difference from the text version {worst:.3f})")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
