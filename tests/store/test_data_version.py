"""A reader's data version names the snapshot it reads: it stands while nothing is written and moves
when a writer publishes, so the dashboard may cache answers under it."""

from __future__ import annotations

from pathlib import Path

from eventgraph.store import open_store
from tests.store.articles import articles


def test_version_moves_only_when_new_data_is_published(tmp_path: Path) -> None:
    url = f"oxigraph://{tmp_path / 'store'}"
    items = articles()
    with open_store(url) as w:
        w.replace_articles(items[:2])
        assert w.data_version() is None  # the writer's own handle has no snapshot to name
    reader = open_store(url, read_only=True)
    first = reader.data_version()
    assert first is not None
    assert reader.data_version() == first  # nothing written: the same snapshot, answers reusable
    with open_store(url) as w:
        w.replace_articles(items[2:])
        w.publish_snapshot()
        assert reader.data_version() != first  # new data published: cached answers are stale
    reader.close()


def test_memory_store_has_no_version() -> None:
    assert open_store("memory://").data_version() is None
