"""Answers kept per data version: computed once, kept on disk only for a store's own (immutable)
version, never served for another version, and right again after articles are deleted."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest

from eventgraph import settings
from eventgraph.dashboard.answers import KEEP_VERSIONS, Answers, Warmer
from eventgraph.queries import get
from eventgraph.store import open_store
from eventgraph.store.base import QueryResult
from tests.store.articles import articles

URL = "oxigraph:///somewhere"


def result(n: int) -> QueryResult:
    return QueryResult(["n"], [{"n": n}])


def test_concurrent_askers_share_one_computation(tmp_path: Path) -> None:
    answers = Answers(tmp_path)
    calls: list[int] = []

    def slow() -> QueryResult:
        calls.append(1)
        time.sleep(0.3)
        return result(7)

    got: list[QueryResult] = []
    threads = [
        threading.Thread(target=lambda: got.append(answers.get((URL, "v:1", "q", ()), slow)))
        for _ in range(4)
    ]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert len(calls) == 1
    assert [r.rows for r in got] == [[{"n": 7}]] * 4


def test_a_snapshot_answer_outlives_the_process_but_a_time_bucket_does_not(tmp_path: Path) -> None:
    Answers(tmp_path).get((URL, "v:1", "q", (("a", "x"),)), lambda: result(1))
    Answers(tmp_path).get((URL, "t:99", "q", ()), lambda: result(2))
    later = Answers(tmp_path)  # a dashboard started afterwards
    assert later.get((URL, "v:1", "q", (("a", "x"),)), lambda: result(-1)).rows == [{"n": 1}]
    assert later.get((URL, "t:99", "q", ()), lambda: result(-1)).rows == [{"n": -1}]
    # another version, another parameter or another store is never answered from that file
    assert later.get((URL, "v:2", "q", (("a", "x"),)), lambda: result(3)).rows == [{"n": 3}]
    assert later.get((URL, "v:1", "q", (("a", "y"),)), lambda: result(4)).rows == [{"n": 4}]
    assert later.get(("oxigraph:///other", "v:1", "q", ()), lambda: result(5)).rows == [{"n": 5}]


def test_only_the_newest_versions_stay_on_disk(tmp_path: Path) -> None:
    for v in range(KEEP_VERSIONS + 3):
        Answers(tmp_path).get((URL, f"v:{v}", "q", ()), lambda: result(v))  # noqa: B023
        time.sleep(0.01)  # distinct modification times
    (store_folder,) = list(tmp_path.iterdir())
    assert len(list(store_folder.iterdir())) == KEEP_VERSIONS


def test_a_failed_query_is_not_kept(tmp_path: Path) -> None:
    answers = Answers(tmp_path)

    def fails() -> QueryResult:
        raise OSError("server went away")

    try:
        answers.get((URL, "v:1", "q", ()), fails)
    except OSError:
        pass
    assert answers.get((URL, "v:1", "q", ()), lambda: result(1)).rows == [{"n": 1}]


def test_warmer_warms_the_newest_version_once() -> None:
    warmer = Warmer(settle=0.05)
    seen: list[str] = []
    for v in ("v:1", "v:2", "v:2"):
        warmer.start(v, lambda superseded, v=v: seen.append(v))  # type: ignore[misc]
    time.sleep(0.3)
    warmer.start("v:2", lambda superseded: seen.append("again"))
    time.sleep(0.2)
    assert seen == ["v:2"]  # v:1 was superseded before it settled; v:2 is warmed once


def test_answers_follow_replacement_and_deletion(tmp_path: Path) -> None:
    """Counts kept under one snapshot are not served once articles are replaced or deleted: the
    reader's version moves, and the answer under the new version is the new count."""
    url = f"oxigraph://{tmp_path / 'store'}"
    items = articles()
    with open_store(url) as w:
        w.replace_articles(items)
    reader = open_store(url, read_only=True)
    answers = Answers(tmp_path / "cache")
    q = get("overview")

    def overview() -> QueryResult:
        version = f"v:{reader.data_version()}"
        return answers.get((url, version, "overview", ()), lambda: reader.run(q, {}))

    before = overview().rows[0]["articles"]
    assert before == len({a.id for a, _ in items})
    with open_store(url) as w:
        w.delete_articles([items[0][0].id])
        w.publish_snapshot()
    assert overview().rows[0]["articles"] == before - 1
    reader.close()


def test_opening_pages_need_no_query_once_warmed(
    app: Any, seed_store: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After the warm-up, the pages a visitor opens first (no filter, nothing typed) are drawn from
    the kept answers alone, even by a dashboard started afterwards: every query is refused here."""
    from eventgraph.dashboard import ui, warm
    from eventgraph.exc import QueryError

    monkeypatch.setenv("EVENTGRAPH_CACHE_DIR", str(tmp_path / "cache"))  # the folder `app` uses
    monkeypatch.setenv("EVENTGRAPH_DASHBOARD_WARM", "0")
    reader = open_store(seed_store, read_only=True)
    version = ui.data_version(reader)
    ui.warm_default_views(
        Answers(settings.answers_dir()), reader, seed_store, version, lambda: False
    )
    reader.close()

    def refuse(name: str) -> Any:
        raise QueryError(f"{name} was not kept")

    monkeypatch.setattr(ui, "get", refuse)
    monkeypatch.setattr(warm, "get", refuse)  # the kept answers' own look-up
    # (The Source page's listing is kept too; the article it then opens is a look-up by id.)
    for page in ("overview", "meetings", "people", "localities"):
        at = app(seed_store, page)
        assert not at.error, (page, [e.value for e in at.error])


def test_the_warm_up_gives_way_while_a_page_runs_and_shortly_after() -> None:
    import threading
    import time

    from eventgraph.dashboard.answers import Activity

    activity = Activity(quiet=0.2)
    start = time.monotonic()
    activity.wait_quiet()  # no page has run: at once
    assert time.monotonic() - start < 0.15
    waited: list[float] = []
    with activity.run():
        waiter = threading.Thread(
            target=lambda: (activity.wait_quiet(), waited.append(time.monotonic()))
        )
        waiter.start()
        time.sleep(0.3)
        ended = time.monotonic()
    waiter.join(5)
    assert waited and waited[0] >= ended + 0.2  # after the run, and its quiet time
    start = time.monotonic()
    with activity.run():
        activity.wait_quiet(limit=0.3)  # a page that never ends holds the warm-up back no longer
    assert 0.3 <= time.monotonic() - start < 1.0
