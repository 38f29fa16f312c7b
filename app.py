"""Gradio chat app over pactrag, for civil servants. UI only: every answer comes from
``Assistant.stream()`` (the chat) or ``Assistant.ask()`` (the /ask API), the same library
the CLI uses; the good-practices table comes from ``pactrag.practices``.

Run: ``python app.py`` (binds PACTRAG_HOST:PACTRAG_PORT, default 127.0.0.1:7860).

Everything from the corpus or the user is escaped before it reaches the page; the only
markup is the app's own (citation links, the source panel, <mark>). Gradio sanitises chat
markdown, so a click on a citation link is bridged to Python by a small script: it writes
"turn-n" into a hidden textbox and presses a hidden button.
"""

from __future__ import annotations

import html
import logging
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

import gradio as gr

import pactrag  # noqa: F401  (sets the offline environment before gradio is imported)
from pactrag import messages as M
from pactrag.answer import Assistant
from pactrag.chunk import section_path
from pactrag.config import Secret, Settings
from pactrag.errors import ConfigError, PactragError
from pactrag.feedback import Feedback, append_feedback, conversation_markdown
from pactrag.practices import Practice, extract_practices, filter_practices
from pactrag.present import clip, empty_source, escape_md, locate, render_answer, render_source, render_text
from pactrag.records import KIND_LABELS, Answer, dutch_date
from pactrag.retrieve import Filters

log = logging.getLogger("pactrag.app")

ALL = "alle"
FILTER_KINDS = ("continue", "start", "stop", "synergie", "toekomstbeeld", "aanvullingen")
STREAM_EVERY_S = 0.05  # at most ~20 UI updates per second while an answer streams

CSS = """
#pactrag-bron, #praktijk-bron { max-height: 78vh; overflow-y: auto !important; }
#praktijken-tabel table, #praktijken-tabel td, #praktijken-tabel th, #praktijken-tabel span {
  font-family: var(--font) !important; font-size: .92em; }
#praktijken-tabel .selection-button, #praktijken-tabel .cell-menu-button { display: none !important; }
.pactrag-source .head { position: sticky; top: 0; z-index: 1; background: var(--block-background-fill);
  padding: .2em 0 .4em 0; margin-bottom: .4em; border-bottom: 1px solid var(--border-color-primary); }
.pactrag-source .crumb { font-size: .85em; opacity: .85; }
.pactrag-source .meta { font-size: .85em; font-weight: 600; margin-top: .2em; }
.pactrag-source p { margin: 0 0 .7em 0; line-height: 1.5; }
.pactrag-source mark { background: #ffe27a; color: #1a1a1a; padding: 0 2px; border-radius: 2px; }
.pactrag-source .hint { opacity: .8; }
a.pactrag-cite { font-weight: 600; text-decoration: none; white-space: nowrap; }
.pactrag-sources { font-size: .85em; margin-top: .6em; padding-top: .4em;
  border-top: 1px solid var(--border-color-primary); }
.pactrag-sources ul { margin: .2em 0 0 0; padding-left: 1.1em; }
.pactrag-sources li { margin: .1em 0; }
.pactrag-notice { font-size: .85em; font-style: italic; margin-top: .4em; }
#modus { text-align: right; font-size: .9em; }
"""

# Citation links -> hidden textbox + button; scroll the highlighted passage into view.
JS = """
() => {
  document.addEventListener('click', (event) => {
    const link = event.target.closest && event.target.closest('a[href^="#bron-"]');
    if (!link) return;
    event.preventDefault();
    event.stopPropagation();
    const box = document.querySelector('#bron-keuze textarea, #bron-keuze input');
    const button = document.querySelector('#bron-knop');
    if (!box || !button) return;
    box.value = link.getAttribute('href').slice(6) + ':' + Date.now();
    box.dispatchEvent(new Event('input', {bubbles: true}));
    setTimeout(() => button.click(), 30);
  }, true);
  new MutationObserver(() => {
    for (const id of ['pactrag-bron', 'praktijk-bron']) {
      const panel = document.getElementById(id);
      const mark = panel && panel.querySelector('mark:not([data-seen])');
      if (mark) {
        mark.setAttribute('data-seen', '1');
        const head = panel.querySelector('.pactrag-source .head');
        const offset = mark.getBoundingClientRect().top - panel.getBoundingClientRect().top;
        panel.scrollTop = Math.max(0, panel.scrollTop + offset - (head ? head.offsetHeight : 0) - 24);
      }
    }
  }).observe(document.body, {childList: true, subtree: true});
}
"""


# ---------------------------------------------------------------------------------------
# The library behind the UI, opened lazily: the app starts (and explains) without an index.


class Backend:
    def __init__(self, settings: Settings, assistant: Assistant | None = None) -> None:
        self.settings = settings
        self._assistant = assistant
        self._own = assistant is None  # an assistant we opened is reopened after a new ingest
        self._practices: list[Practice] | None = None
        self._lock = threading.Lock()

    def assistant(self) -> Assistant:
        """The shared assistant; raises the library's Dutch error while there is no index."""
        with self._lock:
            if self._assistant is not None and self._own and not self._assistant.index.is_current():
                self._assistant.index.close()  # `pactrag ingest` swapped in a new generation
                self._assistant, self._practices = None, None
            if self._assistant is None:
                self._assistant = Assistant(self.settings)
            return self._assistant

    def error(self) -> str | None:
        try:
            self.assistant()
            return None
        except PactragError as exc:
            return str(exc)

    def practices(self) -> list[Practice]:
        if self._practices is None:
            self._practices = extract_practices(self.assistant().index.sections)
        return self._practices


def filters_from(subfacet: str, kind: str, report: str = "") -> Filters:
    return Filters(
        subfacet_id="" if subfacet in ("", ALL, None) else subfacet,
        kind="" if kind in ("", ALL, None) else kind,
        report_id="" if report in ("", ALL, None) else report,
    )


def parse_auth(secret: str) -> tuple[str, str] | None:
    raw = secret.reveal() if isinstance(secret, Secret) else str(secret or "")
    if not raw:
        return None
    user, sep, password = raw.partition(":")
    if not sep or not user or not password:
        raise ConfigError(M.APP_AUTH_INVALID)
    return user, password


# ---------------------------------------------------------------------------------------
# The app


def build_app(settings: Settings, assistant: Assistant | None = None) -> gr.Blocks:
    backend = Backend(settings, assistant)
    error = backend.error()
    subfacets, reports, report_ids = [], [], []
    if error is None:
        index = backend.assistant().index
        report_ids = [(r.label, r.report_id) for r in index.reports]
        subfacets = [
            (f"{s.subfacet_id} {s.title}", s.subfacet_id) for s in index.sections if s.kind == "subfacet"
        ]
        reports = [
            r.title
            + (f" ({', '.join(x for x in (r.place, dutch_date(r.date)) if x)})" if r.place or r.date else "")
            for r in index.reports
        ]
    intro = (
        M.APP_INTRO.format(reports="; ".join(reports))
        if error is None
        else M.APP_INTRO_NO_INDEX.format(error=error)
    )
    subfacet_choices = [(M.APP_ALL_SUBFACETS, ALL)] + subfacets
    kind_choices = [(M.APP_ALL_KINDS, ALL)] + [(KIND_LABELS[k], k) for k in FILTER_KINDS]
    export_dir = Path(tempfile.mkdtemp(prefix="pactrag-export-"))

    def mode_markdown(answer: Answer | None = None) -> str:
        try:
            label = backend.assistant().mode_label()
        except PactragError:
            label = M.MODE_EXTRACTIVE
        text = f"**{M.APP_MODE}:** {html.escape(label)}"
        if (
            answer is not None
            and answer.notice
            and answer.mode == "extractive"
            and backend.assistant().mode == "llm"
        ):
            text += "  \n⚠️ " + html.escape(M.APP_MODE_FALLBACK.format(notice=answer.notice))
        return text

    # -- chat --------------------------------------------------------------------------
    def respond(question, messages, turns, subfacet, kind, report, request: gr.Request):
        question = question or ""
        messages = list(messages or [])
        turns = list(turns or [])
        messages.append({"role": "user", "content": escape_md(question) or "…"})
        messages.append({"role": "assistant", "content": f"*{M.APP_THINKING}*"})
        yield list(messages), messages, turns, "", gr.update(), gr.update()
        filters = filters_from(subfacet, kind, report)
        history = [(t["answer"].question, t["answer"].answer) for t in turns]
        answer, draft, last = None, "", 0.0
        try:
            for event in backend.assistant().stream(question, history, filters):
                if event.kind == "answer":
                    answer = event.answer
                    continue
                if event.kind == "reset":  # the model's draft is dropped: its checked text follows
                    draft, last = "", 0.0
                    messages[-1] = {"role": "assistant", "content": f"*{M.APP_THINKING}*"}
                    yield list(messages), messages, turns, "", gr.update(), gr.update()
                    continue
                draft += event.text
                if draft.strip() and time.monotonic() - last >= STREAM_EVERY_S:
                    last = time.monotonic()
                    messages[-1] = {"role": "assistant", "content": render_text(draft.rstrip())}
                    yield list(messages), messages, turns, "", gr.update(), gr.update()
            if answer is None:
                raise RuntimeError("the assistant's stream ended without an answer")
        except PactragError as exc:  # empty or too long question, missing index, …
            messages[-1] = {"role": "assistant", "content": escape_md(str(exc))}
            yield list(messages), messages, turns, gr.update(value=question), gr.update(), gr.update()
            return
        except Exception:  # noqa: BLE001 - never a traceback in the UI
            log.exception("antwoord mislukt")
            messages[-1] = {"role": "assistant", "content": escape_md(M.APP_UNEXPECTED)}
            yield list(messages), messages, turns, gr.update(value=question), gr.update(), gr.update()
            return
        note = _filters_note(filters, subfacets)
        messages[-1] = {"role": "assistant", "content": render_answer(answer, len(turns), note)}
        turns.append({"id": uuid.uuid4().hex, "answer": answer, "msg": len(messages) - 1})
        yield list(messages), messages, turns, "", mode_markdown(answer), _export(turns, request)

    def _export(turns, request: gr.Request | None):
        folder = export_dir / (getattr(request, "session_hash", None) or uuid.uuid4().hex)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "gesprek-plattelandspact.md"
        path.write_text(conversation_markdown([t["answer"] for t in turns]), encoding="utf-8")
        return gr.update(value=str(path), interactive=True)

    def show_citation(choice, turns):
        try:
            turn, n = (int(x) for x in (choice or "").split(":")[0].split("-"))
            citation = next(c for c in turns[turn]["answer"].citations if c.n == n)
            index = backend.assistant().index
            chunk = index.by_id[citation.chunk_id]
            section = index.section_of(chunk)
        except (ValueError, IndexError, StopIteration, KeyError, PactragError):
            return empty_source(M.APP_SOURCE_GONE)
        if section is None:
            return render_source(
                chunk.section_path,
                chunk.text,
                locate(chunk.text, citation.quote),
                M.APP_CITATION_NUMBER.format(n=n),
                citation.page,
                citation.quote,
            )
        return render_source(
            chunk.section_path,
            section.text,
            locate(section.text, citation.quote),
            M.APP_CITATION_NUMBER.format(n=n),
            citation.page,
            citation.quote,
        )

    def on_vote(turns, data: gr.LikeData):
        turn = next((i for i, t in enumerate(turns or []) if t["msg"] == data.index), None)
        if turn is None:
            gr.Info(M.APP_VOTE_NOTHING, duration=4)
            return None, gr.update(visible=False)
        vote = "up" if data.liked in (True, "Like") else "down"
        t = turns[turn]
        append_feedback(settings.data_dir, Feedback.on(t["answer"], vote, "", t["id"]))
        return {"turn": turn, "vote": vote}, gr.update(visible=True)

    def on_comment(comment, target, turns):
        if not target or not (comment or "").strip():
            return gr.update(), gr.update(visible=bool(target))
        t = turns[target["turn"]]
        append_feedback(settings.data_dir, Feedback.on(t["answer"], target["vote"], comment, t["id"]))
        gr.Info(M.APP_COMMENT_THANKS, duration=3)
        return "", gr.update(visible=False)

    def pick_example(data: gr.SelectData):
        return data.value.get("text", "") if isinstance(data.value, dict) else str(data.value)

    def new_chat():
        return (
            [],
            [],
            [],
            empty_source(),
            gr.update(visible=False),
            None,
            gr.update(value=None, interactive=False),
        )

    # -- good practices ------------------------------------------------------------------
    def practice_rows(query, subfacet):
        try:
            everything = backend.practices()
        except PactragError as exc:
            return [], escape_md(str(exc)), []
        shown = filter_practices(everything, query or "", subfacet or "")
        rows = [
            [clip(p.summary), ", ".join(p.places), f"{p.subfacet_id} {p.subfacet_title}", p.section_label]
            for p in shown
        ]
        count = M.APP_PRACTICES_COUNT.format(shown=len(shown), total=len(everything))
        if not shown:
            count += " — " + M.APP_PRACTICES_EMPTY
        return rows, count, [p.key for p in shown]

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

    # -- API -------------------------------------------------------------------------------
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

    # -- layout ----------------------------------------------------------------------------
    # UI events are not part of the API; the answer shows its own progress ("Even zoeken …")
    private = {"api_visibility": "private", "show_progress": "hidden"}
    with gr.Blocks(title=M.APP_TITLE, analytics_enabled=False) as demo:
        messages = gr.State([])
        turns = gr.State([])
        vote_target = gr.State(None)
        with gr.Row(equal_height=True):
            gr.Markdown(f"## {M.APP_TITLE}")
            mode = gr.Markdown(mode_markdown(), elem_id="modus")
        with gr.Tabs():
            with gr.Tab(M.APP_TAB_CHAT, id="vragen"):
                with gr.Row(equal_height=False):
                    with gr.Column(scale=3):
                        chatbot = gr.Chatbot(
                            label=M.APP_CHAT_LABEL,
                            show_label=False,
                            elem_id="gesprek",
                            height=560,
                            placeholder=escape_md(intro),
                            examples=[{"text": q} for q in M.APP_EXAMPLES] if error is None else None,
                            latex_delimiters=[],
                            buttons=[],
                            feedback_options=("Like", "Dislike"),
                        )
                        with gr.Row():
                            question = gr.Textbox(
                                label=M.APP_QUESTION_LABEL,
                                placeholder=M.APP_QUESTION_PLACEHOLDER,
                                elem_id="vraag",
                                scale=5,
                                lines=1,
                                max_lines=5,
                                autofocus=True,
                            )
                            send = gr.Button(M.APP_SEND, variant="primary", elem_id="verstuur", scale=1)
                        with gr.Row():
                            subfacet = gr.Dropdown(
                                subfacet_choices,
                                value=ALL,
                                label=M.APP_FILTER_SUBFACET,
                                elem_id="filter-subfacet",
                            )
                            kind = gr.Dropdown(
                                kind_choices, value=ALL, label=M.APP_FILTER_KIND, elem_id="filter-soort"
                            )
                            report = gr.Dropdown(
                                [(M.APP_ALL_REPORTS, ALL)] + report_ids,
                                value=ALL,
                                label=M.APP_FILTER_REPORT,
                                elem_id="filter-verslag",
                                visible=len(report_ids) > 1,
                            )
                        with gr.Row(visible=False) as comment_row:
                            comment = gr.Textbox(label=M.APP_COMMENT_LABEL, elem_id="opmerking", scale=5)
                            comment_send = gr.Button(M.APP_COMMENT_SEND, scale=1)
                        with gr.Row():
                            export = gr.DownloadButton(
                                M.APP_EXPORT, value=None, interactive=False, elem_id="export"
                            )
                            reset = gr.Button(M.APP_NEW_CHAT, elem_id="nieuw")
                    with gr.Column(scale=2):
                        source = gr.HTML(
                            empty_source(), label=M.APP_SOURCE_PANEL_LABEL, elem_id="pactrag-bron"
                        )
                choice = gr.Textbox(visible="hidden", elem_id="bron-keuze")
                choose = gr.Button("bron", visible="hidden", elem_id="bron-knop")
            with gr.Tab(M.APP_TAB_PRACTICES, id="praktijken"):
                gr.Markdown(M.APP_PRACTICES_INTRO)
                rows, count_text, keys0 = practice_rows("", ALL)
                with gr.Row():
                    search = gr.Textbox(
                        label=M.APP_PRACTICES_SEARCH,
                        placeholder=M.APP_PRACTICES_SEARCH_PLACEHOLDER,
                        elem_id="praktijk-zoek",
                        scale=3,
                    )
                    p_subfacet = gr.Dropdown(
                        subfacet_choices,
                        value=ALL,
                        label=M.APP_PRACTICES_SUBFACET,
                        elem_id="praktijk-subfacet",
                        scale=2,
                    )
                count = gr.Markdown(count_text, elem_id="praktijk-aantal")
                keys = gr.State(keys0)
                with gr.Row(equal_height=False):
                    with gr.Column(scale=3):
                        table = gr.Dataframe(
                            rows,
                            headers=list(M.APP_PRACTICES_HEADERS),
                            type="array",
                            interactive=False,
                            wrap=True,
                            max_height=620,
                            elem_id="praktijken-tabel",
                            column_widths=["46%", "18%", "22%", "14%"],
                        )
                    with gr.Column(scale=2):
                        p_source = gr.HTML(
                            empty_source(M.APP_PRACTICES_SOURCE_EMPTY), elem_id="praktijk-bron"
                        )

        chat_io = dict(
            inputs=[question, messages, turns, subfacet, kind, report],
            outputs=[chatbot, messages, turns, question, mode, export],
        )
        question.submit(respond, **chat_io, **private)
        send.click(respond, **chat_io, **private)
        chatbot.example_select(pick_example, None, question, **private).then(respond, **chat_io, **private)
        choose.click(show_citation, [choice, turns], source, **private)
        chatbot.like(on_vote, [turns], [vote_target, comment_row], **private)
        comment_send.click(on_comment, [comment, vote_target, turns], [comment, comment_row], **private)
        comment.submit(on_comment, [comment, vote_target, turns], [comment, comment_row], **private)
        reset_io = [chatbot, messages, turns, source, comment_row, vote_target, export]
        reset.click(new_chat, None, reset_io, **private)
        chatbot.clear(new_chat, None, reset_io, **private)
        for trigger in (search.change, p_subfacet.change):
            trigger(practice_rows, [search, p_subfacet], [table, count, keys], **private)
        table.select(show_practice, [keys], p_source, **private)
        gr.api(ask, api_name="ask")
    demo.queue(default_concurrency_limit=settings.concurrency)
    return demo


def _filters_note(filters: Filters, subfacets: list[tuple[str, str]]) -> str:
    if not filters.active():
        return ""
    names = dict((value, label) for label, value in subfacets)
    parts = [
        names.get(filters.subfacet_id, filters.subfacet_id) if filters.subfacet_id else "",
        KIND_LABELS.get(filters.kind, filters.kind) if filters.kind else "",
    ]
    return M.FILTER_NOTE.format(filters=", ".join(p for p in parts if p))


def launch(demo: gr.Blocks, settings: Settings, **overrides):
    """Serve ``demo`` with the operational settings (host, port, login; no analytics, no share)."""
    options = dict(
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


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        settings = Settings.from_env()
        launch(build_app(settings), settings)
    except PactragError as exc:
        print(f"pactrag: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
