// One box across the graph; the same matching rules as search.rq.
CALL () {
  MATCH (item:Person) WHERE item.name IS NOT NULL AND item.search_key IS NOT NULL
  OPTIONAL MATCH (item)-[:HELD]->(post) WHERE post.name IS NOT NULL
  RETURN "person" AS type, item, item.name AS label0, post.name AS detail0,
         item.search_key AS key, null AS code_key, null AS subject, null AS name
  UNION ALL
  MATCH (item:Locality)
  WHERE item.name IS NOT NULL AND item.search_key IS NOT NULL AND item.level IS NOT NULL
  RETURN "locality" AS type, item, item.name AS label0, item.level AS detail0,
         item.search_key AS key, null AS code_key, null AS subject, null AS name
  UNION ALL
  MATCH (item:Directive) WHERE item.code IS NOT NULL AND item.code_key IS NOT NULL
  OPTIONAL MATCH (item)-[:PASSED_BY]->(org) WHERE org.name IS NOT NULL AND org.search_key IS NOT NULL
  RETURN "directive" AS type, item, item.code AS label0, org.name AS detail0,
         org.search_key AS key, item.code_key AS code_key, item.subject AS subject, null AS name
  UNION ALL
  MATCH (item:Meeting) WHERE item.name IS NOT NULL
  OPTIONAL MATCH (chair)-[c:PARTICIPATED]->(item)
  WHERE c.role IN ["chair", "co-chair"] AND chair.search_key IS NOT NULL
  RETURN "meeting" AS type, item, item.name AS label0, coalesce(toString(item.date), "") AS detail0,
         chair.search_key AS key, null AS code_key, null AS subject, item.name AS name
}
WITH type, item, label0, detail0, key, code_key, subject, name
WHERE $in_q <> "" AND ((" " + coalesce(key, "")) CONTAINS (" " + $in_q)
      OR toLower(coalesce(name, subject, "")) CONTAINS toLower($in_text)
      OR coalesce(code_key, "") CONTAINS toUpper(replace($in_text, " ", "")))
WITH type, item, head(collect(label0)) AS label, head(collect(detail0)) AS detail
RETURN type, label, detail, item.iri AS item
ORDER BY type, label
LIMIT 300
