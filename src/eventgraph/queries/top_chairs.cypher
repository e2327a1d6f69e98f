MATCH (p:Person)-[pa:PARTICIPATED]->(meeting)
WHERE pa.role IN ["chair", "co-chair"] AND p.name IS NOT NULL
OPTIONAL MATCH (meeting)-[:IN_LOCALITY]->(l) WHERE l.search_key IS NOT NULL
OPTIONAL MATCH (l)-[:IN_PROVINCE]->(lp) WHERE lp.search_key IS NOT NULL
WITH p, meeting, l, lp, coalesce(toString(meeting.date), "") AS date
WHERE ($in_locality = "" OR coalesce(l.search_key, "") CONTAINS $in_locality
       OR coalesce(lp.search_key, "") CONTAINS $in_locality)
  AND ($in_date_from = "" OR (date <> "" AND date >= $in_date_from))
  AND ($in_date_to = "" OR (date <> "" AND date <= $in_date_to))
WITH p, p.name AS person, p.scope AS scope, count(DISTINCT meeting) AS meetings,
     max(date) AS latest
RETURN person, scope, meetings, latest, p.iri AS p
ORDER BY meetings DESC, person
LIMIT 15
