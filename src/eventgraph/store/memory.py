"""memory:// — an in-memory store on rdflib's Dataset, the RDF toolkit's own engine.

A second, independent SPARQL engine: the contract tests run the same named queries here and on
Oxigraph, which keeps the query files standard SPARQL 1.1. Not persistent; for tests and small runs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import IO, Any, cast

from rdflib import Dataset, Literal, URIRef, Variable
from rdflib.namespace import XSD
from rdflib.query import ResultRow

from eventgraph.exc import QueryError
from eventgraph.store.base import QueryResult
from eventgraph.store.sparql_base import SparqlStore


def _value(term: Any) -> Any:
    if term is None:
        return None
    if isinstance(term, Literal):
        if term.datatype in (XSD.integer, XSD.int, XSD.long, XSD.decimal, XSD.nonNegativeInteger):
            return int(term)
        if term.datatype == XSD.date:
            return str(term)
        v = term.toPython()
        return v if isinstance(v, (int, float, bool)) else str(term)
    return str(term)


def _term(value: Any) -> Literal:
    if isinstance(value, dt.date):
        return Literal(value.isoformat(), datatype=XSD.date)
    return Literal(value)


class MemoryStore(SparqlStore):
    """rdflib Dataset with the default graph as the union of the article graphs (a set in rdflib, so no
    union of its own is kept)."""

    scheme = "memory"
    keeps_union = False

    def __init__(self, url: str = "memory://") -> None:
        super().__init__(url)
        self.ds = Dataset(default_union=True)

    def _select(self, text: str, bindings: dict[str, Any]) -> QueryResult:
        try:
            res = self.ds.query(text, initBindings={Variable(k): _term(v) for k, v in bindings.items()})
        except Exception as e:  # rdflib raises pyparsing errors and others for bad queries
            raise QueryError(f"the query does not run: {e}") from e
        if res.type != "SELECT":
            raise QueryError("only SELECT queries return rows here")
        cols = [str(v) for v in res.vars or []]
        rows = [cast(ResultRow, row) for row in res]  # a SELECT's rows (checked just above)
        return QueryResult(cols, [{c: _value(row[i]) for i, c in enumerate(cols)} for row in rows])

    def _load_nquads(self, data: str) -> None:
        if data:
            self.ds.parse(data=data, format="nquads")

    def _update(self, text: str) -> None:
        self.ds.update(text)

    def _drop_graphs(self, graph_iris: Sequence[str]) -> None:
        for g in graph_iris:
            self.ds.remove_graph(URIRef(g))

    def _dump(self, out: IO[bytes]) -> None:
        out.write(self.ds.serialize(format="nquads", encoding="utf-8"))
