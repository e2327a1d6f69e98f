"""eventgraph: Vietnamese political news turned into a provenance-tracked knowledge graph."""

__version__ = "0.1.0"
