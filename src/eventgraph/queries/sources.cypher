// The facts read about one node, as sources.rq reads them. Judgements (owl:sameAs) live in the RDF
// stores only, so the node is the one with the IRI asked for, and only when its stored key (a
// person's or locality's search_key, a directive's code_key) is the key given: an empty or other
// key, or a node with no key (a meeting), matches nothing, as in SPARQL.
// A fact is a relationship with an `iri`; the node must be at the end the RDF predicate names:
// what a mention mentions and the meeting a report reports (never the article they come from), the
// person who held a post (not the post), either end of a participation or a lineage statement.
MATCH (n:Resource {iri: $in_node})
WHERE n.search_key = $in_key OR n.code_key = $in_key
CALL (n) {
  MATCH (:Article)-[r:MENTIONS|REPORTS]->(n)
  RETURN r
  UNION ALL
  MATCH (n)-[r]->()
  WHERE r.iri IS NOT NULL AND NOT type(r) IN ["MENTIONS", "REPORTS"]
  RETURN r
  UNION ALL
  MATCH ()-[r]->(n)
  WHERE r.iri IS NOT NULL AND NOT type(r) IN ["MENTIONS", "REPORTS", "HELD"]
  RETURN r
}
MATCH (a:Article {id: r.article_id})
WITH r, a,
     CASE type(r)
       WHEN "MENTIONS" THEN "Mention"
       WHEN "REPORTS" THEN "MeetingReport"
       WHEN "PARTICIPATED" THEN "Participation"
       WHEN "HELD" THEN "Membership"
       ELSE "LineageStatement"
     END AS type
RETURN DISTINCT type, r.sentence AS sentence, a.id AS article, a.title AS title,
       coalesce(toString(a.date), "") AS date, r.iri AS fact
ORDER BY date DESC, article, type
LIMIT 500
