"""Meetings: who chaired which meeting — a filterable, sortable table; each row leads to its source
sentence and to the article in the Source reader."""

import zlib

import pandas as pd
import streamlit as st

from eventgraph.dashboard import i18n
from eventgraph.dashboard.render import md
from eventgraph.dashboard.ui import (
    MAX_TABLE_ROWS,
    article_link,
    filters,
    first_rows,
    header,
    lang,
    stale_notice,
    t,
    table,
)

header("meetings")
stale_notice()
f = filters()
person = st.text_input(t("meetings.person"), key="mt_person")
# The first rows, their count and the kinds on offer: unfiltered at 100k articles the table has
# 70k rows, which a new process would join (1 s) before drawing; the warm-up keeps this much of it.
brief = first_rows("meeting_chairs", person=person, **f)
kind = st.selectbox(
    t("filter.kind"),
    ["", *brief.facets["kind"]],
    key="mt_kind",
    format_func=lambda v: str(i18n.value(v, lang())) if v else t("filter.all"),
)
rows, total, everything = brief.rows, brief.total, brief.everything
if kind:  # a choice reads the whole view (in memory once the tables are joined)
    rows = brief.everything()
    rows = rows[rows["kind"] == kind].reset_index(drop=True)
    total, everything = None, None  # the table and its CSV are these rows

if rows.empty:
    st.info(t("no_match"))
    st.stop()


def linked(df: pd.DataFrame) -> pd.DataFrame:
    return df.assign(open=df["article"].map(article_link))


rows = linked(rows)
table(
    rows,
    "chairs",
    ["date", "person", "role", "meeting_name", "kind", "locality", "reports", "open"],
    total=total,
    everything=None if everything is None else (lambda: linked(everything())),
    open=st.column_config.LinkColumn(i18n.column("open", lang()), display_text=t("meetings.open")),
)

# The picker offers the rows the table draws: every option is sent to the browser on each run, and
# a whole store's chairs (tens of thousands of rows) would make each run seconds slower.
labels = [
    f"{r.date or '—'} · {r.person} · {r.meeting_name}"
    for r in rows.head(MAX_TABLE_ROWS).itertuples()
]
# Keyed by the rows offered: under one fixed key the browser kept showing the first row of the table
# before a name was typed (the chosen index, 0, was still valid), while the sentence below was the
# new first row's.
pick = st.selectbox(
    t("meetings.pick"),
    range(len(labels)),
    key=f"mt_row_{zlib.crc32(chr(10).join(labels).encode())}",
    format_func=lambda i: labels[i],
)
chosen = rows.iloc[pick]
st.markdown(f"**{t('meetings.sentence')}:**")
st.markdown(f"> {md(chosen['sentence'] or '')}")
st.page_link(
    "app_pages/source.py",
    label=f"{t('meetings.open')}: {chosen['article']}",
    icon=":material/article:",
    query_params={"article": str(chosen["article"])},
)
