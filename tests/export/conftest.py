"""The session's shared Neo4j dev server for the export tests (CSV load, copy)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.store.servers import shared_neo4j


@pytest.fixture(scope="session")
def neo4j_export_server(tmp_path_factory: pytest.TempPathFactory) -> Any:
    return shared_neo4j(tmp_path_factory)
