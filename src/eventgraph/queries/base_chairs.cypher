MATCH (p:Person)-[pa:PARTICIPATED]->(meeting)
WHERE pa.role IN ["chair", "co-chair"]
OPTIONAL MATCH (a:Article {id: pa.article_id})
RETURN p.iri AS p, pa.role AS role, meeting.iri AS meeting, pa.sentence AS sentence,
       a.iri AS a, a.id AS aid
