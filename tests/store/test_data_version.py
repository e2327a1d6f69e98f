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


def test_a_judgement_and_its_undo_are_published_to_readers(tmp_path: Path) -> None:
    """`resolve merge` and `resolve undo` write quads without an ingest: readers (the dashboard,
    `query`) see the merge, and its undo, once the writer closes, under a new data version."""
    from eventgraph.queries import get
    from eventgraph.resolve.judgements import merge, undo

    url = f"oxigraph://{tmp_path / 's'}"
    with open_store(url) as st:
        st.replace_articles(articles())
        people = [r["person_id"] for r in st.run(get("people"), {"name": ""}).rows]
    assert len(people) >= 2

    def seen() -> tuple[str | None, int]:
        with open_store(url, read_only=True) as r:
            return r.data_version(), len(r.run(get("base_same"), {}).rows)

    before = seen()
    assert before[1] == 0
    with open_store(url) as st:
        jid = merge(st, people[0], people[1], "test")
    merged = seen()
    assert merged[1] == 1 and merged[0] != before[0]
    with open_store(url) as st:
        undo(st, jid)
    undone = seen()
    assert undone[1] == 0 and undone[0] != merged[0]
