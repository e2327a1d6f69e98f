// Judgements (owl:sameAs) live in the RDF stores only, so here each person node is its own id.
MATCH (p:Person)
WHERE $in_name <> "" AND p.search_key CONTAINS $in_name AND p.name IS NOT NULL
  AND p.scope IS NOT NULL
CALL (p) {
  MATCH (p)-[x:HELD]->(item)
  WHERE x.status IS NOT NULL AND item.name IS NOT NULL
  RETURN "position" AS kind, item, x.status AS role, toString(x.date) AS d, x.article_id AS a
  UNION ALL
  MATCH (p)-[x:PARTICIPATED]->(item)
  WHERE x.role IS NOT NULL AND item.name IS NOT NULL
  RETURN "meeting" AS kind, item, x.role AS role, toString(item.date) AS d, x.article_id AS a
}
WITH p.name AS person, p.iri AS person_id, p.scope AS scopes, kind, item.name AS label, role,
     min(d) AS first_seen, max(d) AS last_seen, count(DISTINCT a) AS articles, item.iri AS item
RETURN person, person_id, scopes, kind, label, role, first_seen, last_seen, articles, item
ORDER BY person_id, kind, first_seen IS NOT NULL, first_seen, label
