"""Feedback records (atomic JSONL appends) and the Markdown export of a conversation."""

from __future__ import annotations

import json
import multiprocessing
import threading
from datetime import datetime

import pytest

from pactrag import messages as M
from pactrag.feedback import (
    FEEDBACK_FILE,
    Feedback,
    append_feedback,
    conversation_markdown,
    feedback_path,
    read_feedback,
)
from pactrag.records import Answer, Citation


def make_answer(question="Wat is de talentenbank?", n_citations=1, notice=None) -> Answer:
    citations = tuple(
        Citation(
            n=i,
            report_id="toekomstatelier-5",
            report_title="Verslag toekomstatelier 5",
            section_id="2.5.3.1",
            section_title="Goede praktijken",
            subfacet_id="2.5",
            subfacet_title="Gemeenschapskracht als hefboom",
            kind="continue",
            page=3 if i == 1 else None,
            chunk_id=f"c{i}",
            quote=f"In Aarschot werd een talentenbank opgericht ({i}).",
            label="§2.5.3.1 Goede praktijken — 2.5 Gemeenschapskracht als hefboom",
        )
        for i in range(1, n_citations + 1)
    )
    return Answer(
        question=question,
        answer="Dit staat er in het verslag over:\n\n- In Aarschot … [1]",
        citations=citations,
        sources=(),
        abstained=False,
        mode="extractive",
        notice=notice,
    )


def test_record_has_the_required_fields(tmp_path):
    answer = make_answer()
    path = append_feedback(tmp_path / "data", Feedback.on(answer, "down", "  te kort  ", turn_id="t1"))
    assert path == tmp_path / "data" / FEEDBACK_FILE
    [record] = read_feedback(tmp_path / "data")
    assert record["question"] == answer.question and record["answer"] == answer.answer
    assert record["citations"][0]["section_id"] == "2.5.3.1" and record["citations"][0]["quote"]
    assert record["mode"] == "extractive" and record["vote"] == "down"
    assert record["comment"] == "te kort" and record["turn_id"] == "t1"
    datetime.fromisoformat(record["timestamp"])  # parses: ISO 8601 with timezone
    assert record["timestamp"].endswith("+00:00")


def test_vote_must_be_up_or_down():
    with pytest.raises(ValueError):
        Feedback.on(make_answer(), "meh")


def test_missing_file_reads_as_no_feedback(tmp_path):
    assert read_feedback(tmp_path) == []
    assert not feedback_path(tmp_path).exists()


def test_concurrent_thread_appends_give_valid_jsonl(tmp_path):
    big = "x" * 20000  # longer than a pipe buffer: interleaving would show
    answer = make_answer(question=big)

    def worker(w: int) -> None:
        for i in range(25):
            append_feedback(tmp_path, Feedback.on(answer, "up", f"{w}-{i}", turn_id=f"{w}-{i}"))

    threads = [threading.Thread(target=worker, args=(w,)) for w in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    lines = feedback_path(tmp_path).read_text(encoding="utf-8").splitlines()
    assert len(lines) == 200
    records = [json.loads(line) for line in lines]  # every line is one complete object
    assert {r["comment"] for r in records} == {f"{w}-{i}" for w in range(8) for i in range(25)}
    assert all(r["question"] == big for r in records)


def _process_worker(args) -> None:
    folder, w = args
    answer = make_answer(question="é" * 5000)
    for i in range(20):
        append_feedback(folder, Feedback.on(answer, "down", f"p{w}-{i}"))


def test_concurrent_process_appends_give_valid_jsonl(tmp_path):
    with multiprocessing.get_context("fork").Pool(4) as pool:
        pool.map(_process_worker, [(tmp_path, w) for w in range(4)])
    records = read_feedback(tmp_path)
    assert len(records) == 80
    assert len({r["comment"] for r in records}) == 80


def test_markdown_export_lists_questions_answers_and_citations():
    first = make_answer("Wat is de talentenbank?", n_citations=2)
    second = make_answer("En wie steunt die?", notice="Het taalmodel viel uit.")
    text = conversation_markdown([first, second], when=datetime(2025, 6, 16, 14, 30))
    assert text.startswith(f"# {M.EXPORT_TITLE}\n")
    assert "16-06-2025 14:30" in text
    assert "## 1. Vraag: Wat is de talentenbank?" in text and "## 2. Vraag: En wie steunt die?" in text
    assert text.count("- In Aarschot … [1]") == 2
    assert (
        "- [1] Verslag toekomstatelier 5 › §2.5.3.1 Goede praktijken — 2.5 Gemeenschapskracht als hefboom, pagina 3"
        in text
    )
    assert "- [2] Verslag toekomstatelier 5 › §2.5.3.1" in text
    assert "  > In Aarschot werd een talentenbank opgericht (2)." in text
    assert "*Opmerking: Het taalmodel viel uit.*" in text
    assert text.count(f"*Antwoordmodus: {M.MODE_EXTRACTIVE}*") == 2
    assert text.index("1. Vraag") < text.index("2. Vraag")


def test_markdown_export_of_an_empty_conversation():
    assert M.EXPORT_EMPTY in conversation_markdown([])


# -- limits and odd text (issue 11) ------------------------------------------------------


def test_an_oversized_comment_is_cut_with_a_marker(tmp_path):
    comment = "Dit antwoord mist de praktijk uit Olen. " * 500_000  # 20 MB
    feedback = Feedback.on(make_answer(), "down", comment, turn_id="t1", max_comment_chars=4000)
    dropped = len(comment.strip()) - 4000
    assert feedback.comment == comment[:4000] + M.FEEDBACK_COMMENT_TRUNCATED.format(dropped=dropped)
    assert feedback.truncated == dropped
    append_feedback(tmp_path, feedback)
    assert feedback_path(tmp_path).stat().st_size < 20_000
    [record] = read_feedback(tmp_path)
    assert record["comment"].startswith("Dit antwoord mist") and record["comment"].endswith("weggelaten]")
    short = Feedback.on(make_answer(), "up", "Prima, dank je.", max_comment_chars=4000)
    assert short.comment == "Prima, dank je." and short.truncated == 0


def test_the_default_limit_is_the_settings_default():
    from pactrag.config import Settings

    limit = Settings().max_comment_chars
    assert Settings.from_env({"PACTRAG_MAX_COMMENT_CHARS": "10"}).max_comment_chars == 10
    feedback = Feedback.on(make_answer(), "up", "x" * (limit + 7))
    assert feedback.truncated == 7 and feedback.comment.startswith("x" * limit)


@pytest.mark.parametrize("comment", ["\ud800", "kapot \udcff teken", "half paar \ud83d", "\ud83d\ude00 ok"])
def test_a_lone_surrogate_in_a_comment_is_kept_exactly(tmp_path, comment):
    feedback = Feedback.on(make_answer(), "down", comment, turn_id="s")
    append_feedback(tmp_path, feedback)
    append_feedback(tmp_path, Feedback.on(make_answer(), "up", "daarna nog één", turn_id="t"))
    first, second = read_feedback(tmp_path)
    paired = comment.encode("utf-16", "surrogatepass").decode("utf-16", "surrogatepass")  # a pair is 😀
    assert first["comment"] == paired.strip() and second["comment"] == "daarna nog één"
    assert feedback_path(tmp_path).read_bytes().decode("utf-8")  # the file stays valid UTF-8
