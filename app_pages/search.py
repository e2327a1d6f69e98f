"""Search: one box across people, directives, meetings and localities, with or without diacritics
("tran luu quang" finds Trần Lưu Quang) and with old or new tone placement ("Hoà" = "Hòa")."""

from urllib.parse import quote

import streamlit as st

from eventgraph.dashboard import data, i18n
from eventgraph.dashboard.ui import header, lang, query, stale_notice, t, table

# Where a result of each type opens, and with which URL parameter.
TARGETS = {
    "person": ("people", "name"),
    "directive": ("lineage", "code"),
    "locality": ("localities", None),
    "meeting": ("meetings", None),
}

header("search")
stale_notice()
typed = st.text_input(t("search.box"), key="sr_q", placeholder=t("search.placeholder"))
if not typed.strip():
    st.info(t("search.hint"))
    st.stop()

text = data.search_text(typed)
found = {
    "person": query("search_people", q=typed),
    "directive": query("search_directives", q=typed, text=text),
    "meeting": query("search_meetings", q=typed, text=text),
    "locality": query("search_localities", q=typed),
}
if all(part.empty for part in found.values()):
    st.info(t("search.none", q=typed))
    st.stop()

for kind, part in found.items():
    if part.empty:
        continue
    page, param = TARGETS[kind]
    links = [f"{page}?{param}={quote(str(v), safe='')}" if param else page for v in part["label"]]
    part = part.assign(detail=part["detail"].map(lambda v: i18n.value(v, lang())), open=links)
    st.subheader(f"{i18n.value(kind, lang())} ({len(part)})")
    table(
        part,
        f"search_{kind}",
        ["label", "detail", "open"],
        open=st.column_config.LinkColumn(
            i18n.column("open", lang()), display_text=t("search.open")
        ),
    )
