"""Directive lineage: find a directive by code or subject, then its chain up (what it implements, up
to the central document) and down (what implements it, by province and date), as a tree and a graph.
"""

from functools import partial

import streamlit as st

from eventgraph.dashboard import data, export, i18n, lineage, render
from eventgraph.dashboard.localities import province_in
from eventgraph.dashboard.ui import download, header, lang, query, sources, t, table
from eventgraph.text import code_key

header("lineage")
typed = st.text_input(
    t("lineage.find"), value=st.query_params.get("code", ""), key="ln_q", placeholder="122-KH/TU"
)
if not typed.strip():
    st.info(t("lineage.hint"))
    st.stop()

text = data.search_text(typed)
found = data.rank_directives(query("directive_search", code=text, text=text, issuer=text), text)
if found.empty:
    st.info(t("search.none", q=typed))
    st.stop()


def describe(i: int) -> str:
    r = found.iloc[i]
    when = r["date"] or data.period_text(r["period"], lang())
    kind = i18n.value(r["kind"], lang())
    return " · ".join(str(x) for x in (r["code"], kind, r["issuer"], when) if x)


pick = st.selectbox(t("lineage.pick"), range(len(found)), key="ln_pick", format_func=describe)
chosen = found.iloc[pick]
start = lineage.Doc(
    iri=chosen["directive"],
    code=chosen["code"],
    kind=chosen["kind"] or "",
    issuer=chosen["issuer"] or "",
    date=chosen["date"] or "",
    period=chosen["period"] or "",
)
rows = query("lineage", code=chosen["code"], issuer=chosen["issuer_key"])
lin = lineage.build(rows, start)
if chosen["subject"]:
    st.caption(render.md(chosen["subject"]))
if not lin.links:
    st.info(t("lineage.none"))

tree_tab, graph_tab, links_tab = st.tabs(
    [t("lineage.tree"), t("lineage.graph"), t("lineage.links")]
)
with tree_tab:
    st.caption(t("lineage.tree_help"))
    st.markdown(render.lineage_markdown(lineage.tree(lin), lin.start, lang()))
with graph_tab:
    g = lineage.graph(lin)
    if g.number_of_nodes() < len(lin.docs):
        st.caption(t("lineage.truncated", n=g.number_of_nodes()))
    st.graphviz_chart(render.lineage_dot(g, lin, lang()), width="content")
    left, right = st.columns(2)
    with left:
        download("turtle", partial(export.lineage_turtle, lin), "lineage.ttl", "text/turtle")
    with right:
        graphml = partial(export.graphml, g)
        download("graphml", graphml, "lineage.graphml", "application/graphml+xml")
with links_tab:
    if rows.empty:
        st.info(t("lineage.none"))
    else:
        kept = rows[
            [(s, t_) in lin.links for s, t_ in zip(rows["source"], rows["target"], strict=True)]
        ]
        table(
            kept,
            "lineage",
            ["direction", "source_code", "source_issuer", "source_date", "target_code"],
        )

below = lineage.implementations(lin, province_in)
if not below.empty:
    st.subheader(t("lineage.below"))
    places = lineage.first_by_province(below)
    if places:
        listed = ", ".join(f"{p} ({d or t('lineage.no_date')})" for p, d in places)
        st.markdown(render.md(t("lineage.provinces", n=len(places), places=listed)))
    st.caption(t("lineage.below_help"))
    below = below.assign(
        date=[
            d or data.period_text(p, lang())
            for d, p in zip(below["date"], below["period"], strict=True)
        ]
    )
    table(below, "implemented_by", lineage.IMPLEMENTATION_COLUMNS)

sources(
    chosen["directive"], code_key(str(chosen["code"] or "")), "lineage_sources", "lineage.sources"
)
