"""The Neo4j dev server answers Bolt with real Cypher; the CLI start/stop pair works with auth."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from neo4j import GraphDatabase
from neo4j.exceptions import AuthError, ConstraintError

from eventgraph.servers import neo4j_dev
from eventgraph.servers._process import free_port

pytestmark = pytest.mark.server


def test_nodes_constraint_and_batch_merge(neo4j_server: neo4j_dev.Neo4jDevServer) -> None:
    rows = [{"id": f"p{i}", "name": f"Người {i}"} for i in range(5000)]
    with GraphDatabase.driver(neo4j_server.uri, auth=neo4j_server.auth) as driver:
        driver.verify_connectivity()
        driver.execute_query(
            "CREATE CONSTRAINT person_id IF NOT EXISTS FOR (p:Person) REQUIRE p.id IS UNIQUE"
        )
        driver.execute_query("CREATE (:Meeting {id: 'm1', title: 'Hội nghị Trung ương'})")
        # Twice: MERGE on the constrained key must not duplicate anything.
        for _ in range(2):
            driver.execute_query(
                "UNWIND $rows AS r MERGE (p:Person {id: r.id}) SET p.name = r.name", rows=rows
            )
        count = driver.execute_query("MATCH (p:Person) RETURN count(p) AS n").records[0]["n"]
        name = driver.execute_query(
            "MATCH (p:Person {id: $id}) RETURN p.name AS name", id="p4321"
        ).records[0]["name"]
        title = driver.execute_query("MATCH (m:Meeting) RETURN m.title AS t").records[0]["t"]
        with pytest.raises(ConstraintError):
            driver.execute_query("CREATE (:Person {id: 'p1'})")
    assert (count, name, title) == (5000, "Người 4321", "Hội nghị Trung ương")


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "eventgraph.servers.neo4j_dev", *args]
    run_env = {**os.environ, **(env or {})}
    return subprocess.run(
        cmd, capture_output=True, text=True, timeout=180, env=run_env, check=False
    )


@pytest.mark.slow
@pytest.mark.usefixtures("java_required")
def test_cli_start_status_stop_across_processes_with_auth(tmp_path: Path) -> None:
    data = str(tmp_path / "neo4j")
    port = str(free_port())
    creds = {"EVENTGRAPH_NEO4J_USER": "eventgraph", "EVENTGRAPH_NEO4J_PASSWORD": "bí mật"}
    started = _cli("start", "--data", data, "--port", port, env=creds)
    try:
        assert started.returncode == 0, started.stderr
        uri = started.stdout.strip()
        assert uri == f"bolt://127.0.0.1:{port}"
        assert _cli("status", "--data", data).returncode == 0
        with GraphDatabase.driver(uri, auth=("eventgraph", "bí mật")) as driver:
            assert driver.execute_query("RETURN 1 + 1 AS n").records[0]["n"] == 2
        with GraphDatabase.driver(uri, auth=("eventgraph", "wrong")) as driver:
            with pytest.raises(AuthError):
                driver.verify_connectivity()
    finally:
        stopped = _cli("stop", "--data", data)
    assert stopped.stdout.strip() == "stopped"
    assert _cli("status", "--data", data).returncode == 3
    assert neo4j_dev.status(data) is None
    assert "NEO4J STOPPED" in (tmp_path / "neo4j" / "neo4j-dev.log").read_text()


@pytest.mark.usefixtures("java_required")
def test_busy_port_fails_with_the_server_log(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(neo4j_dev.Neo4jDevError, match="exited with code") as err:
            neo4j_dev.start(tmp_path / "neo4j", port=port, timeout=120)
    assert "neo4j-dev.log" in str(err.value)
    assert f"port {port} on 127.0.0.1 is already in use" in str(err.value)
