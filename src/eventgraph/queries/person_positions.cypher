// Judgements (owl:sameAs) live in the RDF stores only, so the id names exactly one node here; an
// empty id or one that is not a node's IRI matches nothing. Posts with the same name are one row.
MATCH (p:Resource {iri: $in_person, search_key: $in_key})-[x:HELD]->(post)
WHERE x.status IS NOT NULL AND post.name IS NOT NULL
WITH post.name AS position, x.status AS status, min(toString(x.date)) AS first_seen,
     max(toString(x.date)) AS last_seen, count(DISTINCT x.article_id) AS articles
RETURN position, status, first_seen, last_seen, articles
// SPARQL sorts an unbound first_seen first; Cypher would put null last
ORDER BY first_seen IS NOT NULL, first_seen, position
