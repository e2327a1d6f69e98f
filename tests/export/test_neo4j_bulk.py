"""The Neo4j files of `export` loaded by Neo4j's own tools give the graph a direct ingest gives:
the neo4j-csv folder through `neo4j-admin database import full` (run from the dev server's Maven
artifacts) and the Cypher script statement by statement."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventgraph.export.formats import export
from eventgraph.servers import neo4j_admin, neo4j_dev
from eventgraph.store import open_store
from eventgraph.store.base import Store
from tests.export.test_roundtrip import assert_same_graph
from tests.store.articles import articles
from tests.store.servers import unavailable

pytestmark = pytest.mark.server


def statements(script: Path) -> list[str]:
    """A Cypher file's statements (each of ours ends a line with `;`)."""
    text = script.read_text(encoding="utf-8")
    return [s.strip() for s in text.split(";\n") if s.strip()]


def test_neo4j_admin_import_serves_the_same_answers(source: Store, tmp_path: Path) -> None:
    if not neo4j_dev.java_available():
        unavailable("java and mvn are not on PATH: neo4j-admin cannot run")
    folder = export(source, "neo4j-csv", tmp_path / "csv")
    data = tmp_path / "imported"
    summary = neo4j_admin.admin_import(folder, data)
    assert "IMPORT DONE" in summary
    assert (data / "import.report").exists()  # the tool's report stays in the data folder
    with neo4j_dev.start(data) as server:
        neo = open_store(server.uri)
        try:
            with neo.driver.session() as s:  # type: ignore[attr-defined]
                for stmt in statements(folder / "schema.cypher"):
                    s.run(stmt).consume()
                shown = {r["name"] for r in s.run("SHOW CONSTRAINTS YIELD name")}
            assert {"resource_iri", "article_id", "person_iri"} <= shown
            assert_same_graph(neo, source)
            # The imported graph is an ordinary store: re-ingesting an article replaces its facts.
            before = neo.stats()
            neo.replace_articles(articles()[:2])
            assert neo.stats() == before
        finally:
            neo.close()


def test_import_refuses_a_folder_without_nodes(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(neo4j_dev.Neo4jDevError, match="no nodes-"):
        neo4j_admin.import_args(tmp_path / "empty")


def test_cypher_script_builds_the_same_graph(
    source: Store, tmp_path: Path, neo4j_export_server
) -> None:  # type: ignore[no-untyped-def]
    script = export(source, "cypher", tmp_path / "graph.cypher")
    neo = open_store(neo4j_export_server.uri)
    try:
        neo.clear()  # type: ignore[attr-defined]
        with neo.driver.session() as s:  # type: ignore[attr-defined]
            for stmt in statements(script):
                s.run(stmt).consume()
        assert_same_graph(neo, source)
    finally:
        neo.clear()  # type: ignore[attr-defined]
        neo.close()
