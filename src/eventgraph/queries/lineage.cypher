MATCH (start:Directive)
WHERE start.code_key = $in_code AND start.issuer_key IS NOT NULL
OPTIONAL MATCH (start)-[:PASSED_BY]->(so)
WITH start, collect(so.search_key) AS sokeys
WHERE $in_issuer = "" OR start.issuer_key CONTAINS $in_issuer
   OR any(k IN sokeys WHERE k CONTAINS $in_issuer)
CALL (start) {
  // one path per pair (SHORTEST 1): parallel statements from many articles do not multiply rows
  MATCH SHORTEST 1 (start)-[:IMPLEMENTS]->*(source)
  MATCH (source)-[:IMPLEMENTS]->(target)
  RETURN "up" AS direction, source, target
  UNION
  MATCH SHORTEST 1 (target)-[:IMPLEMENTS]->*(start)
  MATCH (source)-[:IMPLEMENTS]->(target)
  RETURN "down" AS direction, source, target
}
WITH DISTINCT direction, source, target
WHERE source.code IS NOT NULL AND target.code IS NOT NULL
OPTIONAL MATCH (source)-[:PASSED_BY]->(si)
OPTIONAL MATCH (target)-[:PASSED_BY]->(ti)
RETURN DISTINCT direction, source.code AS source_code, source.kind AS source_kind,
       si.name AS source_issuer, coalesce(toString(source.document_date), "") AS source_date,
       source.period AS source_period, target.code AS target_code, target.kind AS target_kind,
       ti.name AS target_issuer, coalesce(toString(target.document_date), "") AS target_date,
       target.period AS target_period, source.iri AS source, target.iri AS target
ORDER BY direction, source_date, source_code, target_code
