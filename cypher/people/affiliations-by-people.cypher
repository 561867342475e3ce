// Organizations a person came from or works with (not a membership). Params: $keys (person ids).
UNWIND $keys AS key
MATCH (p:Person {id: key})-[w:WORKS_WITH]->(o:Organization)
WITH key, w, o ORDER BY o.sortName
RETURN key, collect({organizationId: o.id, note: w.note, sourceIds: w.sourceIds, sourceQuotes: w.sourceQuotes}) AS value
