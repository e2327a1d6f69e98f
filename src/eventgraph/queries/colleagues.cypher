// Two MATCH clauses, so the person's own participation may be matched twice (as in SPARQL).
// Judgements (owl:sameAs) live in the RDF stores only, so each person node is its own id.
MATCH (p:Person {iri: $in_person, search_key: $in_key})-[:PARTICIPATED]->(meeting)
MATCH (meeting)<-[y:PARTICIPATED]-(c)
WHERE y.role IS NOT NULL AND c.name IS NOT NULL AND meeting.name IS NOT NULL
WITH meeting, meeting.name AS meeting_name, coalesce(toString(meeting.date), "") AS date,
     y.role AS role, c
RETURN DISTINCT meeting.iri AS meeting, meeting_name, date, role, c.name AS person,
       c.iri AS person_id
ORDER BY date DESC, meeting, person
LIMIT 5000
