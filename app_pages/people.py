"""People: a profile — positions over time, meetings chaired and attended, and the nearest
colleagues by co-attendance (a small neighbourhood, never the whole graph)."""

from functools import partial

import altair as alt
import pandas as pd
import streamlit as st

from eventgraph.dashboard import data, export, i18n, network, render
from eventgraph.dashboard.ui import download, header, lang, query, sources, t, table

header("people")
typed = st.text_input(t("people.find"), value=st.query_params.get("name", ""), key="pp_q")
people = query("people", name=typed) if typed.strip() else query("active_people")
if people.empty:
    st.info(t("search.none", q=typed) if typed.strip() else t("store.empty"))
    st.stop()

by_id = people.set_index("person_id")
pid = st.selectbox(
    t("people.pick"),
    list(by_id.index),
    key="pp_pick",
    format_func=lambda i: data.person_choice(by_id.loc[i], lang()),
)
chosen = by_id.loc[pid]
st.header(chosen["person"])
st.caption(data.scopes_text(chosen["scopes"], lang()))
key = chosen[
    "key"
]  # the store finds the person by it (an indexed value), the id picks among namesakes
positions = query("person_positions", person=pid, key=key)
meetings = query("person_meetings", person=pid, key=key)

st.subheader(t("people.positions"))
dated = positions.dropna(subset=["first_seen"])
if not dated.empty:
    spans = dated.assign(
        status=dated["status"].map(lambda v: i18n.value(v, lang())),
        start=pd.to_datetime(dated["first_seen"]),
        end=pd.to_datetime(dated["last_seen"]) + pd.Timedelta(days=20),
    )
    chart = (
        alt.Chart(spans, height=max(120, 36 * len(spans)))
        .mark_bar(cornerRadius=3)
        .encode(
            x=alt.X("start:T", title=None, axis=alt.Axis(format="%m/%Y", tickCount="month")),
            x2="end:T",
            y=alt.Y("position:N", title=None, sort="x", axis=alt.Axis(labelLimit=0)),
            color=alt.Color("status:N", title=i18n.column("status", lang())),
            tooltip=["position", "status", "first_seen", "last_seen", "articles"],
        )
    )
    st.altair_chart(chart, width="stretch")
elif not positions.empty:
    st.caption(t("people.no_dates"))
if not positions.empty:
    table(positions, "positions", ["position", "status", "first_seen", "last_seen", "articles"])

chaired = meetings[meetings["role"].isin(["chair", "co-chair"])]
attended = meetings[~meetings["role"].isin(["chair", "co-chair"])]
for title, frame, name_ in (
    (t("people.chaired"), chaired, "chaired"),
    (t("people.attended"), attended, "attended"),
):
    st.subheader(title)
    if frame.empty:
        st.caption("—")
    else:
        table(
            frame.sort_values("date", ascending=False),
            name_,
            ["date", "meeting_name", "role", "articles"],
        )

sources(pid, key, "person_sources", "people.sources")

st.subheader(t("people.colleagues"))
rows = query("colleagues", person=pid, key=key)
hood = network.neighbourhood(network.coattendance(rows), pid)
if hood.number_of_nodes() < 2:
    st.info(t("people.no_colleagues"))
    st.stop()
left, right = st.columns([2, 3])
with left:
    table(network.colleagues(hood, pid), "colleagues", ["person", "shared"])
with right:
    st.graphviz_chart(render.network_dot(hood, pid), width="content")
    a, b = st.columns(2)
    with a:
        turtle = partial(export.meetings_turtle, rows, set(hood.nodes))
        download("turtle", turtle, "colleagues.ttl", "text/turtle")
    with b:
        graphml = partial(export.graphml, hood)
        download("graphml", graphml, "colleagues.graphml", "application/graphml+xml")
