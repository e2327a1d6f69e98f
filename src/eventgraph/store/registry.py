"""open_store(url): the backend is chosen by the URL scheme and imported only when asked for."""

from __future__ import annotations

from importlib import import_module
from typing import Any

from eventgraph import settings
from eventgraph.exc import StoreError
from eventgraph.store.base import Store

# scheme -> "module:Class"; backends import lazily so a missing driver only matters when used.
BACKENDS = {
    "oxigraph": "eventgraph.store.oxigraph:OxigraphStore",
    "memory": "eventgraph.store.memory:MemoryStore",
    "sparql+http": "eventgraph.store.sparql_http:SparqlHttpStore",
    "sparql+https": "eventgraph.store.sparql_http:SparqlHttpStore",
    "neo4j": "eventgraph.store.neo4j:Neo4jStore",
    "neo4j+s": "eventgraph.store.neo4j:Neo4jStore",
    "neo4j+ssc": "eventgraph.store.neo4j:Neo4jStore",  # TLS, the certificate not checked
    "bolt": "eventgraph.store.neo4j:Neo4jStore",
    "bolt+s": "eventgraph.store.neo4j:Neo4jStore",
    "bolt+ssc": "eventgraph.store.neo4j:Neo4jStore",
}


def open_store(url: str | None = None, **options: Any) -> Store:
    """Open the store named by `url` (default: EVENTGRAPH_STORE, else the embedded store)."""
    url = url or settings.store_url()
    scheme = url.split("://", 1)[0] if "://" in url else ""
    target = BACKENDS.get(scheme)
    if target is None:
        known = ", ".join(f"{s}://" for s in BACKENDS)
        raise StoreError(f"unknown store URL {url!r}: use one of {known}")
    module, cls = target.split(":")
    try:
        backend = getattr(import_module(module), cls)
    except ImportError as e:
        raise StoreError(f"the {scheme}:// backend is not available: {e}") from e
    return backend(url, **options)


def open_reader(url: str | None = None) -> Store:
    """Open the store named by `url` for reading: the embedded store read-only (its newest published
    snapshot, never the folder a writer may hold), every other backend as it is."""
    url = url or settings.store_url()
    if url.startswith("oxigraph://"):
        return open_store(url, read_only=True)
    return open_store(url)
