"""Stores chosen by URL: oxigraph:///dir (default), memory://, sparql+http://…, neo4j://…"""

from eventgraph.store.registry import open_reader, open_store

__all__ = ["open_reader", "open_store"]
