MATCH (p:Person)
WHERE p.scope IS NOT NULL
RETURN p.iri AS p, p.scope AS scope
