"""Writes inside `Store.bulk_writes` (an ingest): the embedded store streams new articles into one
bulk load a segment; the store then holds exactly what one write at a time leaves, marks included,
readers see it when the context ends, and a re-ingest inside the context still replaces."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from eventgraph.exc import StoreError
from eventgraph.store import open_store
from eventgraph.store.oxigraph import OxigraphStore
from eventgraph.store.streamload import StreamLoad
from tests.store.articles import articles, changed


def _dump(url: str) -> list[bytes]:
    """Every quad, the union (default graph) included, sorted."""
    import pyoxigraph as ox

    with open_store(url) as st:
        assert isinstance(st, OxigraphStore)
        out = io.BytesIO()
        ox.serialize(st.db.quads_for_pattern(None, None, None, None), out, ox.RdfFormat.N_QUADS)
    return sorted(out.getvalue().splitlines())


def _write_one_at_a_time(url: str) -> None:
    with open_store(url) as st:
        for item in articles():
            st.replace_articles([item])
        st.replace_articles([changed(articles()[1])])


@pytest.mark.parametrize("segment_quads", [10**9, 50])  # one segment; a new segment every write
def test_streamed_writes_store_the_same_quads(tmp_path: Path, segment_quads: int,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(OxigraphStore, "SEGMENT_QUADS", segment_quads)
    plain, streamed = f"oxigraph://{tmp_path / 'plain'}", f"oxigraph://{tmp_path / 'streamed'}"
    _write_one_at_a_time(plain)
    items = articles()
    with open_store(streamed) as st:
        assert isinstance(st, OxigraphStore)
        with st.bulk_writes():
            for item in items:
                st.replace_articles([item])
            # a re-ingest of an article in the open segment: written after the segment is in
            st.replace_articles([changed(items[1])])
            assert st.content_hashes([items[0][0].id])  # a mark is there once its graph is
        assert st.union_drift() == (0, 0)
    assert _dump(streamed) == _dump(plain)


def test_readers_see_the_articles_when_bulk_writes_end(tmp_path: Path) -> None:
    url = f"oxigraph://{tmp_path / 'store'}"
    items = articles()
    with open_store(url) as st:
        st.replace_articles(items[:1])
        st.publish_snapshot()
        reader = open_store(url, read_only=True)
        before = reader.stats()["articles"]
        with st.bulk_writes():
            st.replace_articles(items[1:])
        assert reader.stats()["articles"] == before + len(items) - 1
        reader.close()


def test_a_failed_stream_is_reported(tmp_path: Path) -> None:
    import pyoxigraph as ox

    db = ox.Store(str(tmp_path / "s"))
    load = StreamLoad(db)
    load.put(b"<http://e/s> <http://e/p> not-a-term <http://e/g> .\n")
    with pytest.raises(StoreError, match="bulk load failed"):
        load.finish()


def test_other_stores_write_as_before() -> None:
    st = open_store("memory://")
    with st.bulk_writes() as same:
        assert same is st
        st.replace_articles(articles()[:1])
    assert st.stats()["articles"] == 1
