"""One Oxigraph bulk load fed batch by batch: a thread loads N-Quads from a queue as ingest goes on.

Each `Store.bulk_load` call writes and ingests RocksDB files of its own, and the calls' cost grows
with their number, not only with the quads: the 10,000-article synthetic truth (3.2M quads) took
49 s of CPU as 16 loads of 625 articles, 40 s as 4 loads and 33-40 s as one load reading a stream
(docs/performance.md, *One bulk load a segment*). Joining more articles into one `bytes` would
need their whole text in memory; a stream needs one batch. pyoxigraph releases the GIL while it
loads, so the writer's thread keeps collecting the workers' results meanwhile.
"""

from __future__ import annotations

import io
import queue
import threading
from typing import Any

import pyoxigraph as ox

from eventgraph.exc import StoreError

# Batches waiting for the loader beside the one it reads: bounded, so memory is (a write batch is
# at most ingest's WRITE_BYTES of N-Quads).
QUEUED = 1


class _QueueReader(io.RawIOBase):
    """The bytes put into a queue, read in order, until None is put."""

    def __init__(self, q: queue.Queue[bytes | None]) -> None:
        self.q = q
        self.buf = memoryview(b"")
        self.done = False

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        while not self.buf:
            if self.done:
                return 0
            item = self.q.get()
            if item is None:
                self.done = True
                return 0
            self.buf = memoryview(item)
        n = min(len(b), len(self.buf))
        b[:n] = self.buf[:n]
        self.buf = self.buf[n:]
        return n


class StreamLoad:
    """A bulk load in a thread of its own: `put` N-Quads bytes, then `finish` waits until every
    quad is in the store. Atomicity is not given (as with any bulk load): quads become visible as
    the loader ingests them, so the caller writes its commit marks after `finish`."""

    def __init__(self, db: ox.Store, lenient: bool = True) -> None:
        self.q: queue.Queue[bytes | None] = queue.Queue(maxsize=QUEUED)
        self.error: BaseException | None = None
        source = _QueueReader(self.q)
        reader = io.BufferedReader(source, 1 << 20)

        def load() -> None:
            try:
                db.bulk_load(reader, format=ox.RdfFormat.N_QUADS, lenient=lenient)
            except BaseException as e:  # reported by put/finish in the writer's thread
                self.error = e
                while not source.done and self.q.get() is not None:  # unblock a waiting writer
                    pass

        self.thread = threading.Thread(target=load, name="eventgraph-bulk-load", daemon=True)
        self.thread.start()

    def put(self, data: bytes) -> None:
        """Hand `data` (whole N-Quads lines) to the loader; blocks while the queue is full."""
        self._raise()
        if data:
            self.q.put(data)

    def finish(self) -> None:
        """End the stream and wait for the load to complete; a failed load raises StoreError."""
        if self.thread.is_alive():
            self.q.put(None)
        self.thread.join()
        self._raise()

    def _raise(self) -> None:
        if self.error is not None:
            raise StoreError(f"the bulk load failed: {self.error}") from self.error
