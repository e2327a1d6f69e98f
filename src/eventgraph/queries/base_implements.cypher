MATCH (source)-[:IMPLEMENTS]->(target)
RETURN DISTINCT source.iri AS source, target.iri AS target
