// The facts of one article that carry a span, as article_facts.rq reads them: a fact is listed only
// when its branch's ends are named (a mention once per name and code of what it mentions), and a
// meeting report names its meeting as the subject, with no object, and its likely date as its detail.
MATCH (a:Article {id: $in_id})
CALL (a) {
  MATCH (a)-[r:MENTIONS]->(x)
  UNWIND [x.name, x.code] AS subject
  WITH r, subject WHERE subject IS NOT NULL
  RETURN r, "Mention" AS type, subject, coalesce(r.relation, "") AS detail, "" AS object
  UNION ALL
  MATCH (a)-[r:REPORTS]->(m) WHERE m.name IS NOT NULL
  RETURN r, "MeetingReport" AS type, m.name AS subject,
         coalesce(r.relation, toString(r.inferred_date), "") AS detail, "" AS object
  UNION ALL
  MATCH (a)-[:DESCRIBES]->(p)-[r:PARTICIPATED]->(m)
  WHERE r.article_id = a.id AND p.name IS NOT NULL AND m.name IS NOT NULL
  RETURN r, "Participation" AS type, p.name AS subject, coalesce(r.relation, "") AS detail,
         m.name AS object
  UNION ALL
  MATCH (a)-[:DESCRIBES]->(p)-[r:HELD]->(post)
  WHERE r.article_id = a.id AND p.name IS NOT NULL AND post.name IS NOT NULL
  RETURN r, "Membership" AS type, p.name AS subject, post.name AS detail, "" AS object
  UNION ALL
  MATCH (a)-[:DESCRIBES]->(s)-[r:IMPLEMENTS|BASED_ON|AMENDS|REPLACES]->(t)
  WHERE r.article_id = a.id AND s.code IS NOT NULL AND t.code IS NOT NULL
  RETURN r, "LineageStatement" AS type, s.code AS subject, coalesce(r.relation, "") AS detail,
         t.code AS object
}
WITH r, type, subject, detail, object
WHERE r.start IS NOT NULL AND r.end IS NOT NULL
RETURN DISTINCT r.iri AS fact, type, r.start AS start, r.end AS end, r.sentence AS sentence,
       subject, detail, r.role AS role, object, r.extractor AS extractor
ORDER BY start, end, type
