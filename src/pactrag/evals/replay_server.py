"""A loopback OpenAI-compatible chat server that replays scripted answers.

Tests and ``pactrag eval`` point the real ``OpenAIChatModel`` at it, so the whole LLM path
(HTTP, SSE streaming, retries, timeouts, citation checks) runs without a real model::

    with ReplayServer([Status(500), Text("Het antwoord [1].")]) as server:
        settings = settings.with_(llm_base_url=server.url + "/v1", llm_model="replay")
        ...
    server.requests  # what the client sent

A script is a queue of behaviours, one per chat request: ``Text`` (streamed in chunks),
``Status`` (an HTTP error), ``Hang`` (answers after the client gave up), ``Garbled``
(invalid JSON in the stream), ``Cut`` (the connection drops mid-answer), or a function of
the request's messages that returns a text or one of those behaviours. When the queue is
empty the ``default`` behaviour answers (a 500 when there is none).
"""

from __future__ import annotations

import contextlib
import json
import re
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from ..prompts import GROUP_TEMPLATE, SOURCES_TEMPLATE


@dataclass(frozen=True)
class Text:
    """A normal answer, streamed in ``chunks`` pieces (or returned whole without ``stream``)."""

    text: str
    chunks: int = 4
    delay_s: float = 0.0  # pause between streamed chunks


@dataclass(frozen=True)
class Status:
    """An HTTP error response with an OpenAI-style error body."""

    code: int = 500
    message: str = "replay: scripted server error"


@dataclass(frozen=True)
class Hang:
    """Say nothing for ``seconds`` (longer than the client's timeout), then give up."""

    seconds: float = 10.0


@dataclass(frozen=True)
class Garbled:
    """A 200 response whose stream (or body) is not valid JSON after ``prefix``'s chunks."""

    prefix: str = ""


@dataclass(frozen=True)
class Cut:
    """Stream ``text`` and then drop the connection without finishing the stream."""

    text: str


Behaviour = Text | Status | Hang | Garbled | Cut | Callable[[list[dict[str, str]]], Any]


@dataclass(frozen=True)
class RecordedRequest:
    method: str
    path: str
    body: dict[str, Any] | None  # parsed JSON body, None when absent or invalid
    behaviour: str = ""  # the behaviour that answered (class name, or "default")

    @property
    def messages(self) -> list[dict[str, str]]:
        return list((self.body or {}).get("messages") or [])

    @property
    def stream(self) -> bool:
        return bool((self.body or {}).get("stream"))


@dataclass
class _State:
    script: deque = field(default_factory=deque)
    requests: list[RecordedRequest] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    stopping: threading.Event = field(default_factory=threading.Event)


class ReplayServer:
    """HTTP on 127.0.0.1 at a free port; a context manager that starts and stops it."""

    def __init__(
        self, script: Iterable[Behaviour] = (), default: Behaviour | None = None, model: str = "replay"
    ) -> None:
        self.model = model
        self.default = default
        self._state = _State(script=deque(script))
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle ----------------------------------------------------------------------
    def start(self) -> ReplayServer:
        handler = type("Handler", (_Handler,), {"replay": self})
        self._httpd = _Server(("127.0.0.1", 0), handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            name="replay-server",
            kwargs={"poll_interval": 0.05},
            daemon=True,
        )
        self._thread.start()
        return self

    def close(self) -> None:
        if self._httpd is None:
            return
        self._state.stopping.set()  # wake hanging handlers
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._httpd = None

    def __enter__(self) -> ReplayServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def url(self) -> str:
        if self._httpd is None:
            raise RuntimeError("ReplayServer is not running: use it as a context manager or call start()")
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    # -- script -------------------------------------------------------------------------
    def enqueue(self, *behaviours: Behaviour) -> None:
        with self._state.lock:
            self._state.script.extend(behaviours)

    @property
    def pending(self) -> int:
        """Scripted behaviours not used yet."""
        with self._state.lock:
            return len(self._state.script)

    @property
    def requests(self) -> list[RecordedRequest]:
        with self._state.lock:
            return list(self._state.requests)

    def chat_requests(self) -> list[RecordedRequest]:
        return [r for r in self.requests if r.path.rstrip("/").endswith("/chat/completions")]

    def clear(self) -> None:
        """Forget the recorded requests and any unused behaviours."""
        with self._state.lock:
            self._state.requests.clear()
            self._state.script.clear()

    def _next(self, path: str, body: dict | None) -> tuple[Behaviour | None, str]:
        with self._state.lock:
            if self._state.script:
                behaviour, name = self._state.script.popleft(), ""
            else:
                behaviour, name = self.default, "default"
            name = name or _name(behaviour)
            self._state.requests.append(RecordedRequest("POST", path, body, name))
        return behaviour, name

    def _record(self, method: str, path: str) -> None:
        with self._state.lock:
            self._state.requests.append(RecordedRequest(method, path, None, ""))


def _name(behaviour: Behaviour | None) -> str:
    if behaviour is None:
        return "none"
    return (
        type(behaviour).__name__
        if not callable(behaviour) or isinstance(behaviour, (Text, Status, Hang, Garbled, Cut))
        else "function"
    )


class _Server(ThreadingHTTPServer):
    def handle_error(self, request, client_address) -> None:
        import sys

        if not isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            super().handle_error(request, client_address)  # a client that hung up is no error


class _Handler(BaseHTTPRequestHandler):
    replay: ReplayServer  # set on the subclass made per server
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - quiet
        pass

    # -- routes -------------------------------------------------------------------------
    def do_GET(self) -> None:
        self.replay._record("GET", self.path)
        if self.path.rstrip("/").endswith("/models"):
            self._json(
                200,
                {
                    "object": "list",
                    "data": [
                        {
                            "id": self.replay.model,
                            "object": "model",
                            "created": 0,
                            "owned_by": "pactrag-replay",
                        }
                    ],
                },
            )
        else:
            self._json(404, _error("not found: " + self.path, 404))

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            body = None
        if not self.path.rstrip("/").endswith("/chat/completions"):
            self.replay._record("POST", self.path)
            self._json(404, _error("not found: " + self.path, 404))
            return
        if not isinstance(body, dict) or not isinstance(body.get("messages"), list):
            self.replay._record("POST", self.path)
            self._json(400, _error("body must be JSON with a 'messages' list", 400))
            return
        behaviour, _ = self.replay._next(self.path, body)
        if callable(behaviour) and not isinstance(behaviour, (Text, Status, Hang, Garbled, Cut)):
            behaviour = behaviour(body["messages"])
        if isinstance(behaviour, str):
            behaviour = Text(behaviour)
        model = str(body.get("model") or self.replay.model)
        with contextlib.suppress(
            BrokenPipeError, ConnectionResetError
        ):  # the client gave up: no one to answer
            self._answer(behaviour, model, bool(body.get("stream")))

    # -- behaviours ---------------------------------------------------------------------
    def _answer(self, behaviour, model: str, stream: bool) -> None:
        if behaviour is None:
            self._json(500, _error("replay: the script is empty and there is no default", 500))
        elif isinstance(behaviour, Status):
            self._json(behaviour.code, _error(behaviour.message, behaviour.code))
        elif isinstance(behaviour, Hang):
            self.replay._state.stopping.wait(behaviour.seconds)
            self.close_connection = True
        elif isinstance(behaviour, Garbled):
            if stream:
                self._start_stream()
                for piece in _pieces(behaviour.prefix, 2) if behaviour.prefix else []:
                    self._event(_chunk(model, {"content": piece}))
                self._write(b'data: {"id": "chatcmpl-replay", "choices": [{"delta": {"content": "hal\n\n')
                self._write(b"data: [DONE]\n\n")
                self._end_stream()
            else:
                self._raw(200, b'{"id": "chatcmpl-replay", "choices": [', "application/json")
        elif isinstance(behaviour, Cut):
            self._start_stream()
            self._event(_chunk(model, {"role": "assistant", "content": ""}))
            for piece in _pieces(behaviour.text, 3):
                self._event(_chunk(model, {"content": piece}))
            self.close_connection = True  # no terminating chunk: the client sees a broken stream
            self.wfile.flush()
        elif isinstance(behaviour, Text):
            if stream:
                self._start_stream()
                self._event(_chunk(model, {"role": "assistant", "content": ""}))
                for piece in _pieces(behaviour.text, behaviour.chunks):
                    if behaviour.delay_s:
                        time.sleep(behaviour.delay_s)
                    self._event(_chunk(model, {"content": piece}))
                self._event(_chunk(model, {}, finish="stop"))
                self._write(b"data: [DONE]\n\n")
                self._end_stream()
            else:
                self._json(
                    200,
                    {
                        "id": "chatcmpl-replay",
                        "object": "chat.completion",
                        "created": 0,
                        "model": model,
                        "choices": [
                            {
                                "index": 0,
                                "finish_reason": "stop",
                                "message": {"role": "assistant", "content": behaviour.text},
                            }
                        ],
                        "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
                    },
                )
        else:
            self._json(500, _error(f"replay: unknown behaviour {behaviour!r}", 500))

    # -- HTTP plumbing (chunked transfer encoding keeps the stream incremental) ---------------
    def _json(self, code: int, payload: dict) -> None:
        self._raw(code, json.dumps(payload, ensure_ascii=False).encode(), "application/json")

    def _raw(self, code: int, data: bytes, content_type: str) -> None:
        self.send_response(code)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _start_stream(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()

    def _event(self, payload: dict) -> None:
        self._write(b"data: " + json.dumps(payload, ensure_ascii=False).encode() + b"\n\n")

    def _write(self, data: bytes) -> None:
        self.wfile.write(f"{len(data):X}\r\n".encode() + data + b"\r\n")
        self.wfile.flush()

    def _end_stream(self) -> None:
        self.wfile.write(b"0\r\n\r\n")
        self.wfile.flush()


def _chunk(model: str, delta: dict, finish: str | None = None) -> dict:
    return {
        "id": "chatcmpl-replay",
        "object": "chat.completion.chunk",
        "created": 0,
        "model": model,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }


def _error(message: str, code: int) -> dict:
    return {"error": {"message": message, "type": "replay_error", "code": code}}


def _pieces(text: str, n: int) -> list[str]:
    """``text`` cut into about ``n`` pieces at word boundaries (deterministic)."""
    if not text:
        return []
    n = max(1, min(n, len(text)))
    size = max(1, len(text) // n)
    pieces: list[str] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        space = text.find(" ", end)
        end = len(text) if space == -1 or len(pieces) == n - 1 else space + 1
        pieces.append(text[start:end])
        start = end
    return pieces


# ---------------------------------------------------------------------------------------
# Reading the prompt back: what a scripted "model" needs to answer from the sources

_SOURCE_HEAD = re.compile(r"^\[(\d{1,3})\] (.+)$", re.M)
_QUESTION_MARK = SOURCES_TEMPLATE.split("{sources}")[1].split("{question}")[0].rstrip()  # "\n\nVraag:"


def numbered_sources(messages: list[dict[str, str]]) -> dict[int, tuple[str, str]]:
    """``{n: (label, text)}`` of the numbered sources in the last user message."""
    user = next((m.get("content") or "" for m in reversed(messages) if m.get("role") == "user"), "")
    body = user.rsplit(_QUESTION_MARK, 1)[0]
    heads = list(_SOURCE_HEAD.finditer(body))
    out: dict[int, tuple[str, str]] = {}
    for i, m in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else len(body)
        text = body[m.end() : end].strip("\n")
        text = text.split("\n" + GROUP_TEMPLATE.split("{")[0])[
            0
        ]  # the next subfacet's heading is not source text
        out[int(m.group(1))] = (m.group(2).strip(), text.strip())
    return out


def question_of(messages: list[dict[str, str]]) -> str:
    user = next((m.get("content") or "" for m in reversed(messages) if m.get("role") == "user"), "")
    return user.rsplit(_QUESTION_MARK, 1)[-1].strip() if _QUESTION_MARK in user else user.strip()
