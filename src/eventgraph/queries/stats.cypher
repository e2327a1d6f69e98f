// Counts from Neo4j's count store; `facts` counts the fact relationships plus one per article
// (in RDF the article's graph is itself derived from the article), `quads` the size of each
// article's RDF graph, recorded when it was written.
MATCH (a:Article)
WITH count(a) AS articles, sum(coalesce(a.rdf_quads, 0)) AS quads
CALL () {
  MATCH ()-[r:PARTICIPATED|HELD|MENTIONS|REPORTS|IMPLEMENTS|BASED_ON|AMENDS|REPLACES]->()
  RETURN count(r) AS fact_rels
}
RETURN articles,
       COUNT { (:Person) } AS people,
       COUNT { (:Meeting) } AS meetings,
       COUNT { (:Directive) } AS directives,
       COUNT { (:Locality) } AS localities,
       fact_rels + articles AS facts,
       quads
