"""`add_quads(..., bulk=True)` takes the same N-Quads text as the transactional path and stores the
same statements, graph and union (it once handed text to loaders that expect UTF-8 bytes)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventgraph.store.base import Store
from eventgraph.store.sparql_base import SparqlStore
from tests.store.conftest import BACKENDS

pytestmark = pytest.mark.parametrize("backend", [b for b in BACKENDS if b != "neo4j"])

G = "https://eventgraph.test/graph/bulk-probe"
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
    st.add_quads(LINES, bulk=bulk)
    # each statement asked for by itself (Virtuoso, under a default-graph-uri, counts some graphs'
    # ?s ?p ?o short: sparql_http._existing_graphs)
    for post in ("name", "post"):
        assert _count(st, f"GRAPH <{G}> {{ ?s <https://eventgraph.test/v/{post}> ?o }}") == 1
    name = "<https://eventgraph.test/v/name>"
    if st.keeps_union:
        assert _count(st, f'?s {name} "Trần Lưu Quang"') == 1  # the union has it, once
