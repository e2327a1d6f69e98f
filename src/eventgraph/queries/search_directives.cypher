// The same matching rules as search_directives.rq: the issuer that matched is the detail.
MATCH (item:Directive)
WHERE $in_q <> "" AND item.code IS NOT NULL AND item.code_key IS NOT NULL
OPTIONAL MATCH (item)-[:PASSED_BY]->(org) WHERE org.name IS NOT NULL AND org.search_key IS NOT NULL
WITH item, org
WHERE (" " + coalesce(org.search_key, "")) CONTAINS (" " + $in_q)
   OR ($in_text <> "" AND (item.code_key CONTAINS toUpper(replace($in_text, " ", ""))
                           OR toLower(coalesce(item.subject, "")) CONTAINS toLower($in_text)))
WITH item, collect(org.name) AS issuers
RETURN item.iri AS item, item.code AS label, head(issuers) AS detail
ORDER BY label
LIMIT 200
