"""Overview (leadership): counts, meetings per month by province, the most active chairs, the newest
directives and what implements them — all following the period and province filters."""

from urllib.parse import quote

import altair as alt
import streamlit as st

from eventgraph.dashboard import data, i18n
from eventgraph.dashboard.ui import filters, header, lang, query, stale_notice, t, table

header("overview")
stale_notice()
f = filters()
counts = query("overview", **f)
row = counts.iloc[0] if not counts.empty else None

if row is None or int(row["articles"]) == 0:
    st.info(t("no_match") if data.has_filters(f) else t("store.empty"))
    st.stop()

for col, key in zip(st.columns(4), ("articles", "meetings", "people", "directives"), strict=True):
    col.metric(t(f"overview.{key}"), f"{int(row[key]):,}".replace(",", "."))

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
    chart = (
        alt.Chart(shaped)
        .mark_bar()
        .encode(
            x=alt.X("month:O", title=i18n.column("month", lang()), axis=alt.Axis(labelAngle=-45)),
            y=alt.Y(
                "sum(meetings):Q",
                title=i18n.column("meetings", lang()),
                axis=alt.Axis(tickMinStep=1, format="d"),
            ),
            color=alt.Color(
                "province:N",
                title=i18n.column("province", lang()),
                legend=alt.Legend(orient="bottom", columns=4, labelLimit=0),
            ),
            tooltip=["month", "province", "meetings"],
        )
    )
    st.altair_chart(chart, width="stretch")
    # Its rows (7,504 at 100k articles) are sent when the reader opens it, not with every page.
    with st.expander(t("overview.activity"), key="ov_activity_rows", on_change="rerun") as rows:
        if rows.open:
            table(activity, "meetings_per_month", ["month", "province", "meetings"])

st.subheader(t("overview.top_chairs"))
if chairs.empty:
    st.info(t("no_match"))
else:
    # The table over the whole width, each chair's meetings drawn as a bar in its cell: the same
    # ranking as the bar chart that stood under the table, without a second Vega chart on the
    # first page (its drawing took 0.6-1.0 s of the browser's main thread in Chromium at 100k,
    # `benchmarks/bench_first_page.py`, docs/performance.md).
    table(
        chairs.assign(open=[f"people?name={quote(str(n), safe='')}" for n in chairs["person"]]),
        "top_chairs",
        ["person", "scope", "meetings", "latest", "open"],
        meetings=st.column_config.ProgressColumn(
            i18n.column("meetings", lang()),
            format="%d",
            min_value=0,
            max_value=max(int(chairs["meetings"].max()), 1),
        ),
        open=st.column_config.LinkColumn(
            i18n.column("open", lang()), display_text=t("search.open")
        ),
    )

st.subheader(t("overview.newest"))
newest = data.tidy_lists(query("newest_directives", **f), ("implemented_by", "implements"))
if newest.empty:
    st.info(t("no_match"))
else:
    table(
        newest.assign(open=[f"lineage?code={quote(str(c), safe='')}" for c in newest["code"]]),
        "newest_directives",
        ["code", "kind", "issuer", "date", "implemented_by", "implements", "open"],
        open=st.column_config.LinkColumn(
            i18n.column("open", lang()), display_text=t("search.open")
        ),
    )
