// Judgements (owl:sameAs) live in the RDF stores only: no rows here.
UNWIND [] AS none
RETURN none AS p, none AS position, none AS status, none AS d, none AS a
