"""Property graph -> RDF: an article's named graph rebuilt from its Neo4j nodes and relationships.

The inverse of `neo4j_mapping`: the entity nodes an article describes, the links it states and its
fact relationships become the quads `rdf.py` wrote, so a Neo4j store dumps, exports and copies like
the RDF stores do.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from eventgraph import vocab as v
from eventgraph.store.neo4j_mapping import (
    DERIVED_FROM,
    FACT_TYPES,
    FACTS,
    GENERIC_LINK,
    LINK_PREDICATES,
    RDF_QUADS,
    RDF_TYPE,
    RELATIONS,
    TYPES,
    predicate_of,
)
from eventgraph.store.nquads import date_lit, int_lit, iri, lit, quad, typed

_DATE_LINKS = {v.TIME + "hasTime", v.DCT + "date"}
_FACT_ENDS = {cls: (src, dst) for cls, (_, src, dst) in FACTS.items()}


def term(value: Any) -> str:
    """A stored property value as an N-Triples literal."""
    if isinstance(value, bool):
        return typed(str(value).lower(), "boolean")
    if isinstance(value, int):
        return int_lit(value)
    if isinstance(value, float):
        return typed(repr(value), "double")
    if isinstance(value, dt.date):
        return date_lit(value)
    return lit(str(value))


class GraphWriter:
    """The quads of one article graph, deduplicated."""

    def __init__(self, aid: str) -> None:
        self.aid = aid
        self.g = iri(v.graph_iri(aid))
        self.article = iri(v.article_iri(aid))
        self.lines: dict[str, None] = {}
        self.add(self.g, iri(RDF_TYPE), iri(v.EG + "ArticleGraph"))
        self.add(self.g, iri(DERIVED_FROM), self.article)

    def add(self, s: str, p: str, o: str) -> None:
        self.lines[quad(s, p, o, self.g)] = None

    def value(self, s: str, pred: str, value: Any) -> None:
        """`s pred value`: a date instant where the predicate points at one, a list as triples."""
        for x in value if isinstance(value, list) else [value]:
            if pred in _DATE_LINKS and isinstance(x, dt.date):
                day = iri(v.date_iri(x.isoformat()))
                self.add(s, iri(pred), day)
                self.add(day, iri(RDF_TYPE), iri(v.TIME + "Instant"))
                self.add(day, iri(v.TIME + "inXSDDate"), date_lit(x))
            else:
                self.add(s, iri(pred), term(x))

    def node(self, node_iri: str, labels: Iterable[str], props: dict[str, Any]) -> None:
        s = iri(node_iri)
        labels = set(labels) - {"Resource"}
        for label in labels:
            self.add(s, iri(RDF_TYPE), iri(TYPES.get(label, v.EG + label)))
        for name, value in props.items():
            if name not in ("iri", RDF_QUADS) and value is not None:
                self.value(s, predicate_of(name, labels), value)

    def link(self, s: str, rel: str, o: str, predicate: str | None = None) -> None:
        pred = predicate if rel == GENERIC_LINK and predicate else LINK_PREDICATES[rel]
        self.add(iri(s), iri(pred), iri(o))

    def fact(self, s: str, rel: str, o: str, props: dict[str, Any]) -> None:
        """A fact relationship as its fact node, its evidence, and the triple it restates."""
        cls = FACT_TYPES.get(rel, v.EG + "LineageStatement")
        src_pred, dst_pred = _FACT_ENDS[cls]
        node = iri(props["iri"])
        self.add(node, iri(RDF_TYPE), iri(cls))
        self.add(node, iri(DERIVED_FROM), self.article)
        if src_pred != DERIVED_FROM:
            self.add(node, iri(src_pred), iri(s))
        self.add(node, iri(dst_pred), iri(o))
        for name, value in props.items():
            if name in ("iri", "article_id") or value is None:
                continue
            if name.endswith("_iri"):
                self.add(node, iri(predicate_of(name[:-4])), iri(value))
            else:
                self.value(node, predicate_of(name), value)
        self._restated(cls, s, o, props)

    def _restated(self, cls: str, s: str, o: str, props: dict[str, Any]) -> None:
        if cls == v.EG + "Participation":
            self.add(iri(o), iri(v.EG + str(props["role"]).replace("-", "_")), iri(s))
        elif cls == v.ORG + "Membership":
            self.add(iri(s), iri(v.ORG + "holds"), iri(o))
        elif cls == v.EG + "LineageStatement" and props.get("relation") in RELATIONS:
            self.add(iri(s), iri(RELATIONS[props["relation"]]), iri(o))
