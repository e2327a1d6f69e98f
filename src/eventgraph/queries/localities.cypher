MATCH (locality:Locality {level: "province"})
WHERE locality.name IS NOT NULL AND locality.search_key IS NOT NULL
  AND ($in_name = "" OR locality.search_key CONTAINS $in_name)
CALL (locality) {
  MATCH (m:Meeting)-[:IN_LOCALITY]->(locality)
  RETURN m, null AS a, null AS u, coalesce(toString(m.date), "") AS date
  UNION ALL
  MATCH (m:Meeting)-[:IN_LOCALITY]->()-[:IN_PROVINCE]->(locality)
  RETURN m, null AS a, null AS u, coalesce(toString(m.date), "") AS date
  UNION ALL
  MATCH (a:Article)-[:IN_LOCALITY]->(locality)
  RETURN null AS m, a, null AS u, coalesce(toString(a.date), "") AS date
  UNION ALL
  MATCH (u)-[:IN_PROVINCE]->(locality)
  RETURN null AS m, null AS a, u, "" AS date
}
WITH locality, m, a, u, date
WHERE u IS NOT NULL OR (($in_date_from = "" OR (date <> "" AND date >= $in_date_from))
                        AND ($in_date_to = "" OR (date <> "" AND date <= $in_date_to)))
WITH locality, count(DISTINCT m) AS meetings, count(DISTINCT a) AS articles,
     count(DISTINCT u) AS units
RETURN locality.name AS province, meetings, articles, units, locality.search_key AS key,
       locality.iri AS locality
ORDER BY meetings DESC, articles DESC, province
