"""Every backend as a store URL: the embedded ones, and real servers started once per session.

A server that cannot start here is a visible skip on a developer machine; under CI=true the
Oxigraph-server, Virtuoso and Neo4j runs fail instead, so CI never passes without them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from eventgraph.servers import sparql_dev
from eventgraph.store import open_store
from eventgraph.store.base import Store
from tests.store.servers import shared_neo4j, unavailable

BACKENDS = ["memory", "oxigraph", "oxigraph-server", "virtuoso", "neo4j"]


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sparql_dev.DevServer]:
    if sparql_dev.oxigraph_binary() is None:
        unavailable("the oxigraph server binary is missing (pip install oxigraph)")
    with sparql_dev.start_oxigraph(tmp_path_factory.mktemp("oxigraph-server")) as server:
        yield server


@pytest.fixture(scope="session")
def virtuoso_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sparql_dev.DevServer]:
    if sparql_dev.virtuoso_binary() is None:
        unavailable("virtuoso-t is missing (run scripts/install-virtuoso.sh)")
    with sparql_dev.start_virtuoso(tmp_path_factory.mktemp("virtuoso")) as server:
        yield server


@pytest.fixture(scope="session")
def neo4j_store_server(tmp_path_factory: pytest.TempPathFactory) -> Any:
    return shared_neo4j(tmp_path_factory)


@pytest.fixture
def open_backend(request: pytest.FixtureRequest, tmp_path: Path) -> Callable[[str], Store]:
    """Open an empty store of the named backend; stores are emptied and closed after the test."""
    opened: list[Store] = []

    def make(backend: str) -> Store:
        st = _open(request, backend, tmp_path / f"{backend}-{len(opened)}")
        _empty(st)
        opened.append(st)
        return st

    yield make  # type: ignore[misc]
    for st in opened:
        _empty(st)
        st.close()


def _open(request: pytest.FixtureRequest, backend: str, path: Path) -> Store:
    if backend == "memory":
        return open_store("memory://")
    if backend == "oxigraph":
        return open_store(f"oxigraph://{path}")
    if backend == "oxigraph-server":
        return open_store(request.getfixturevalue("oxigraph_server").url)
    if backend == "virtuoso":
        server = request.getfixturevalue("virtuoso_server")
        return open_store(server.url, auth=server.auth)
    if backend == "neo4j":
        return open_store(request.getfixturevalue("neo4j_store_server").uri)
    raise ValueError(backend)


def _empty(st: Store) -> None:
    """Remove every article a test may have written (servers outlive a test)."""
    ids = [
        r["article"]
        for r in st.console(
            "MATCH (a:Article) RETURN a.id AS article"
            if st.console_language == "cypher"
            else "SELECT ?article WHERE { ?a a eg:Article ; eg:articleId ?article }"
        ).rows
    ]
    st.delete_articles(ids)
