MATCH (a:Article)
OPTIONAL MATCH (a)-[:IN_LOCALITY]->(al)
RETURN a.iri AS article, coalesce(toString(a.date), "") AS date, al.iri AS locality,
       al.search_key AS key
