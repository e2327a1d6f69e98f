MATCH (directive:Directive)
WHERE directive.code IS NOT NULL AND directive.code_key IS NOT NULL
  AND directive.issuer_key IS NOT NULL
OPTIONAL MATCH (directive)-[:PASSED_BY]->(org) WHERE org.name IS NOT NULL AND org.search_key IS NOT NULL
WITH directive, org
WHERE ($in_code <> "" AND directive.code_key CONTAINS toUpper(replace($in_code, " ", "")))
   OR ($in_text <> "" AND toLower(coalesce(directive.subject, "")) CONTAINS toLower($in_text))
   OR ($in_issuer <> "" AND (directive.issuer_key CONTAINS $in_issuer
                             OR coalesce(org.search_key, "") CONTAINS $in_issuer))
OPTIONAL MATCH (directive)-[:IMPLEMENTS]-(link)
WITH directive, head(collect(org.name)) AS issuer, count(DISTINCT link) AS links
RETURN directive.code AS code, directive.kind AS kind, issuer,
       coalesce(toString(directive.document_date), "") AS date, directive.period AS period,
       directive.subject AS subject, directive.issuer_key AS issuer_key, links,
       directive.iri AS directive
ORDER BY links DESC, code
LIMIT 100
