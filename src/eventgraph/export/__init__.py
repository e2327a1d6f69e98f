"""Exports (RDF, GraphML, neo4j-admin CSV, Cypher), RDF imports and store-to-store copies."""
