"""The whole store as one property graph (the Neo4j mapping of every article graph, merged).

GraphML, the neo4j-admin CSV files and the Cypher script are written from this, so they hold the
same nodes, relationships and provenance as a Neo4j store filled by `eventgraph ingest`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox

from eventgraph.export.graphs import graph_batches
from eventgraph.store.neo4j_mapping import Batch, batch_from_nquads


@dataclass
class PropertyGraph:
    """Nodes by IRI (labels, properties), links with the articles stating them, facts, DESCRIBES."""

    nodes: dict[str, tuple[set[str], dict[str, Any]]] = field(default_factory=dict)
    links: dict[tuple[str, str, str, str], list[str]] = field(default_factory=dict)
    facts: list[tuple[str, str, str, dict[str, Any]]] = field(default_factory=list)
    describes: set[tuple[str, str]] = field(default_factory=set)

    def add(self, batch: Batch) -> None:
        """Merge a mapped batch: a node's properties from later articles win, as in Neo4j."""
        for labels, rows in batch.nodes.items():
            for row in rows:
                have_labels, props = self.nodes.setdefault(row["iri"], (set(), {}))
                have_labels.update(labels)
                props.update(row["props"])
        for rel, rows in batch.links.items():
            for r in rows:
                ids = self.links.setdefault((r["s"], rel, r.get("predicate", ""), r["o"]), [])
                if r["aid"] not in ids:
                    ids.append(r["aid"])
        for rel, rows in batch.facts.items():
            self.facts.extend((r["s"], rel, r["o"], r["props"]) for r in rows)
        self.describes.update((d["a"], d["n"]) for d in batch.describes)

    def relationships(self) -> list[tuple[str, str, str, dict[str, Any]]]:
        """Every relationship as (source IRI, type, target IRI, properties)."""
        out = [
            (s, rel, o, {"articles": ids, **({"predicate": p} if p else {})})
            for (s, rel, p, o), ids in self.links.items()
        ]
        out += self.facts
        out += [(a, "DESCRIBES", n, {}) for a, n in sorted(self.describes)]
        return out


def from_stage(stage: ox.Store, batch: int = 500) -> PropertyGraph:
    """Map every article graph of a staged store."""
    pg = PropertyGraph()
    for _, nquads in graph_batches(stage, batch):
        pg.add(batch_from_nquads(nquads))
    return pg
