"""The running app over plain HTTP, as a hostile client would talk to it.

The export writes a file; nothing the client sends (the session hash is the client's own
choice) may steer where. And a question the browser cannot even encode as UTF-8 (a lone
surrogate) must not break the session's answer stream.
"""

from __future__ import annotations

import json
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from test_app import AppProcess

from pactrag.ui.chat import EXPORT_NAME


@pytest.fixture(scope="module")
def http_app(built_settings, tmp_path_factory):
    app = AppProcess(built_settings, tmp_path_factory.mktemp("security"))
    yield app
    app.stop()


def _get_json(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=30) as response:
        return json.loads(response.read())


def _send_event(app: AppProcess, session_hash: str, question: str) -> list[dict]:
    """Join the queue with the chat's send event (as a browser would) and read the stream."""
    config = _get_json(app.url + "config")
    by_elem = {c.get("props", {}).get("elem_id"): c["id"] for c in config["components"]}
    send, export = by_elem["verstuur"], by_elem["export"]
    dep = next(
        d
        for d in config["dependencies"]
        if [send, "click"] in [list(t) for t in d["targets"]] and export in d["outputs"]
    )
    data: list = [None] * len(dep["inputs"])
    kinds = {c["id"]: c["type"] for c in config["components"]}
    for i, component in enumerate(dep["inputs"]):
        if kinds[component] == "dropdown":
            data[i] = "alle"
    data[0] = question
    body = json.dumps(
        {
            "data": data,
            "event_data": None,
            "fn_index": dep["id"],
            "trigger_id": send,
            "session_hash": session_hash,
        }
    ).encode()
    request = urllib.request.Request(
        app.url + "gradio_api/queue/join", data=body, headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        assert response.status == 200, response.read()
    messages = []
    query = urllib.parse.urlencode({"session_hash": session_hash})
    with urllib.request.urlopen(app.url + "gradio_api/queue/data?" + query, timeout=120) as stream:
        for raw in stream:
            line = raw.decode("utf-8").strip()
            if not line.startswith("data:"):
                continue
            message = json.loads(line[5:])
            messages.append(message)
            if message.get("msg") == "process_completed":
                break
    return messages


@pytest.mark.parametrize("absolute", [False, True], ids=["relative", "absolute"])
def test_export_never_writes_where_the_session_hash_points(http_app, tmp_path, absolute):
    outside = tmp_path / "buiten"
    target = outside / "x"
    session_hash = str(target) if absolute else "../" * 30 + str(target).lstrip("/")
    messages = _send_event(http_app, session_hash, "Wat zijn regiodeals?")
    done = messages[-1]
    assert done["msg"] == "process_completed" and done["success"] is True, done
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert written == [] and not outside.exists()
    # the export exists, served from Gradio's own cache under its fixed name
    files = [
        o["value"] for o in done["output"]["data"] if isinstance(o, dict) and isinstance(o.get("value"), dict)
    ]
    assert len(files) == 1
    export = Path(files[0]["path"])
    assert export.name == EXPORT_NAME
    assert export.resolve().is_relative_to((http_app.log.parent / "gradio").resolve())
    assert "regiodeals" in export.read_text(encoding="utf-8").lower()


def test_a_lone_surrogate_in_a_question_does_not_break_the_stream(http_app):
    messages = _send_event(http_app, "sessie-surrogaat", "\ud800 Wat zijn regiodeals?")
    done = messages[-1]
    assert done["msg"] == "process_completed" and done["success"] is True, done
    chat = done["output"]["data"][0]
    assert len(chat) == 2 and "Regiodeals" in json.dumps(chat, ensure_ascii=False)
    assert chat[0]["role"] == "user" and "Wat zijn regiodeals?" in json.dumps(chat[0], ensure_ascii=False)
