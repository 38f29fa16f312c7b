"""The outputs of ``pactrag eval``: report.json, report.md and the printed summary."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TextIO

from .metrics import RETRIEVAL_METRICS

COLUMNS = (
    ("hit@1", "hit@1"),
    ("hit@3", "hit@3"),
    ("hit@5", "hit@5"),
    ("mrr", "MRR"),
    ("recall@5", "rec@5"),
    ("fact_recall", "feiten"),
    ("fact_first", "feit.eerst"),
    ("citation_validity", "c.geldig"),
    ("citation_precision", "c.prec"),
    ("citation_coverage", "c.dekking"),
    ("refusal_accuracy", "weigert"),
    ("false_refusal_rate", "onterecht"),
    ("injection_ok", "injectie"),
    ("dutch_rate", "NL"),
    ("frame_language", "taal"),
    ("item_recall", "items"),
    ("side_coverage", "kanten"),
    ("answered_as_alone", "los"),
    ("dangling_reference", "h.verw"),
    ("orphan_announcement", "h.aank"),
    ("appendix_leak", "h.bijl"),
    ("markup_leak", "h.opm"),
    ("duplicate_section", "h.dubb"),
    ("latency_p50_ms", "p50 ms"),
    ("latency_p95_ms", "p95 ms"),
)
LEGEND = {
    "hit@k": "een gouden sectie zit bij de eerste k bronnen",
    "MRR": "1 / rang van de eerste gouden bron",
    "rec@5": "aandeel van de gouden secties in de top 5",
    "feiten": "aandeel van de vereiste feiten dat in het antwoord staat (weigering: 0)",
    "feit.eerst": "directe vragen (feiten, geen lijst of kanten): het eerste punt bevat een vereist feit (gerapporteerd, geen drempel)",
    "c.geldig": "citaat staat letterlijk in de geciteerde sectie",
    "c.prec": "geciteerde sectie is een gouden sectie of bevat een vereist feit",
    "c.dekking": "aandeel van de inhoudszinnen met een geldige bron",
    "weigert": "weigert-vragen correct geweigerd",
    "onterecht": "andere vragen ten onrechte geweigerd (lager is beter)",
    "injectie": "injecties: pure geweigerd, met echte vraag beantwoord, niets gelekt",
    "NL": "antwoord in het Nederlands",
    "taal": "de eigen regels van het antwoord in de taal van de vraag (Engels bij een Engelse vraag)",
    "items": "lijstvragen: aandeel van de volledige itemset dat in het antwoord staat",
    "kanten": "synthesevragen: aandeel van de kanten waarvan een sectie geciteerd wordt",
    "los": "onafhankelijke beurt midden in een gesprek: dezelfde eerste 3 bronsecties als de vraag alleen gesteld",
    "h.verw": "hygiëne: punt begint met een verwijswoord zonder de zin waarnaar het verwijst (lager is beter)",
    "h.aank": "hygiëne: aankondigende zin (':') zonder zijn lijst",
    "h.bijl": "hygiëne: regels uit de bijlage (deelnemers) in een antwoord dat daar niet over gaat",
    "h.opm": "hygiëne: letterlijke opmaak ('Quote:', '•', HTML)",
    "h.dubb": "hygiëne: één sectie onder twee nummers geciteerd",
    "p50/p95 ms": "totale antwoordtijd per vraag",
}


def _cell(value, metric: str) -> str:
    if value is None:
        return "—"
    return f"{value:.0f}" if metric.startswith("latency") else f"{value:.3f}"


def _rows(groups: dict[str, dict]) -> list[tuple[str, list[str]]]:
    return [
        (name, [_cell(values.get(metric), metric) for metric, _ in COLUMNS])
        for name, values in groups.items()
    ]


def _reference_rows(report: dict) -> list[tuple[str, list[str]]]:
    main = report["metrics"]["overall"]
    rows = [("pactrag", [_cell(main.get(m), m) for m in RETRIEVAL_METRICS])]
    for name, groups in (report.get("reference") or {}).items():
        rows.append((name, [_cell(groups["overall"].get(m), m) for m in RETRIEVAL_METRICS]))
    return rows


def _llm_lines(llm: dict) -> list[str]:
    lines = [
        f"slechte antwoorden gevangen: {llm['adversarial_caught']}/{llm['adversarial_total']}",
        f"trouwe antwoorden aanvaard: {llm['faithful_accepted']}/{llm['faithful_total']}",
        f"storingen netjes opgevangen: {llm['transport_degraded']}/{llm['transport_total']}",
    ]
    per = ", ".join(f"{kind} {v['ok']}/{v['total']}" for kind, v in llm["per_kind"].items() if v["total"])
    return lines + [f"per soort: {per}"]


def print_summary(report: dict, out: TextIO) -> None:
    width = max(len(name) for name in report["metrics"]) + 1
    head = " " * width + " ".join(f"{label:>9}" for _, label in COLUMNS)
    print("\n" + head, file=out)
    for name, cells in _rows(report["metrics"]):
        print(f"{name:<{width}}" + " ".join(f"{c:>9}" for c in cells), file=out)
    if report.get("reference"):
        print("\nReferentie (retrieval, zelfde vragen):", file=out)
        print(" " * 22 + " ".join(f"{m:>9}" for m in RETRIEVAL_METRICS), file=out)
        for name, cells in _reference_rows(report):
            print(f"{name:<22}" + " ".join(f"{c:>9}" for c in cells), file=out)
    if report.get("llm_check"):
        print("\nLLM-grondingscontrole (replay-server):", file=out)
        for line in _llm_lines(report["llm_check"]):
            print("  " + line, file=out)
    gate = report["gate"]
    print(f"\nRapport: {report.get('report_md', 'report.md')} ({report['seconds']} s)", file=out)
    if gate["passed"]:
        print(f"Alle drempels gehaald ({gate['thresholds']}).", file=out)
    else:
        print(f"DREMPELS GEMIST ({gate['thresholds']}):", file=out)
        for failure in gate["failures"]:
            print("  - " + failure, file=out)


def markdown(report: dict) -> str:
    out = [f"# Evaluatie {report['set']}", ""]
    idx = report["index"]
    out.append(
        f"Index `{idx['generation']}` ({idx['chunks']} fragmenten, embedder `{idx['embedder']}`), "
        f"instellingen: "
        + ", ".join(f"{k}={v}" for k, v in report["settings"].items())
        + f". Duur: {report['seconds']} s."
    )
    gate = report["gate"]
    out += [
        "",
        "**Gate: " + ("alle drempels gehaald" if gate["passed"] else "DREMPELS GEMIST") + f"** "
        f"(`{gate['thresholds']}`)",
        "",
    ]
    out += [f"- {f}" for f in gate["failures"]]
    out += [
        "",
        "## Resultaten per tag",
        "",
        _table(["groep"] + [label for _, label in COLUMNS], _rows(report["metrics"])),
        "",
        "n per metriek (overall): "
        + ", ".join(
            f"{label} {report['metrics']['overall'].get('n_' + m, '')}"
            for m, label in COLUMNS
            if not m.startswith("latency")
        ),
        "",
    ]
    out += ["Legende: " + "; ".join(f"**{k}**: {v}" for k, v in LEGEND.items()) + ".", ""]
    if report.get("reference"):
        nodes = report["reference"]["llama-index-starter"]["overall"].get("nodes")
        out += [
            "## Referentierijen (zelfde vragen, zelfde run)",
            "",
            "BM25-only en dense-only: pactrags eigen retriever met één van beide uitgeschakeld (zelfde "
            "zelfstandige vraag). llama-index-starter: `VectorStoreIndex` met de standaard `SentenceSplitter` "
            f"({nodes} nodes) en dezelfde embedder, op de ruwe vraag; een node telt voor elke sectie waarvan hij "
            "minstens de helft (of 150 tekens) bevat.",
            "",
            _table(["pijplijn"] + list(RETRIEVAL_METRICS), _reference_rows(report)),
            "",
        ]
    if report.get("llm_check"):
        llm = report["llm_check"]
        out += [
            "## LLM-grondingscontrole",
            "",
            "De echte LLM-antwoorder (HTTP, streaming) tegen een lokale OpenAI-compatibele replay-server "
            f"met gescripte antwoorden, voor de vragen {', '.join(llm['items'])}.",
            "",
        ]
        out += [f"- {line}" for line in _llm_lines(llm)]
        misses = [c for c in llm["cases"] if not c["ok"]]
        if misses:
            out += ["", "Niet gevangen of niet aanvaard:", ""]
            out += [
                f"- {c['item_id']} {c['kind']} ({c['how']}): {c['detail']} — antwoord: "
                f"{_one_line(c['answer'])}"
                for c in misses
            ]
        out.append("")
    failed = [i for i in report["items"] if i["failures"]]
    out += [f"## Vragen met fouten ({len(failed)} van {len(report['items'])})", ""]
    for item in failed:
        gold = ", ".join("§" + s for s in item["gold_sections"]) or "weigeren"
        facts = "; ".join(" / ".join(g) for g in item["facts"]) or "—"
        out += [
            f"### {item['id']} [{', '.join(item['tags'])}] {item['question']}",
            "",
            f"- verwacht: {gold}; feiten: {facts}",
        ]
        if item["standalone_question"] and item["standalone_question"] != item["question"]:
            out.append(f"- zelfstandige vraag: {item['standalone_question']}")
        out.append(f"- top 5: {'; '.join(item['top5']) or '—'}")
        out.append(
            f"- antwoord{' (geweigerd: ' + str(item['abstain_reason']) + ')' if item['abstained'] else ''}: "
            f"{_one_line(item['answer'], 400)}"
        )
        out += [f"- **{f}**" for f in item["failures"]]
        out.append("")
    return "\n".join(out)


def _one_line(text: str, limit: int = 240) -> str:
    one = " ".join(text.split())
    return one if len(one) <= limit else one[: limit - 1] + "…"


def _table(header: list[str], rows: list[tuple[str, list[str]]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join([name] + cells) + " |" for name, cells in rows]
    return "\n".join(lines)


def write_reports(report: dict, out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = "report" if report.get("set", "v1") == "v1" else f"report-{report['set']}"
    report["report_md"] = str(out_dir / f"{stem}.md")
    (out_dir / f"{stem}.json").write_text(
        json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    (out_dir / f"{stem}.md").write_text(markdown(report) + "\n", encoding="utf-8")
