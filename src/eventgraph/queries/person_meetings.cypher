// Judgements (owl:sameAs) live in the RDF stores only, so the id names exactly one node here; an
// empty id or one that is not a node's IRI matches nothing.
MATCH (p:Resource {iri: $in_person, search_key: $in_key})-[x:PARTICIPATED]->(meeting)
WHERE x.role IS NOT NULL AND meeting.name IS NOT NULL
WITH meeting.iri AS meeting, meeting.name AS meeting_name, x.role AS role,
     coalesce(toString(meeting.date), "") AS date, count(DISTINCT x.article_id) AS articles
RETURN meeting_name, role, date, articles, meeting
ORDER BY date DESC, meeting_name
