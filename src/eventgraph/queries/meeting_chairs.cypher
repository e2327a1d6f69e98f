// chairs.cypher with meeting_chairs.rq's two locality matches: the locality with its name and key,
// and apart from it, the province of any locality of the meeting.
MATCH (p:Person)-[pa:PARTICIPATED]->(meeting:Meeting)
WHERE pa.role IN ["chair", "co-chair"] AND p.name IS NOT NULL AND p.search_key IS NOT NULL
  AND ($in_person = "" OR p.search_key CONTAINS $in_person)
  AND meeting.name IS NOT NULL AND meeting.kind IS NOT NULL
OPTIONAL MATCH (meeting)-[:IN_LOCALITY]->(l) WHERE l.name IS NOT NULL AND l.search_key IS NOT NULL
OPTIONAL MATCH (meeting)-[:IN_LOCALITY]->()-[:IN_PROVINCE]->(lp) WHERE lp.search_key IS NOT NULL
WITH p, pa, meeting, l, lp, coalesce(toString(meeting.date), "") AS date
WHERE ($in_locality = "" OR coalesce(l.search_key, "") CONTAINS $in_locality
       OR coalesce(lp.search_key, "") CONTAINS $in_locality)
  AND ($in_date_from = "" OR (date <> "" AND date >= $in_date_from))
  AND ($in_date_to = "" OR (date <> "" AND date <= $in_date_to))
WITH p, p.name AS person, meeting.name AS meeting_name, meeting.kind AS kind, date,
     l.name AS locality, pa.role AS role, meeting.iri AS meeting,
     head(collect(pa.sentence)) AS sentence, min(pa.article_id) AS article,
     count(DISTINCT pa.article_id) AS reports
RETURN person, meeting_name, kind, date, locality, role, sentence, article, reports, meeting
ORDER BY date DESC, person, meeting_name
