"""The base tables are read without `base_merged_memberships`' query when no `owl:sameAs` judgement
exists (`tables.EMPTY_WITH`), without `base_positions`' when the person items give them
(`tables.FROM_OTHER`), and in two threads on the embedded store: the tables `prepare` keeps are the
same frames, column for column and row for row, as every base query read in turn (the way they
were read before), without and with a judgement; the table left unread is the query's own empty
answer, and positions that the items cannot tell are read from the store."""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd
import pytest

from eventgraph import settings
from eventgraph.dashboard.data import frame, projected
from eventgraph.dashboard.reading import positions_from_items
from eventgraph.dashboard.tables import BASE, EMPTY_WITH, FROM_OTHER, KeptTables, read_base
from eventgraph.dashboard.warm import data_version, prepare
from eventgraph.queries import get
from eventgraph.store import open_store
from eventgraph.store.base import QueryResult


def _synthetic(url: str, n: int) -> None:
    from eventgraph.ingest.readers import article_from_row
    from eventgraph.synth import generate
    from eventgraph.synth.oracle import oracle_extraction

    with open_store(url) as store, store.writer(batch_size=100) as w:
        for row, truth in generate(n, 3):
            article = article_from_row(row, "synthetic", None)
            w.put(article, oracle_extraction(article, truth))  # type: ignore[arg-type]


def _one_by_one(url: str) -> tuple[str, dict[str, pd.DataFrame]]:
    """Every base table read from the store, each by its own query."""
    with open_store(url, read_only=True) as reader:
        version = data_version(reader)
        return version, {name: frame(reader.run(get(name), p)) for name, p in BASE}


def _kept(url: str, version: str) -> dict[str, pd.DataFrame]:
    folder = KeptTables(settings.answers_dir())._folder(url, version)
    assert folder is not None and (folder / "complete").exists()
    return {name: pd.read_parquet(folder / f"{name}.parquet") for name, _ in BASE}


def _rows(df: pd.DataFrame) -> pd.DataFrame:
    """The rows in one order: a query without ORDER BY names none, and Oxigraph's grouped answers
    (`base_person_items`) come in either of two orders even when one process asks twice."""
    return df.sort_values(list(df.columns), na_position="first").reset_index(drop=True)


def _assert_same(kept: dict[str, pd.DataFrame], read: dict[str, pd.DataFrame]) -> None:
    assert list(kept) == list(read)
    for name, df in read.items():
        buf = io.BytesIO()  # through Parquet, as the tables are kept
        df.to_parquet(buf, index=False)
        want = pd.read_parquet(io.BytesIO(buf.getvalue()))
        assert list(kept[name].columns) == list(want.columns), name
        assert kept[name].dtypes.equals(want.dtypes), name
        pd.testing.assert_frame_equal(_rows(kept[name]), _rows(want), obj=name)


@pytest.fixture
def synth_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("EVENTGRAPH_CACHE_DIR", str(tmp_path / "cache"))
    url = f"oxigraph://{tmp_path / 'synth'}"
    _synthetic(url, 250)
    return url


def test_prepare_keeps_the_tables_every_query_reads(synth_url: str) -> None:
    from eventgraph.resolve.judgements import merge

    version, read = _one_by_one(synth_url)
    assert read["base_same"].empty and read["base_merged_memberships"].empty
    assert prepare(synth_url) == version
    _assert_same(_kept(synth_url, version), read)
    # a judgement: the merged memberships are read from the store, and are not empty
    with open_store(synth_url) as writer:
        people = writer.run(get("people"), {"name": ""}).rows
        merge(writer, people[0]["person_id"], people[1]["person_id"], "test")
    version, read = _one_by_one(synth_url)
    assert not read["base_same"].empty and not read["base_merged_memberships"].empty
    assert prepare(synth_url) == version
    _assert_same(_kept(synth_url, version), read)


def test_the_table_left_unread_is_the_query_s_empty_answer(synth_url: str) -> None:
    with open_store(synth_url, read_only=True) as reader:
        asked: list[str] = []

        def run(name: str, params: dict[str, str]):  # type: ignore[no-untyped-def]
            asked.append(name)
            return reader.run(get(name), params)

        read = read_base(run)
        assert read is not None and list(read) == [name for name, _ in BASE]
        for name, witness in EMPTY_WITH.items():
            assert name not in asked and witness in asked
            pd.testing.assert_frame_equal(read[name], frame(reader.run(get(name), {})))


def test_two_threads_read_the_tables_one_reads(synth_url: str) -> None:
    with open_store(synth_url, read_only=True) as reader:
        assert "parallel_reads" in reader.capabilities
        asked: list[str] = []

        def run(name: str, params: dict[str, str]):  # type: ignore[no-untyped-def]
            asked.append(name)
            return reader.run(get(name), params)

        alone, both = read_base(run), read_base(run, threads=2)
        assert alone is not None and both is not None
        assert list(both) == list(alone) == [name for name, _ in BASE]
        assert "base_positions" not in asked  # the items' position rows: FROM_OTHER
        for name, df in alone.items():
            assert list(both[name].columns) == list(df.columns), name
            assert both[name].dtypes.equals(df.dtypes), name
            pd.testing.assert_frame_equal(_rows(both[name]), _rows(df), obj=name)
        # stopped half-way: nothing is returned, and the threads start nothing more
        asked.clear()
        assert read_base(run, superseded=lambda: len(asked) >= 3, threads=2) is None
        assert len(asked) <= 4


def test_an_error_in_a_reading_thread_reaches_the_caller(synth_url: str) -> None:
    with open_store(synth_url, read_only=True) as reader:

        def run(name: str, params: dict[str, str]):  # type: ignore[no-untyped-def]
            if name == "base_chairs":
                raise OSError("disk gone")
            return reader.run(get(name), params)

        with pytest.raises(OSError, match="disk gone"):
            read_base(run, threads=2)


def _items(*rows: tuple[str, str, str, str, str, int]) -> QueryResult:
    """`base_person_items`' answer of these (node, kind, item, label, role, articles), undated."""
    columns = projected(get("base_person_items").sparql)
    values = [(p, k, i, lab, r, None, None, n) for p, k, i, lab, r, n in rows]
    return QueryResult(columns, [dict(zip(columns, v, strict=True)) for v in values])


def test_positions_one_post_name_of_two_posts_cannot_tell_are_read() -> None:
    """Two posts named alike (a graph written otherwise, or imported): the positions group their
    memberships together and count distinct articles over both, which the items' per-post counts
    cannot give, so the query is read."""
    one = _items(("p1", "position", "post/a", "Bí thư", "current", 2),
                 ("p1", "meeting", "m/1", "Hội nghị", "chair", 1))  # fmt: skip
    told = positions_from_items(frame(one))
    assert told is not None and list(told.columns) == projected(get("base_positions").sparql)
    assert told.to_dict("records") == [
        {"p": "p1", "position": "Bí thư", "status": "current", "first_seen": None,
         "last_seen": None, "articles": 2}
    ]  # fmt: skip
    two = _items(("p1", "position", "post/a", "Bí thư", "current", 2),
                 ("p1", "position", "post/b", "Bí thư", "current", 1))  # fmt: skip
    assert positions_from_items(frame(two)) is None
    asked: list[str] = []

    def run(name: str, params: dict[str, str]) -> QueryResult:
        asked.append(name)
        return two if name == "base_person_items" else QueryResult(projected(get(name).sparql), [])

    for threads in (1, 2):
        asked.clear()
        read = read_base(run, threads=threads)
        assert read is not None and "base_positions" in asked
        assert set(FROM_OTHER) <= set(read)


def test_an_opening_answer_failing_beside_the_tables_is_asked_again_and_raised(
    synth_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The opening SPARQL answers are first asked in a thread while the tables are read; a failure
    there is not lost: the answer is asked again after the tables, and that failure reaches the
    caller as it did before."""
    import threading

    from eventgraph.dashboard import warm
    from eventgraph.exc import QueryError

    real, asked = warm._answer, []

    def failing(*args):  # type: ignore[no-untyped-def]
        name = args[4]
        asked.append((name, threading.current_thread().name))
        if name == "active_people":
            raise QueryError("refused")
        return real(*args)

    monkeypatch.setattr(warm, "_answer", failing)
    with pytest.raises(QueryError, match="refused"):
        prepare(synth_url)
    assert ("active_people", "opening-answers") in asked
    assert ("active_people", threading.main_thread().name) in asked
