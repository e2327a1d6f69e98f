"""One Neo4j dev server for all the store and export tests of a session (a JVM start is slow)."""

from __future__ import annotations

import atexit
import os
from pathlib import Path
from typing import Any

import pytest

from eventgraph.servers import neo4j_dev

_RUNNING: list[Any] = []


def unavailable(reason: str) -> None:
    """Skip, or under CI=true fail: CI must run every server backend."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason}; CI=true requires every server backend to run")
    pytest.skip(reason)


def shared_neo4j(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The session's Neo4j dev server, started on first use and stopped when Python exits."""
    if not _RUNNING:
        if not neo4j_dev.java_available():
            unavailable("java and mvn are not on PATH: the Neo4j dev server cannot be built")
        folder: Path = tmp_path_factory.mktemp("neo4j-tests")
        try:
            server = neo4j_dev.start(folder)
        except neo4j_dev.Neo4jDevError as e:
            unavailable(f"the Neo4j dev server did not start: {e}")
            raise
        atexit.register(server.stop)
        _RUNNING.append(server)
    return _RUNNING[0]
