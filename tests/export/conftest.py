"""The export tests' source graph (the sample articles in the embedded store) and the session's
shared Neo4j dev server (CSV load, Cypher script, copy)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from eventgraph.store import open_store
from eventgraph.store.base import Store
from tests.store.articles import articles
from tests.store.servers import shared_neo4j


@pytest.fixture
def source(tmp_path: Path) -> Store:
    st = open_store(f"oxigraph://{tmp_path / 'source'}")
    st.replace_articles(articles())
    return st


@pytest.fixture(scope="session")
def neo4j_export_server(tmp_path_factory: pytest.TempPathFactory) -> Any:
    return shared_neo4j(tmp_path_factory)
