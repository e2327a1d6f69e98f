MATCH (l:Locality {level: "province"})
WHERE l.name IS NOT NULL
RETURN DISTINCT l.name AS province
ORDER BY province
