"""RDF namespaces and the IRI builders for every node eventgraph writes.

Identities are deterministic: the same article read twice gives the same IRIs, which is what makes
re-ingest idempotent. A directive's IRI comes from (issuer, kind, number, year or term), never from its
code alone, because every province issues its own "…-KH/TU".
"""

from __future__ import annotations

import hashlib
from urllib.parse import quote

from eventgraph.text import slug

EG = "https://w3id.org/eventgraph/ontology#"
ID = "https://w3id.org/eventgraph/id/"
ORG = "http://www.w3.org/ns/org#"
ELI = "http://data.europa.eu/eli/ontology#"
PROV = "http://www.w3.org/ns/prov#"
TIME = "http://www.w3.org/2006/time#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
DCT = "http://purl.org/dc/terms/"
FOAF = "http://xmlns.com/foaf/0.1/"
SKOS = "http://www.w3.org/2004/02/skos/core#"

PREFIXES = {
    "eg": EG, "egid": ID, "org": ORG, "eli": ELI, "prov": PROV, "time": TIME, "rdf": RDF,
    "rdfs": RDFS, "xsd": XSD, "dct": DCT, "foaf": FOAF, "skos": SKOS,
    "owl": "http://www.w3.org/2002/07/owl#",
}


def sparql_prefixes() -> str:
    """PREFIX lines for every namespace, prepended to named queries."""
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())


def _q(part: str) -> str:
    return quote(part, safe="")


def short_hash(*parts: object) -> str:
    """A short stable hash of the parts (for nodes whose natural key is long)."""
    return hashlib.sha1("\x1f".join(map(str, parts)).encode()).hexdigest()[:12]


def article_iri(article_id: str) -> str:
    return f"{ID}article/{_q(article_id)}"


# The deduplicated union of every article and judgement graph, on stores without a default graph of
# their own (Virtuoso); outside `graph/` so no article id can name it.
UNION_GRAPH = f"{ID}union"


def graph_iri(article_id: str) -> str:
    """The named graph holding every fact read from one article."""
    return f"{ID}graph/{_q(article_id)}"


def article_id_of_graph(iri: str) -> str:
    from urllib.parse import unquote

    return unquote(iri.rsplit("/", 1)[-1])


def person_iri(key: str) -> str:
    """A person node from its resolver key ("tran-luu-quang/hai-phong")."""
    return f"{ID}person/{key}"


def org_iri(name: str) -> str:
    return f"{ID}org/{slug(name)}"


def post_iri(full_title: str) -> str:
    return f"{ID}post/{slug(full_title)}"


def role_iri(role: str) -> str:
    return f"{ID}role/{slug(role)}"


def locality_iri(name: str, level: str, province: str | None) -> str:
    if level in ("province", "country") or not province:
        return f"{ID}locality/{slug(level)}/{slug(name)}"
    return f"{ID}locality/{slug(level)}/{slug(province)}/{slug(name)}"


def date_iri(iso: str) -> str:
    """An OWL-Time instant for one calendar day, shared by every fact on that day."""
    return f"{ID}date/{iso}"


def directive_iri(key: str) -> str:
    return f"{ID}directive/{key}"


def meeting_iri(key: str) -> str:
    return f"{ID}meeting/{key}"


def node_iri(kind: str, article_id: str, *parts: object) -> str:
    """A per-article fact node (mention, membership, participation, lineage statement)."""
    return f"{ID}{kind}/{_q(article_id)}/{short_hash(*parts)}"
