"""The Overview, Localities, Meetings and Search (meetings) views computed in memory from the base
tables answer as the named queries they stand for, filter by filter: on the fixture articles, on a
small synthetic store (meetings reported by several articles, old and new units), and on an empty
store."""

from __future__ import annotations

import json
import math
import re
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from dashboard_fixtures import shown_figures

from eventgraph.dashboard import views
from eventgraph.dashboard.data import projected
from eventgraph.dashboard.tables import BASE, EMPTY_WITH, FROM_OTHER, KeptTables
from eventgraph.queries import get
from eventgraph.store import open_store
from eventgraph.store.base import Store

FILTERS: list[dict[str, str]] = [
    {},
    {"date_from": "2022-05-01"},
    {"date_to": "2022-12-31"},
    {"date_from": "2021-01-01", "date_to": "2023-06-30"},
    {"date_from": "2031-01-01"},  # matches nothing
]


def _plain(v: Any) -> Any:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return None
    return v.item() if hasattr(v, "item") else v


def rows_of(df: pd.DataFrame) -> list[dict[str, Any]]:
    return [{k: _plain(v) for k, v in r.items()} for r in df.to_dict("records")]


def concat_sorted(r: dict[str, Any]) -> dict[str, Any]:
    """GROUP_CONCAT lists compared as sets of parts (their order is unspecified)."""
    return {
        k: "; ".join(sorted(v.split("; "))) if k in ("implemented_by", "implements") and v else v
        for k, v in r.items()
    }


def order_keys(name: str) -> list[str]:
    sparql = get(name).sparql
    tail = sparql[sparql.upper().rindex("ORDER BY") :].split("LIMIT")[0]
    return [k for k in re.findall(r"\?(\w+)", tail) if k in projected(sparql)]


def param_sets(store: Store, full: bool = True) -> dict[str, list[dict[str, str]]]:
    """Each derived view with the filters a user can set, on names this store holds; `full=False`
    keeps one of each kind of filter (every named query here is a whole-store scan, and the
    synthetic store's take seconds each on a loaded CI machine)."""
    loc = [r["province"] for r in store.run(get("provinces"), {}).rows][: 3 if full else 1]
    places = ["", *loc, "le chan", "Lê Chân", "nowhere"] if full else ["", *loc, "nowhere"]
    people = [r["person"] for r in store.run(get("top_chairs"), {}).rows][: 2 if full else 1]
    names = ["", *people, "tran", "nobody at all"] if full else ["", *people, "nobody at all"]
    units = [*loc, "", "nowhere"]
    filters = FILTERS if full else [FILTERS[0], FILTERS[3], FILTERS[4]]
    out: dict[str, list[dict[str, str]]] = {}
    for name in ("overview", "top_chairs", "activity", "newest_directives"):
        out[name] = [{**f, "locality": p} for f in filters for p in places]
    out["localities"] = [{**f, "name": p} for f in filters for p in places]
    out["locality_units"] = [{"province": p} for p in units]
    out["meeting_chairs"] = [
        {**f, "locality": p, "person": n} for f in filters[:2] for p in places for n in names
    ] + [{**f, "locality": "", "person": ""} for f in filters]
    # The Search page's meetings: a chair's name (typed without diacritics, or a word's start),
    # words of meeting names as typed (case ignored), nothing typed, nothing found.
    typed = [*people, "tran", "hội nghị", "HỘI NGHỊ", "ban", "", "nobody at all"]
    out["search_meetings"] = [{"q": w, "text": w} for w in typed]
    # The People page's profile: the people the page offers (the busiest first), an id with
    # another person's key, a key with an id that is no node, and nothing.
    found = store.run(get("people"), {"name": ""}).rows
    picked = [(r["person_id"], r["key"] or "") for r in found[: 4 if full else 2]]
    picked += [(r["person_id"], r["key"] or "") for r in found[-2:]]  # the quietest
    if len(found) > 1:
        picked += [(found[0]["person_id"], found[1]["key"] or ""), ("not an iri", found[0]["key"])]
    picked += [("", "")]
    for name in ("person_positions", "person_meetings", "colleagues"):
        out[name] = [{"person": pid, "key": key} for pid, key in picked]
    return out


def tables_of(store: Store) -> views.Tables:
    kept = KeptTables(None)
    tables = kept.get("test", "v:test", lambda name, params: store.run(get(name), params))
    assert tables is not None and set(tables) >= {name for name, _ in BASE}
    return tables


def assert_same_answers(store: Store, full: bool = True) -> int:
    tables = tables_of(store)
    compared = 0
    for name, sets in param_sets(store, full).items():
        for params in sets:
            want = store.run(get(name), params)
            got = views.derive(name, tables, params)
            where = f"{name} {params}"
            assert list(got.columns) == want.columns, where
            got_rows = [concat_sorted(r) for r in rows_of(got)]
            want_rows = [concat_sorted(r) for r in want.rows]
            dump = lambda rows: sorted(json.dumps(r, sort_keys=True) for r in rows)  # noqa: E731
            assert dump(got_rows) == dump(want_rows), where
            keys = order_keys(name) if name != "overview" else []
            assert [[r[k] for k in keys] for r in got_rows] == [
                [r[k] for k in keys] for r in want_rows
            ], f"order of {where}"
            compared += len(want_rows)
    return compared


def test_views_match_the_named_queries_on_the_fixture_articles(seed_store: str) -> None:
    store = open_store(seed_store, read_only=True)
    try:
        assert assert_same_answers(store) > 50
    finally:
        store.close()


def test_views_match_the_named_queries_on_a_synthetic_store(tmp_path: Path) -> None:
    from eventgraph.ingest.readers import article_from_row
    from eventgraph.synth import generate
    from eventgraph.synth.oracle import oracle_extraction

    url = f"oxigraph://{tmp_path / 'synth'}"
    with open_store(url) as store, store.writer(batch_size=100) as w:
        for row, truth in generate(250, 3):
            article = article_from_row(row, "synthetic", None)
            w.put(article, oracle_extraction(article, truth))  # type: ignore[arg-type]
    reader = open_store(url, read_only=True)
    try:
        tables = tables_of(reader)
        # Meetings reported by more than one article are counted once.
        chairs = tables["base_chairs"]
        assert (chairs.groupby("meeting")["a"].nunique() > 1).any()
        assert assert_same_answers(reader, full=False) > 200
    finally:
        reader.close()


def test_profiles_follow_judgements_as_the_named_queries_do(tmp_path: Path) -> None:
    """People judged the same (`resolve merge`), in a chain of two judgements, are one profile in
    the views as in the named queries: positions, meetings and colleagues of every node merged,
    and each colleague's id the smallest of the nodes judged the same."""
    from dashboard_fixtures import build_store

    from eventgraph.resolve.judgements import merge

    url = build_store(f"oxigraph://{tmp_path / 'merged'}")
    store = open_store(url)
    try:
        people = store.run(get("people"), {"name": ""}).rows
        assert len(people) >= 3
        a, b, c = (r["person_id"] for r in people[:3])
        merge(store, a, b, "test")
        merge(store, c, b, "test")
    finally:
        store.close()
    reader = open_store(url, read_only=True)
    try:
        tables = tables_of(reader)
        assert len(tables["base_same"]) == 2
        merged = reader.run(get("people"), {"name": ""}).rows
        ids = [(r["person_id"], r["key"] or "") for r in merged]
        compared = 0
        for name in ("person_positions", "person_meetings", "colleagues"):
            for pid, key in ids:
                params = {"person": pid, "key": key}
                want = reader.run(get(name), params)
                got = views.derive(name, tables, params)
                assert list(got.columns) == want.columns
                key_of = lambda r: json.dumps(r, sort_keys=True)  # noqa: E731
                assert sorted(map(key_of, rows_of(got))) == sorted(map(key_of, want.rows)), params
                compared += len(want.rows)
        # the three nodes are one person: one id for them among the colleagues
        sat = views.derive("colleagues", tables, {"person": ids[0][0], "key": ids[0][1]})
        assert min(a, b, c) in set(sat["person_id"]) and not {a, b, c} - {min(a, b, c)} & set(
            sat["person_id"]
        )
        assert compared > 20
    finally:
        reader.close()


def test_views_of_an_empty_store(empty_store: str) -> None:
    store = open_store(empty_store, read_only=True)
    try:
        tables = tables_of(store)
        assert rows_of(views.derive("overview", tables, {})) == [
            {"articles": 0, "meetings": 0, "people": 0, "directives": 0}
        ]
        for name in ("top_chairs", "activity", "newest_directives", "localities"):
            assert views.derive(name, tables, {"date_from": "2020-01-01"}).empty, name
        assert views.derive("meeting_chairs", tables, {"person": "ai"}).empty
        assert views.derive("locality_units", tables, {"province": "ha noi"}).empty
        for name in ("person_positions", "person_meetings", "colleagues"):
            assert views.derive(name, tables, {"person": "x", "key": "ai"}).empty, name
            assert views.derive(name, tables, {}).empty, name
    finally:
        store.close()


@pytest.mark.parametrize("cached", [True, False])
def test_tables_are_read_once_per_version_and_kept_on_disk(
    seed_store: str, tmp_path: Path, cached: bool
) -> None:
    store = open_store(seed_store, read_only=True)
    calls: list[str] = []

    def run(name: str, params: dict[str, Any]) -> Any:
        calls.append(name)
        return store.run(get(name), params)

    try:
        first = KeptTables(tmp_path if cached else None).get("u", "v:1", run)
        again = KeptTables(tmp_path if cached else None).get("u", "v:1", run)  # a new process
        assert first is not None and again is not None
        assert calls.count("base_chairs") == (1 if cached else 2)
        assert rows_of(again["base_chairs"]) == rows_of(first["base_chairs"])
        assert KeptTables(tmp_path).get("u", "v:2", run, superseded=lambda: True) is None
    finally:
        store.close()


def test_a_kept_version_reads_only_the_tables_its_views_need(
    seed_store: str, tmp_path: Path
) -> None:
    """A new dashboard process's first page reads from disk the tables its own views use, not every
    table kept; a folder kept before a table existed is read from the store again, whole."""
    store = open_store(seed_store, read_only=True)
    asked: list[str] = []

    def run(name: str, params: dict[str, Any]) -> Any:
        asked.append(name)
        return store.run(get(name), params)

    try:
        eager = KeptTables(tmp_path).get("u", "v:1", run)
        assert eager is not None
        lazy = KeptTables(tmp_path).ready("u", "v:1")  # a new process
        assert lazy is not None and not dict.keys(lazy)
        for name in ("overview", "top_chairs", "activity", "newest_directives"):
            assert rows_of(views.derive(name, lazy, {})) == rows_of(
                views.derive(name, eager, {})
            ), name
        read = set(dict.keys(lazy))
        assert {"base_articles", "base_chairs"} <= read, read
        assert not {"base_participations", "base_positions", "chair_rows"} & read, read
        pid = store.run(get("people"), {"name": ""}).rows[0]
        params = {"person": pid["person_id"], "key": pid["key"]}
        assert rows_of(views.derive("person_meetings", lazy, params)) == rows_of(
            views.derive("person_meetings", eager, params)
        )
        folder = next((tmp_path / "tables").glob("*/*/complete")).parent
        (folder / "base_participations.parquet").unlink()  # kept by a version without it
        assert KeptTables(tmp_path).ready("u", "v:1") is None
        asked.clear()
        KeptTables(tmp_path).get("u", "v:1", run)
        # every table again, but the merged memberships (no judgement here, `EMPTY_WITH`) and the
        # positions (the person items' position rows, `FROM_OTHER`)
        assert sorted(asked) == sorted(
            name for name, _ in BASE if name not in EMPTY_WITH and name not in FROM_OTHER
        )
        assert KeptTables(tmp_path).ready("u", "v:1") is not None  # and kept whole again
    finally:
        store.close()


def test_filtered_pages_need_no_query_once_the_tables_are_kept(
    app: Any, seed_store: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Once the warm-up has kept the tables, a period, a province or a typed name is answered in
    memory, with the figures the named queries give: every query is refused here."""
    import datetime as dt

    from eventgraph import settings
    from eventgraph.dashboard import i18n, ui, warm
    from eventgraph.dashboard.answers import Answers
    from eventgraph.exc import QueryError

    period = {"date_from": "2022-05-01", "date_to": "2023-12-31"}
    reader = open_store(seed_store, read_only=True)
    want = reader.run(get("overview"), {**period, "locality": "Hải Phòng"}).rows[0]
    held = reader.run(get("meeting_chairs"), {"person": "nguyen van"}).rows
    monkeypatch.setenv("EVENTGRAPH_CACHE_DIR", str(tmp_path / "cache"))  # the folder `app` uses
    monkeypatch.setenv("EVENTGRAPH_DASHBOARD_WARM", "0")
    version = ui.data_version(reader)
    ui.warm_default_views(
        Answers(settings.answers_dir()), reader, seed_store, version, lambda: False
    )
    reader.close()

    def refuse(name: str) -> Any:
        raise QueryError(f"{name} was not kept")

    monkeypatch.setattr(ui, "get", refuse)
    monkeypatch.setattr(warm, "get", refuse)  # the kept answers' own look-up
    at = app(seed_store, "overview")
    at.session_state["flt_open"] = True  # the filters' widgets are drawn once they are opened
    at.run()
    at.sidebar.date_input(key="flt_from").set_value(dt.date(2022, 5, 1))
    at.sidebar.date_input(key="flt_to").set_value(dt.date(2023, 12, 31))
    at.sidebar.selectbox(key="flt_locality").set_value("Hải Phòng").run()
    assert not at.error, [e.value for e in at.error]
    shown = shown_figures(at)
    for key in ("articles", "meetings", "people", "directives"):
        assert shown[i18n.label(f"overview.{key}", "vi")] == str(want[key]), key

    at = app(seed_store, "meetings")
    at.text_input(key="mt_person").set_value("nguyen van").run()
    assert not at.error, [e.value for e in at.error]
    assert len(held) > 0
    assert len(at.dataframe[0].value) == len(held)

    at = app(seed_store, "localities")
    at.session_state["flt_open"] = True
    at.run()
    at.sidebar.selectbox(key="flt_locality").set_value("Bình Định").run()
    assert not at.error, [e.value for e in at.error]
    assert any("Bình Định" in str(h.value) for h in at.header)


def test_a_new_process_draws_the_overview_before_reading_any_table(
    app: Any, seed_store: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The warm-up (or `prepare-dashboard`) keeps the opening views as answers: a new dashboard
    process draws the Overview from them, with the named queries' figures, before it has read
    or joined any table (2 s at 100k articles); tables and queries are refused here."""
    from dashboard_fixtures import refuse_reads, warm_opening_views

    from eventgraph.dashboard import i18n

    reader = open_store(seed_store, read_only=True)
    want = reader.run(get("overview"), {}).rows[0]
    chairs = [r["person"] for r in reader.run(get("top_chairs"), {}).rows]
    monkeypatch.setenv("EVENTGRAPH_CACHE_DIR", str(tmp_path / "cache"))  # the folder `app` uses
    monkeypatch.setenv("EVENTGRAPH_DASHBOARD_WARM", "0")
    reader.close()
    warm_opening_views(seed_store)
    refuse_reads(monkeypatch)
    at = app(seed_store, "overview")
    assert not at.error, [e.value for e in at.error]
    shown = shown_figures(at)
    for key in ("articles", "meetings", "people", "directives"):
        assert shown[i18n.label(f"overview.{key}", "vi")] == str(want[key]), key
    assert chairs and all(any(c in str(m.value) for m in at.markdown) for c in chairs[:1])


def test_a_new_snapshot_shows_the_previous_tables_marked_older_until_its_own_are_read(
    app: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reading a snapshot's base tables takes minutes at 100k articles: while the background
    warm-up reads them, the pages answer from the previous snapshot's tables and say so."""
    from dashboard_fixtures import seed_items

    from eventgraph import settings
    from eventgraph.dashboard import i18n, ui
    from eventgraph.dashboard.answers import Answers

    def warm(url: str) -> None:  # what the background warm-up does for the newest snapshot
        reader = open_store(url, read_only=True)
        ui.warm_default_views(
            Answers(settings.answers_dir()), reader, url, ui.data_version(reader), lambda: False
        )
        reader.close()

    url = f"oxigraph://{tmp_path / 'growing'}"
    items = seed_items()
    with open_store(url) as writer:
        writer.replace_articles(items[:-1])
    monkeypatch.setenv("EVENTGRAPH_CACHE_DIR", str(tmp_path / "cache"))  # the folder `app` uses
    monkeypatch.setenv("EVENTGRAPH_DASHBOARD_WARM", "1")
    with open_store(url, read_only=True) as reader:
        first = reader.run(get("overview"), {}).rows[0]
    warm(url)
    with open_store(url) as writer:  # an ingest publishes a newer snapshot
        writer.replace_articles(items[-1:])
    # the warm-up of the new snapshot has not got far: it has not read its tables yet
    monkeypatch.setattr(ui.Warmer, "start", lambda self, version, views: None)
    stale = i18n.label("tables.stale", "vi")

    at = app(url, "overview")
    assert stale in [i.value for i in at.info]
    shown = shown_figures(at)
    assert shown[i18n.label("overview.articles", "vi")] == str(first["articles"])

    with open_store(url, read_only=True) as reader:
        now = reader.run(get("overview"), {}).rows[0]
    assert now["articles"] == first["articles"] + 1
    warm(url)  # the warm-up has now read the new tables
    at = app(url, "overview")
    assert stale not in [i.value for i in at.info]
    shown = shown_figures(at)
    assert shown[i18n.label("overview.articles", "vi")] == str(now["articles"])


def test_search_on_a_first_snapshot_does_not_wait_for_the_tables(
    seed_store: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A store's first snapshot has no base tables anywhere, and the warm-up takes minutes to read
    them at 100k articles: meanwhile the Search page finds people, documents and localities at
    once and says its meetings are coming, instead of waiting for the tables."""
    from streamlit.testing.v1 import AppTest

    from eventgraph.dashboard import i18n, ui

    monkeypatch.setenv("EVENTGRAPH_STORE", seed_store)
    monkeypatch.setenv("EVENTGRAPH_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("EVENTGRAPH_DASHBOARD_WARM", "1")
    # the warm-up has not got far: it has not read the tables yet
    monkeypatch.setattr(ui.Warmer, "start", lambda self, version, views: None)
    at = AppTest.from_file(str(Path(__file__).resolve().parents[2] / "app.py"), default_timeout=60)
    at.switch_page("app_pages/search.py").run()
    at.text_input(key="sr_q").set_value("tran luu quang").run()
    assert not at.exception, [e.value for e in at.exception]
    shown = {str(v) for d in at.dataframe for v in d.value.to_numpy().ravel()}
    assert "Trần Lưu Quang" in shown
    assert "Hội nghị triển khai Kế hoạch số 122-KH/TU" not in shown
    assert i18n.label("tables.reading", "vi") in [i.value for i in at.info]
    assert not (tmp_path / "cache" / "answers" / "tables").exists()

    monkeypatch.setenv("EVENTGRAPH_DASHBOARD_WARM", "0")  # no warm-up: the page reads them itself
    at.run()
    shown = {str(v) for d in at.dataframe for v in d.value.to_numpy().ravel()}
    assert "Hội nghị triển khai Kế hoạch số 122-KH/TU" in shown


def test_profiles_of_the_most_active_chairs_are_answered_before_anyone_asks(
    app: Any, seed_store: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Overview links its most active chairs to their People profiles, whose queries cost what
    the person's fame costs (seconds for the busiest at 100k articles): the warm-up answers them,
    so following such a link runs no query (every query is refused here)."""
    from eventgraph import settings
    from eventgraph.dashboard import ui, warm
    from eventgraph.dashboard.answers import Answers
    from eventgraph.exc import QueryError

    monkeypatch.setenv("EVENTGRAPH_CACHE_DIR", str(tmp_path / "cache"))  # the folder `app` uses
    monkeypatch.setenv("EVENTGRAPH_DASHBOARD_WARM", "0")
    reader = open_store(seed_store, read_only=True)
    chairs = [r["person"] for r in reader.run(get("top_chairs"), {}).rows]
    ui.warm_default_views(
        Answers(settings.answers_dir()), reader, seed_store, ui.data_version(reader), lambda: False
    )
    reader.close()
    assert len(chairs) >= 2

    def refuse(name: str) -> Any:
        raise QueryError(f"{name} was not kept")

    monkeypatch.setattr(ui, "get", refuse)
    monkeypatch.setattr(warm, "get", refuse)  # the kept answers' own look-up
    for chair in chairs:
        at = app(seed_store, "people", name=chair)
        assert not at.error, [e.value for e in at.error]
        assert chair in [h.value for h in at.header]
        assert len(at.dataframe) >= 2  # positions, meetings chaired
