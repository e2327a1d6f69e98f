"""Localities: activity per province, which map (before or after the 2025 reform) each name is on,
and a drill-down into one province: its districts and communes, meetings, chairs and directives."""

import altair as alt
import streamlit as st

from eventgraph.dashboard import data, i18n
from eventgraph.dashboard.localities import era
from eventgraph.dashboard.ui import (
    article_link,
    filters,
    header,
    lang,
    query,
    stale_notice,
    t,
    table,
)


def era_label(name: str) -> str:
    e = era(name)
    if e.status == "old" and e.successor:
        return t("era.old_into", new=e.successor)
    return t(f"era.{e.status}")


header("localities")
stale_notice()
f = filters()
rows = query("localities", name=f["locality"], date_from=f["date_from"], date_to=f["date_to"])
if not rows.empty and (f["date_from"] or f["date_to"]):
    rows = rows[(rows["meetings"] > 0) | (rows["articles"] > 0)].reset_index(drop=True)
if rows.empty:
    st.info(t("no_match") if data.has_filters(f) else t("store.empty"))
    st.stop()
rows = rows.assign(era=rows["province"].map(era_label))

st.subheader(t("localities.chart"))
long = rows.head(25).melt(
    id_vars=["province"], value_vars=["meetings", "articles"], var_name="what"
)
long["what"] = long["what"].map(lambda c: i18n.column(c, lang()))
chart = (
    alt.Chart(long)
    .mark_bar()
    .encode(
        y=alt.Y("province:N", sort="-x", title=None, axis=alt.Axis(labelLimit=0)),
        x=alt.X("value:Q", title=None, axis=alt.Axis(tickMinStep=1, format="d")),
        color=alt.Color("what:N", title=None, legend=alt.Legend(orient="top")),
        yOffset="what:N",
        tooltip=["province", "what", "value"],
    )
)
st.altair_chart(chart, width="stretch")
table(rows, "localities", ["province", "era", "meetings", "articles", "units"])

st.divider()
names = rows["province"].tolist()
default = names.index(f["locality"]) if f["locality"] in names else 0
chosen = st.selectbox(t("localities.pick"), names, index=default, key="lc_pick")
picked = rows[rows["province"] == chosen].iloc[0]
st.header(chosen)
st.caption(picked["era"])
m1, m2, m3 = st.columns(3)
m1.metric(t("overview.meetings"), int(picked["meetings"]))
m2.metric(t("overview.articles"), int(picked["articles"]))
m3.metric(i18n.column("units", lang()), int(picked["units"]))

period = {"date_from": f["date_from"], "date_to": f["date_to"]}
units = query("locality_units", province=chosen)
st.subheader(t("localities.units"))
if units.empty:
    st.caption("—")
else:
    table(units, "units", ["unit", "level", "articles", "meetings"])
st.subheader(t("localities.meetings"))
held = query("meeting_chairs", locality=chosen, **period)
if held.empty:
    st.caption("—")
else:
    table(
        held.assign(open=held["article"].map(article_link)),
        "province_meetings",
        ["date", "meeting_name", "kind", "locality", "person", "role", "reports", "open"],
        open=st.column_config.LinkColumn(
            i18n.column("open", lang()), display_text=t("meetings.open")
        ),
    )
st.subheader(t("localities.directives"))
docs = data.tidy_lists(
    query("newest_directives", locality=chosen, **period), ("implemented_by", "implements")
)
if docs.empty:
    st.caption("—")
else:
    table(
        docs,
        "province_directives",
        ["code", "kind", "issuer", "date", "implemented_by", "implements"],
    )
