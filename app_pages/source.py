"""Source reader: one article with the facts read from it highlighted in its text.

The article is other people's writing and may hold markup; it is shown through `highlight`, which
escapes every piece of text, and through `st.html`, which sanitises again.
"""

import streamlit as st

from eventgraph.dashboard import highlight, i18n
from eventgraph.dashboard.render import md
from eventgraph.dashboard.ui import header, lang, query, t, table

FACT_TYPES = ("Mention", "Membership", "Participation", "MeetingReport", "LineageStatement")


def describe(r) -> str:  # type: ignore[no-untyped-def]
    """A fact in a few words: "Trần Lưu Quang — chủ trì — Hội nghị …"."""
    role = i18n.value(r.role, lang()) if isinstance(r.role, str) else ""
    parts = [r.subject, role or i18n.value(r.detail, lang()), r.object]
    return f"{i18n.value(r.type, lang())}: " + " — ".join(str(p) for p in parts if p)


header("source")
article_id = st.query_params.get("article", "")
if not article_id:
    typed = st.text_input(t("source.find"), key="src_q")
    listing = query("articles", text=typed)
    if listing.empty:
        st.info(t("search.none", q=typed) if typed.strip() else t("store.empty"))
        st.stop()
    labels = {r.article: f"{r.date or '—'} · {r.title or r.article}" for r in listing.itertuples()}
    article_id = st.selectbox(
        t("source.pick"), list(labels), key="src_pick", format_func=labels.get
    )

found = query("article", id=article_id)
if found.empty:
    st.warning(t("source.missing", id=article_id))
    st.stop()
art = found.iloc[0]
st.subheader(md(art["title"] or art["article"]))
meta = [
    x
    for x in (art["date"], art["outlet"], art["province"], art["article"])
    if isinstance(x, str) and x
]
st.caption(" · ".join(md(x) for x in meta))
if isinstance(art["url"], str) and art["url"].startswith(("http://", "https://")):
    st.link_button(t("source.link"), art["url"])

facts = query("article_facts", id=article_id)
if not facts.empty:
    facts = facts.drop_duplicates("fact").reset_index(drop=True)
    # a meeting report's detail is its likely date (eg:inferredDate): said to be one
    facts = facts.assign(detail=[
        t("source.likely_date", date=d) if kind == "MeetingReport" and d else d
        for kind, d in zip(facts["type"], facts["detail"], strict=True)
    ])
    facts = facts.assign(label=[describe(r) for r in facts.itertuples()])
spans = [highlight.Span(int(r.start), int(r.end), r.type, r.label) for r in facts.itertuples()]
st.html(highlight.legend({k: str(i18n.value(k, lang())) for k in FACT_TYPES}))
st.html(highlight.highlight(art["text"] or "", spans))

st.subheader(t("source.facts"))
if facts.empty:
    st.info(t("source.no_facts"))
else:
    table(
        facts, "facts", ["start", "end", "type", "subject", "detail", "role", "object", "sentence"]
    )
