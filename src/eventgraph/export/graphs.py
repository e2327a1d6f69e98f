"""A store's graphs as a stream of batches, and batches written into any store.

Every backend can dump N-Quads (the Neo4j store rebuilds its article graphs), so this is the one
path for exports, imports and copies: the dump goes into a temporary on-disk Oxigraph store,
which hands the named graphs out a batch at a time, whatever order the dump had.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox

from eventgraph import vocab
from eventgraph.exc import InvalidInput, StoreError
from eventgraph.store.base import Store
from eventgraph.store.sparql_base import SparqlStore

FORMATS = {
    ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".json": ox.RdfFormat.JSON_LD,
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
}


@contextmanager
def staged(store: Store) -> Iterator[ox.Store]:
    """The store's whole content in a temporary Oxigraph store (on disk, so size is not a limit)."""
    with tempfile.TemporaryDirectory(prefix="eventgraph-stage-") as tmp:
        stage = ox.Store(tmp)
        dump = Path(tmp) / "dump.nq"
        with dump.open("wb") as out:
            store.dump_nquads(out)
        stage.bulk_load(path=str(dump), format=ox.RdfFormat.N_QUADS)
        yield stage
        del stage


@contextmanager
def staged_file(path: Path) -> Iterator[ox.Store]:
    """An RDF file in a temporary Oxigraph store; the format comes from the file's extension."""
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InvalidInput(f"{path}: unknown RDF format; use .nq, .trig, .jsonld, .ttl or .nt")
    with tempfile.TemporaryDirectory(prefix="eventgraph-stage-") as tmp:
        stage = ox.Store(tmp)
        try:
            stage.bulk_load(path=str(path), format=fmt)
        except (SyntaxError, OSError) as e:
            raise InvalidInput(f"{path} cannot be read as {fmt}: {e}") from None
        yield stage
        del stage


def graph_batches(stage: ox.Store, batch: int) -> Iterator[tuple[list[str], str]]:
    """(graph IRIs, their quads as N-Quads text) for `batch` named graphs at a time."""
    graphs = sorted(
        g.value
        for g in stage.named_graphs()
        if isinstance(g, ox.NamedNode) and g.value != vocab.UNION_GRAPH
    )  # derived
    for i in range(0, len(graphs), batch):
        names = graphs[i : i + batch]
        quads = [
            q for g in names for q in stage.quads_for_pattern(None, None, None, ox.NamedNode(g))
        ]
        yield names, (ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b"").decode()


def default_graph_size(stage: ox.Store) -> int:
    """How many triples sit outside any named graph (a Turtle file has nothing else)."""
    return sum(1 for _ in stage.quads_for_pattern(None, None, None, ox.DefaultGraph()))


def write_graphs(store: Store, graphs: list[str], nquads: str) -> None:
    """Replace these named graphs in `store` by the quads given (article graphs and judgements)."""
    from eventgraph.store.neo4j import Neo4jStore

    if isinstance(store, SparqlStore):
        store.remove_graphs(graphs)
        store.add_quads(nquads)
    elif isinstance(store, Neo4jStore):
        store.load_nquads(nquads)
    else:
        raise StoreError(f"{store.scheme}:// stores cannot take RDF graphs")
