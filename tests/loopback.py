"""Loopback servers for the tests: a free port, and a Chroma server (`chroma run`, or CI's PACTRAG_TEST_CHROMA_URL)."""

from __future__ import annotations

import atexit
import os
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest
from conftest import ROOT

CHROMA = ROOT / ".venv" / "bin" / "chroma"


def _alive(url: str) -> bool:
    try:
        urllib.request.urlopen(url + "/api/v2/heartbeat", timeout=2)
        return True
    except OSError:
        return False


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ChromaServer:
    """`chroma run` as a subprocess on loopback; start/stop keep the same port and data."""

    def __init__(self, path: Path, port: int | None = None) -> None:
        self.path, self.port = path, port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen | None = None

    def start(self) -> ChromaServer:
        self.path.mkdir(parents=True, exist_ok=True)
        log = open(self.path.parent / f"chroma-{self.port}.log", "ab")  # noqa: SIM115 -- the child process writes it for its whole life
        self.proc = subprocess.Popen(
            [str(CHROMA), "run", "--path", str(self.path), "--host", "127.0.0.1", "--port", str(self.port)],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if _alive(self.url):
                return self
            if self.proc.poll() is not None:
                break
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"chroma run startte niet op {self.url}")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None


_session_server: ChromaServer | None = None


def shared_chroma_url() -> str:
    """PACTRAG_TEST_CHROMA_URL when set (CI), else one `chroma run` for the whole session."""
    global _session_server
    url = os.environ.get("PACTRAG_TEST_CHROMA_URL", "").rstrip("/")
    if url:
        if not _alive(url):
            pytest.fail(f"PACTRAG_TEST_CHROMA_URL={url} antwoordt niet")
        return url
    if os.environ.get("CI", "").lower() in ("true", "1"):
        pytest.fail(
            "CI=true maar PACTRAG_TEST_CHROMA_URL ontbreekt: scripts/test.sh hoort een "
            "Chroma-server te starten en die URL door te geven"
        )
    if _session_server is None:
        folder = Path(tempfile.mkdtemp(prefix="pactrag-chroma-"))
        _session_server = ChromaServer(folder / "data").start()
        atexit.register(lambda: (_session_server.stop(), shutil.rmtree(folder, ignore_errors=True)))
    return _session_server.url
