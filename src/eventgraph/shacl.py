"""SHACL validation of a store's graph, or of one extraction, against ontology/shapes.ttl."""

from __future__ import annotations

import io
from functools import cache

import rdflib
from pyshacl import validate

from eventgraph.model.article import Article
from eventgraph.model.extraction import ArticleExtraction
from eventgraph.ontology import ontology_dir
from eventgraph.store.base import Store
from eventgraph.store.rdf import article_quads


@cache
def _shapes() -> rdflib.Graph:
    return rdflib.Graph().parse(ontology_dir() / "shapes.ttl", format="turtle")


def validate_nquads(data: bytes | str) -> tuple[bool, str]:
    """Validate N-Quads (all graphs merged): (conforms, report text)."""
    ds = rdflib.Dataset()
    ds.parse(data=data, format="nquads")
    merged = rdflib.Graph()
    for g in ds.graphs():
        for t in g:
            merged.add(t)
    conforms, _, text = validate(merged, shacl_graph=_shapes(), inference="none", advanced=False)
    return bool(conforms), str(text)


def validate_extraction(article: Article, extraction: ArticleExtraction) -> tuple[bool, str]:
    """Validate the named graph one extraction would write."""
    return validate_nquads("".join(article_quads(article, extraction)))


def validate_store(store: Store) -> tuple[bool, str]:
    """Validate every graph in the store."""
    buf = io.BytesIO()
    store.dump_nquads(buf)
    return validate_nquads(buf.getvalue())
