MATCH (a:Article {id: $in_id})
WHERE a.text IS NOT NULL
OPTIONAL MATCH (a)-[:IN_LOCALITY]->(l)
RETURN a.id AS article, a.title AS title, coalesce(toString(a.date), "") AS date,
       a.outlet AS outlet, a.url AS url, l.name AS province, a.text AS text
LIMIT 1
