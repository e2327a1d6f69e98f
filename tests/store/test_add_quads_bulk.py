"""`add_quads(..., bulk=True)` takes the same N-Quads text as the transactional path and stores the
same statements, graph and union (it once handed text to loaders that expect UTF-8 bytes)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventgraph import vocab
from eventgraph.store.base import Store
from eventgraph.store.sparql_base import SparqlStore
from tests.store.conftest import BACKENDS

# Not on Virtuoso: there the probe graph's statements still answered GRAPH <G> after
# remove_graphs (not understood yet, see the lead's note of 2026-11-26), and a server outlives a
# test, so a probe left behind changed later tests' answers. Oxigraph server takes the same HTTP
# write path (sparql_http) as Virtuoso.
pytestmark = pytest.mark.parametrize(
    "backend", [b for b in BACKENDS if b not in ("neo4j", "virtuoso")])

G = f"{vocab.ID}graph/test-bulk-probe"  # one of ours, so union_drift weighs it
LINES = (
    f'<https://eventgraph.test/p/1> <https://eventgraph.test/v/name> "Trần Lưu Quang" <{G}> .\n'
    f'<https://eventgraph.test/p/1> <https://eventgraph.test/v/post> "Bí thư Thành ủy" <{G}> .\n'
)


def _count(st: Store, where: str) -> int:
    return int(st.console(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}").rows[0]["n"])


@pytest.mark.parametrize("bulk", [False, True])
def test_bulk_and_transactional_writes_store_the_same(
        open_backend: Callable[[str], Store], backend: str, bulk: bool) -> None:
    st = open_backend(backend)
    assert isinstance(st, SparqlStore)
    try:
        st.add_quads(LINES, bulk=bulk)
        # each statement asked for by itself (Virtuoso, under a default-graph-uri, counts some
        # graphs' ?s ?p ?o short: sparql_http._existing_graphs)
        for post in ("name", "post"):
            assert _count(st, f"GRAPH <{G}> {{ ?s <https://eventgraph.test/v/{post}> ?o }}") == 1
        name = "<https://eventgraph.test/v/name>"
        if st.keeps_union:
            assert _count(st, f'?s {name} "Trần Lưu Quang"') == 1  # the union has it, once
        assert st.union_drift() == (0, 0)
    finally:
        # servers outlive a test and the fixture empties articles only: the probe goes, union too
        st.remove_graphs([G])
    assert st.union_drift() == (0, 0)
    for post in ("name", "post"):
        assert _count(st, f"GRAPH <{G}> {{ ?s <https://eventgraph.test/v/{post}> ?o }}") == 0
