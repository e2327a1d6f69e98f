MATCH (d:Directive)
WHERE d.code_key IS NOT NULL AND d.issuer_key IS NOT NULL
OPTIONAL MATCH (d)-[:PASSED_BY]->(o)
RETURN DISTINCT d.iri AS d, d.code_key AS code_key, d.issuer_key AS issuer_key,
       o.search_key AS okey
