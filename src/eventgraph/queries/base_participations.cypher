MATCH (p)-[x:PARTICIPATED]->(meeting)
WHERE x.role IS NOT NULL
MATCH (a:Article {id: x.article_id})
RETURN p.iri AS p, x.role AS role, meeting.iri AS meeting, a.iri AS a
