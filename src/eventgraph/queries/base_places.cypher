MATCH (l:Locality)
OPTIONAL MATCH (l)-[:IN_PROVINCE]->(lp)
RETURN l.iri AS l, l.name AS lname, l.search_key AS lkey, lp.iri AS lp, lp.name AS lpname,
       lp.search_key AS lpkey
