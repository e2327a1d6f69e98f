"""A session-wide Neo4j dev server for the tests that need a real Neo4j."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from eventgraph.servers import neo4j_dev


@pytest.fixture(scope="session")
def java_required() -> None:
    """Skip (or, in CI, fail) when java/mvn are missing, so a missing JDK is never silent in CI."""
    if neo4j_dev.java_available():
        return
    reason = "java and mvn are not on PATH: the Neo4j dev server cannot be built"
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason}, and CI=true requires the Neo4j tests to run")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def neo4j_server(
    tmp_path_factory: pytest.TempPathFactory, java_required: None
) -> Iterator[neo4j_dev.Neo4jDevServer]:
    """A Neo4j 5.26 Community server on a free port and a fresh data folder, auth off."""
    with neo4j_dev.start(tmp_path_factory.mktemp("neo4j")) as server:
        yield server
