"""`eventgraph import` and `eventgraph copy`: RDF files or whole stores into any store."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from eventgraph.exc import InvalidInput
from eventgraph.export.graphs import (
    default_graph_size,
    graph_batches,
    staged,
    staged_file,
    write_graphs,
)
from eventgraph.store.base import Store

Progress = Callable[[int, int], None]  # (graphs done, graphs in all)


def import_file(
    path: Path, store: Store, batch: int = 200, progress: Progress | None = None
) -> int:
    """Load an RDF file's named graphs (N-Quads, TriG, JSON-LD) into `store`; returns graphs loaded.

    Each graph replaces the graph of the same name, so importing an export again changes nothing.
    """
    with staged_file(path) as stage:
        if default_graph_size(stage):
            raise InvalidInput(
                f"{path} has triples outside named graphs (a Turtle export is the "
                "union of the article graphs): import an .nq, .trig or .jsonld export"
            )
        return _pour(stage, store, batch, progress)


def copy(source: Store, target: Store, batch: int = 200, progress: Progress | None = None) -> int:
    """Copy every graph of `source` into `target`, `batch` graphs a write; returns the count."""
    with staged(source) as stage:
        return _pour(stage, target, batch, progress)


def _pour(stage, target: Store, batch: int, progress: Progress | None) -> int:  # type: ignore[no-untyped-def]
    total = len(list(stage.named_graphs()))
    done = 0
    for graphs, nquads in graph_batches(stage, batch):
        write_graphs(target, graphs, nquads)
        done += len(graphs)
        if progress:
            progress(done, total)
    return done
