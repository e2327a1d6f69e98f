"""Downloads of the subgraph a page shows: Turtle (rdflib, the graph's own vocabulary) and GraphML.

The Turtle uses the IRIs and predicates the store holds (eli:implements, eg:chair, rdfs:label…), so
a download can be loaded next to a dump of the store and joins with it."""

from __future__ import annotations

import datetime as dt

import networkx as nx
import pandas as pd
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from eventgraph import vocab
from eventgraph.dashboard.lineage import Lineage

EG = Namespace(vocab.EG)
ELI = Namespace(vocab.ELI)


def _graph() -> Graph:
    g = Graph()
    for prefix, ns in vocab.PREFIXES.items():
        g.bind(prefix, ns)
    return g


def _date(value: str) -> Literal | None:
    try:
        return Literal(dt.date.fromisoformat(value[:10]), datatype=XSD.date)
    except ValueError:
        return None


def lineage_turtle(lin: Lineage) -> bytes:
    """The documents of a lineage and the implements links between them, as Turtle."""
    g = _graph()
    for d in lin.docs.values():
        node = URIRef(d.iri)
        g.add((node, RDF.type, EG.Directive))
        g.add((node, EG.code, Literal(d.code)))
        if d.kind:
            g.add((node, EG.kind, Literal(d.kind)))
        if d.issuer:
            org = URIRef(vocab.org_iri(d.issuer))  # the store names organisations by this IRI
            g.add((node, ELI.passed_by, org))
            g.add((org, RDFS.label, Literal(d.issuer)))
        if d.date and (day := _date(d.date)) is not None:
            g.add((node, ELI.date_document, day))
    for s, t in lin.links:
        g.add((URIRef(s), ELI.implements, URIRef(t)))
    return g.serialize(format="turtle", encoding="utf-8")


def meetings_turtle(rows: pd.DataFrame, people: set[str]) -> bytes:
    """The meetings behind a co-attendance neighbourhood: who took part in which meeting in which
    role, for the people in `people` (person ids) only."""
    g = _graph()
    for r in rows[rows["person_id"].isin(people)].itertuples(index=False):
        meeting, person = URIRef(r.meeting), URIRef(r.person_id)
        g.add((meeting, RDF.type, EG.Meeting))
        g.add((meeting, RDFS.label, Literal(r.meeting_name)))
        g.add((person, RDF.type, EG.Person))
        g.add((person, RDFS.label, Literal(r.person)))
        g.add((meeting, EG[str(r.role).replace("-", "_")], person))
    return g.serialize(format="turtle", encoding="utf-8")


def graphml(g: nx.Graph) -> bytes:
    """A networkx graph as GraphML (attributes that are None are left out)."""
    clean = g.copy()
    for _, attrs in clean.nodes(data=True):
        for k in [k for k, v in attrs.items() if v is None]:
            del attrs[k]
    return "\n".join(nx.generate_graphml(clean)).encode("utf-8")
