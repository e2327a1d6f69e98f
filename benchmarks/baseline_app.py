"""The floor under the dashboard's first page: a Streamlit app of the Overview's shape — the same
title, sidebar navigation, four metrics, two Altair charts and a table — drawn from small in-memory
frames, with no store, no eventgraph query and no kept answer. `bench_browser.py --baseline` serves it
in the same run as the dashboard, so the first page's time can be set beside what any Streamlit app
of that shape costs on the same machine at the same load."""

import altair as alt
import pandas as pd
import streamlit as st

from eventgraph.dashboard import i18n

st.set_page_config(page_title="baseline", layout="wide")


def overview() -> None:
    st.title(i18n.label("overview.title"))
    for col, (name, value) in zip(
        st.columns(4), [("a", 100_000), ("b", 69_738), ("c", 4_125), ("d", 2_310)], strict=True
    ):
        col.metric(name, f"{value:,}")
    months = pd.DataFrame(
        {
            "month": [f"20{y:02d}-{m:02d}" for y in range(16, 26) for m in range(1, 13)] * 3,
            "province": [p for p in ("Hà Nội", "Hải Phòng", "Bình Định") for _ in range(120)],
            "meetings": [(i * 37) % 50 for i in range(360)],
        }
    )
    st.altair_chart(
        alt.Chart(months).mark_line().encode(x="month", y="meetings", color="province"),
        width="stretch",
    )
    chairs = pd.DataFrame({"person": [f"Người {i}" for i in range(15)], "meetings": range(15, 0, -1)})
    st.altair_chart(alt.Chart(chairs).mark_bar().encode(x="meetings", y="person"), width="stretch")
    st.dataframe(chairs, hide_index=True, width="stretch")


st.navigation([st.Page(overview, title="Overview", default=True)]).run()
