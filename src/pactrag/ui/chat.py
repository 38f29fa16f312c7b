"""The "Vragen stellen" tab: the chat, its filters, the source panel, feedback and export.

Every answer comes from ``Assistant.stream()``; this module only shows it. Nothing a client
sends (session hash, file names) ever becomes part of a filesystem path: the export goes
into a folder the server made, under a fixed name.
"""

from __future__ import annotations

import html
import logging
import re
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import gradio as gr

from .. import messages as M
from ..answer import clean_question
from ..errors import PactragError, QuestionError
from ..feedback import Feedback, conversation_markdown, record_feedback
from ..frame import framed
from ..present import empty_source, escape_md, locate, render_answer, render_source, render_text
from ..records import KIND_LABELS, Answer
from ..retrieve import Filters
from .backend import PRIVATE, Backend, Choices, encodable, filters_from

log = logging.getLogger("pactrag.app")

STREAM_EVERY_S = 0.05  # at most ~20 UI updates per second while an answer streams
EXPORT_NAME = "gesprek-plattelandspact.md"

# After a thumb: bring the comment box into view (on a phone it is below the fold).
SHOW_COMMENT_JS = """
() => { setTimeout(() => {
  const box = document.querySelector('#opmerking');
  if (box) { box.scrollIntoView({block: 'center'}); (box.querySelector('textarea') || box).focus({preventScroll: true}); }
}, 80); }
"""


def mode_markdown(backend: Backend, answer: Answer | None = None) -> str:
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


def filters_note(filters: Filters, subfacets: list[tuple[str, str]]) -> str:
    if not filters.active():
        return ""
    names = dict((value, label) for label, value in subfacets)
    parts = [
        names.get(filters.subfacet_id, filters.subfacet_id) if filters.subfacet_id else "",
        KIND_LABELS.get(filters.kind, filters.kind) if filters.kind else "",
    ]
    return M.FILTER_NOTE.format(filters=", ".join(p for p in parts if p))


def read_as(answer: Answer, typed: str) -> str:
    """The rewritten follow-up when it differs from what the user typed."""
    standalone = " ".join((answer.standalone_question or "").split())
    if not standalone or standalone.casefold() == " ".join(typed.split()).casefold():
        return ""
    return framed(M.APP_READ_AS.format(question=standalone), answer.language)


def quotes_of(citation: Any) -> tuple[str, ...]:
    return tuple(q for q in (getattr(citation, "quotes", None) or (citation.quote,)) if q)


_MARKERS = re.compile(r"\s*\[\d+\]")


def cited_lines(text: str, n: int) -> list[str]:
    """The answer's lines that carry ``[n]``, without markers or bullet: in the offline mode
    these are verbatim sentences of the source, so each can be highlighted there."""
    return [
        _MARKERS.sub("", line.strip().removeprefix("- ")).strip()
        for line in text.split("\n")
        if f"[{n}]" in line and _MARKERS.sub("", line).strip()
    ]


def build_chat_tab(backend: Backend, choices: Choices, mode: gr.Markdown) -> dict[str, Any]:
    """The chat tab's layout and events (call inside ``gr.Tab``); returns the components
    that follow the index (filters, intro)."""
    settings = backend.settings
    export_root = Path(tempfile.mkdtemp(prefix="pactrag-export-"))

    def respond(question, messages, turns, subfacet, kind, report, export_folder):
        typed = encodable(question)
        messages = list(messages or [])
        turns = list(turns or [])
        try:  # empty, blank, over-long: no bubble; the message beside the box, the text kept
            clean_question(typed, settings.max_question_chars)
        except QuestionError as exc:
            yield (
                messages,
                messages,
                turns,
                gr.update(value=typed),
                gr.update(),
                gr.update(),
                str(exc),
                export_folder,
            )
            return
        messages.append({"role": "user", "content": escape_md(typed)})
        messages.append({"role": "assistant", "content": f"*{M.APP_THINKING}*"})
        yield list(messages), messages, turns, "", gr.update(), gr.update(), "", export_folder
        filters = filters_from(subfacet, kind, report)
        # (standalone question, answer) pairs, as the CLI and the eval pass them: a third turn's
        # topic and the conversation's subfacet come from the previous turn as it was understood
        history = [
            (t["answer"].standalone_question or t["answer"].question, t["answer"].answer) for t in turns
        ]
        answer, draft, last = None, "", 0.0
        try:
            for event in backend.assistant().stream(typed, history, filters):
                if event.kind == "answer":
                    answer = event.answer
                    continue
                if event.kind == "reset":  # the model's draft is dropped: its checked text follows
                    draft, last = "", 0.0
                    messages[-1] = {"role": "assistant", "content": f"*{M.APP_THINKING}*"}
                    yield list(messages), messages, turns, "", gr.update(), gr.update(), "", export_folder
                    continue
                draft += event.text
                if draft.strip() and time.monotonic() - last >= STREAM_EVERY_S:
                    last = time.monotonic()
                    messages[-1] = {"role": "assistant", "content": render_text(draft.rstrip())}
                    yield list(messages), messages, turns, "", gr.update(), gr.update(), "", export_folder
            if answer is None:
                raise RuntimeError("the assistant's stream ended without an answer")
        except Exception as exc:  # noqa: BLE001 - never a traceback in the UI
            if isinstance(exc, PactragError):  # missing index, …: the library's Dutch message
                failure = str(exc)
            else:
                log.exception("antwoord mislukt")
                failure = M.APP_UNEXPECTED
            messages[-1] = {"role": "assistant", "content": escape_md(failure)}
            # the question stays in the box, so it can be sent again
            yield (
                list(messages),
                messages,
                turns,
                gr.update(value=typed),
                gr.update(),
                gr.update(),
                "",
                export_folder,
            )
            return
        note = filters_note(filters, choices.subfacets)
        messages[-1] = {
            "role": "assistant",
            "content": render_answer(answer, len(turns), note, read_as(answer, typed)),
        }
        turns.append({"id": uuid.uuid4().hex, "answer": answer, "msg": len(messages) - 1})
        export, export_folder = write_export(turns, export_folder)
        yield list(messages), messages, turns, "", mode_markdown(backend, answer), export, "", export_folder

    def write_export(turns, folder):
        """The conversation as Markdown in this session's own server-made folder."""
        if not folder or Path(folder).parent != export_root or not Path(folder).is_dir():
            folder = tempfile.mkdtemp(prefix="gesprek-", dir=export_root)
        path = Path(folder) / EXPORT_NAME
        path.write_text(conversation_markdown([t["answer"] for t in turns]), encoding="utf-8")
        return gr.update(value=str(path), interactive=True), folder

    def show_citation(choice, turns):
        try:
            turn, n = (int(x) for x in (choice or "").split(":")[0].split("-"))
            answer = turns[turn]["answer"]
            citation = next(c for c in answer.citations if c.n == n)
            index = backend.assistant().index
            chunk = index.by_id[citation.chunk_id]
            section = index.section_of(chunk)
        except (ValueError, IndexError, StopIteration, KeyError, PactragError):
            return empty_source(M.APP_SOURCE_GONE)
        # every sentence quoted from this section in this answer, not only this number's first
        same = [
            c
            for c in answer.citations
            if (c.report_id, c.section_id) == (citation.report_id, citation.section_id)
        ]
        quotes = list(dict.fromkeys(q for c in [citation, *same] for q in quotes_of(c)))
        quotes += [q for c in same for q in cited_lines(answer.answer, c.n) if q not in quotes]
        text = section.text if section is not None else chunk.text
        spans = [span for q in quotes if (span := locate(text, q))]
        missing = next((q for q in quotes if locate(text, q) is None), "") if not spans else ""
        return render_source(
            chunk.section_path,
            text,
            None,
            M.APP_CITATION_NUMBER.format(n=n),
            citation.page,
            missing,
            spans=spans,
        )

    def on_vote(turns, data: gr.LikeData):
        turn = next((i for i, t in enumerate(turns or []) if t["msg"] == data.index), None)
        if turn is None:
            gr.Info(M.APP_VOTE_NOTHING, duration=4)
            return None, gr.update(visible=False), ""
        vote = "up" if data.liked in (True, "Like") else "down"
        t = turns[turn]
        record_feedback(settings.data_dir, Feedback.on(t["answer"], vote, "", t["id"]))
        return {"turn": turn, "vote": vote}, gr.update(visible=True), ""

    def on_comment(comment, target, turns):
        comment = encodable(comment)
        if not target or not comment.strip():
            return gr.update(), gr.update(visible=bool(target)), ""
        limit = settings.max_comment_chars
        if len(comment) > limit:  # keep the text so it can be shortened
            return (
                gr.update(),
                gr.update(visible=True),
                M.APP_COMMENT_TOO_LONG.format(length=len(comment), limit=limit),
            )
        t = turns[target["turn"]]
        record_feedback(
            settings.data_dir,
            Feedback.on(t["answer"], target["vote"], comment, t["id"], settings.max_comment_chars),
        )
        gr.Info(M.APP_COMMENT_THANKS, duration=3)
        return "", gr.update(visible=False), ""

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
            "",
        )

    # -- layout ----------------------------------------------------------------------------
    messages = gr.State([])
    turns = gr.State([])
    vote_target = gr.State(None)
    export_folder = gr.State(None)
    with gr.Row(equal_height=False, elem_id="chat-rij"):
        with gr.Column(scale=3, min_width=300):
            chatbot = gr.Chatbot(
                label=M.APP_CHAT_LABEL,
                show_label=False,
                elem_id="gesprek",
                height=560,
                placeholder=escape_md(choices.intro),
                examples=[{"text": q} for q in M.APP_EXAMPLES] if choices.error is None else None,
                latex_delimiters=[],
                buttons=[],
                feedback_options=("Like", "Dislike"),
            )
            with gr.Row(visible=False, elem_id="opmerking-rij") as comment_row:
                with gr.Column(scale=5, min_width=240):
                    comment = gr.Textbox(
                        label=M.APP_COMMENT_LABEL,
                        elem_id="opmerking",
                        max_length=settings.max_comment_chars,
                    )
                    comment_status = gr.Markdown("", elem_id="opmerking-melding")
                comment_send = gr.Button(M.APP_COMMENT_SEND, scale=1, min_width=120, elem_id="opmerking-knop")
            with gr.Row():
                question = gr.Textbox(
                    label=M.APP_QUESTION_LABEL,
                    placeholder=M.APP_QUESTION_PLACEHOLDER,
                    elem_id="vraag",
                    scale=5,
                    min_width=220,
                    lines=1,
                    max_lines=5,
                )
                send = gr.Button(M.APP_SEND, variant="primary", elem_id="verstuur", scale=1, min_width=120)
            status = gr.Markdown("", elem_id="vraag-melding")
            with gr.Row():
                subfacet = gr.Dropdown(
                    choices.subfacet_choices,
                    value="alle",
                    label=M.APP_FILTER_SUBFACET,
                    elem_id="filter-subfacet",
                )
                kind = gr.Dropdown(
                    choices.kind_choices, value="alle", label=M.APP_FILTER_KIND, elem_id="filter-soort"
                )
                report = gr.Dropdown(
                    choices.report_choices,
                    value="alle",
                    label=M.APP_FILTER_REPORT,
                    elem_id="filter-verslag",
                    visible=len(choices.reports) > 1,
                )
            with gr.Row():
                export = gr.DownloadButton(M.APP_EXPORT, value=None, interactive=False, elem_id="export")
                reset = gr.Button(M.APP_NEW_CHAT, elem_id="nieuw")
        with gr.Column(scale=2, min_width=300):
            source = gr.HTML(empty_source(), label=M.APP_SOURCE_PANEL_LABEL, elem_id="pactrag-bron")
    choice = gr.Textbox(visible="hidden", elem_id="bron-keuze")
    choose = gr.Button("bron", visible="hidden", elem_id="bron-knop")

    chat_io: dict[str, Any] = dict(
        inputs=[question, messages, turns, subfacet, kind, report, export_folder],
        outputs=[chatbot, messages, turns, question, mode, export, status, export_folder],
    )
    question.submit(respond, **chat_io, **PRIVATE)
    send.click(respond, **chat_io, **PRIVATE)
    chatbot.example_select(pick_example, None, question, **PRIVATE).then(respond, **chat_io, **PRIVATE)
    choose.click(show_citation, [choice, turns], source, **PRIVATE)
    chatbot.like(on_vote, [turns], [vote_target, comment_row, comment_status], **PRIVATE).then(
        None, None, None, js=SHOW_COMMENT_JS, **PRIVATE
    )
    comment_io: dict[str, Any] = dict(
        inputs=[comment, vote_target, turns], outputs=[comment, comment_row, comment_status], **PRIVATE
    )
    comment_send.click(on_comment, **comment_io)
    comment.submit(on_comment, **comment_io)
    reset_io = [chatbot, messages, turns, source, comment_row, vote_target, export, status]
    reset.click(new_chat, None, reset_io, **PRIVATE)
    chatbot.clear(new_chat, None, reset_io, **PRIVATE)
    return {"chatbot": chatbot, "subfacet": subfacet, "report": report}
