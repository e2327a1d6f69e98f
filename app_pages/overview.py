"""Overview (leadership): counts, meetings per month by province, the most active chairs, the newest
directives and what implements them — all following the period and province filters."""

from urllib.parse import quote

import streamlit as st

from eventgraph.dashboard import data, i18n, plain
from eventgraph.dashboard.ui import (
    filters,
    header,
    lang,
    plain_table,
    query,
    stale_notice,
    t,
    table,
)

header("overview")
stale_notice()
f = filters()
counts = query("overview", **f)
row = counts.iloc[0] if not counts.empty else None

if row is None or int(row["articles"]) == 0:
    st.info(t("no_match") if data.has_filters(f) else t("store.empty"))
    st.stop()

# The four counts as plain HTML rather than `st.metric`s: no code of their own for the browser to
# fetch and evaluate on a server's first page, which settled 0.10-0.12 s sooner (paired medians of
# 48 rounds; docs/performance.md, *The Overview's four counts in its HTML*).
st.html(
    plain.figures(
        [
            (t(f"overview.{key}"), f"{int(row[key]):,}".replace(",", "."))
            for key in ("articles", "meetings", "people", "directives")
        ]
    )
)

chairs = query("top_chairs", **f)
if not chairs.empty:
    names = ", ".join(f"{r.person} ({r.meetings})" for r in chairs.head(3).itertuples())
    st.markdown(f"**{t('overview.top_line', names=names)}**")

st.subheader(t("overview.activity"))
activity = query("activity", **f)
shaped = data.activity_chart_frame(activity, t("overview.other"), t("overview.unknown_place"))
if shaped.empty:
    st.info(t("overview.activity_none"))
else:
    # Drawn on the server as plain HTML, as are the two tables below: Vega's code (757 kB) and the
    # data grid's (1.2 MB) were most of what the browser fetched and drew for a server's first
    # page (docs/performance.md, *The Overview in plain HTML*).
    st.html(
        plain.stacked_bars(
            shaped, "month", "province", "meetings",
            {c: i18n.column(c, lang()) for c in ("month", "province", "meetings")},
        )
    )  # fmt: skip
    # Its rows (7,504 at 100k articles) are sent when the reader opens it, not with every page.
    with st.expander(t("overview.activity"), key="ov_activity_rows", on_change="rerun") as rows:
        if rows.open:
            table(activity, "meetings_per_month", ["month", "province", "meetings"])

st.subheader(t("overview.top_chairs"))
if chairs.empty:
    st.info(t("no_match"))
else:
    # Each chair's meetings as a bar beside the number, on the busiest chair's scale.
    plain_table(
        chairs.assign(open=[f"people?name={quote(str(n), safe='')}" for n in chairs["person"]]),
        "top_chairs",
        ["person", "scope", "meetings", "latest", "open"],
        links={"open": t("search.open")},
        bars={"meetings": max(int(chairs["meetings"].max()), 1)},
    )

st.subheader(t("overview.newest"))
newest = data.tidy_lists(query("newest_directives", **f), ("implemented_by", "implements"))
if newest.empty:
    st.info(t("no_match"))
else:
    plain_table(
        newest.assign(open=[f"lineage?code={quote(str(c), safe='')}" for c in newest["code"]]),
        "newest_directives",
        ["code", "kind", "issuer", "date", "implemented_by", "implements", "open"],
        links={"open": t("search.open")},
    )
