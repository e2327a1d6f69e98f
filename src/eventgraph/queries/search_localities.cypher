// The same matching rule as search_localities.rq: a word of the name starts with the words typed.
MATCH (item:Locality)
WHERE $in_q <> "" AND item.name IS NOT NULL AND item.level IS NOT NULL
  AND item.search_key IS NOT NULL AND (" " + item.search_key) CONTAINS (" " + $in_q)
RETURN item.iri AS item, item.name AS label, item.level AS detail
ORDER BY label
LIMIT 200
