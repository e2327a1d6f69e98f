"""`eventgraph export`: the store as RDF (nq, trig, ttl, jsonld), GraphML, Neo4j CSV or Cypher.

RDF keeps the ontology and the graph per article (N-Quads, TriG and JSON-LD hold named graphs;
Turtle holds their union); the other formats hold the property-graph mapping Neo4j uses.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph as ox

from eventgraph import vocab
from eventgraph.exc import InvalidInput
from eventgraph.export.graphs import staged
from eventgraph.export.neo4j_files import write_csv, write_cypher
from eventgraph.export.property_graph import PropertyGraph, from_stage
from eventgraph.store.base import Store

RDF_FORMATS = {
    "nq": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "jsonld": ox.RdfFormat.JSON_LD,
    "ttl": ox.RdfFormat.TURTLE,
}
FORMATS = [*RDF_FORMATS, "graphml", "neo4j-csv", "cypher"]
SUFFIX = {
    "nq": ".nq",
    "trig": ".trig",
    "jsonld": ".jsonld",
    "ttl": ".ttl",
    "graphml": ".graphml",
    "neo4j-csv": "",
    "cypher": ".cypher",
}


def export(store: Store, fmt: str, out: Path) -> Path:
    """Write the whole store to `out` (a folder for neo4j-csv) in format `fmt`; returns `out`."""
    if fmt not in FORMATS:
        raise InvalidInput(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    if fmt == "nq":
        with out.open("wb") as f:
            store.dump_nquads(f)
        return out
    with staged(store) as stage:
        if fmt in RDF_FORMATS:
            _rdf(stage, fmt, out)
            return out
        pg = from_stage(stage)
    if fmt == "graphml":
        nx.write_graphml(to_networkx(pg), out)
    elif fmt == "neo4j-csv":
        write_csv(pg, out)
    else:
        with out.open("w", encoding="utf-8") as f:
            write_cypher(pg, f)
    return out


def _rdf(stage: ox.Store, fmt: str, out: Path) -> None:
    prefixes = dict(vocab.PREFIXES)
    if fmt == "ttl":  # Turtle has no named graphs: the union of the article graphs
        triples = {ox.Triple(q.subject, q.predicate, q.object) for q in stage}
        ox.serialize(sorted(triples, key=str), str(out), ox.RdfFormat.TURTLE, prefixes=prefixes)
    else:
        stage.dump(str(out), RDF_FORMATS[fmt], prefixes=prefixes)


def _attr(value: Any) -> Any:
    """GraphML holds strings, numbers and booleans: lists joined, dates in ISO form."""
    if isinstance(value, list):
        return "; ".join(map(str, value))
    if isinstance(value, bool | int | float | str):
        return value
    return str(value)


def to_networkx(pg: PropertyGraph) -> nx.MultiDiGraph:
    """The property graph as a networkx multigraph (node `labels`, edge `type`)."""
    g = nx.MultiDiGraph()
    for iri, (labels, props) in pg.nodes.items():
        g.add_node(
            iri,
            labels=":".join(sorted(labels)),
            **{k: _attr(v) for k, v in props.items() if v is not None},
        )
    for s, rel, o, props in pg.relationships():
        g.add_edge(s, o, type=rel, **{k: _attr(v) for k, v in props.items() if v is not None})
    return g
