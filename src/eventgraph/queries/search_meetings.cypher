// The same matching rules as search_meetings.rq; chairs and co-chairs are PARTICIPATED roles here.
MATCH (item:Meeting)
WHERE $in_q <> "" AND item.name IS NOT NULL
OPTIONAL MATCH (chair)-[c:PARTICIPATED]->(item)
WHERE c.role IN ["chair", "co-chair"] AND chair.search_key IS NOT NULL
WITH item, chair
WHERE (" " + coalesce(chair.search_key, "")) CONTAINS (" " + $in_q)
   OR ($in_text <> "" AND toLower(item.name) CONTAINS toLower($in_text))
WITH DISTINCT item
RETURN item.iri AS item, item.name AS label, coalesce(toString(item.date), "") AS detail
ORDER BY detail DESC, label
LIMIT 200
