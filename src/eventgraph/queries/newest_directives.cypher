MATCH (a)-[:MENTIONS_DIRECTIVE]->(directive)
WHERE directive.code IS NOT NULL
OPTIONAL MATCH (a)-[:IN_LOCALITY]->(al)
WITH a, directive, al, coalesce(toString(a.date), "") AS adate
WHERE ($in_locality = "" OR coalesce(al.search_key, "") CONTAINS $in_locality)
  AND ($in_date_from = "" OR (adate <> "" AND adate >= $in_date_from))
  AND ($in_date_to = "" OR (adate <> "" AND adate <= $in_date_to))
OPTIONAL MATCH (directive)-[:PASSED_BY]->(org)
OPTIONAL MATCH (down)-[:IMPLEMENTS]->(directive) WHERE down.code IS NOT NULL
OPTIONAL MATCH (directive)-[:IMPLEMENTS]->(up) WHERE up.code IS NOT NULL
WITH directive, max(coalesce(toString(directive.document_date), adate)) AS date,
     collect(DISTINCT down.code) AS downs, collect(DISTINCT up.code) AS ups,
     count(DISTINCT a) AS articles, head(collect(org.name)) AS issuer
RETURN directive.code AS code, directive.kind AS kind, issuer, date,
       // null, not "", when there are none: the .rq's OPTIONAL leaves them unbound
       CASE WHEN size(downs) > 0
            THEN reduce(s = "", x IN downs | s + CASE WHEN s = "" THEN "" ELSE "; " END + x)
       END AS implemented_by,
       CASE WHEN size(ups) > 0
            THEN reduce(s = "", x IN ups | s + CASE WHEN s = "" THEN "" ELSE "; " END + x)
       END AS implements,
       articles, directive.iri AS directive
ORDER BY date DESC, code
LIMIT 20
