"""The "Verslagen" tab: the reports in the index; with a login (PACTRAG_AUTH) or
PACTRAG_ALLOW_UPLOAD=1 also adding a report (parsed outline for review first, ingest with
progress) and removing one. The work is done by ``pactrag.reports``."""

from __future__ import annotations

import html
import logging
from pathlib import Path
from typing import Any

import gradio as gr

from .. import messages as M
from ..errors import PactragError
from ..records import dutch_date
from ..reports import Staged, add_report, remove_report, report_rows, stage_upload
from .backend import PRIVATE, Backend

log = logging.getLogger("pactrag.app")


def uploads_allowed(backend: Backend) -> bool:
    settings = backend.settings
    return bool(settings.auth) or settings.allow_upload == 1


def outline_html(staged: Staged) -> str:
    """The parsed section tree of a staged report, for review."""
    report = staged.loaded.report
    items = "".join(
        f'<li style="margin-left:{max(0, s.level - 1) * 1.2}em">'
        f"{html.escape((s.number_label + ' ' + s.title).strip())}"
        f' <span class="hint">({len(s.text)} tekens)</span></li>'
        for s in staged.outline
    )
    meta = ", ".join(x for x in (report.place, dutch_date(report.date) if report.date else "") if x)
    return (
        f'<div class="pactrag-source"><div class="head"><div class="meta">{html.escape(report.title)}'
        f"{' (' + html.escape(meta) + ')' if meta else ''}</div>"
        f'<div class="crumb">{html.escape(M.APP_REPORTS_REVIEW)}</div></div><ul>{items}</ul></div>'
    )


def build_reports_tab(backend: Backend, refresh_outputs: list[Any], refresh) -> None:
    """The reports tab (call inside ``gr.Tab``). ``refresh()`` returns the updates for
    ``refresh_outputs`` (filters, intro) after the index changed."""
    allowed = uploads_allowed(backend)

    def rows():
        try:
            reports = report_rows(backend.assistant().index)
        except PactragError:
            return []
        return [
            [
                r.title,
                r.number or "",
                dutch_date(r.date) if r.date else "",
                r.place,
                r.sections,
                r.chunks,
                r.source_file,
                r.ingested_at,
            ]
            for r in reports
        ]

    def files():
        return [(f"{r[0]} — {r[6]}", r[6]) for r in rows()]

    def on_upload(file):
        if not allowed:
            return None, "", M.APP_REPORTS_UPLOAD_OFF, gr.update(interactive=False)
        if not file:
            return None, "", "", gr.update(interactive=False)
        path = Path(file if isinstance(file, str) else file.name)
        try:
            staged = stage_upload(path, path.name, backend.settings)
        except PactragError as exc:
            return None, "", str(exc), gr.update(interactive=False)
        return staged, outline_html(staged), "", gr.update(interactive=True)

    def ingest_with(work, progress):
        def report(stage: str, done: int, total: int) -> None:
            progress((done, max(total, 1)), desc=M.APP_REPORTS_PROGRESS.format(stage=stage))

        progress(0, desc=M.APP_REPORTS_PROGRESS.format(stage="start"))
        return work(report)

    def on_add(staged, progress=gr.Progress()):  # noqa: B008 - how Gradio injects progress
        if not allowed:
            return (None, "", M.APP_REPORTS_UPLOAD_OFF, gr.update(), gr.update(), gr.update(), *refresh())
        if staged is None:
            return (None, "", M.APP_REPORTS_NOTHING, gr.update(), gr.update(), gr.update(), *refresh())
        try:
            summary = ingest_with(lambda p: add_report(backend.settings, staged, p), progress)
            backend.assistant()  # reopen on the new generation now, not at the next question
            mine = [r for r in report_rows(backend.assistant().index) if r.source_file == staged.name]
            message = M.APP_REPORTS_ADDED.format(
                title=staged.loaded.report.title,
                sections=mine[0].sections if mine else summary.sections,
                chunks=mine[0].chunks if mine else summary.chunks,
            )
        except PactragError as exc:
            message = M.APP_REPORTS_FAILED.format(error=exc)
        except Exception as exc:  # noqa: BLE001 - the serving index is untouched; say so
            log.exception("verslag toevoegen mislukt")
            message = M.APP_REPORTS_FAILED.format(error=type(exc).__name__)
        return (
            None,
            "",
            message,
            gr.update(interactive=False),
            rows(),
            gr.update(choices=files(), value=None),
            *refresh(),
        )

    def on_remove(source_file, progress=gr.Progress()):  # noqa: B008
        if not allowed:
            return M.APP_REPORTS_UPLOAD_OFF, gr.update(), gr.update(), *refresh()
        if not source_file:
            return M.APP_REPORTS_NOTHING, gr.update(), gr.update(), *refresh()
        try:
            summary = ingest_with(lambda p: remove_report(backend.settings, source_file, p), progress)
            backend.assistant()
            message = M.APP_REPORTS_REMOVED.format(reports=summary.reports)
        except PactragError as exc:
            message = M.APP_REPORTS_FAILED.format(error=exc)
        except Exception as exc:  # noqa: BLE001
            log.exception("verslag verwijderen mislukt")
            message = M.APP_REPORTS_FAILED.format(error=type(exc).__name__)
        return message, rows(), gr.update(choices=files(), value=None), *refresh()

    gr.Markdown(M.APP_REPORTS_INTRO)
    table = gr.Dataframe(
        rows(),
        headers=list(M.APP_REPORTS_HEADERS),
        type="array",
        interactive=False,
        wrap=True,
        elem_id="verslagen-tabel",
        column_widths=["30%", "7%", "11%", "8%", "7%", "8%", "17%", "12%"],
    )
    status = gr.Markdown("", elem_id="verslag-melding")
    if not allowed:
        gr.Markdown(M.APP_REPORTS_UPLOAD_OFF, elem_id="verslag-uit")
        return
    staged = gr.State(None)
    with gr.Row(equal_height=False):
        with gr.Column(scale=2, min_width=280):
            upload = gr.File(
                label=M.APP_REPORTS_UPLOAD,
                file_types=[".pdf", ".docx", ".txt", ".md"],
                type="filepath",
                elem_id="verslag-upload",
            )
            add = gr.Button(
                M.APP_REPORTS_ADD, variant="primary", interactive=False, elem_id="verslag-toevoegen"
            )
            with gr.Row():
                pick = gr.Dropdown(
                    files(), label=M.APP_REPORTS_REMOVE_PICK, elem_id="verslag-kies", value=None
                )
                remove = gr.Button(M.APP_REPORTS_REMOVE, variant="stop", elem_id="verslag-verwijderen")
        with gr.Column(scale=3, min_width=280):
            tree = gr.HTML("", elem_id="verslag-boom")
    upload.upload(on_upload, [upload], [staged, tree, status, add], **PRIVATE)
    busy: dict[str, Any] = {"api_visibility": "private", "show_progress": "full"}
    add.click(
        on_add,
        [staged],
        [staged, tree, status, add, table, pick, *refresh_outputs],
        **busy,
    ).then(lambda: None, None, upload, **PRIVATE)
    remove.click(on_remove, [pick], [status, table, pick, *refresh_outputs], **busy)
