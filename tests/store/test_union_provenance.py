"""An article's own statements (a fact's span, sentence and extractor, the article's text) stay in
its graph and out of the union; the queries that show them read them there, on every SPARQL backend,
and a store written before (those statements in its union too) answers the same and heals on
re-ingest."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventgraph.queries import get
from eventgraph.store.base import Store
from eventgraph.store.rdf import ARTICLE_ONLY, article_statements
from eventgraph.store.sparql_base import SparqlStore
from tests.store.articles import articles, changed
from tests.store.conftest import BACKENDS

pytestmark = pytest.mark.parametrize("backend", [b for b in BACKENDS if b != "neo4j"])

OWN = f"FILTER(?p IN ({', '.join(sorted(ARTICLE_ONLY))}))"


def _count(st: Store, where: str) -> int:
    return int(st.console(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}").rows[0]["n"])


def _answers(st: Store) -> dict[str, list[str]]:
    """What a user sees of the provenance: sentences, spans, texts (rows as sorted strings)."""
    asks = {"chairs": {}, "meeting_chairs": {}, "base_chairs": {},
            "sources": {"node": _quang(st), "key": "tran luu quang"}}
    for a, _ in articles():
        asks[f"article_facts {a.id}"] = {"id": a.id}
        asks[f"article {a.id}"] = {"id": a.id}
    out = {}
    for key, params in asks.items():
        rows = st.run(get(key.split()[0]), params).rows
        out[key] = sorted(str(sorted(r.items())) for r in rows)
    return out


def _quang(st: Store) -> str:
    return next(r["person_id"] for r in st.run(get("people"), {}).rows
                if r["person"] == "Trần Lưu Quang")


def test_own_statements_stay_in_the_article_graph(
        open_backend: Callable[[str], Store], backend: str) -> None:
    st = open_backend(backend)
    assert isinstance(st, SparqlStore)
    st.replace_articles(articles())
    in_graphs = _count(st, f"GRAPH ?g {{ ?s ?p ?o }} {OWN}")
    assert in_graphs > 40  # five articles: every fact's span, sentence, extractor, every text
    if st.keeps_union:
        assert _count(st, f"?s ?p ?o {OWN}") == 0  # the union (the default dataset) holds none
    assert st.union_drift() == (0, 0)
    got = _answers(st)
    # the seed's chair with the sentence that says so, read from the article's graph
    quang = st.run(get("chairs"), {"person": "tran luu quang"}).rows
    assert quang and all("chủ trì" in r["sentence"] for r in quang)
    facts = st.run(get("article_facts"), {"id": "hp-2022-04-06"}).rows
    assert facts and all(r["sentence"] and r["extractor"] == "test-fixture.v1" for r in facts)
    assert "Trần Lưu Quang" in st.run(get("article"), {"id": "hp-2022-04-06"}).rows[0]["text"]
    assert all(len(rows) >= 1 for k, rows in got.items() if k != "meeting_chairs")


def test_a_store_written_before_answers_the_same(
        open_backend: Callable[[str], Store], backend: str) -> None:
    st = open_backend(backend)
    assert isinstance(st, SparqlStore)
    if not st.keeps_union:
        pytest.skip(f"{backend} keeps no union of its own")
    items = articles()
    st.replace_articles(items)
    new_shape = _answers(st)
    # The shape before: the union held every statement, the article's own ones included.
    tail = " .\n" if st.union_graph is None else f" <{st.union_graph}> .\n"
    st._load_nquads("".join(t + tail for a, ex in items for t in article_statements(a, ex)[2]))
    assert _count(st, f"?s ?p ?o {OWN}") > 40
    assert st.union_drift() == (0, 0)
    assert _answers(st) == new_shape  # GRAPH ?g never counts the union graph (Virtuoso) twice

    # Re-ingesting one article and deleting another take their own statements out of the union.
    st.replace_articles([changed(items[4])])
    st.delete_articles([items[0][0].id])
    assert st.union_drift() == (0, 0)
    left = {t for a, ex in items[1:4] for t in article_statements(a, ex)[2]}
    assert _count(st, f"?s ?p ?o {OWN}") == len(left)
