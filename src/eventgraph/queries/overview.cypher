MATCH (a:Article)
OPTIONAL MATCH (a)-[:IN_LOCALITY]->(al)
WITH a, al, coalesce(toString(a.date), "") AS adate
WHERE ($in_locality = "" OR coalesce(al.search_key, "") CONTAINS $in_locality)
  AND ($in_date_from = "" OR (adate <> "" AND adate >= $in_date_from))
  AND ($in_date_to = "" OR (adate <> "" AND adate <= $in_date_to))
CALL (a) {
  RETURN a AS x, "a" AS k
  UNION ALL
  MATCH (a)-[:MENTIONS_PERSON]->(p) RETURN p AS x, "p" AS k
  UNION ALL
  MATCH (a)-[:DESCRIBES]->(p)-[pa:PARTICIPATED]->() WHERE pa.article_id = a.id RETURN p AS x, "p" AS k
  UNION ALL
  MATCH (a)-[:MENTIONS_DIRECTIVE]->(d) RETURN d AS x, "d" AS k
  UNION ALL
  MATCH (a)-[:REPORTS]->(m) RETURN m AS x, "m" AS k
}
RETURN count(DISTINCT CASE k WHEN "a" THEN x END) AS articles,
       count(DISTINCT CASE k WHEN "m" THEN x END) AS meetings,
       count(DISTINCT CASE k WHEN "p" THEN x END) AS people,
       count(DISTINCT CASE k WHEN "d" THEN x END) AS directives
