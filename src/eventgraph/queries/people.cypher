// Judgements (owl:sameAs) live in the RDF stores only, so here each person node is its own id.
MATCH (p:Person)
WHERE p.name IS NOT NULL AND p.search_key IS NOT NULL AND p.scope IS NOT NULL
  AND ($in_name = "" OR p.search_key CONTAINS $in_name)
OPTIONAL MATCH (p)-[:PARTICIPATED]->(m)
WITH p, count(DISTINCT m) AS meetings
OPTIONAL MATCH (a)-[:MENTIONS_PERSON]->(p)
WITH p, meetings, count(DISTINCT a) AS articles
RETURN p.name AS person, p.iri AS person_id, p.scope AS scopes, p.search_key AS key, meetings,
       articles
ORDER BY meetings DESC, articles DESC, person
LIMIT 100
