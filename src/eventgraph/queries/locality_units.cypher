MATCH (prov:Locality {level: "province", search_key: $in_province})
MATCH (locality)-[:IN_PROVINCE]->(prov)
WHERE locality.name IS NOT NULL AND locality.level IS NOT NULL
OPTIONAL MATCH (a)-[:MENTIONS_LOCALITY]->(locality)
WITH locality, count(DISTINCT a) AS articles
OPTIONAL MATCH (m:Meeting)-[:IN_LOCALITY]->(locality)
WITH locality, articles, count(DISTINCT m) AS meetings
RETURN locality.name AS unit, locality.level AS level, articles, meetings,
       locality.iri AS locality
ORDER BY articles DESC, meetings DESC, unit
