MATCH (meeting:Meeting)
OPTIONAL MATCH (meeting)-[:IN_LOCALITY]->(l)
RETURN meeting.iri AS meeting, coalesce(toString(meeting.date), "") AS date,
       meeting.name AS meeting_name, meeting.kind AS kind, l.iri AS l
