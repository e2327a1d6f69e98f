"""The Overview's figures as its page draws them, from the rows of its named queries (no Streamlit
here): the chart of meetings per month by province and its two short tables, as plain HTML.

The page (`app_pages/overview.py`) and the server's start (`first_page`, called by `serve.preload`
before it listens) make them with the same functions, so a server's first visitor finds the
Overview's kept answers in memory and pandas' and the HTML builders' first calls already paid
(docs/performance.md, *A server's first run of the Overview*)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from urllib.parse import quote

import pandas as pd

from eventgraph.dashboard import data, i18n, plain

# The Overview's views, as it asks for them with no filter set (the period and province empty).
NO_FILTER = {"date_from": "", "date_to": "", "locality": ""}
VIEWS = ("overview", "top_chairs", "activity", "newest_directives")
CHAIRS = ["person", "scope", "meetings", "latest", "open"]
NEWEST = ["code", "kind", "issuer", "date", "implemented_by", "implements", "open"]


def activity_html(activity: pd.DataFrame, lang: str) -> str | None:
    """Meetings per month, stacked by province (the smaller ones folded into "other"), as an HTML
    chart; None when there is no meeting to draw."""
    shaped = data.activity_chart_frame(
        activity,
        i18n.label("overview.other", lang),
        i18n.label("overview.unknown_place", lang),
    )
    if shaped.empty:
        return None
    titles = {c: i18n.column(c, lang) for c in ("month", "province", "meetings")}
    return plain.stacked_bars(shaped, "month", "province", "meetings", titles)


def chairs_rows(chairs: pd.DataFrame) -> pd.DataFrame:
    """The most active chairs, each with the address of their People profile."""
    return chairs.assign(open=[f"people?name={quote(str(n), safe='')}" for n in chairs["person"]])


def chairs_scale(chairs: pd.DataFrame) -> int:
    """The top of the chairs' bars: the busiest chair's meetings."""
    return max(int(chairs["meetings"].max()), 1)


def newest_rows(newest: pd.DataFrame) -> pd.DataFrame:
    """The newest directives with their lists tidied and the address of their lineage."""
    tidy = data.tidy_lists(newest, ("implemented_by", "implements"))
    return tidy.assign(open=[f"lineage?code={quote(str(c), safe='')}" for c in tidy["code"]])


def table_html(
    df: pd.DataFrame,
    columns: list[str],
    lang: str,
    first: int,
    links: dict[str, str] | None = None,
    bars: dict[str, int] | None = None,
) -> tuple[pd.DataFrame, str]:
    """The chosen columns as shown (headers and values translated) and their first `first` rows as
    an HTML table; `links` and `bars` are keyed by the columns' names (`plain.table`)."""
    shown = data.display(df, columns, lang)
    head = partial(i18n.column, lang=lang)
    html = plain.table(
        shown.head(first),
        links={head(k): v for k, v in (links or {}).items()},
        bars={head(k): v for k, v in (bars or {}).items()},
    )
    return shown, html


@dataclass
class Opened:
    """The Overview's rows as a first visitor's run reads them."""

    counts: pd.DataFrame
    chairs: pd.DataFrame
    activity: pd.DataFrame
    newest: pd.DataFrame


def first_page(rows: Opened, lang: str, first: int) -> None:
    """Make the Overview's chart and tables from `rows` once, as its page does, and drop them:
    run before the server listens, this pays what a process's first run of the page would pay
    on top of the later ones (pandas' first group-by and frame construction; 60 ms of CPU on
    one core at 100k articles, docs/performance.md)."""
    activity_html(rows.activity, lang)
    if not rows.chairs.empty:
        links = {"open": i18n.label("search.open", lang)}
        table_html(chairs_rows(rows.chairs), CHAIRS, lang, first, links,
                   {"meetings": chairs_scale(rows.chairs)})  # fmt: skip
    if not rows.newest.empty:
        table_html(newest_rows(rows.newest), NEWEST, lang, first,
                   {"open": i18n.label("search.open", lang)})  # fmt: skip
