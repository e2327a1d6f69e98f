"""`prepare` (what `eventgraph prepare-dashboard` and a large ingest run) reads about half of the
base tables in a second process, and skips the merged memberships when no judgement exists: the
tables it keeps are the same frames, column for column and row for row, as every base query read
in turn in one process (the way they were read before), with and without an `owl:sameAs`
judgement; and a helper that fails or finds another snapshot has its tables read by the first
process instead."""

from __future__ import annotations

from concurrent.futures import Future
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from eventgraph import settings
from eventgraph.dashboard import tables as tables_module
from eventgraph.dashboard.data import frame
from eventgraph.dashboard.tables import BASE, ELSEWHERE, EMPTY_WITH, KeptTables
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
    """Every base table read from the store in one process, each by its own query."""
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
        # through Parquet, as the old path kept them: same columns, dtypes and rows
        want = pd.read_parquet(_parquet(df))
        assert list(kept[name].columns) == list(want.columns), name
        assert kept[name].dtypes.equals(want.dtypes), name
        pd.testing.assert_frame_equal(_rows(kept[name]), _rows(want), obj=name)


def _parquet(df: pd.DataFrame) -> Any:
    import io

    buf = io.BytesIO()
    df.to_parquet(buf, index=False)
    buf.seek(0)
    return buf


@pytest.fixture
def synth_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("EVENTGRAPH_CACHE_DIR", str(tmp_path / "cache"))
    url = f"oxigraph://{tmp_path / 'synth'}"
    _synthetic(url, 250)
    return url


def test_two_processes_keep_the_tables_one_process_reads(synth_url: str) -> None:
    from eventgraph.resolve.judgements import merge

    assert set(ELSEWHERE) < {name for name, _ in BASE}
    version, read = _one_by_one(synth_url)
    assert read["base_same"].empty and read["base_merged_memberships"].empty
    assert not read["base_person_items"].empty and not read["base_meetings"].empty
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


def test_the_empty_table_is_the_query_s_empty_answer(synth_url: str) -> None:
    with open_store(synth_url, read_only=True) as reader:
        for name, witness in EMPTY_WITH.items():
            asked = frame(reader.run(get(name), {}))
            assert asked.empty and frame(reader.run(get(witness), {})).empty
            short = tables_module.read_base(lambda n, p: reader.run(get(n), p), {witness, name})
            assert short is not None
            pd.testing.assert_frame_equal(short[name], asked)


@pytest.mark.parametrize("helper", ["another snapshot", "failed"])
def test_a_helper_that_delivers_nothing_has_its_tables_read_here(
    synth_url: str, helper: str
) -> None:
    version, read = _one_by_one(synth_url)
    asked: list[tuple[str, ...]] = []

    def elsewhere(names: Any) -> Future[dict[str, pd.DataFrame] | None]:
        asked.append(tuple(names))
        done: Future[dict[str, pd.DataFrame] | None] = Future()
        if helper == "failed":
            done.set_exception(OSError("helper died"))
        else:
            done.set_result(None)
        return done

    kept = KeptTables(settings.answers_dir())
    with open_store(synth_url, read_only=True) as reader:
        tables = kept.get(
            synth_url, version, lambda n, p: reader.run(get(n), p), elsewhere=elsewhere
        )
    assert tables is not None and asked == [ELSEWHERE]
    _assert_same(_kept(synth_url, version), read)
