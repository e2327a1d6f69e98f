"""Reader snapshots of the embedded store are removed once superseded for a grace period, by the
writer and by readers: after a compaction the snapshots taken before it hold a second copy of the
store, and an ingest that ends with a compaction publishes nothing more for the writer to prune."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from eventgraph.store import open_store, snapshots
from tests.store.articles import articles


def _snaps(store: Path) -> list[str]:
    root = snapshots.readers_dir(store)
    return sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))


def _du(path: Path) -> int:
    """Bytes of distinct files (hard links counted once), as the disk holds them."""
    seen, total = set(), 0
    for dirpath, _, files in os.walk(path):
        for f in files:
            st = os.stat(os.path.join(dirpath, f))
            if st.st_ino not in seen:
                seen.add(st.st_ino)
                total += st.st_size
    return total


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A store written one article at a time (each store closed publishes a snapshot), in a
    process that has not pruned yet."""
    path = tmp_path / "store"
    for item in articles():
        with open_store(f"oxigraph://{path}") as w:
            w.replace_articles([item])
    monkeypatch.setattr(snapshots, "_last_prune", {})
    return path


def test_superseded_snapshots_stay_for_the_grace_period(store: Path) -> None:
    path = store
    snaps = _snaps(path)
    assert len(snaps) >= 3  # all younger than the grace period: none removed
    assert snapshots.prune(path, force=True) == []
    assert _snaps(path) == snaps


def test_a_reader_frees_the_copies_a_compaction_left(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, url = store, f"oxigraph://{store}"
    with open_store(url) as w:
        w.compact()
    newest = snapshots.current(path)
    assert newest is not None
    before = _du(snapshots.readers_dir(path))
    # the writer is gone; its grace period has passed; a reader (dashboard, `query`) comes along
    monkeypatch.setattr(snapshots, "GRACE_SECONDS", 0.0)
    with open_store(url, read_only=True) as r:
        assert r.stats()["articles"] == len(articles())
    assert _snaps(path) == [newest.name]  # only what CURRENT names is left
    after = _du(snapshots.readers_dir(path))
    assert after < before / 2, (before, after)  # the pre-compaction files went with them
    with open_store(url, read_only=True) as r:  # and the store still reads
        assert r.stats()["articles"] == len(articles())


def test_readers_prune_at_most_every_prune_seconds(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = store
    assert snapshots.prune(path) == []  # first call prunes (nothing old enough yet)
    monkeypatch.setattr(snapshots, "GRACE_SECONDS", 0.0)
    assert snapshots.prune(path) == []  # within PRUNE_SECONDS of the last: not even looked at
    assert len(_snaps(path)) > 1
    assert snapshots.prune(path, force=True)  # forced: the superseded ones go
    assert len(_snaps(path)) == 1


def test_a_snapshot_newer_than_current_is_kept(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A writer killed between its backup and its pointer leaves a snapshot newer than CURRENT."""
    path = store
    snaps = _snaps(path)
    (snapshots.readers_dir(path) / "CURRENT").write_text(snaps[0], encoding="utf-8")
    monkeypatch.setattr(snapshots, "GRACE_SECONDS", 0.0)
    snapshots.prune(path, force=True)
    assert _snaps(path) == snaps
