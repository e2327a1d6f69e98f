"""The Cypher the Neo4j store runs: schema, batched writes, per-article deletes, dumps.

Labels and relationship types are spliced into statement text (Cypher cannot parameterise them in
Neo4j before 5.26); they come from the mapping's tables or are reduced to [A-Za-z0-9_], and every
value travels as a parameter.
"""

from __future__ import annotations

import re
from typing import Any

import neo4j.graph
import neo4j.time

# Identities: every node by its IRI (built by `vocab` from the identity functions), articles by id.
SCHEMA = [
    "CREATE CONSTRAINT resource_iri IF NOT EXISTS FOR (n:Resource) REQUIRE n.iri IS UNIQUE",
    "CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE",
    *(
        f"CREATE CONSTRAINT {label.lower()}_iri IF NOT EXISTS "
        f"FOR (n:{label}) REQUIRE n.iri IS UNIQUE"
        for label in ("Person", "Directive", "Meeting", "Locality", "Organization", "Post")
    ),
    "CREATE INDEX person_key IF NOT EXISTS FOR (n:Person) ON (n.search_key)",
    "CREATE INDEX locality_key IF NOT EXISTS FOR (n:Locality) ON (n.search_key)",
    "CREATE INDEX directive_code IF NOT EXISTS FOR (n:Directive) ON (n.code_key)",
    "CREATE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.date)",
    "CREATE INDEX participated_role IF NOT EXISTS FOR ()-[r:PARTICIPATED]-() ON (r.role)",
]


def _ident(name: str) -> str:
    return "`" + re.sub(r"\W", "_", name) + "`"


def merge_nodes(labels: tuple[str, ...]) -> str:
    """MERGE nodes by IRI and set their labels and properties (the last article written wins)."""
    extra = "".join(f":{_ident(label)}" for label in labels)
    setter = f", n{extra}" if extra else ""
    return f"UNWIND $rows AS r MERGE (n:Resource {{iri: r.iri}}) SET n += r.props{setter}"


DESCRIBES = (
    "UNWIND $rows AS r MATCH (a:Resource {iri: r.a}) MATCH (n:Resource {iri: r.n}) "
    "MERGE (a)-[:DESCRIBES]->(n)"
)


def merge_links(rel: str) -> str:
    """MERGE a link and add the article to the ids that state it."""
    key = " {predicate: r.predicate}" if rel == "LINK" else ""
    return (
        f"UNWIND $rows AS r MATCH (s:Resource {{iri: r.s}}) MATCH (o:Resource {{iri: r.o}}) "
        f"MERGE (s)-[x:{_ident(rel)}{key}]->(o) "
        "SET x.articles = CASE WHEN r.aid IN coalesce(x.articles, []) THEN x.articles "
        "ELSE coalesce(x.articles, []) + r.aid END"
    )


def create_facts(rel: str) -> str:
    """CREATE fact relationships (the article's old ones went earlier in the same transaction)."""
    return (
        f"UNWIND $rows AS r MATCH (s:Resource {{iri: r.s}}) MATCH (o:Resource {{iri: r.o}}) "
        f"CREATE (s)-[x:{_ident(rel)}]->(o) SET x = r.props"
    )


# An article's facts, then its share of the links, then the nodes only it described, then itself.
DELETE_ARTICLES = [
    "UNWIND $ids AS aid MATCH (a:Article {id: aid})-[:DESCRIBES*0..1]->(n)-[r]->() "
    "WHERE r.article_id = aid WITH DISTINCT r DELETE r",
    "UNWIND $ids AS aid MATCH (a:Article {id: aid})-[:DESCRIBES*0..1]->(n)-[r]->() "
    "WHERE aid IN r.articles WITH DISTINCT r, aid "
    "SET r.articles = [x IN r.articles WHERE x <> aid] "
    "WITH r WHERE size(r.articles) = 0 DELETE r",
    "UNWIND $ids AS aid MATCH (a:Article {id: aid})-[d:DESCRIBES]->(n) DELETE d "
    "WITH DISTINCT n WHERE NOT EXISTS { (n)<-[:DESCRIBES]-() } DETACH DELETE n",
    "UNWIND $ids AS aid MATCH (a:Article {id: aid}) DETACH DELETE a",
]

CONTENT_HASHES = "MATCH (a:Article) WHERE a.id IN $ids RETURN a.id AS id, a.content_hash AS h"
ARTICLE_PAGE = "MATCH (a:Article) WHERE a.id > $last RETURN a.id AS id ORDER BY id LIMIT $n"
DUMP_NODES = (
    "UNWIND $ids AS aid MATCH (a:Article {id: aid})-[:DESCRIBES*0..1]->(n) "
    "RETURN aid, n.iri AS iri, labels(n) AS labels, properties(n) AS props"
)
DUMP_RELS = (
    "UNWIND $ids AS aid MATCH (a:Article {id: aid})-[:DESCRIBES*0..1]->(n)-[r]->(o) "
    "WHERE r.article_id = aid OR aid IN coalesce(r.articles, []) "
    "RETURN aid, n.iri AS s, type(r) AS rel, properties(r) AS props, o.iri AS o"
)
CLEAR = "MATCH (n:Resource) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS"


def plain(value: Any) -> Any:
    """A driver value as the plain Python value the RDF stores return (dates as ISO strings)."""
    if isinstance(value, neo4j.time.Date | neo4j.time.DateTime):
        return value.iso_format()
    if isinstance(value, neo4j.graph.Node):
        return value.get("iri") or dict(value)
    if isinstance(value, neo4j.graph.Relationship):
        return value.type
    if isinstance(value, list):
        return [plain(x) for x in value]
    return value


def native(props: dict[str, Any]) -> dict[str, Any]:
    """Stored properties with driver dates as Python dates (lists element by element)."""

    def one(x: Any) -> Any:
        return x.to_native() if isinstance(x, neo4j.time.Date | neo4j.time.DateTime) else x

    return {k: [one(x) for x in v] if isinstance(v, list) else one(v) for k, v in props.items()}
