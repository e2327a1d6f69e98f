"""Read snapshots of the embedded store, so readers never meet a writer.

RocksDB (under Oxigraph) allows one writing process; opening the same folder read-only while it
writes is undefined behaviour (files vanish under compaction). So the writer publishes snapshots
instead: `Store.backup` into `<store>.readers/<n>` — hard links to immutable files, taken between
batches, so a snapshot never holds half an article — and then points `<store>.readers/CURRENT` at it
with an atomic rename. Readers open the snapshot CURRENT names and move to a newer one when CURRENT
changes.

A superseded snapshot is removed once its successor has stood for GRACE_SECONDS (a reader moves on
before its next query, so it holds an old one only for a query in flight). Snapshots share the
store's immutable files through hard links, so between batches an old one costs little disk; a
compaction rewrites every file, and the snapshots taken before it then hold a whole second copy of
the store (11 GB beside a 6.1 GB store at 100,000 articles when only the writer pruned, at its next
publish). So readers prune too, at most every PRUNE_SECONDS: a dashboard or a `query` run after an
ingest frees the pre-compaction copies a minute after the ingest ends.
"""

from __future__ import annotations

import itertools
import os
import shutil
import time
from pathlib import Path

import pyoxigraph as ox

GRACE_SECONDS = 60.0  # a superseded snapshot is removed once its successor has existed this long
PRUNE_SECONDS = 30.0  # a reader's processes prune at most this often
_last_prune: dict[Path, float] = {}  # store path -> time.monotonic() of this process's last prune


def readers_dir(store_path: Path) -> Path:
    return store_path.with_name(store_path.name + ".readers")


def current(store_path: Path) -> Path | None:
    """The snapshot readers should open now, or None when none was published."""
    pointer = readers_dir(store_path) / "CURRENT"
    try:
        name = pointer.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    snap = readers_dir(store_path) / name
    return snap if snap.is_dir() else None


def publish(store_path: Path, db: ox.Store) -> Path:
    """Take a snapshot of `db` (the writer's handle) and make it the one readers open."""
    root = readers_dir(store_path)
    root.mkdir(parents=True, exist_ok=True)
    name = f"{time.time_ns():020d}"
    tmp = root / f".{name}.tmp"
    db.flush()
    db.backup(str(tmp))
    os.replace(tmp, root / name)
    pointer_tmp = root / ".CURRENT.tmp"
    pointer_tmp.write_text(name, encoding="utf-8")
    os.replace(pointer_tmp, root / "CURRENT")
    _prune(root, name)
    return root / name


def prune(store_path: Path, force: bool = False) -> list[Path]:
    """Remove the snapshots readers no longer need; return what was removed.

    Kept: the one CURRENT names and any newer (a publish between its backup and its pointer), and
    each superseded one whose successor is younger than GRACE_SECONDS. Called by the writer after
    each publish and by readers at most every PRUNE_SECONDS (`force` skips that limit). A reader
    without the right to delete simply keeps them."""
    now = time.monotonic()
    if not force and now - _last_prune.get(store_path, -PRUNE_SECONDS) < PRUNE_SECONDS:
        return []
    _last_prune[store_path] = now
    root = readers_dir(store_path)
    newest = current(store_path)
    if newest is None:
        return []
    return _prune(root, newest.name)


def _prune(root: Path, newest: str) -> list[Path]:
    try:
        snaps = sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))
    except OSError:
        return []
    cutoff = time.time_ns() - int(GRACE_SECONDS * 1e9)
    removed = []
    for name, successor in itertools.pairwise(snaps):
        # names are creation times (ns): the successor's name is when this one was superseded
        if name >= newest or not successor.isdigit() or int(successor) >= cutoff:
            continue
        shutil.rmtree(root / name, ignore_errors=True)
        if not (root / name).exists():
            removed.append(root / name)
    for p in root.glob(".*.tmp"):  # a writer killed mid-backup leaves these
        try:
            stale = p.is_dir() and p.stat().st_mtime < time.time() - GRACE_SECONDS
        except OSError:
            continue  # another process removed it meanwhile
        if stale:
            shutil.rmtree(p, ignore_errors=True)
    return removed
