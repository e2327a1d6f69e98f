"""Virtuoso takes a batch two ways: through its Graph Store endpoint (one N-Triples POST per article
graph and one for the union, the dev server's URL) or, on a server configured without one, through
SPARQL Update alone. Both must leave the same graphs, the same union and the same answers, through a
first write, a changed article and a deletion."""

from __future__ import annotations

import io

import pytest

from eventgraph import vocab
from eventgraph.queries import get
from eventgraph.servers import sparql_dev
from eventgraph.store import open_store
from tests.store.articles import articles, changed

pytestmark = pytest.mark.server


def _state(url: str, auth: tuple[str, str] | None) -> tuple[list[str], tuple[int, int], list[dict]]:
    with open_store(url, auth=auth) as st:
        buf = io.BytesIO()
        st.dump_nquads(buf)
        chairs = st.run(get("chairs"), {"person": "Trần Lưu Quang"}).rows
        return sorted(set(buf.getvalue().decode().splitlines())), st.union_drift(), chairs


def test_graph_store_and_update_writes_leave_the_same_graph(
    virtuoso_server: sparql_dev.DevServer,
) -> None:
    gsp = virtuoso_server.url
    assert "graph_store=" in gsp
    update_only = gsp.split("&graph_store=")[0]
    items = articles()
    states = []
    for url in (gsp, update_only):
        with open_store(url, auth=virtuoso_server.auth) as st:
            st.delete_articles([a.id for a, _ in items])
            st.replace_articles(items)
            st.replace_articles([changed(items[1])])  # a replacement: retraction, drop, load
            st.delete_articles([items[2][0].id])
        states.append(_state(url, virtuoso_server.auth))
        with open_store(url, auth=virtuoso_server.auth) as st:
            st.delete_articles([a.id for a, _ in items])
    (quads, drift, chairs), other = states
    assert (quads, drift, chairs) == other
    assert drift == (0, 0)
    assert len(quads) > 100 and chairs, "the articles were written"
    deleted = f"<{vocab.graph_iri(items[2][0].id)}> ."
    assert not any(q.endswith(deleted) for q in quads), "the deleted article's graph is gone"
