CALL () {
  MATCH (a)-[:MENTIONS_PERSON]->(x) RETURN a, "person" AS kind, x
  UNION
  MATCH (a)-[:DESCRIBES]->(x)-[pa:PARTICIPATED]->() WHERE pa.article_id = a.id
  RETURN a, "person" AS kind, x
  UNION
  MATCH (a)-[:MENTIONS_DIRECTIVE]->(x) RETURN a, "directive" AS kind, x
  UNION
  MATCH (a)-[:REPORTS]->(x) RETURN a, "meeting" AS kind, x
}
RETURN DISTINCT a.iri AS article, kind, x.iri AS node
