MATCH (a:Article)-[:REPORTS]->(meeting:Meeting)
WHERE meeting.name IS NOT NULL AND meeting.kind IS NOT NULL
  AND ($in_kind = "" OR toLower(meeting.kind) CONTAINS toLower($in_kind))
OPTIONAL MATCH (meeting)-[:IN_LOCALITY]->(l)
OPTIONAL MATCH (l)-[:IN_PROVINCE]->(lp)
WITH a, meeting, l, lp, coalesce(toString(meeting.date), "") AS date
WHERE ($in_locality = "" OR coalesce(l.search_key, "") CONTAINS $in_locality
       OR coalesce(lp.search_key, "") CONTAINS $in_locality)
  AND ($in_date_from = "" OR (date <> "" AND date >= $in_date_from))
  AND ($in_date_to = "" OR (date <> "" AND date <= $in_date_to))
OPTIONAL MATCH (c:Person)-[pc:PARTICIPATED]->(meeting)
WHERE pc.role IN ["chair", "co-chair"] AND c.name IS NOT NULL
WITH meeting.name AS meeting_name, meeting.kind AS kind, date, l.name AS locality,
     meeting.iri AS meeting, collect(DISTINCT c.name) AS chair_names, count(DISTINCT a) AS reports
RETURN meeting_name, kind, date, locality,
       reduce(s = "", x IN chair_names | s + CASE WHEN s = "" THEN "" ELSE "; " END + x) AS chairs,
       reports, meeting
ORDER BY date DESC, meeting_name
