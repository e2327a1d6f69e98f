// The facts of one article that carry a span, as the RDF fact nodes read: what each says.
MATCH (a:Article {id: $in_id})
CALL (a) {
  MATCH (a)-[r:MENTIONS]->(x)
  RETURN r, "Mention" AS type, coalesce(x.code, x.name, "") AS subject, "" AS detail,
         null AS role, "" AS object
  UNION ALL
  MATCH (a)-[r:REPORTS]->(m)
  RETURN r, "MeetingReport" AS type, coalesce(m.name, "") AS subject, "" AS detail,
         null AS role, coalesce(m.name, "") AS object
  UNION ALL
  MATCH (a)-[:DESCRIBES]->(p)-[r:PARTICIPATED]->(m) WHERE r.article_id = a.id
  RETURN r, "Participation" AS type, coalesce(p.name, m.name, "") AS subject, "" AS detail,
         r.role AS role, coalesce(m.name, "") AS object
  UNION ALL
  MATCH (a)-[:DESCRIBES]->(p)-[r:HELD]->(post) WHERE r.article_id = a.id
  RETURN r, "Membership" AS type,
         CASE WHEN p.name IS NOT NULL AND post.name IS NOT NULL THEN p.name ELSE "" END AS subject,
         CASE WHEN p.name IS NOT NULL THEN coalesce(post.name, "") ELSE "" END AS detail,
         null AS role, "" AS object
  UNION ALL
  MATCH (a)-[:DESCRIBES]->(s)-[r:IMPLEMENTS|BASED_ON|AMENDS|REPLACES]->(t) WHERE r.article_id = a.id
  RETURN r, "LineageStatement" AS type,
         CASE WHEN s.code IS NOT NULL AND t.code IS NOT NULL THEN s.code ELSE "" END AS subject,
         coalesce(r.relation, "") AS detail, null AS role,
         CASE WHEN s.code IS NOT NULL AND t.code IS NOT NULL THEN t.code ELSE "" END AS object
}
WITH r, type, subject, detail, role, object
WHERE r.start IS NOT NULL AND r.end IS NOT NULL
RETURN DISTINCT r.iri AS fact, type, r.start AS start, r.end AS end, r.sentence AS sentence,
       subject, detail, role, object, r.extractor AS extractor
ORDER BY start, end, type
