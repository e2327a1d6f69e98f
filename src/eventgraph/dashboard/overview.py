"""The Overview as a reader sees it, made from its four answers (no Streamlit here): the figures,
the line naming the most active chairs, the chart of meetings per month by province and the two
short tables, as HTML, with the rows each table's CSV holds.

They depend on nothing but the answers and the language, so they are made once per answer data and
language (`made`) and then only drawn. The data is named by the key under which each frame was
taken from a snapshot's kept answers or tables (`data.SOURCE`: store, snapshot, query, filter),
never by the snapshot now current, so a newer snapshot or another filter is made afresh; a frame
without one (a failed query, a server store without snapshots) is never remembered. A dashboard
server makes the opening view, no filter in each language, before it listens
(`ui.prepare_overview`, called by `serve.preload`), so that its first visitor's run draws it
instead of making it."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass
from functools import partial
from urllib.parse import quote

import pandas as pd

from eventgraph.dashboard import data, i18n, plain
from eventgraph.dashboard.warm import FIRST_ROWS  # rows a table draws; its CSV holds them all

QUERIES = ("overview", "top_chairs", "activity", "newest_directives")
NO_FILTER = {"date_from": "", "date_to": "", "locality": ""}  # as `ui.filters()` gives it
MADE = 16  # Overviews remembered per process (a few filters in two languages)


@dataclass(frozen=True)
class Table:
    """A short table: its columns as shown (headers translated, the CSV's rows) and its HTML."""

    shown: pd.DataFrame
    html: str


@dataclass(frozen=True)
class Parts:
    """What the Overview draws under its title: "" or None where it has nothing to show."""

    figures: str
    top_line: str
    chart: str
    chairs: Table | None
    newest: Table | None


def parts(frames: Mapping[str, pd.DataFrame], lang: str) -> Parts:
    """The Overview of the answers `frames` (the `QUERIES` by name; `overview`'s row counts at
    least one article) in `lang`."""
    counts, chairs, activity, newest = (frames[name] for name in QUERIES)
    label = partial(i18n.label, lang=lang)
    row = counts.iloc[0]
    # The four counts as plain HTML rather than `st.metric`s: no code of their own for the browser
    # to fetch and evaluate on a server's first page (docs/performance.md, *The Overview's four
    # counts in its HTML*).
    figures = plain.figures(
        [
            (label(f"overview.{key}"), f"{int(row[key]):,}".replace(",", "."))
            for key in ("articles", "meetings", "people", "directives")
        ]
    )
    top_line = ""
    if not chairs.empty:
        names = ", ".join(f"{r.person} ({r.meetings})" for r in chairs.head(3).itertuples())
        top_line = f"**{label('overview.top_line', names=names)}**"
    # Drawn on the server as plain HTML, as are the tables: Vega's code (757 kB) and the data
    # grid's (1.2 MB) were most of what the browser fetched and drew for a server's first page
    # (docs/performance.md, *The Overview in plain HTML*).
    shaped = data.activity_chart_frame(
        activity, label("overview.other"), label("overview.unknown_place")
    )
    chart = (
        ""
        if shaped.empty
        else plain.stacked_bars(
            shaped, "month", "province", "meetings",
            {c: i18n.column(c, lang) for c in ("month", "province", "meetings")},
        )
    )  # fmt: skip
    opened = label("search.open")
    top = None
    if not chairs.empty:
        # Each chair's meetings as a bar beside the number, on the busiest chair's scale.
        top = table(
            chairs.assign(open=[f"people?name={quote(str(n), safe='')}" for n in chairs["person"]]),
            ["person", "scope", "meetings", "latest", "open"],
            lang,
            links={"open": opened},
            bars={"meetings": max(int(chairs["meetings"].max()), 1)},
        )
    newest = data.tidy_lists(newest, ("implemented_by", "implements"))
    latest = None
    if not newest.empty:
        latest = table(
            newest.assign(open=[f"lineage?code={quote(str(c), safe='')}" for c in newest["code"]]),
            ["code", "kind", "issuer", "date", "implemented_by", "implements", "open"],
            lang,
            links={"open": opened},
        )
    return Parts(figures, top_line, chart, top, latest)


def table(
    df: pd.DataFrame,
    columns: list[str],
    lang: str,
    links: dict[str, str] | None = None,
    bars: dict[str, int] | None = None,
) -> Table:
    """The chosen columns of `df` as shown in `lang`, and as HTML (`plain.table`: `links` maps a
    column of addresses to their link text, `bars` a column of numbers to the top of its scale)."""
    shown = data.display(df, columns, lang)
    head = partial(i18n.column, lang=lang)
    html = plain.table(
        shown.head(FIRST_ROWS),
        links={head(k): v for k, v in (links or {}).items()},
        bars={head(k): v for k, v in (bars or {}).items()},
    )
    return Table(shown, html)


_made: OrderedDict[tuple[object, ...], Parts] = OrderedDict()
_lock = threading.Lock()


def made(frames: Mapping[str, pd.DataFrame], lang: str) -> Parts:
    """`parts(frames, lang)`, made once per process for the data the frames hold (`data.SOURCE`)
    and the language; made every time for frames whose data has no such name."""
    sources = tuple(frames[name].attrs.get(data.SOURCE) for name in QUERIES)
    if any(s is None for s in sources):
        return parts(frames, lang)
    key = (*sources, lang)
    with _lock:
        if key in _made:
            _made.move_to_end(key)
            return _made[key]
    out = parts(frames, lang)
    with _lock:
        _made[key] = out
        while len(_made) > MADE:
            _made.popitem(last=False)
    return out
