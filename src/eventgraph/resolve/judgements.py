"""Judgements: a person's decision that two person nodes are the same (or that a merge was wrong).

As in nomenklatura's resolver, judgements are a log kept apart from the source facts: each lives in a
named graph of its own (`…/graph/judgement/<id>`) holding `owl:sameAs` between the two nodes and a
record of who decided, when and why. Queries that follow `owl:sameAs` see the merge; `undo` drops the
judgement's graph and the article graphs are exactly as they were.
"""

from __future__ import annotations

import datetime as dt
import getpass

from eventgraph import vocab as v
from eventgraph.exc import StoreError
from eventgraph.store.nquads import iri, lit, quad, typed
from eventgraph.store.sparql_base import SparqlStore

OWL_SAME_AS = "http://www.w3.org/2002/07/owl#sameAs"


def judgement_graph(judgement_id: str) -> str:
    return f"{v.ID}graph/judgement/{judgement_id}"


def _require_sparql(store: object) -> SparqlStore:
    if not isinstance(store, SparqlStore):
        raise StoreError("judgements are kept in RDF stores (oxigraph://, memory://, sparql+http://) for now")
    return store


def merge(store: object, a: str, b: str, reason: str, author: str | None = None) -> str:
    """Record that person nodes `a` and `b` (IRIs) are one person; returns the judgement id."""
    st = _require_sparql(store)
    jid = v.short_hash("same", *sorted((a, b)))
    g = iri(judgement_graph(jid))
    node = iri(f"{v.ID}judgement/{jid}")
    lines = [
        quad(iri(a), iri(OWL_SAME_AS), iri(b), g),
        quad(node, iri(v.RDF + "type"), iri(v.EG + "Judgement"), g),
        quad(node, iri(v.EG + "judgementId"), lit(jid), g),
        quad(node, iri(v.EG + "decision"), lit("same"), g),
        quad(node, iri(v.EG + "left"), iri(a), g),
        quad(node, iri(v.EG + "right"), iri(b), g),
        quad(node, iri(v.EG + "reason"), lit(reason), g),
        quad(node, iri(v.PROV + "wasAttributedTo"), lit(author or getpass.getuser()), g),
        quad(node, iri(v.PROV + "generatedAtTime"), typed(dt.datetime.now(dt.UTC).isoformat(), "dateTime"), g),
    ]
    st.remove_graphs([judgement_graph(jid)])
    st.add_quads("".join(lines))
    return jid


def undo(store: object, judgement_id: str) -> None:
    """Remove a judgement; the persons are apart again."""
    _require_sparql(store).remove_graphs([judgement_graph(judgement_id)])


def list_judgements(store: object) -> list[dict[str, object]]:
    """Every judgement with its decision, the two nodes, the reason, who and when."""
    st = _require_sparql(store)
    res = st.console(
        "SELECT ?id ?decision ?left ?right ?reason ?who ?when WHERE { ?j a eg:Judgement ; "
        "eg:judgementId ?id ; eg:decision ?decision ; eg:left ?left ; eg:right ?right ; eg:reason ?reason ; "
        "prov:wasAttributedTo ?who ; prov:generatedAtTime ?when } ORDER BY ?when")
    return res.rows
