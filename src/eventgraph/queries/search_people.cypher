// The same matching rule as search_people.rq; the detail is the greatest post name, else the scope.
MATCH (item:Person)
WHERE $in_q <> "" AND item.name IS NOT NULL AND item.search_key IS NOT NULL
  AND (" " + item.search_key) CONTAINS (" " + $in_q)
OPTIONAL MATCH (item)-[:HELD]->(post) WHERE post.name IS NOT NULL
WITH item, max(post.name) AS post
RETURN item.iri AS item, item.name AS label, coalesce(post, item.scope, "") AS detail
ORDER BY label
LIMIT 200
