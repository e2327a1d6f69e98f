MATCH (prov:Locality {level: "province"})
WHERE prov.search_key IS NOT NULL
MATCH (locality)-[:IN_PROVINCE]->(prov)
WHERE locality.name IS NOT NULL AND locality.level IS NOT NULL
OPTIONAL MATCH (a)-[:MENTIONS_LOCALITY]->(locality)
WITH prov, locality, count(DISTINCT a) AS articles
OPTIONAL MATCH (m:Meeting)-[:IN_LOCALITY]->(locality)
WITH prov, locality, articles, count(DISTINCT m) AS meetings
RETURN prov.search_key AS pkey, locality.name AS unit, locality.level AS level, articles,
       meetings, locality.iri AS locality
