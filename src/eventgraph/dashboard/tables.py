"""The base tables of a data version: read once from the store, kept in memory and on disk (no
Streamlit here).

The whole-store views of the Overview, Localities and Meetings pages are computed from a few flat
tables (`views.py`); those tables are the answers of the `BASE` named queries under one data version
of the store. Only a store that names its version (the embedded store's snapshot, which is never
written again) has them: the tables are exact for as long as the version is the newest. They are
written to disk as Parquet under the answers folder, keyed by store URL and version, so a dashboard
started later reads them in a second instead of querying for minutes; each version is read from the
store once, however many pages and threads ask at the same time."""

from __future__ import annotations

import os
import shutil
import threading
from collections import OrderedDict
from collections.abc import Callable, Mapping
from concurrent.futures import Future
from pathlib import Path
from typing import Any

import pandas as pd

from eventgraph.dashboard.answers import KEEP_VERSIONS, _digest
from eventgraph.dashboard.data import SOURCE
from eventgraph.dashboard.reading import BASE, EMPTY_WITH, FROM_OTHER, read_base
from eventgraph.dashboard.views import Tables, prepare
from eventgraph.exc import StoreError
from eventgraph.store.base import QueryResult

__all__ = ["BASE", "EMPTY_WITH", "FROM_OTHER", "KeptTables", "read_base"]

IN_MEMORY = 2  # versions whose tables stay in memory (the newest and the one before)
MEMO = 64  # derived views remembered per process


def _complete(folder: Path) -> bool:
    """Whether `folder` holds every base table of a version (a folder kept by an older eventgraph
    may lack the newer ones)."""
    return (folder / "complete").exists() and all(
        (folder / f"{name}.parquet").is_file() for name, _ in BASE
    )


class KeptTables:
    """Base tables by (store URL, data version)."""

    def __init__(self, root: Path | None) -> None:
        self.root = None if root is None else root / "tables"
        self._lock = threading.Lock()
        self._memory: OrderedDict[tuple[str, str], Tables] = OrderedDict()
        self._building: dict[tuple[str, str], Future[Tables | None]] = {}
        self._memo: OrderedDict[tuple[Any, ...], pd.DataFrame] = OrderedDict()

    def _folder(self, url: str, version: str) -> Path | None:
        if self.root is None:
            return None
        return self.root / _digest(url) / _digest(version)

    def _load(self, url: str, version: str) -> Tables | None:
        """The kept tables of `version`, each read from its Parquet file when a view first needs
        it (a new process's first page reads what it shows, not every table); None when some
        table is missing (a folder kept before that table existed: read them all again)."""
        folder = self._folder(url, version)
        if folder is None or not _complete(folder):
            return None
        names = {name for name, _ in BASE}

        def read(name: str) -> pd.DataFrame:
            if name not in names:
                raise KeyError(name)
            try:
                return pd.read_parquet(folder / f"{name}.parquet")
            except (OSError, ValueError) as e:  # pruned: KEEP_VERSIONS newer ones came meanwhile
                raise StoreError(
                    f"the dashboard's tables of this data version were removed ({e}): "
                    "press Reload to read the newest"
                ) from e

        return prepare({}, read)

    def _save(self, url: str, version: str, tables: Mapping[str, pd.DataFrame]) -> None:
        folder = self._folder(url, version)
        if folder is None or _complete(folder):
            return
        if folder.exists():  # kept before some table existed: replaced, or it is read every time
            old = folder.with_name(f".{folder.name}.{os.getpid()}.{threading.get_ident()}.old")
            try:
                os.replace(folder, old)
            except OSError:
                return
            shutil.rmtree(old, ignore_errors=True)
        tmp = folder.with_name(f".{folder.name}.{os.getpid()}.{threading.get_ident()}")
        try:
            tmp.mkdir(parents=True, exist_ok=True)
            for name, df in tables.items():
                df.to_parquet(tmp / f"{name}.parquet", index=False)
            (tmp / "complete").write_text(version, encoding="utf-8")
            os.replace(tmp, folder)  # atomic: a reader sees every table or none
        except OSError:
            shutil.rmtree(tmp, ignore_errors=True)  # a cache that cannot be written is only slower
            return
        kept = sorted(
            (p for p in folder.parent.iterdir() if not p.name.startswith(".")),
            key=lambda p: p.stat().st_mtime,
            reverse=True,
        )
        for old in kept[KEEP_VERSIONS:]:
            shutil.rmtree(old, ignore_errors=True)

    def get(
        self,
        url: str,
        version: str,
        run: Callable[[str, dict[str, Any]], QueryResult],
        superseded: Callable[[], bool] = lambda: False,
        threads: int = 1,
    ) -> Tables | None:
        """The tables of `version`: from memory, else from disk, else read with `run(name, params)`
        (once, however many threads ask; in `threads` threads of its own, `read_base`). None when
        `superseded()` stopped the reading early."""
        key = (url, version)
        with self._lock:
            if key in self._memory:
                return self._memory[key]
            running = self._building.get(key)
            owner = running is None
            if running is None:
                running = self._building[key] = Future()
        if not owner:
            return running.result()
        try:
            tables = self._load(url, version)
            if tables is None:
                read = read_base(run, superseded, threads)
                if read is not None:
                    self._save(url, version, read)
                    tables = prepare(read)
        except BaseException as e:
            with self._lock:
                del self._building[key]
            running.set_exception(e)
            raise
        with self._lock:
            if tables is not None:
                self._remember(key, tables)
            del self._building[key]
        running.set_result(tables)
        return tables

    def _remember(self, key: tuple[str, str], tables: Tables) -> None:
        """Keep `tables` in memory, the oldest version out past IN_MEMORY (holding the lock)."""
        self._memory[key] = tables
        while len(self._memory) > IN_MEMORY:
            self._memory.popitem(last=False)

    def ready(self, url: str, version: str) -> Tables | None:
        """The tables of `version` when they are at hand, in memory or on disk; never reads the
        store (that is `get`)."""
        key = (url, version)
        with self._lock:
            if key in self._memory:
                return self._memory[key]
        tables = self._load(url, version)
        if tables is None:
            return None
        with self._lock:
            self._remember(key, tables)
        return tables

    def earlier(self, url: str, version: str) -> tuple[str, Tables] | None:
        """The newest other version of `url` whose tables are at hand, and its tables: what the
        pages can show, marked as older, while `version`'s are read (minutes at 100k articles)."""
        with self._lock:
            for (u, v), tables in reversed(self._memory.items()):
                if u == url and v != version:
                    return v, tables
        if self.root is None or not (self.root / _digest(url)).is_dir():
            return None
        done = [p for p in (self.root / _digest(url)).iterdir() if (p / "complete").is_file()]
        for folder in sorted(done, key=lambda p: p.stat().st_mtime, reverse=True):
            try:
                other = (folder / "complete").read_text(encoding="utf-8")
            except OSError:
                continue  # pruned meanwhile
            found = self.ready(url, other) if other != version else None
            if found is not None:
                return other, found
        return None

    def view(self, key: tuple[Any, ...], compute: Callable[[], pd.DataFrame]) -> pd.DataFrame:
        """A derived view remembered under `key` (URL, version, query, parameters) and named by it
        (`data.SOURCE`): a page run repeats its views on every click, and the Meetings table takes
        a few hundred ms. `compute` makes a new frame, which every caller only reads."""
        with self._lock:
            if key in self._memo:
                self._memo.move_to_end(key)
                return self._memo[key]
        out = compute()
        out.attrs[SOURCE] = key  # what it holds, for what is made from it (`overview.made`)
        with self._lock:
            self._memo[key] = out
            while len(self._memo) > MEMO:
                self._memo.popitem(last=False)
        return out
