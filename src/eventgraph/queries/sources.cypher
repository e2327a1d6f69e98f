// The facts read about one node, as sources.rq reads them. Judgements (owl:sameAs) live in the RDF
// stores only, so the id names exactly one node here; an empty id or one that is not a node's IRI
// matches nothing. A fact is a relationship with an `iri`; the node must be at the end the RDF
// predicate names: what a mention mentions and the meeting a report reports (never the article
// they come from), the person who held a post (not the post), either end of a participation or a
// lineage statement. Directed matches, so a fact with the node at both ends counts twice, as the
// SPARQL alternative path does.
MATCH (n:Resource {iri: $in_node})
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
RETURN type, r.sentence AS sentence, a.id AS article, a.title AS title,
       coalesce(toString(a.date), "") AS date, r.iri AS fact
ORDER BY date DESC, article, type
LIMIT 500
