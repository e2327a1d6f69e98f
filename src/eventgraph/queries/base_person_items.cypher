CALL () {
  MATCH (p)-[x:HELD]->(item)
  WHERE x.status IS NOT NULL AND item.name IS NOT NULL
  RETURN p, "position" AS kind, item, x.status AS role, toString(x.date) AS d, x.article_id AS a
  UNION ALL
  MATCH (p)-[x:PARTICIPATED]->(item)
  WHERE x.role IS NOT NULL AND item.name IS NOT NULL
  RETURN p, "meeting" AS kind, item, x.role AS role, toString(item.date) AS d, x.article_id AS a
}
RETURN p.iri AS p, kind, item.iri AS item, item.name AS label, role, min(d) AS first_seen,
       max(d) AS last_seen, count(DISTINCT a) AS articles
