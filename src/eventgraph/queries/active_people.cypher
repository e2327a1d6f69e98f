// Judgements (owl:sameAs) live in the RDF stores only, so here each person node is its own id.
MATCH (p:Person)-[x:PARTICIPATED]->(m)
WHERE p.name IS NOT NULL AND p.search_key IS NOT NULL
WITH p, count(DISTINCT m) AS meetings, count(DISTINCT x.article_id) AS articles
RETURN p.name AS person, p.iri AS person_id, p.scope AS scopes, p.search_key AS key, meetings,
       articles
ORDER BY meetings DESC, articles DESC, person
LIMIT 50
