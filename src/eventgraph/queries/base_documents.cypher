MATCH (d)
WHERE d.code IS NOT NULL
OPTIONAL MATCH (d)-[:PASSED_BY]->(i)
RETURN DISTINCT d.iri AS d, d.code AS code, d.kind AS kind, i.name AS issuer,
       coalesce(toString(d.document_date), "") AS date, d.period AS period
