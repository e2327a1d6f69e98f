"""Named-query answers kept per data version: in memory, on disk, each computed once (no Streamlit
here).

A store that names its data version (the embedded store: the reader's snapshot, which is never
written again) makes an answer valid until a newer version is published, so keeping it is exact,
not a guess: answers of such a version are also written to disk, under the store's URL and the
version, and a dashboard started later reads them instead of querying. Answers under a time
bucket (stores without a version) are kept in memory only, as before. Concurrent requests for
one answer share one computation, so a page that asks for an answer a warm-up is computing waits
for what is left of it. The warm-up gives way to the pages (`Activity`)."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from eventgraph.store.base import QueryResult

Params = tuple[tuple[str, Any], ...]
Key = tuple[str, str, str, Params]
KEEP_VERSIONS = 3  # version folders kept on disk per store (the newest by modification time)
MAX_IN_MEMORY = 1000


def _digest(text: str, n: int = 20) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:n]


class Answers:
    """Answers by (store URL, data version, query name, parameters)."""

    def __init__(self, root: Path | None) -> None:
        self.root = root
        self._lock = threading.Lock()
        self._memory: OrderedDict[Key, QueryResult] = OrderedDict()
        self._running: dict[Key, Future[QueryResult]] = {}

    # -- disk: only for versions that never change (the store's own version, "v:…") ---------------
    def _path(self, key: Key) -> Path | None:
        url, version, name, params = key
        if self.root is None or not version.startswith("v:"):
            return None
        folder = self.root / _digest(url) / _digest(version)
        return folder / f"{name}-{_digest(json.dumps(params, ensure_ascii=False))}.json"

    def _read(self, key: Key) -> QueryResult | None:
        path = self._path(key)
        if path is None or not path.exists():
            return None
        try:
            saved = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None  # half-written or removed meanwhile: compute it again
        if saved.get("key") != json.dumps(key, ensure_ascii=False):
            return None  # a digest collision, however unlikely, is never served
        return QueryResult(saved["columns"], saved["rows"])

    def _write(self, key: Key, result: QueryResult) -> None:
        path = self._path(key)
        if path is None:
            return
        try:
            if not path.parent.exists():
                path.parent.mkdir(parents=True, exist_ok=True)
                self._prune(path.parent.parent)
            tmp = path.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
            body = {
                "key": json.dumps(key, ensure_ascii=False),
                "columns": result.columns,
                "rows": result.rows,
            }
            tmp.write_text(json.dumps(body, ensure_ascii=False, default=str), encoding="utf-8")
            tmp.replace(path)  # atomic: a reader sees the whole answer or none
        except OSError:
            pass  # a cache that cannot be written is only slower

    @staticmethod
    def _prune(store_folder: Path) -> None:
        versions = sorted(store_folder.iterdir(), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in versions[KEEP_VERSIONS:]:
            shutil.rmtree(old, ignore_errors=True)

    # -- memory and single flight ----------------------------------------------------------------
    def get(self, key: Key, compute: Callable[[], QueryResult]) -> QueryResult:
        """The answer under `key`: from memory, else from disk, else computed by `compute` (once,
        however many threads ask at the same time)."""
        with self._lock:
            if key in self._memory:
                self._memory.move_to_end(key)
                return self._memory[key]
            running = self._running.get(key)
            if running is None:
                running = Future()
                self._running[key] = running
                owner = True
            else:
                owner = False
        if not owner:
            return running.result()
        try:
            result = self._read(key)
            if result is None:
                result = compute()
                self._write(key, result)
        except BaseException as e:
            with self._lock:
                del self._running[key]
            running.set_exception(e)
            raise
        with self._lock:
            self._memory[key] = result
            while len(self._memory) > MAX_IN_MEMORY:
                self._memory.popitem(last=False)
            del self._running[key]
        running.set_result(result)
        return result

    def kept(self, key: Key) -> QueryResult | None:
        """The answer under `key` if one is at hand, in memory or on disk; never computes it."""
        with self._lock:
            if key in self._memory:
                return self._memory[key]
        found = self._read(key)
        if found is not None:
            self._keep(key, found)
        return found

    def put(self, key: Key, result: QueryResult) -> None:
        """Keep `result` under `key`, in memory and on disk (an answer computed elsewhere)."""
        self._write(key, result)
        self._keep(key, result)

    def _keep(self, key: Key, result: QueryResult) -> None:
        with self._lock:
            self._memory[key] = result
            while len(self._memory) > MAX_IN_MEMORY:
                self._memory.popitem(last=False)

    def clear(self, disk: bool = False) -> None:
        """Forget the answers held in memory (and those on disk when `disk`)."""
        with self._lock:
            self._memory.clear()
        if disk and self.root is not None:
            shutil.rmtree(self.root, ignore_errors=True)


class Activity:
    """Page runs in progress in this process, which the warm-up gives way to: pandas and
    pyoxigraph hold the interpreter for long stretches, so a warm-up joining tables beside a
    page's run made a new server's first page seconds slower. `quiet` also leaves the browser
    the cores for drawing what the run sent (its charts), which it does after the run."""

    def __init__(self, quiet: float = 2.0) -> None:
        self.quiet = quiet
        self._lock = threading.Lock()
        self._running = 0
        self._last = 0.0

    @contextmanager
    def run(self) -> Iterator[None]:
        """Around a page's run."""
        with self._lock:
            self._running += 1
        try:
            yield
        finally:
            with self._lock:
                self._running -= 1
                self._last = time.monotonic()

    def wait_quiet(self, limit: float = 30.0) -> None:
        """Return once no page has run for `quiet` seconds, or after `limit` seconds (a warm-up
        is never held back for good by a busy dashboard)."""
        end = time.monotonic() + limit
        while time.monotonic() < end:
            with self._lock:
                if not self._running and time.monotonic() - self._last >= self.quiet:
                    return
            time.sleep(0.05)


class Warmer:
    """Computes the views of the newest data version seen, in one background thread.

    `start` is called on every page run; only the newest version is warmed, one at a time, and a
    warm-up stops between two queries once a newer version is waiting (an ingest publishes a new
    snapshot every few seconds: warming each would only load the machine). A version is warmed once
    it has been the newest for `settle` seconds."""

    def __init__(self, settle: float = 3.0, activity: Activity | None = None) -> None:
        self.settle = settle
        self.activity = activity
        self._lock = threading.Lock()
        self._done: set[str] = set()
        self._pending: tuple[str, Callable[[Callable[[], bool]], None]] | None = None
        self._thread: threading.Thread | None = None

    def start(self, version: str, views: Callable[[Callable[[], bool]], None]) -> None:
        """Warm `version` with `views(superseded)`, unless it was warmed already; `superseded()`
        tells the views to stop early."""
        with self._lock:
            if version in self._done or (self._pending and self._pending[0] == version):
                return
            self._pending = (version, views)
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._work, name="warm", daemon=True)
                self._thread.start()

    def _work(self) -> None:
        while True:
            with self._lock:
                if self._pending is None:
                    return
                version, views = self._pending
            time.sleep(self.settle)
            with self._lock:
                if self._pending is None or self._pending[0] != version:
                    continue  # a newer version arrived meanwhile
                self._pending = None
                self._done.add(version)

            def superseded(version: str = version) -> bool:
                # Asked between two steps of the warm-up: the point where it gives way to pages.
                if self.activity is not None:
                    self.activity.wait_quiet()
                return self._pending is not None and self._pending[0] != version

            try:
                views(superseded)
            except Exception:
                # A warm-up that fails (the store was closed, a server went away) leaves the page
                # to compute the answer itself and show the error there.
                pass
