MATCH (directive)
WHERE directive.code IS NOT NULL
OPTIONAL MATCH (directive)-[:PASSED_BY]->(org)
OPTIONAL MATCH (down)-[:IMPLEMENTS]->(directive) WHERE down.code IS NOT NULL
OPTIONAL MATCH (directive)-[:IMPLEMENTS]->(up) WHERE up.code IS NOT NULL
WITH directive, head(collect(org.name)) AS issuer, collect(DISTINCT down.code) AS downs,
     collect(DISTINCT up.code) AS ups
RETURN directive.iri AS directive, directive.code AS code, directive.kind AS kind, issuer,
       toString(directive.document_date) AS dd,
       CASE WHEN size(downs) > 0
            THEN reduce(s = "", x IN downs | s + CASE WHEN s = "" THEN "" ELSE "; " END + x)
       END AS implemented_by,
       CASE WHEN size(ups) > 0
            THEN reduce(s = "", x IN ups | s + CASE WHEN s = "" THEN "" ELSE "; " END + x)
       END AS implements
