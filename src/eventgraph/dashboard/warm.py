"""The dashboard's work that needs no page: reading a snapshot's base tables and answering the
opening views, kept on disk for every dashboard process (no Streamlit here).

The dashboard runs `warm_default_views` in the background when it first sees a new snapshot; a
large ingest runs it too, through `prepare`, after its last write, so at 100k articles the first
visitor does not wait minutes for the tables (`eventgraph ingest --prepare-dashboard`,
`eventgraph prepare-dashboard`)."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from functools import partial
from typing import Any

import pandas as pd

from eventgraph import settings
from eventgraph.dashboard import views
from eventgraph.dashboard.answers import Answers, Params
from eventgraph.dashboard.data import frame
from eventgraph.dashboard.profiles import PROFILE
from eventgraph.dashboard.tables import KeptTables
from eventgraph.exc import EventGraphError
from eventgraph.queries import get
from eventgraph.store.base import QueryResult, Store

QUERY_TTL = 60  # seconds a query result is reused where the store names no version
# Opening views kept on disk as answers up to this many rows: the Overview's meetings per month by
# province are, the unfiltered Meetings table (70k rows at 100k articles) is not: of a longer view
# its first rows, its length and the values its page offers as choices are kept (`first_rows`).
KEEP_ROWS = 20_000
FIRST_ROWS = 2000  # rows a table draws; its CSV holds them all
# The columns whose values a page offers as a choice over a long view (the Meetings page's kinds).
FACETS: dict[str, tuple[str, ...]] = {"meeting_chairs": ("kind",)}
# Threads reading the base tables where the store answers queries from several threads at once
# (capability "parallel_reads"), at most one a CPU: each holds one table's answer while it is read,
# so more would cost memory (peak ≤ 2 GB at 100k articles, docs/performance.md) for no more cores
# on the 2-core machines this is measured on.
READ_THREADS = 2


def result_of(df: pd.DataFrame) -> QueryResult:
    """A view's rows as a query answer (plain values, None for missing), to keep on disk."""
    return QueryResult(
        list(df.columns), json.loads(df.to_json(orient="records", force_ascii=False))
    )


def _answer(
    answers: Answers, opened: Store, url: str, version: str, name: str, params: Params
) -> QueryResult:
    return answers.get((url, version, name, params), lambda: opened.run(get(name), dict(params)))


def _clean(params: dict[str, Any]) -> Params:
    return tuple(sorted((k, "" if v is None else v) for k, v in params.items()))


def first_rows(
    name: str, df: pd.DataFrame, n: int | None = None
) -> tuple[QueryResult, QueryResult]:
    """A long view in brief: its first `n` (`FIRST_ROWS`) rows as an answer, and a one-row answer
    of its length (`rows`) with the sorted values of each of its `FACETS` (the choices its page
    offers). Keeping these instead of 70,000 rows lets a new process draw the Meetings page without
    joining its tables; a filter, a choice or a download still reads the whole view."""
    summary: dict[str, Any] = {"rows": len(df)}
    for col in FACETS.get(name, ()):
        summary[col] = sorted(str(v) for v in df[col].dropna().unique())
    return result_of(df.head(FIRST_ROWS if n is None else n)), QueryResult(list(summary), [summary])


def brief_keys(key: tuple[str, str, str, Params]) -> tuple[Any, Any]:
    """Where `first_rows` of the view at `key` are kept: beside it, under two derived names."""
    url, version, name, params = key
    return (url, version, f"{name}.first", params), (url, version, f"{name}.summary", params)


# The views each page opens with that are not computed from the base tables (`views.DERIVED`),
# as the pages ask for them, worth computing before anyone asks.
DEFAULT_VIEWS: list[tuple[str, dict[str, Any]]] = [
    ("provinces", {}),
    ("active_people", {}),
    ("articles", {"text": ""}),
]


def base_tables(
    kept: KeptTables,
    answers: Answers,
    opened: Store,
    url: str,
    version: str,
    superseded: Callable[[], bool] = lambda: False,
) -> views.Tables | None:
    """The base tables of `version` (read from the store once, then kept): what the Overview,
    Localities and Meetings pages compute their views from, whatever the filter. Read in
    `READ_THREADS` threads where the store evaluates queries beside each other."""
    return kept.get(
        url,
        version,
        lambda name, params: (
            _answer(answers, opened, url, version, name, _clean(params))
            if name == "localities"  # also a page's own answer: kept with the others
            else opened.run(get(name), params)
        ),
        superseded,
        _read_threads(opened),
    )


def _read_threads(opened: Store) -> int:
    if "parallel_reads" not in opened.capabilities:
        return 1
    from eventgraph.ingest.run import usable_cpus

    return min(READ_THREADS, usable_cpus())


def _answers_beside(
    answers: Answers, opened: Store, url: str, version: str, superseded: Callable[[], bool]
) -> threading.Thread | None:
    """A thread asking the store for `DEFAULT_VIEWS` while the tables are read, where the store
    answers several threads at once: no table gives them, and they cost 22 s of the engine's CPU
    at 100k articles (`active_people` 16 s), which the tables' two threads would otherwise wait
    for. None elsewhere: they are asked after the tables, as a failure here is too."""
    if "parallel_reads" not in opened.capabilities:
        return None

    def ask() -> None:
        for name, params in DEFAULT_VIEWS:
            if superseded():
                return
            try:
                _answer(answers, opened, url, version, name, _clean(params))
            except Exception:  # asked again after the tables, where the error is raised as before
                return

    thread = threading.Thread(target=ask, name="opening-answers", daemon=True)
    thread.start()
    return thread


def warm_default_views(
    answers: Answers,
    opened: Store,
    url: str,
    version: str,
    superseded: Callable[[], bool],
    kept: KeptTables | None = None,
) -> None:
    """Read the base tables of `version`, then compute `DEFAULT_VIEWS`, the People page's first
    person and the profiles of the most active chairs the Overview links to; stop when
    `superseded()` says a newer version is waiting. `answers`, `opened` and `kept` are passed in:
    this runs outside Streamlit's script thread."""
    kept = kept if kept is not None else KeptTables(answers.root)
    beside = _answers_beside(answers, opened, url, version, superseded)
    try:
        tables = base_tables(kept, answers, opened, url, version, superseded)
    finally:
        if beside is not None:
            beside.join()
    if tables is None:
        return
    # The pages' opening views from the tables (a second at 100k articles, then a page run reads
    # them from memory), asked with the parameters the pages send when no filter is set.
    period = {"date_from": "", "date_to": ""}
    opening: list[tuple[str, dict[str, Any]]] = [
        (name, {**period, "locality": ""})
        for name in ("overview", "top_chairs", "activity", "newest_directives")
    ]
    opening += [("meeting_chairs", {"person": "", **period, "locality": ""})]
    opening += [("localities", {"name": "", **period})]
    first = tables["localities"]["province"].dropna()
    if len(first):
        chosen = str(first.iloc[0])
        opening += [("locality_units", {"province": chosen})]
        opening += [
            (n, {"locality": chosen, **period}) for n in ("meeting_chairs", "newest_directives")
        ]
    for name, params in opening:
        if superseded():
            return
        at = (url, version, name, _clean(params))
        if answers.kept(at) is not None or answers.kept(brief_keys(at)[1]) is not None:
            continue  # kept by `prepare-dashboard` or an earlier process: tables joined last
        shown = kept.view(at, partial(views.derive, name, tables, params))
        if len(shown) <= KEEP_ROWS:  # on disk too: a new process's first page reads no table
            answers.put(at, result_of(shown))
        else:  # its first rows, length and choices: the page draws from them (`ui.first_rows`)
            head, summary = first_rows(name, shown)
            at_head, at_summary = brief_keys(at)
            answers.put(at_head, head)
            answers.put(at_summary, summary)  # last: its presence says both are kept

    def answer(name: str, params: dict[str, Any]) -> QueryResult | None:
        if superseded():
            return None
        return _answer(answers, opened, url, version, name, _clean(params))

    for name, params in DEFAULT_VIEWS:
        answer(name, params)

    def profile(pid: str, key: str) -> None:
        # A profile is a look-up in the tables (`profiles.py`), milliseconds for anyone; made here
        # so that the tables it reads are joined before the first visitor asks.
        if superseded():
            return
        for name in PROFILE:
            params = {"person": pid, "key": key}
            kept.view(
                (url, version, name, _clean(params)),
                partial(views.derive, name, tables, params),
            )

    active = answer("active_people", {})
    if active and active.rows and active.rows[0].get("person_id"):
        pid, key = active.rows[0]["person_id"], active.rows[0].get("key") or ""
        profile(pid, key)
        answer("sources", {"node": pid, "key": key})
    # The names the Overview links to (its most active chairs, `people?name=...`): the People
    # page looks each up with the `people` query before it shows the profile.
    top = (url, version, "top_chairs", _clean({**period, "locality": ""}))
    listed = answers.kept(top)
    chairs = (
        frame(listed)
        if listed is not None
        else kept.view(top, partial(views.derive, "top_chairs", tables, dict(top[3])))
    )
    for chair in chairs["person"].dropna():
        found = answer("people", {"name": str(chair)})
        if not found or not found.rows or not found.rows[0].get("person_id"):
            continue
        profile(found.rows[0]["person_id"], found.rows[0].get("key") or "")
    # The rows the filters read, joined last (seconds at 100k articles, holding the interpreter):
    # on a prepared snapshot the pages are drawn from the kept answers meanwhile.
    for name in views.JOINED:
        if superseded():
            return
        tables[name]


def data_version(st_: Store) -> str:
    """The key under which answers stay valid: the store's data version, else the current minute."""
    try:
        known = st_.data_version()
    except (EventGraphError, OSError):
        known = None
    return f"v:{known}" if known else f"t:{int(time.time() // QUERY_TTL)}"


def prepare(url: str, progress: Callable[[str], None] = lambda _: None) -> str | None:
    """Read the base tables and answer the opening views of the newest snapshot of the store at
    `url`, as the dashboard would on its first visit, and keep them where every dashboard process
    finds them (`settings.answers_dir()`). Returns the version prepared, or None when the store
    names no version (a server store: its answers are kept for a minute, not per snapshot) or
    answers are not kept on disk (EVENTGRAPH_CACHE_DIR=off)."""
    from eventgraph.store import open_reader

    url = settings.canonical_store_url(url)  # the key the dashboard keeps answers under
    root = settings.answers_dir()
    if root is None:
        return None
    with open_reader(url) as opened:  # what a dashboard process opens
        version = data_version(opened)
        if not version.startswith("v:"):
            return None
        progress(version)
        warm_default_views(Answers(root), opened, url, version, lambda: False, KeptTables(root))
    return version
