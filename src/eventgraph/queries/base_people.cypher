MATCH (p:Person)
RETURN p.iri AS p, p.name AS person, p.search_key AS pkey
