"""Overview (leadership): counts, meetings per month by province, the most active chairs, the newest
directives and what implements them — all following the period and province filters."""

import streamlit as st

from eventgraph.dashboard import data, overview
from eventgraph.dashboard.ui import filters, header, html_table, lang, query, stale_notice, t, table

header("overview")
stale_notice()
f = filters()
counts = query("overview", **f)
row = counts.iloc[0] if not counts.empty else None

if row is None or int(row["articles"]) == 0:
    st.info(t("no_match") if data.has_filters(f) else t("store.empty"))
    st.stop()

frames = {"overview": counts, **{name: query(name, **f) for name in overview.QUERIES[1:]}}
# Made once per answer data and language, and for the opening view before the server listens
# (`overview.made`, `ui.prepare_overview`): a run draws what is made.
made = overview.made(frames, lang())
st.html(made.figures)
if made.top_line:
    st.markdown(made.top_line)

st.subheader(t("overview.activity"))
if not made.chart:
    st.info(t("overview.activity_none"))
else:
    st.html(made.chart)
    # Its rows (7,504 at 100k articles) are sent when the reader opens it, not with every page.
    with st.expander(t("overview.activity"), key="ov_activity_rows", on_change="rerun") as rows:
        if rows.open:
            table(frames["activity"], "meetings_per_month", ["month", "province", "meetings"])

st.subheader(t("overview.top_chairs"))
if made.chairs is None:
    st.info(t("no_match"))
else:
    html_table(made.chairs, "top_chairs", ["person", "scope", "meetings", "latest", "open"])

st.subheader(t("overview.newest"))
if made.newest is None:
    st.info(t("no_match"))
else:
    html_table(
        made.newest,
        "newest_directives",
        ["code", "kind", "issuer", "date", "implemented_by", "implements", "open"],
    )
