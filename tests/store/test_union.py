"""The deduplicated union (sparql_base): every statement of every named graph once, whatever is
replaced or removed, on every SPARQL backend that keeps one."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventgraph.queries import get
from eventgraph.resolve import judgements
from eventgraph.store.base import Store
from eventgraph.store.sparql_base import SparqlStore
from tests.store.articles import articles, changed
from tests.store.conftest import BACKENDS

pytestmark = pytest.mark.parametrize("backend", [b for b in BACKENDS if b != "neo4j"])


def _count(st: Store, where: str) -> int:
    return int(st.console(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}").rows[0]["n"])


def test_union_follows_every_write(open_backend: Callable[[str], Store], backend: str) -> None:
    st = open_backend(backend)
    assert isinstance(st, SparqlStore)
    items = articles()
    st.replace_articles(items)
    assert st.union_drift() == (0, 0)
    # A shared node (the seed's chair) is described once in the union, however many graphs say it.
    label = '?p <http://www.w3.org/2000/01/rdf-schema#label> "Trần Lưu Quang"'
    assert _count(st, label) == 1
    assert _count(st, f"GRAPH ?g {{ {label} }}") >= 2 or not st.keeps_union

    st.replace_articles([changed(items[1])])  # a changed article: its old statements leave the union
    assert st.union_drift() == (0, 0)
    st.delete_articles([items[0][0].id])
    assert st.union_drift() == (0, 0)

    people = st.run(get("people"), {}).rows
    a, b = people[0]["person_id"], people[1]["person_id"]
    jid = judgements.merge(st, a, b, reason="test", author="t")
    assert st.union_drift() == (0, 0)
    assert _count(st, "?x <http://www.w3.org/2002/07/owl#sameAs> ?y") == 1
    judgements.undo(st, jid)
    assert st.union_drift() == (0, 0)
    assert _count(st, "?x <http://www.w3.org/2002/07/owl#sameAs> ?y") == 0
