"""Exports read back: RDF export -> import gives the same stats and answers; the neo4j-admin CSV
files loaded into a real Neo4j give the same answers as a direct ingest; copy between backends."""

from __future__ import annotations

import csv
from pathlib import Path

import networkx as nx
import pytest

from eventgraph.exc import InvalidInput
from eventgraph.export.formats import export
from eventgraph.export.transfer import copy, import_file
from eventgraph.queries import all_queries, get
from eventgraph.store import open_store
from eventgraph.store.base import Store
from tests.store.test_contract import ID_PARAMS, normalised

QUERIES = [
    ("chairs", {}),
    ("lineage", {"code": "45-KH/TU"}),
    ("meetings", {}),
    ("people", {}),
    ("article_facts", {"id": "hp-2022-04-06"}),
    ("newest_directives", {}),
]


def answers(st: Store) -> list[list[str]]:
    return [normalised(get(name), st.run(get(name), params).rows) for name, params in QUERIES]


def assert_same_graph(loaded: Store, source: Store) -> None:
    """The same stats, the same answers above, and every named query without an id alike."""
    assert loaded.stats() == source.stats()
    assert answers(loaded) == answers(source)
    for q in all_queries().values():
        if q.name in ID_PARAMS:
            continue
        want, got = source.run(q, {}).rows, loaded.run(q, {}).rows
        assert normalised(q, got) == normalised(q, want), q.name


@pytest.mark.parametrize("fmt", ["nq", "trig", "jsonld"])
def test_rdf_export_imports_back(source: Store, tmp_path: Path, fmt: str) -> None:
    out = export(source, fmt, tmp_path / f"graph.{fmt}")
    target = open_store("memory://")
    assert import_file(out, target) == 5
    assert target.stats() == source.stats()
    assert answers(target) == answers(source)
    import_file(out, target)  # importing again replaces each graph: nothing doubles
    assert target.stats() == source.stats()


def test_turtle_is_the_union_and_is_not_imported_as_graphs(source: Store, tmp_path: Path) -> None:
    import pyoxigraph as ox

    out = export(source, "ttl", tmp_path / "graph.ttl")
    text = out.read_text(encoding="utf-8")
    assert "@prefix eg: <https://w3id.org/eventgraph/ontology#>" in text
    g = ox.Store()
    g.load(path=str(out), format=ox.RdfFormat.TURTLE)
    chair = ox.NamedNode("https://w3id.org/eventgraph/ontology#chair")
    assert any("tran-luu-quang" in q.object.value for q in g.quads_for_pattern(None, chair, None))
    with pytest.raises(InvalidInput, match="outside named graphs"):
        import_file(out, open_store("memory://"))


def test_graphml_holds_the_property_graph(source: Store, tmp_path: Path) -> None:
    g = nx.read_graphml(export(source, "graphml", tmp_path / "graph.graphml"))
    quang = "https://w3id.org/eventgraph/id/person/tran-luu-quang/hai-phong"
    assert g.nodes[quang]["name"] == "Trần Lưu Quang"
    chaired = [
        (d["role"], d["article_id"], g.nodes[o]["date"])
        for _, o, d in g.out_edges(quang, data=True)
        if d["type"] == "PARTICIPATED"
    ]
    assert sorted(chaired) == [
        ("chair", "hp-2022-04-06", "2022-04-06"),
        ("chair", "hp-2022-04-07", "2022-04-06"),
    ]
    lineage = {
        (g.nodes[s]["code"], g.nodes[o]["code"])
        for s, o, d in g.edges(data=True)
        if d["type"] == "IMPLEMENTS"
    }
    assert ("122-KH/TU", "21-KL/TW") in lineage and ("45-KH/TU", "23-NQ/TW") in lineage


def test_neo4j_csv_has_typed_headers(source: Store, tmp_path: Path) -> None:
    folder = export(source, "neo4j-csv", tmp_path / "csv")
    with (folder / "nodes-Meeting.csv").open(encoding="utf-8") as f:
        header = next(csv.reader(f))
    assert header[:2] == ["iri:ID", ":LABEL"] and "date:date" in header
    with (folder / "relationships-PARTICIPATED.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert {"start:int", "end:int", ":START_ID", ":END_ID", ":TYPE"} <= set(rows[0])
    assert {r["role:string"] for r in rows} == {"chair", "attendee"}


def test_copy_between_embedded_backends(source: Store) -> None:
    target = open_store("memory://")
    seen: list[tuple[int, int]] = []
    assert copy(source, target, batch=2, progress=lambda d, t: seen.append((d, t))) == 5
    assert seen[-1] == (5, 5) and len(seen) == 3
    assert target.stats() == source.stats() and answers(target) == answers(source)


@pytest.mark.server
def test_neo4j_csv_loads_into_neo4j(source: Store, tmp_path: Path, neo4j_export_server) -> None:  # type: ignore[no-untyped-def]
    server = neo4j_export_server
    folder = export(source, "neo4j-csv", tmp_path / "csv")
    neo = open_store(server.uri)
    try:
        neo.clear()
        with neo.driver.session() as s:
            for stmt in (folder / "load.cypher").read_text(encoding="utf-8").split(";\n"):
                if stmt.strip():
                    s.run(stmt, folder=folder.resolve().as_uri()).consume()
        assert_same_graph(neo, source)
    finally:
        neo.clear()
        neo.close()


@pytest.mark.server
def test_copy_into_and_out_of_neo4j(source: Store, neo4j_export_server) -> None:  # type: ignore[no-untyped-def]
    neo = open_store(neo4j_export_server.uri)
    try:
        neo.clear()
        assert copy(source, neo) == 5
        assert neo.stats() == source.stats() and answers(neo) == answers(source)
        back = open_store("memory://")
        copy(neo, back)
        assert back.stats() == source.stats() and answers(back) == answers(source)
    finally:
        neo.clear()
        neo.close()
