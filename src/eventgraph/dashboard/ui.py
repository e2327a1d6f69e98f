"""Streamlit glue the pages share: the store, cached named queries, language, filters, tables,
downloads.

The store is opened once per process (`st.cache_resource`); the embedded Oxigraph store is
opened read-only because an ingest may be writing to it, and re-opened every few minutes so new
articles show. Query answers are kept per query name, parameters, store URL and data version
(`answers.py`): on the embedded store the version is the reader's snapshot, which never changes
under it, so an answer is reused (and kept on disk, across restarts) until an ingest publishes
newer data; elsewhere the version is a one-minute time bucket, kept in memory. On a store with a
version, the whole-store views of the Overview, Localities and Meetings pages (`views.DERIVED`) are
computed in memory from base tables read once per version (`tables.py`), so a period, a province
or a typed name costs milliseconds, not a scan of the store. When a new snapshot is seen, those
tables and the other opening views (`DEFAULT_VIEWS`) are read in the background, so the first
visitor after an ingest does not wait for them in turn."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pandas as pd
import streamlit as st

from eventgraph import settings
from eventgraph.dashboard import data, i18n, kept_queries, overview, views
from eventgraph.dashboard.answers import Activity, Answers, Warmer
from eventgraph.dashboard.tables import KeptTables
from eventgraph.dashboard.warm import (  # noqa: F401 - the pages' and tests' names for them
    DEFAULT_VIEWS,
    FACETS,
    FIRST_ROWS,
    QUERY_TTL,
    _answer,
    _clean,
    base_tables,
    brief_keys,
    data_version,
    warm_default_views,
)
from eventgraph.exc import EventGraphError
from eventgraph.queries import get
from eventgraph.store import open_reader
from eventgraph.store.base import QueryResult, Store

STORE_TTL = 300  # seconds before the read-only store handle is re-opened (to see new ingests)
FILTER_KEYS = ("flt_from", "flt_to", "flt_locality")
MAX_TABLE_ROWS = FIRST_ROWS  # rows drawn in a table; the CSV holds them all


def lang() -> str:
    """The language chosen in the sidebar ("vi" by default)."""
    return st.session_state.get("lang", "vi")


def t(key: str, **fmt: object) -> str:
    """The label `key` in the chosen language."""
    return i18n.label(key, lang(), **fmt)


def store_url() -> str:
    """The store's URL as answers are kept under it (an embedded store's folder made absolute)."""
    return settings.canonical_store_url(settings.store_url())


def shown_url() -> str:
    """The store URL without any user name or password in it (for display)."""
    return re.sub(r"//[^/@]*@", "//", store_url())


@st.cache_resource(ttl=STORE_TTL, show_spinner=False)
def _open(url: str) -> Store:
    return open_reader(url)


def store() -> Store:
    """The store named by EVENTGRAPH_STORE; a message and a stopped page when it cannot be
    opened."""
    url = store_url()
    try:
        return _open(url)
    except EventGraphError as e:
        st.error(t("store.unavailable", url=url, error=e))
        st.stop()
        raise  # unreachable: st.stop() ends the run


@st.cache_resource(show_spinner=False)
def _answers_in(root: Path | None) -> Answers:
    return Answers(root)


def _answers() -> Answers:
    return _answers_in(settings.answers_dir())


@st.cache_resource(show_spinner=False)
def _tables_in(root: Path | None) -> KeptTables:
    return KeptTables(root)


def _tables() -> KeptTables:
    return _tables_in(settings.answers_dir())


# The page runs of this process: the warm-up waits between its steps while one is in progress.
ACTIVITY = Activity()
page_run = ACTIVITY.run  # `with ui.page_run(): ...` around a page's run (app.py)


@st.cache_resource(show_spinner=False)
def _warmer(root: Path | None) -> Warmer:
    return Warmer(activity=ACTIVITY)


def tables_now(kept: KeptTables, url: str, version: str) -> tuple[str, views.Tables] | None:
    """The base tables the pages can read at once, and their version: `version`'s when at hand;
    while the background warm-up reads them (508-743 s at 100k articles), the newest earlier
    version's, which the pages mark as older (`stale_notice`); None when there are none."""
    ready = kept.ready(url, version)
    if ready is not None:
        return version, ready
    return kept.earlier(url, version) if settings.dashboard_warm() else None


def stale_notice() -> None:
    """Under a page's title: say so when its figures come from the previous ingest's tables."""
    opened = store()
    url, version = store_url(), data_version(opened)
    if not version.startswith("v:"):
        return
    now = tables_now(_tables(), url, version)
    if now is not None and now[0] != version:
        st.info(t("tables.stale"))


def _warm(opened: Store, url: str, version: str) -> None:
    # A snapshot's answers hold until the next one: worth computing its opening views now.
    answers, kept = _answers(), _tables()
    if version.startswith("v:") and settings.dashboard_warm():
        _warmer(settings.answers_dir()).start(
            f"{url} {version}",
            lambda superseded: warm_default_views(answers, opened, url, version, superseded, kept),
        )


def _newest_snapshot() -> tuple[Any, str, str] | None:
    """The store named by `EVENTGRAPH_STORE` opened, its URL and its newest snapshot's data
    version, for the work done before the server listens; None when it cannot be opened (the first
    page reports that)."""
    url = store_url()
    try:
        opened = _open(url)
    except EventGraphError:
        return None
    return opened, url, data_version(opened)


def prepare_overview() -> None:
    """Make the Overview's opening view (no filter, each language) of the store's newest snapshot
    when its answers are kept (`prepare-dashboard`, a warm-up), before the server listens
    (`serve.py`): its first visitor's run then draws it from memory instead of reading the answers
    from disk, building frames and making the chart and tables. The answers are only read and
    drawn: the background warm-up is not begun here (`begin_warm_up` says why), and a snapshot
    without kept answers is left to the first page."""
    newest = _newest_snapshot()
    if newest is None:
        return
    _, url, version = newest
    if not version.startswith("v:"):
        return
    answers, kept = _answers(), _tables()
    frames = {}
    for name in overview.QUERIES:
        key = (url, version, name, _clean(overview.NO_FILTER))
        early = answers.kept(key)
        if early is None:
            return
        frames[name] = kept_frame(kept, key, early)
    counts = frames["overview"]
    if counts.empty or int(counts.iloc[0]["articles"]) == 0:
        return  # the page says the store is empty
    for language in i18n.LANGS:
        overview.made(frames, language)


def begin_warm_up() -> None:
    """Start the warm-up of the store's newest snapshot before any page runs (`serve.py`) when
    its tables are not kept yet (minutes of reading at 100k articles, better begun before the
    first visitor): the same background work, in the same process-wide objects, as a page's first
    query starts. A prepared snapshot is left to that first query: begun earlier, the warm-up's
    joins took the cores while the browser drew the first page (6.2-7.0 s against 4.4-4.6 s in
    Chromium at 100k, load 6-7). A store that cannot be opened is left for the first page to
    report."""
    newest = _newest_snapshot()
    if newest is None:
        return
    opened, url, version = newest
    if version.startswith("v:") and _tables().ready(url, version) is not None:
        return
    _warm(opened, url, version)


def query(name: str, /, **params: Any) -> pd.DataFrame:
    """The rows of the named query `name` with `params` (kept per data version); an empty frame
    and a message when the query fails, so a page never shows a traceback."""
    opened = store()  # opens the store or stops the page with a message
    url, version = store_url(), data_version(opened)
    _warm(opened, url, version)
    answers, kept = _answers(), _tables()
    try:
        if version.startswith("v:") and name in views.DERIVED:
            # The opening views the warm-up (or `prepare-dashboard`) kept as answers: a new
            # process draws its first page from them while its tables are read and joined
            # (2 s at 100k articles).
            key = (url, version, name, _clean(params))
            early = answers.kept(key)
            if early is not None:
                return kept_frame(kept, key, early)
            # A snapshot's base tables answer any filter of this view in memory; while the newest
            # snapshot's are read in the background, the previous one's (the page says so).
            now = tables_now(kept, url, version)
            if now is None and name in views.NOT_WAITED_FOR and settings.dashboard_warm():
                st.info(t("tables.reading"))  # the warm-up reads them; the rest of the page is here
                return pd.DataFrame(columns=data.projected(get(name).sparql))
            if now is None:
                read = base_tables(kept, answers, opened, url, version)
                now = None if read is None else (version, read)
            if now is not None:
                used, tables = now
                return kept.view(
                    (url, used, name, _clean(params)),
                    lambda: views.derive(name, tables, params),
                )
        if version.startswith("v:") and name in kept_queries.KEPT:
            # `lineage`, `person` from this snapshot's kept tables when they are at hand (never an
            # earlier snapshot's, and never waited for: the store answers meanwhile)
            ready = kept.ready(url, version)
            found = None if ready is None else kept_queries.from_tables(ready, name, params)
            if found is not None:
                return data.frame(found)
        return data.frame(_answer(answers, opened, url, version, name, _clean(params)))
    except (EventGraphError, OSError) as e:
        st.error(t("query.failed", name=name, error=e))
        return pd.DataFrame(columns=data.projected(get(name).sparql))


def kept_frame(kept: KeptTables, key: tuple[Any, ...], answer: QueryResult) -> pd.DataFrame:
    """The kept answer `answer` of `key` (URL, snapshot, query, parameters) as a frame, made once
    per process (7,560 rows for the Overview's months at 100k articles) and named by its key
    (`KeptTables.view`); like the views derived from the tables, it is shared by every run that
    asks, which reads it only."""
    return kept.view(("kept", *key), lambda: data.frame(answer))


class Brief:
    """A long view as a page first draws it: its first rows, how many rows it has, and the values
    of its `FACETS` columns; `everything()` gives all its rows (for a filter or a download)."""

    def __init__(
        self,
        rows: pd.DataFrame,
        total: int,
        facets: dict[str, list[str]],
        everything: Callable[[], pd.DataFrame],
    ) -> None:
        self.rows, self.total, self.facets, self.everything = rows, total, facets, everything


def first_rows(name: str, /, **params: Any) -> Brief:
    """The first `MAX_TABLE_ROWS` rows of the named query's answer, its length and its choices,
    from what the warm-up kept when the whole answer is too long to keep (the unfiltered Meetings
    table: 70k rows at 100k articles, a 1 s join a new process would otherwise wait for); the
    whole answer otherwise. `everything` reads the whole answer when called, also outside the
    script's thread (a download's data is made there)."""
    opened = store()
    url, version = store_url(), data_version(opened)
    answers, kept = _answers(), _tables()
    key = (url, version, name, _clean(params))

    def everything() -> pd.DataFrame:
        # No Streamlit here: a download button calls it on a thread of its own.
        if version.startswith("v:") and name in views.DERIVED:
            tables = kept.ready(url, version) or base_tables(kept, answers, opened, url, version)
            if tables is not None:
                return kept.view(key, lambda: views.derive(name, tables, params))
        return data.frame(_answer(answers, opened, url, version, name, key[3]))

    at_head, at_summary = brief_keys(key)
    summary = answers.kept(at_summary) if version.startswith("v:") else None
    head = answers.kept(at_head) if summary is not None else None
    if summary is not None and head is not None and answers.kept(key) is None:
        said = summary.rows[0]
        facets = {c: list(said.get(c) or []) for c in FACETS.get(name, ())}
        return Brief(data.frame(head), int(said["rows"]), facets, everything)
    whole = query(name, **params)
    facets = {
        c: sorted(str(v) for v in whole[c].dropna().unique()) if c in whole else []
        for c in FACETS.get(name, ())
    }
    return Brief(whole.head(MAX_TABLE_ROWS), len(whole), facets, lambda: whole)


def clear_answers(disk: bool = False) -> None:
    """Forget the answers kept in memory (and on disk when `disk`): the next query runs again."""
    _answers().clear(disk=disk)


def reload_button() -> None:
    """A sidebar button that drops cached results and the store handle (to see a fresh ingest)."""
    if st.sidebar.button(t("reload"), key="reload", width="stretch"):
        clear_answers()
        _open.clear()


def keep_filters() -> None:
    """Keep the sidebar filters when moving between pages (Streamlit forgets a widget's value on a
    page that does not draw it; writing the value back makes it session state)."""
    for key in FILTER_KEYS:
        if key in st.session_state:
            st.session_state[key] = st.session_state[key]


def header(page: str) -> None:
    """The page title and its one-line description."""
    st.title(t(f"{page}.title"))
    st.caption(t(f"{page}.caption"))


def _iso(day: dt.date | None) -> str:
    return day.isoformat() if isinstance(day, dt.date) else ""


def _day(day: object) -> str:
    return day.strftime("%d/%m/%Y") if isinstance(day, dt.date) else "…"


def chosen_filters(locality: bool = True) -> str:
    """What the filters narrow, as a reader reads it ("01/05/2022 – … · Hải Phòng"; "" for
    nothing), shown beside them while their widgets are folded away."""
    state = st.session_state
    start, end = state.get("flt_from"), state.get("flt_to")
    parts = [f"{_day(start)} – {_day(end)}"] if start or end else []
    if locality and state.get("flt_locality"):
        parts.append(str(state["flt_locality"]))
    return " · ".join(parts)


def filters(locality: bool = True) -> dict[str, str]:
    """The period (and province) filters in the sidebar, as query parameters. Their widgets sit in
    an expander that draws them only when opened: a date picker's and a selectbox's code were the
    only widgets of a server's first page with a measurable cost in Chromium (docs/performance.md,
    *What each element costs*). Closed, the values come from the session (`keep_filters`)."""
    state = st.session_state
    # The heading stays the same whatever is chosen: a new label would be a new expander, folded.
    with st.sidebar.expander(t("filters"), key="flt_open", on_change="rerun") as box:
        if box.open:
            _filter_widgets(locality)
    if not box.open:  # folded: what they narrow, under their heading
        st.sidebar.caption(chosen_filters(locality) or t("filters.none"))
    out = {"date_from": _iso(state.get("flt_from")), "date_to": _iso(state.get("flt_to"))}
    if locality:
        out["locality"] = state.get("flt_locality") or ""
    return out


def _filter_widgets(locality: bool) -> None:
    """The period's date pickers and the province's selectbox (their values in the session)."""
    lo, hi = dt.date(1945, 1, 1), dt.date.today() + dt.timedelta(days=366)
    for key, label in (("flt_from", "filter.from"), ("flt_to", "filter.to")):
        st.date_input(
            t(label), value=None, min_value=lo, max_value=hi, key=key, format="DD/MM/YYYY"
        )
    if locality:
        current = st.session_state.get("flt_locality", "")
        options = ["", *sorted(set(provinces()) | ({current} if current else set()))]
        st.selectbox(
            t("filter.locality"),
            options,
            key="flt_locality",
            format_func=lambda v: v or t("filter.all"),
        )


def provinces() -> list[str]:
    """Province names present in the store, for the locality filter."""
    df = query("provinces")
    return [] if df.empty else sorted(df["province"].dropna().unique().tolist())


def table(
    df: pd.DataFrame,
    name: str,
    columns: list[str],
    total: int | None = None,
    everything: Callable[[], pd.DataFrame] | None = None,
    **config: Any,
) -> None:
    """A sortable table of the chosen columns (headers translated) with a CSV download of all
    rows. `df` may be the first rows of a longer answer: then `total` is its length and
    `everything()` gives all its rows, read only when the CSV is asked for."""
    shown = data.display(df, columns, lang())
    st.dataframe(
        shown.head(MAX_TABLE_ROWS),
        hide_index=True,
        width="stretch",
        column_config={i18n.column(k, lang()): v for k, v in config.items()},
    )
    _table_footer(shown, name, columns, total, everything)


def html_table(made: overview.Table, name: str, columns: list[str]) -> None:
    """A short table made as plain HTML (`overview.table`: the Overview's 15 chairs, 20
    directives), with the same row count and CSV download as `table`: no data grid for the browser
    to fetch and draw (docs/performance.md)."""
    st.html(made.html)
    _table_footer(made.shown, name, columns, None, None)


def _table_footer(
    shown: pd.DataFrame,
    name: str,
    columns: list[str],
    total: int | None,
    everything: Callable[[], pd.DataFrame] | None,
) -> None:
    """A table's row count and its CSV download (of `everything()` when given, else `shown`)."""
    total = len(shown) if total is None else total
    note = t("rows", n=total) + (
        " · " + t("shown_first", n=MAX_TABLE_ROWS) if total > MAX_TABLE_ROWS else ""
    )
    left, right = st.columns([3, 1])
    left.caption(note)
    language = lang()  # read here: the CSV is made on a thread without the session

    def whole(rows: Callable[[], pd.DataFrame]) -> bytes:
        return data.csv_bytes(data.display(rows(), columns, language))

    right.download_button(
        t("csv"),
        # made when clicked: a whole table's CSV takes seconds
        partial(whole, everything) if everything is not None else partial(data.csv_bytes, shown),
        file_name=f"{name}.csv",
        mime="text/csv",
        key=f"csv_{name}",
        width="stretch",
    )


def article_link(article: object) -> str:
    """The Source reader's address for an article id."""
    return f"source?article={quote(str(article), safe='')}"


def sources(node: str, key: str, name: str, label_key: str) -> None:
    """Where the facts about `node` (stored with `key`: a person's search key, a directive's code
    key) were read: each sentence with its date, the kinds of fact it says and a link to its
    article in the Source reader. Shown when the user turns on the toggle labelled `label_key`:
    for a busy person or a central code the query sorts thousands of facts (0.8-2.1 s at 100k
    articles), which a profile or a lineage should not wait for unless asked."""
    if not st.toggle(t(label_key), key=f"show_{name}"):
        return
    found = data.source_rows(query("sources", node=node, key=key), lang())
    if found.empty:
        st.caption("—")
        return
    found = found.assign(open=found["article"].map(article_link))
    table(
        found,
        name,
        ["date", "facts", "sentence", "title", "open"],
        open=st.column_config.LinkColumn(
            i18n.column("open", lang()), display_text=t("meetings.open")
        ),
    )


def download(
    label_key: str, payload: bytes | Callable[[], bytes], file_name: str, mime: str
) -> None:
    """A download button for a file the page builds; pass a callable to build it only when clicked
    (a busy person's co-attendance Turtle took most of a second on every run of the page)."""
    st.download_button(t(label_key), payload, file_name=file_name, mime=mime, key=f"dl_{file_name}")
