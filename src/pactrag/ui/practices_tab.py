"""The "Goede praktijken" tab: the catalogue from ``pactrag.practices``: Dutch-stemmed search,
subfacet and report filters, place and success-factor coverage, CSV and XLSX download, each
row linked to its source (a click shows the passage highlighted in its section)."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import gradio as gr

from .. import messages as M
from ..chunk import section_path
from ..errors import PactragError
from ..practices import (
    FACTOR_SEPARATOR,
    factor_coverage,
    filter_practices,
    place_coverage,
    practice_records,
    write_csv,
    write_xlsx,
)
from ..present import clip, empty_source, escape_md, render_source
from .backend import ALL, PRIVATE, Backend, Choices, encodable


def _file(update: dict) -> dict:
    return {"value": update.get("value"), "interactive": update.get("interactive", False)}


def build_practices_tab(backend: Backend, choices: Choices) -> dict[str, Any]:
    """The practices tab's layout and events (call inside ``gr.Tab``); returns the components
    that follow the index."""

    export_root = Path(tempfile.mkdtemp(prefix="pactrag-praktijken-"))

    def practice_rows(query, subfacet, report=ALL):
        nothing = gr.update(value=None, interactive=False)
        try:
            everything = backend.practices()
            titles = {r.report_id: r.title for r in backend.assistant().index.reports}
        except PactragError as exc:
            return [], escape_md(str(exc)), [], nothing, nothing
        shown = filter_practices(everything, encodable(query), subfacet or "", report or "")
        rows = [
            [
                clip(p.summary),
                ", ".join(p.places),
                clip(FACTOR_SEPARATOR.join(p.factors)),
                f"{p.subfacet_id} {p.subfacet_title}",
                p.section_label,
            ]
            for p in shown
        ]
        count = M.APP_PRACTICES_COUNT.format(shown=len(shown), total=len(everything))
        if not shown:
            count += " — " + M.APP_PRACTICES_EMPTY
            return rows, count, [], nothing, nothing
        named, total = place_coverage(shown)
        count += ". " + M.APP_PRACTICES_COVERAGE.format(named=named, total=total)
        with_factors, _ = factor_coverage(shown)
        count += " " + M.APP_PRACTICES_FACTOR_COVERAGE.format(named=with_factors, total=total)
        table = practice_records(shown, titles)
        folder = Path(tempfile.mkdtemp(dir=export_root))  # server-made, per request
        csv_file = write_csv(table, folder / "goede-praktijken.csv")
        xlsx_file = write_xlsx(table, folder / "goede-praktijken.xlsx")
        return (
            rows,
            count,
            [p.key for p in shown],
            gr.update(value=str(csv_file), interactive=True),
            gr.update(value=str(xlsx_file), interactive=True),
        )

    def show_practice(keys, data: gr.SelectData):
        try:
            row = data.index[0] if isinstance(data.index, (list, tuple)) else int(data.index)
            key = keys[row]
            practice = next(p for p in backend.practices() if p.key == key)
            index = backend.assistant().index
            section = index.section_by_key[(practice.report_id, practice.section_id)]
            report = index.report_by_id[practice.report_id]
        except (IndexError, StopIteration, KeyError, TypeError, PactragError):
            return empty_source(M.APP_SOURCE_GONE)
        return render_source(
            section_path(report, section),
            section.text,
            (practice.start, practice.end),
            practice.title,
            section.page or None,
        )

    gr.Markdown(M.APP_PRACTICES_INTRO)
    rows, count_text, keys0, csv0, xlsx0 = practice_rows("", ALL)
    with gr.Row():
        search = gr.Textbox(
            label=M.APP_PRACTICES_SEARCH,
            placeholder=M.APP_PRACTICES_SEARCH_PLACEHOLDER,
            elem_id="praktijk-zoek",
            scale=3,
            min_width=220,
        )
        p_subfacet = gr.Dropdown(
            choices.subfacet_choices,
            value=ALL,
            label=M.APP_PRACTICES_SUBFACET,
            elem_id="praktijk-subfacet",
            scale=2,
            min_width=220,
        )
        p_report = gr.Dropdown(
            choices.report_choices,
            value=ALL,
            label=M.APP_PRACTICES_REPORT,
            elem_id="praktijk-verslag",
            scale=2,
            min_width=220,
            visible=len(choices.reports) > 1,
        )
    count = gr.Markdown(count_text, elem_id="praktijk-aantal")
    with gr.Row():
        csv_button = gr.DownloadButton(M.APP_PRACTICES_CSV, elem_id="praktijk-csv", size="sm", **_file(csv0))
        xlsx_button = gr.DownloadButton(
            M.APP_PRACTICES_XLSX, elem_id="praktijk-xlsx", size="sm", **_file(xlsx0)
        )
    keys = gr.State(keys0)
    with gr.Row(equal_height=False):
        with gr.Column(scale=3, min_width=300):
            table = gr.Dataframe(
                rows,
                headers=list(M.APP_PRACTICES_HEADERS),
                type="array",
                interactive=False,
                wrap=True,
                max_height=620,
                elem_id="praktijken-tabel",
                column_widths=["31%", "13%", "27%", "19%", "10%"],
            )
        with gr.Column(scale=2, min_width=300):
            p_source = gr.HTML(empty_source(M.APP_PRACTICES_SOURCE_EMPTY), elem_id="praktijk-bron")

    for trigger in (search.change, p_subfacet.change, p_report.change):
        trigger(
            practice_rows,
            [search, p_subfacet, p_report],
            [table, count, keys, csv_button, xlsx_button],
            **PRIVATE,
        )
    table.select(show_practice, [keys], p_source, **PRIVATE)
    return {"subfacet": p_subfacet, "report": p_report, "search": search}
