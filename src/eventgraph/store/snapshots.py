"""Read snapshots of the embedded store, so readers never meet a writer.

RocksDB (under Oxigraph) allows one writing process; opening the same folder read-only while it writes
is undefined behaviour (files vanish under compaction). So the writer publishes snapshots instead:
`Store.backup` into `<store>.readers/<n>` — hard links to immutable files, taken between batches, so a
snapshot never holds half an article — and then points `<store>.readers/CURRENT` at it with an atomic
rename. Readers open the snapshot CURRENT names and move to a newer one when CURRENT changes. Old
snapshots are removed once a newer one has stood for a while (a reader holds one only for a query).
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pyoxigraph as ox

KEEP = 3  # snapshots kept besides the newest
GRACE_SECONDS = 60.0  # an old snapshot is removed only when a newer one has existed this long


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


def _prune(root: Path, newest: str) -> None:
    snaps = sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))
    old = [p for p in snaps if p.name != newest][: max(0, len(snaps) - 1 - KEEP)]
    cutoff = time.time_ns() - int(GRACE_SECONDS * 1e9)
    for p in old:
        if int(p.name) < cutoff:
            shutil.rmtree(p, ignore_errors=True)
    for p in root.glob(".*.tmp"):  # a writer killed mid-backup leaves these
        if p.is_dir() and p.stat().st_mtime < time.time() - GRACE_SECONDS:
            shutil.rmtree(p, ignore_errors=True)
