"""The base tables are read without `base_merged_memberships`' query when no `owl:sameAs` judgement
exists (`tables.EMPTY_WITH`): the tables `prepare` keeps are the same frames, column for column
and row for row, as every base query read in turn (the way they were read before), without and
with a judgement; and the table left unread is the query's own empty answer."""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd
import pytest

from eventgraph import settings
from eventgraph.dashboard.data import frame
from eventgraph.dashboard.tables import BASE, EMPTY_WITH, KeptTables, read_base
from eventgraph.dashboard.warm import data_version, prepare
from eventgraph.queries import get
from eventgraph.store import open_store


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
