"""Meetings: who chaired which meeting — a filterable, sortable table; each row leads to its source
sentence and to the article in the Source reader."""

import zlib

import streamlit as st

from eventgraph.dashboard import i18n
from eventgraph.dashboard.render import md
from eventgraph.dashboard.ui import (
    MAX_TABLE_ROWS,
    article_link,
    filters,
    header,
    lang,
    query,
    stale_notice,
    t,
    table,
)

header("meetings")
stale_notice()
f = filters()
person = st.text_input(t("meetings.person"), key="mt_person")
rows = query("meeting_chairs", person=person, **f)

kinds = sorted(rows["kind"].dropna().unique()) if not rows.empty else []
kind = st.selectbox(
    t("filter.kind"), ["", *kinds], key="mt_kind", format_func=lambda v: v or t("filter.all")
)
if kind:
    rows = rows[rows["kind"] == kind].reset_index(drop=True)

if rows.empty:
    st.info(t("no_match"))
    st.stop()

rows = rows.assign(open=rows["article"].map(article_link))
table(
    rows,
    "chairs",
    ["date", "person", "role", "meeting_name", "kind", "locality", "reports", "open"],
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
