MATCH (p)-[x:HELD]->(post)
WHERE x.status IS NOT NULL AND post.name IS NOT NULL
WITH p, post.name AS position, x.status AS status, min(toString(x.date)) AS first_seen,
     max(toString(x.date)) AS last_seen, count(DISTINCT x.article_id) AS articles
RETURN p.iri AS p, position, status, first_seen, last_seen, articles
