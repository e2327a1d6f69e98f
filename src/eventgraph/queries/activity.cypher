MATCH (meeting:Meeting)
WHERE meeting.date IS NOT NULL
WITH meeting, toString(meeting.date) AS date
WHERE ($in_date_from = "" OR date >= $in_date_from) AND ($in_date_to = "" OR date <= $in_date_to)
OPTIONAL MATCH (meeting)-[:IN_LOCALITY]->(l) WHERE l.name IS NOT NULL AND l.search_key IS NOT NULL
OPTIONAL MATCH (l)-[:IN_PROVINCE]->(lp) WHERE lp.name IS NOT NULL AND lp.search_key IS NOT NULL
WITH meeting, date, l, lp
WHERE $in_locality = "" OR coalesce(l.search_key, "") CONTAINS $in_locality
   OR coalesce(lp.search_key, "") CONTAINS $in_locality
WITH substring(date, 0, 7) AS month, coalesce(lp.name, l.name, "") AS province, meeting
RETURN month, province, count(DISTINCT meeting) AS meetings
ORDER BY month, province
