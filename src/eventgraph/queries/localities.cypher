// Each count apart, like the .rq's OPTIONAL sub-selects: a province with nothing in the period
// stays, with zeros (an aggregating subquery answers one row even when nothing matched).
MATCH (locality:Locality {level: "province"})
WHERE locality.name IS NOT NULL AND locality.search_key IS NOT NULL
  AND ($in_name = "" OR locality.search_key CONTAINS $in_name)
CALL (locality) {
  MATCH (m:Meeting)-[:IN_LOCALITY]->()-[:IN_PROVINCE*0..1]->(locality)
  WITH m, coalesce(toString(m.date), "") AS date
  WHERE ($in_date_from = "" OR (date <> "" AND date >= $in_date_from))
    AND ($in_date_to = "" OR (date <> "" AND date <= $in_date_to))
  RETURN count(DISTINCT m) AS meetings
}
CALL (locality) {
  MATCH (a:Article)-[:IN_LOCALITY]->(locality)
  WITH a, coalesce(toString(a.date), "") AS date
  WHERE ($in_date_from = "" OR (date <> "" AND date >= $in_date_from))
    AND ($in_date_to = "" OR (date <> "" AND date <= $in_date_to))
  RETURN count(DISTINCT a) AS articles
}
CALL (locality) {
  MATCH (u)-[:IN_PROVINCE]->(locality)
  RETURN count(DISTINCT u) AS units
}
RETURN locality.name AS province, meetings, articles, units, locality.search_key AS key,
       locality.iri AS locality
ORDER BY meetings DESC, articles DESC, province
