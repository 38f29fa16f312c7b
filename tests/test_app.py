"""The Gradio app: rendering, handlers, the /ask API through gradio_client, operations.

``AppProcess`` runs ``python app.py`` the way ``make app`` does (settings from PACTRAG_*
environment variables) on a free loopback port; the browser test uses it too.
"""

from __future__ import annotations

import html
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from conftest import ROOT
from loopback import free_port

from pactrag import messages as M
from pactrag.config import Secret
from pactrag.errors import ConfigError, LLMError
from pactrag.feedback import read_feedback
from pactrag.present import render_answer

sys.path.insert(0, str(ROOT))
import app as webapp  # noqa: E402

QUESTION = "Wat houdt de digitale talentenbank in Aarschot in?"


class AppProcess:
    """``python app.py`` in a subprocess, configured through PACTRAG_* variables."""

    def __init__(self, settings, tmp: Path, **env) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        self.log = tmp / f"app-{self.port}.log"
        variables = dict(
            os.environ,
            PACTRAG_INDEX_DIR=str(settings.index_dir),
            PACTRAG_CORPUS_DIR=str(settings.corpus_dir),
            PACTRAG_CACHE_DIR=str(settings.cache_dir),
            PACTRAG_DATA_DIR=str(tmp / "data"),
            PACTRAG_HOST="127.0.0.1",
            PACTRAG_PORT=str(self.port),
            PACTRAG_LLM_MODEL="",
            PACTRAG_LLM_BASE_URL="",
            PACTRAG_AUTH="",
            GRADIO_TEMP_DIR=str(tmp / "gradio"),
            PYTHONUNBUFFERED="1",
        )
        variables.update(env)
        self.data_dir = Path(variables["PACTRAG_DATA_DIR"])
        self._log_handle = open(self.log, "w")  # noqa: SIM115 -- the child process writes it for its whole life
        self.proc = subprocess.Popen(
            [sys.executable, "app.py"],
            cwd=ROOT,
            env=variables,
            stdout=self._log_handle,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"app exited with {self.proc.returncode}:\n{self.log.read_text()}")
            try:
                urllib.request.urlopen(self.url + "config", timeout=2)
                return
            except urllib.error.HTTPError:
                return  # answering (e.g. 401 behind a login)
            except OSError:
                time.sleep(0.3)
        self.stop()
        raise RuntimeError(f"app did not start within 120 s:\n{self.log.read_text()}")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        self._log_handle.close()


@pytest.fixture(scope="module")
def running_app(built_settings, tmp_path_factory):
    app = AppProcess(built_settings, tmp_path_factory.mktemp("app"))
    yield app
    app.stop()


@pytest.fixture(scope="module")
def client(running_app):
    from gradio_client import Client

    return Client(running_app.url, verbose=False)


# ---------------------------------------------------------------------------------------
# Rendering: everything from the corpus or the user is text


def test_user_html_is_escaped_for_the_chat():
    shown = webapp.escape_md("<script>alert(1)</script> <img src=x onerror=alert(1)> *vet* [1] $$x$$")
    assert "<" not in shown and ">" not in shown
    assert "&lt;script&gt;" in shown and r"\*vet\*" in shown and r"\[1\]" in shown and r"\$\$x" in shown


def test_markers_become_links_only_for_known_citations():
    text = "Dit staat er in het verslag over:\n\n- Een <b>zin</b> [1]\n- Nog een [2] en [7]"
    out = webapp.render_text(text, turn=3, citations={1: "§2.5 label", 2: "§2.1"})
    assert '<a href="#bron-3-1" class="pactrag-cite" title="§2.5 label">[1]</a>' in out
    assert 'href="#bron-3-2"' in out and "#bron-3-7" not in out and r"\[7\]" in out
    assert "&lt;b&gt;zin&lt;/b&gt;" in out and "\n- Een" in out
    draft = webapp.render_text(text)  # while streaming: no links yet
    assert "<a " not in draft and r"\[1\]" in draft


def test_source_panel_marks_the_quote_inside_escaped_text():
    text = "Eerste <alinea>.\n\nIn Aarschot werd een talentenbank opgericht.  Dit initiatief …\n\nLaatste."
    span = webapp.locate(text, "• In Aarschot werd een   talentenbank opgericht.")
    assert text[span[0] : span[1]] == "In Aarschot werd een talentenbank opgericht."
    out = webapp.render_source("Verslag › 2.5 › 2.5.3.1", text, span, "Bron [1]", 4)
    assert "<mark>In Aarschot werd een talentenbank opgericht.</mark>" in out
    assert "Eerste &lt;alinea&gt;." in out and "<alinea>" not in out
    assert "Verslag › 2.5 › 2.5.3.1" in out and M.APP_PAGE.format(page=4) in out
    missing = webapp.render_source(
        "x", "Andere tekst.", webapp.locate("Andere tekst.", "niet hier"), quote="niet <hier>"
    )
    assert M.APP_QUOTE_NOT_FOUND in missing and "<mark>niet &lt;hier&gt;</mark>" in missing


def test_a_highlight_can_span_paragraphs():
    text = "Label:\n\nUitleg.\n\nVolgende."
    out = webapp.render_source("c", text, (0, 15))
    assert out.count("<mark>") == 2 and "<p>Volgende.</p>" in out


def test_auth_setting():
    assert webapp.parse_auth(Secret("")) is None
    assert webapp.parse_auth(Secret("ambtenaar:geheim:met:dubbelepunt")) == (
        "ambtenaar",
        "geheim:met:dubbelepunt",
    )
    for bad in ("zonderwachtwoord", ":geheim", "ambtenaar:"):
        with pytest.raises(ConfigError, match="gebruiker:wachtwoord"):
            webapp.parse_auth(Secret(bad))


def test_filters_from_dropdowns():
    assert not webapp.filters_from("alle", "alle").active()
    f = webapp.filters_from("2.5", "continue")
    assert (f.subfacet_id, f.kind) == ("2.5", "continue")


def test_example_questions_are_answered_with_citations(assistant):
    assert 4 <= len(M.APP_EXAMPLES) <= 6
    for question in M.APP_EXAMPLES:
        answer = assistant.ask(question)
        assert not answer.abstained and answer.citations, question


# ---------------------------------------------------------------------------------------
# Handlers, called as Gradio calls them


def handler(demo, name):
    return next(block.fn for block in demo.fns.values() if getattr(block.fn, "__name__", "") == name)


@pytest.fixture(scope="module")
def app_data_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("appdata")


@pytest.fixture(scope="module")
def demo(built_settings, assistant, app_data_dir):
    return webapp.build_app(built_settings.with_(data_dir=app_data_dir), assistant=assistant)


def run_chat(demo, question, messages=(), turns=(), subfacet="alle", kind="alle", report="alle"):
    return list(handler(demo, "respond")(question, list(messages), list(turns), subfacet, kind, report, None))


def test_chat_streams_then_renders_citations_and_sources(demo):
    updates = run_chat(demo, "Welke goede praktijken rond gemeenschapskracht werden genoemd?")
    assert len(updates) >= 3  # placeholder, streamed draft(s), final
    first = updates[0][0]
    assert first[-2]["role"] == "user" and M.APP_THINKING in first[-1]["content"]
    drafts = [u[0][-1]["content"] for u in updates[1:-1]]
    assert drafts and all("pactrag-cite" not in d for d in drafts)
    chat, _, turns, box, mode, export, status, folder = updates[-1]
    final = chat[-1]["content"]
    assert 'class="pactrag-cite"' in final and 'href="#bron-0-1"' in final
    assert f"<strong>{M.APP_SOURCES}</strong>" in final and "§2.5.3.1" in final
    assert len(turns) == 1 and turns[0]["msg"] == 1 and turns[0]["answer"].citations
    assert box == "" and M.MODE_EXTRACTIVE in mode and status == ""
    assert Path(export["value"]).parent == Path(folder) and Path(folder).name.startswith("gesprek-")
    exported = Path(export["value"]).read_text(encoding="utf-8")
    assert "Welke goede praktijken rond gemeenschapskracht" in exported and "- [1] " in exported


def test_follow_up_uses_history_and_numbers_the_turn(demo):
    chat, messages, turns, *_ = run_chat(demo, QUESTION)[-1]
    chat2, _, turns2, *_ = run_chat(demo, "En wie ondersteunt dat initiatief?", messages, turns)[-1]
    assert len(turns2) == 2 and turns2[1]["msg"] == 3
    assert (
        "Aarschot" in turns2[1]["answer"].standalone_question
        or "talentenbank" in turns2[1]["answer"].standalone_question
    )
    assert 'href="#bron-1-1"' in chat2[-1]["content"]
    read_as = M.APP_READ_AS.format(question=turns2[1]["answer"].standalone_question)
    assert html.escape(read_as) in chat2[-1]["content"]
    assert M.APP_READ_AS.split("{")[0] not in chat[-1]["content"]  # a first question is read as typed


def test_filters_reach_retrieval_and_are_named(demo):
    *_, (chat, _, turns, *_) = run_chat(demo, "Welke voorbeelden zijn er?", subfacet="2.4", kind="continue")
    answer = turns[0]["answer"]
    assert answer.sources and all(
        h.chunk.subfacet_id == "2.4" and h.chunk.kind == "continue" for h in answer.sources
    )
    assert "gezocht binnen: 2.4 Gebiedsgerichte en regionale aanpak, Goede praktijken" in chat[-1]["content"]


def test_bad_questions_get_a_message_beside_the_box_and_no_bubble(demo):
    previous = run_chat(demo, QUESTION)[-1]
    for question, expected in (
        ("", M.EMPTY_QUESTION),
        ("   ", M.EMPTY_QUESTION),
        ("x" * 20_000, "te lang (20000 tekens, maximaal 2000)"),
    ):
        updates = run_chat(demo, question, previous[1], previous[2])
        assert len(updates) == 1
        chat, messages, turns, box, _, _, status, _ = updates[0]
        assert len(chat) == 2 and len(turns) == 1  # no new bubble, the conversation untouched
        assert expected in status and "Traceback" not in status
        assert box["value"] == question  # the text stays in the box to be corrected


def test_a_good_question_clears_the_message(demo):
    *_, last = run_chat(demo, "Wat zijn regiodeals?")
    assert last[6] == "" and last[3] == ""


def test_a_lone_surrogate_is_answered(demo):
    chat, _, turns, *_ = run_chat(demo, "\ud800 Wat zijn regiodeals?")[-1]
    assert len(turns) == 1 and "pactrag-cite" in chat[-1]["content"]
    assert "\ud800" not in chat[0]["content"] and "\ud800" not in turns[0]["answer"].question
    chat[0]["content"].encode("utf-8")  # encodable: the stream can carry it


def test_script_in_a_question_is_shown_as_text(demo):
    chat, *_ = run_chat(demo, '<script>alert("x")</script> welke drempels?')[-1]
    assert "<script>" not in chat[0]["content"] and "&lt;script&gt;" in chat[0]["content"]


def test_citation_click_shows_the_highlighted_section(demo):
    _, _, turns, *_ = run_chat(demo, QUESTION)[-1]
    panel = handler(demo, "show_citation")("0-1:1234567", turns)
    assert "<mark>" in panel and "talentenbank" in panel.split("<mark>")[1].split("</mark>")[0]
    assert "› 2.5 Gemeenschapskracht als hefboom › 2.5.3.1" in panel and "Bron [1]" in panel
    assert M.APP_SOURCE_GONE in handler(demo, "show_citation")("9-9:1", turns)
    assert M.APP_SOURCE_GONE in handler(demo, "show_citation")("<script>", turns)


def _two_quotes_of_one_section(demo, index):
    from dataclasses import replace

    from pactrag.chunk import sentence_spans

    _, _, turns, *_ = run_chat(demo, QUESTION)[-1]
    answer = turns[0]["answer"]
    first = answer.citations[0]
    section = index.section_of(index.by_id[first.chunk_id])
    sentences = [section.text[a:b] for a, b in sentence_spans(section.text)]
    other = next(x for x in sentences if x.strip() and x.strip() not in first.quote and len(x) > 40)
    return answer, first, other, replace


def test_a_citation_click_marks_every_sentence_that_cites_it(demo):
    _, _, turns, *_ = run_chat(demo, "Welke goede praktijken rond gemeenschapskracht werden genoemd?")[-1]
    answer = turns[0]["answer"]
    lines = [line for line in answer.answer.split("\n") if "[1]" in line]
    assert len(lines) >= 3
    panel = html.unescape(handler(demo, "show_citation")("0-1:1", turns))
    marked = " ".join(m.split("</mark>")[0] for m in panel.split("<mark>")[1:])
    for line in lines:
        sentence = line.removeprefix("- ").split(" [")[0]
        assert sentence[:50] in marked


def test_a_citation_click_marks_every_quote_of_its_section(demo, index):
    answer, first, other, replace = _two_quotes_of_one_section(demo, index)
    second = replace(first, n=len(answer.citations) + 1, quote=other, quotes=(other,))
    turns = [{"answer": replace(answer, citations=[first, second]), "msg": 1, "id": "t"}]
    panel = handler(demo, "show_citation")("0-1:1", turns)
    marked = [m.split("</mark>")[0] for m in panel.split("<mark>")[1:]]
    assert len(marked) >= 2
    assert any(other.strip()[:30] in html.unescape(m) for m in marked)
    # one citation per section with all its quoted sentences
    single = replace(first, quotes=(first.quote, other))
    panel = handler(demo, "show_citation")(
        "0-1:2", [{"answer": replace(answer, citations=[single]), "msg": 1}]
    )
    assert panel.count("<mark>") >= 2 and other.strip()[:30] in html.unescape(panel)
    # one entry per section in the answer's sources list
    rendered = render_answer(replace(answer, citations=[first, second]), 0)
    sources = rendered.split('class="pactrag-sources"')[1]
    assert (
        sources.count("<li>") == 1
        and 'href="#bron-0-1"' in sources
        and f'href="#bron-0-{second.n}"' in sources
    )


def test_one_feedback_record_per_answer_updated_by_the_comment(demo, app_data_dir):
    import gradio as gr

    chat, _, turns, *_ = run_chat(demo, QUESTION)[-1]
    data_dir = app_data_dir
    before = len(read_feedback(data_dir))
    target, row, status = handler(demo, "on_vote")(
        turns, gr.LikeData(None, {"index": 1, "value": "x", "liked": False})
    )
    assert target == {"turn": 0, "vote": "down"} and row["visible"] is True and status == ""
    assert len(read_feedback(data_dir)) == before + 1
    handler(demo, "on_comment")("Mist de bron over Saamo", target, turns)
    records = read_feedback(data_dir)[before:]
    assert len(records) == 1 and records[0]["vote"] == "down"
    assert records[0]["comment"] == "Mist de bron over Saamo" and records[0]["turn_id"] == turns[0]["id"]
    assert (
        records[0]["question"] == QUESTION and records[0]["citations"] and records[0]["mode"] == "extractive"
    )
    # the vote changes its mind: still one record
    target, _, _ = handler(demo, "on_vote")(
        turns, gr.LikeData(None, {"index": 1, "value": "x", "liked": True})
    )
    records = read_feedback(data_dir)[before:]
    assert len(records) == 1 and records[0]["vote"] == "up"
    nothing, _, _ = handler(demo, "on_vote")(
        turns, gr.LikeData(None, {"index": 0, "value": "x", "liked": True})
    )
    assert nothing is None  # a user message is not an answer


def test_an_over_long_comment_is_refused_and_kept(demo, app_data_dir, built_settings):
    import gradio as gr

    _, _, turns, *_ = run_chat(demo, QUESTION)[-1]
    target, _, _ = handler(demo, "on_vote")(
        turns, gr.LikeData(None, {"index": 1, "value": "x", "liked": True})
    )
    before = read_feedback(app_data_dir)
    limit = built_settings.max_comment_chars
    box, row, status = handler(demo, "on_comment")("x" * (limit + 1), target, turns)
    assert box == {"__type__": "update"} or "value" not in box  # the text is left in the box
    assert row["visible"] is True and f"maximaal {limit}" in status
    assert read_feedback(app_data_dir) == before
    box, row, status = handler(demo, "on_comment")("\ud800 kort", target, turns)
    assert box == "" and status == "" and read_feedback(app_data_dir)[-1]["comment"] == "? kort"


def test_practices_table_filters_and_links_to_source(demo):
    import gradio as gr

    rows, count, keys, csv_file, xlsx_file = handler(demo, "practice_rows")("talentenbank", "alle")
    assert len(rows) == 1 and rows[0][1].startswith("Aarschot") and rows[0][4] == "§2.5.3.1 Goede praktijken"
    assert count.startswith("1 van ") and "1 van 1 met een plaats of organisatie" in count
    assert "0 van 1 met succesfactoren" in count  # the report gives no reason for the talentenbank
    panel = handler(demo, "show_practice")(keys, gr.SelectData(None, {"index": [0, 0], "value": rows[0][0]}))
    assert "<mark>In Aarschot werd vanuit vrijwilligers een digitale talentenbank" in panel
    rows25, *_ = handler(demo, "practice_rows")("", "2.5")
    assert rows25 and all(r[3].startswith("2.5 ") for r in rows25)
    none, count_none, _, no_csv, _ = handler(demo, "practice_rows")("bestaat-niet-xyz", "alle")
    assert none == [] and M.APP_PRACTICES_EMPTY in count_none and no_csv["interactive"] is False


def test_practices_search_is_dutch_stemmed(demo):
    singular, *_ = handler(demo, "practice_rows")("dorpsraad", "alle")
    plural, *_ = handler(demo, "practice_rows")("dorpsraden", "alle")
    assert singular and singular == plural


def test_practices_download_as_csv_and_xlsx(demo):
    import csv

    from openpyxl import load_workbook

    rows, count, _, csv_file, xlsx_file = handler(demo, "practice_rows")("", "2.5")
    csv_path, xlsx_path = Path(csv_file["value"]), Path(xlsx_file["value"])
    assert csv_path.parent == xlsx_path.parent and csv_path.name == "goede-praktijken.csv"
    with open(csv_path, encoding="utf-8-sig", newline="") as handle:
        table = list(csv.DictReader(handle, delimiter=";"))
    assert len(table) == len(rows) and all(r["subfacet"].startswith("2.5 ") for r in table)
    talent = next(r for r in table if "talentenbank" in r["passage"])
    assert talent["plaats_of_organisatie"].startswith("Aarschot") and talent["sectie"].startswith("§2.5.3.1")
    assert talent["verslag"].startswith("Verslag toekomstatelier 5")
    sheet = load_workbook(xlsx_path).active
    values = list(sheet.values)
    assert values[0][0] == "praktijk" and len(values) == len(rows) + 1
    assert any("talentenbank" in str(v[7]) for v in values[1:])
    # the success factors the report gives, verbatim, in both files
    kinderen = next(r for r in table if "kinderdorpsraden" in r["passage"])
    assert kinderen["succesfactoren"] == "zodat hun stem van bij het begin meeweegt in lokale projecten."
    assert values[0][2] == "succesfactoren"
    assert any(v[2] == kinderen["succesfactoren"] for v in values[1:])
    assert talent["succesfactoren"] == ""  # the report gives none


class FailingModel:
    name = "kapot-model"

    def stream(self, messages):
        raise LLMError("onbereikbaar")
        yield  # pragma: no cover


class QuotingModel:
    """Answers by quoting the source sentence about the talentenbank, word by word."""

    name = "citeer-model"

    def stream(self, messages):
        import re

        sources = messages[-1]["content"]
        for block in sources.split("\n\n["):
            m = re.search(
                r"(\d+)\] [^\n]*\n.*?(In Aarschot werd[^.]*\.)",
                "[" + block if block[0].isdigit() else block,
                re.S,
            )
            if m:
                for word in f"Volgens het verslag: {m.group(2)} [{m.group(1)}]".split(" "):
                    time.sleep(0.02)
                    yield word + " "
                return
        yield "Daar vind ik niets over in de verslagen."


def test_llm_answers_stream_word_by_word_and_name_the_model(built_settings, index, tmp_path):
    from pactrag.answer import Assistant

    quoting = Assistant(built_settings, index=index, chat_model=QuotingModel())
    demo = webapp.build_app(built_settings.with_(data_dir=tmp_path), assistant=quoting)
    updates = run_chat(demo, QUESTION)
    drafts = [u[0][-1]["content"] for u in updates[1:-1] if M.APP_THINKING not in u[0][-1]["content"]]
    assert len(set(drafts)) >= 2 and drafts[0].startswith("Volgens")  # it grew while the model spoke
    chat, _, turns, _, mode, *_ = updates[-1]
    answer = turns[0]["answer"]
    assert answer.mode == "llm" and answer.model == "citeer-model" and answer.citations
    assert "Taalmodel: citeer-model" in mode and "⚠️" not in mode
    assert 'class="pactrag-cite"' in chat[-1]["content"] and "talentenbank" in chat[-1]["content"]


def test_mode_indicator_shows_model_and_fallback(built_settings, index, tmp_path):
    from pactrag.answer import Assistant

    broken = Assistant(built_settings, index=index, chat_model=FailingModel())
    demo = webapp.build_app(built_settings.with_(data_dir=tmp_path), assistant=broken)
    chat, _, turns, _, mode, *_ = run_chat(demo, QUESTION)[-1]
    assert "kapot-model" in mode
    assert M.APP_MODE_FALLBACK.format(notice=M.LLM_FALLBACK) in mode
    assert M.LLM_FALLBACK in chat[-1]["content"] and turns[0]["answer"].mode == "extractive"


# ---------------------------------------------------------------------------------------
# The running app: /ask through gradio_client, operations


def test_ask_endpoint_returns_the_cli_json(client, assistant):
    result = client.predict(QUESTION, api_name="/ask")
    expected = assistant.ask(QUESTION).to_json()
    assert set(result) == set(expected)
    assert result["answer"] == expected["answer"] and result["citations"] == expected["citations"]
    assert result["citations"][0]["section_id"] == "2.5.3.1" and result["mode"] == "extractive"


def test_ask_endpoint_takes_history_and_filters(client):
    first = client.predict(QUESTION, api_name="/ask")
    follow = client.predict("En wie ondersteunt dat?", [[QUESTION, first["answer"]]], api_name="/ask")
    assert follow["standalone_question"] != follow["question"]
    filtered = client.predict("Welke voorbeelden zijn er?", None, "2.4", "continue", api_name="/ask")
    assert filtered["sources"] and all(
        s["subfacet_id"] == "2.4" and s["kind"] == "continue" for s in filtered["sources"]
    )


def test_ask_endpoint_errors_are_dutch(client):
    from gradio_client.exceptions import AppError

    with pytest.raises(AppError, match="Stel een vraag"):
        client.predict("   ", api_name="/ask")
    with pytest.raises(AppError, match="te lang"):
        client.predict("woord " * 500, api_name="/ask")


def test_only_ask_is_a_public_endpoint(client):
    assert list(client.view_api(return_format="dict", print_info=False)["named_endpoints"]) == ["/ask"]


def test_page_has_dutch_intro_and_no_analytics(running_app):
    config = urllib.request.urlopen(running_app.url + "config", timeout=10).read().decode()
    assert "Ik beantwoord vragen over Verslag toekomstatelier 5" in config
    assert '"analytics_enabled": false' in config.replace('":false', '": false')
    assert "bron-keuze" in config and "Goede praktijken" in config


def test_missing_index_starts_and_says_what_to_run(settings_factory, tmp_path):
    settings = settings_factory(index_dir=tmp_path / "leeg")
    app = AppProcess(settings, tmp_path)
    try:
        from gradio_client import Client
        from gradio_client.exceptions import AppError

        config = urllib.request.urlopen(app.url + "config", timeout=10).read().decode()
        assert "pactrag ingest" in config and M.APP_INTRO_NO_INDEX.split(":")[0] in config
        with pytest.raises(AppError, match="pactrag ingest"):
            Client(app.url, verbose=False).predict(QUESTION, api_name="/ask")
    finally:
        app.stop()


def test_login_when_auth_is_set(built_settings, tmp_path):
    from gradio_client import Client

    app = AppProcess(built_settings, tmp_path, PACTRAG_AUTH="ambtenaar:geheim")
    try:
        with pytest.raises(urllib.error.HTTPError) as denied:
            urllib.request.urlopen(app.url + "config", timeout=10)
        assert denied.value.code == 401
        with pytest.raises(Exception):  # noqa: B017 -- gradio_client's login error type varies by version
            Client(app.url, verbose=False, auth=("ambtenaar", "fout"))
        ok = Client(app.url, verbose=False, auth=("ambtenaar", "geheim")).predict(QUESTION, api_name="/ask")
        assert ok["citations"]
        assert "geheim" not in app.log.read_text()
    finally:
        app.stop()


def test_busy_port_gives_a_dutch_message(built_settings, assistant, tmp_path):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        settings = built_settings.with_(port=port, data_dir=tmp_path)
        demo = webapp.build_app(settings, assistant=assistant)
        with pytest.raises(ConfigError, match="PACTRAG_PORT"):
            webapp.launch(demo, settings, prevent_thread_lock=True, quiet=True)
        demo.close()


def test_queue_limits_concurrency_and_ui_events_stay_private(built_settings, assistant):
    demo = webapp.build_app(built_settings.with_(concurrency=3), assistant=assistant)
    assert demo._queue.default_concurrency_limit == 3
    public = [f.api_name for f in demo.fns.values() if f.api_visibility == "public"]
    assert public == ["ask"]
    assert demo.analytics_enabled is False


def test_launch_defaults_are_loopback_7860_no_share():
    from pactrag.config import Settings

    class Recorder:
        def launch(self, **options):
            self.options = options

    demo = Recorder()
    webapp.launch(demo, Settings.from_env({}))
    o = demo.options
    assert (o["server_name"], o["server_port"], o["share"], o["auth"]) == ("127.0.0.1", 7860, False, None)
    assert o["show_error"] is False and o["footer_links"] == ["api"] and o["js"] == webapp.JS
    webapp.launch(
        demo,
        Settings.from_env(
            {"PACTRAG_HOST": "0.0.0.0", "PACTRAG_PORT": "8080", "PACTRAG_AUTH": "ambtenaar:geheim"}
        ),
    )
    assert (demo.options["server_name"], demo.options["server_port"]) == ("0.0.0.0", 8080)
    assert demo.options["auth"] == ("ambtenaar", "geheim")


def test_backend_reopens_the_index_after_an_ingest(settings_factory):
    from pactrag.index import ingest

    settings = settings_factory(embedder="hash-256")
    ingest(settings)
    backend = webapp.Backend(settings)
    first = backend.assistant()
    assert backend.assistant() is first  # same generation: same assistant
    ingest(settings, rebuild=True)
    second = backend.assistant()
    assert second is not first and second.index.is_current()


def test_report_filter_reaches_retrieval():
    assert webapp.filters_from("alle", "alle", "alle").report_id == ""
    assert webapp.filters_from("2.3", "stop", "toekomstatelier-5") == webapp.Filters(
        subfacet_id="2.3", kind="stop", report_id="toekomstatelier-5"
    )


# ---------------------------------------------------------------------------------------
# The Verslagen tab: add and remove reports from the app


SMALL_REPORT = """\
VERSLAG TOEKOMSTATELIER PLATTELANDSPACT
3/10/2025

Op 3 oktober 2025 vond in Gistel het toekomstatelier over mobiliteit plaats.

1 VERLOOP VAN HET ATELIER

Het atelier bracht lokale besturen en burgers samen rond vervoer in kleine dorpen.

2 VERDIEPING VAN DE SUBFACETTEN

2.1 Vervoer op maat

2.1.1 Toekomstbeeld

In 2035 rijdt in elk dorp een belbus die door vrijwilligers van de dorpsraad wordt ingepland.

2.1.2 Drempels (stop)

• In Gistel ontbreekt een gedeelde planning voor de belbussen van de buurgemeenten.

2.1.3 Goede praktijken (continue)

• De Gistelse deelfietsenbank van de dorpsraad leent elektrische fietsen uit aan senioren.
"""
SMALL_QUESTION = "Wat ontbreekt er in Gistel voor de belbussen?"


def _no_progress(*args, **kwargs) -> None:
    return None


def test_reports_are_managed_only_when_allowed(built_settings, assistant):
    closed = webapp.build_app(built_settings, assistant=assistant)
    names = {getattr(b.fn, "__name__", "") for b in closed.fns.values()}
    assert "on_upload" not in names and "on_add" not in names and "on_remove" not in names
    assert "refresh" in names  # the list of reports (and the filters) follow the index for everyone
    for allowed in (built_settings.with_(allow_upload=1), built_settings.with_(auth=Secret("a:b"))):
        names = {
            getattr(b.fn, "__name__", "") for b in webapp.build_app(allowed, assistant=assistant).fns.values()
        }
        assert {"on_upload", "on_add", "on_remove"} <= names


def test_a_report_is_added_and_removed_without_restart(settings_factory, tmp_path, monkeypatch):
    from pactrag import reports
    from pactrag.index import Index, current_generation, ingest

    settings = settings_factory(allow_upload=1)
    ingest(settings)
    demo = webapp.build_app(settings)
    uploads = tmp_path / "uploads"
    uploads.mkdir()

    # bad files: a clear Dutch message, nothing staged
    bad = uploads / "rapport.exe"
    bad.write_bytes(b"MZ")
    staged, tree, status, add = handler(demo, "on_upload")(str(bad))
    assert staged is None and "wordt niet ondersteund" in status and add["interactive"] is False
    flat = uploads / "notities.txt"
    flat.write_text("Een tekst zonder hoofdstukken.\n\nNog een alinea.", encoding="utf-8")
    staged, tree, status, _ = handler(demo, "on_upload")(str(flat))
    assert staged is None and "geen genummerde hoofdstukken" in status

    # a real report: its section tree for review, under a server-chosen name
    upload = uploads / "..Verslag atelier 9 (mobiliteit).TXT"
    upload.write_text(SMALL_REPORT, encoding="utf-8")
    staged, tree, status, add = handler(demo, "on_upload")(str(upload))
    assert staged.name == "verslag-atelier-9-mobiliteit.txt" and status == "" and add["interactive"] is True
    assert "2.1.2 Drempels (stop)" in html.unescape(tree) and M.APP_REPORTS_REVIEW in tree

    # a failed ingest: the index in service and the corpus stay as they were
    before = current_generation(settings.index_dir)
    monkeypatch.setattr(reports, "ingest", lambda *a, **k: (_ for _ in ()).throw(OSError(28, "schijf vol")))
    out = handler(demo, "on_add")(staged, _no_progress)
    assert out[2] == M.APP_REPORTS_FAILED.format(error="OSError")
    assert current_generation(settings.index_dir) == before
    assert not (settings.corpus_dir / staged.name).exists()
    monkeypatch.undo()

    # the real thing: answerable, filterable and in the catalogue without a restart
    staged, *_ = handler(demo, "on_upload")(str(upload))
    _, _, message, _, table, pick, intro, subfacet, report, p_subfacet, p_report = handler(demo, "on_add")(
        staged, _no_progress
    )
    assert "is toegevoegd" in message and len(table) == 2
    assert (settings.corpus_dir / "verslag-atelier-9-mobiliteit.txt").exists()
    new_id = next(r for r in reports.report_rows(Index(settings)) if r.source_file == staged.name).report_id
    assert report["visible"] is True and new_id in [v for _, v in report["choices"]]
    assert p_report["visible"] is True
    chat, _, turns, *_ = run_chat(demo, SMALL_QUESTION, report=new_id)[-1]
    assert "gedeelde planning voor de belbussen" in chat[-1]["content"]
    assert {c.report_id for c in turns[0]["answer"].citations} == {new_id}
    rows_new, *_ = handler(demo, "practice_rows")("", "alle", new_id)
    assert rows_new

    # removal: gone from the index, the filters and the corpus
    message, table, pick, intro, subfacet, report, *_ = handler(demo, "on_remove")(staged.name, _no_progress)
    assert "verwijderd" in message and len(table) == 1 and report["visible"] is False
    assert not (settings.corpus_dir / staged.name).exists()
    chat, _, turns, *_ = run_chat(demo, SMALL_QUESTION)[-1]
    assert all(c.report_id != new_id for c in turns[0]["answer"].citations)
    message, *_ = handler(demo, "on_remove")("../../etc/passwd", _no_progress)
    assert M.REPORT_NOT_FOUND in message


def test_record_feedback_keeps_one_line_per_answer_under_concurrency(tmp_path, assistant):
    import threading

    from pactrag.feedback import Feedback, append_feedback, record_feedback

    answer = assistant.ask(QUESTION)

    def worker(w: int) -> None:
        for i in range(5):
            turn = f"{w}-{i}"
            record_feedback(tmp_path, Feedback.on(answer, "up", "", turn))
            append_feedback(tmp_path, Feedback.on(answer, "down", "los", f"los-{turn}"))
            record_feedback(tmp_path, Feedback.on(answer, "down", f"opmerking {turn}", turn))

    threads = [threading.Thread(target=worker, args=(w,)) for w in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    records = read_feedback(tmp_path)  # every line parses
    by_turn = [r for r in records if not r["turn_id"].startswith("los-")]
    assert len(records) == 40 and len(by_turn) == 20
    assert len({r["turn_id"] for r in by_turn}) == 20
    assert all(r["vote"] == "down" and r["comment"] == f"opmerking {r['turn_id']}" for r in by_turn)


def test_leads_and_part_headings_are_bold_in_the_app_and_plain_in_the_library():
    from pactrag.present import render_text

    text = "Lead van het antwoord:\n\nDrempels — X (§2.2.3.3) [1]:\n- Een punt met *sterretjes*. [1]"
    rendered = render_text(text, 0, {1: "§2.2.3.3"})
    assert rendered.startswith("**Lead van het antwoord:**")
    assert "\n**Drempels — X \\(§2.2.3.3\\) " in rendered and rendered.count("**") == 4
    assert "\\*sterretjes\\*" in rendered  # text from the report stays literal


def test_a_nested_item_stays_a_nested_markdown_item():
    from pactrag.present import render_text

    out = render_text("- De samenwerking omvat: [1]\n  - Subsidiariteit: beslissingen [1]", 1, {1: "x"})
    lines = out.splitlines()
    assert lines[0].startswith("- De samenwerking omvat:")
    assert lines[1].startswith("  - Subsidiariteit:") and "pactrag-cite" in lines[1]
