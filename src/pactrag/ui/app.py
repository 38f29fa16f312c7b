"""``build_app``: the header, one tab per builder, the /ask API; ``launch``: how it is served."""

from __future__ import annotations

from typing import Any

import gradio as gr

from .. import messages as M
from ..answer import Assistant
from ..config import Settings
from ..errors import ConfigError, PactragError
from ..present import escape_md
from .assets import CSS, JS
from .backend import PRIVATE, Backend, Choices, filters_from, parse_auth
from .chat import build_chat_tab, mode_markdown
from .practices_tab import build_practices_tab
from .reports_tab import build_reports_tab


def build_app(settings: Settings, assistant: Assistant | None = None) -> gr.Blocks:
    backend = Backend(settings, assistant)
    choices = Choices.of(backend)

    def ask(
        question: str,
        history: list[list[str]] | None = None,
        subfacet: str = "",
        kind: str = "",
        report: str = "",
    ) -> dict:
        """Beantwoord een vraag over de verslagen en geef het JSON-antwoord van `pactrag ask --json`.
        history: eerdere [vraag, antwoord]-paren van het gesprek; subfacet (bv. 2.3) en kind (bv. continue)
        en report (verslag-id) beperken het zoeken."""
        try:
            pairs = [(str(q), str(a)) for q, a in (history or [])]
        except (TypeError, ValueError):
            raise gr.Error(M.APP_API_BAD_HISTORY) from None
        try:
            return backend.assistant().ask(question, pairs, filters_from(subfacet, kind, report)).to_json()
        except PactragError as exc:
            raise gr.Error(str(exc)) from None

    with gr.Blocks(title=M.APP_TITLE, analytics_enabled=False) as demo:
        with gr.Row(equal_height=True, elem_id="kop"):
            gr.Markdown(f"## {M.APP_TITLE}", elem_id="titel")
            mode = gr.Markdown(mode_markdown(backend), elem_id="modus")
        with gr.Tabs():
            with gr.Tab(M.APP_TAB_CHAT, id="vragen"):
                chat = build_chat_tab(backend, choices, mode)
            with gr.Tab(M.APP_TAB_PRACTICES, id="praktijken"):
                practices = build_practices_tab(backend, choices)
            following = [
                chat["chatbot"],
                chat["subfacet"],
                chat["report"],
                practices["subfacet"],
                practices["report"],
            ]

            def refresh():
                """After the index changed: intro, filter choices; the catalogue follows by itself."""
                now = Choices.of(backend)
                many = len(now.reports) > 1
                return (
                    gr.update(placeholder=escape_md(now.intro)),
                    gr.update(choices=now.subfacet_choices),
                    gr.update(choices=now.report_choices, visible=many),
                    gr.update(choices=now.subfacet_choices),
                    gr.update(choices=now.report_choices, visible=many),
                )

            with gr.Tab(M.APP_TAB_REPORTS, id="verslagen"):
                build_reports_tab(backend, following, refresh)
        demo.load(refresh, None, following, **PRIVATE)
        gr.api(ask, api_name="ask")
    demo.queue(default_concurrency_limit=settings.concurrency)
    return demo


def launch(demo: gr.Blocks, settings: Settings, **overrides):
    """Serve ``demo`` with the operational settings (host, port, login; no analytics, no share)."""
    options: dict[str, Any] = dict(
        server_name=settings.host,
        server_port=settings.port,
        auth=parse_auth(settings.auth),
        auth_message=M.APP_AUTH_MESSAGE,
        share=False,
        show_error=False,
        footer_links=["api"],
        css=CSS,
        js=JS,
        ssr_mode=False,
    )
    options.update(overrides)
    try:
        return demo.launch(**options)
    except OSError as exc:
        raise ConfigError(
            M.APP_PORT_IN_USE.format(host=settings.host, port=settings.port, error=exc)
        ) from None
