// People as records of data/nkss.json, with their version and origin. Params: $keys [id].
UNWIND $keys AS key
MATCH (n:Person {id: key})
RETURN key, coalesce(n.version, 1) AS version, coalesce(n.origin, 'dataset') AS origin, n {.createdAt, .createdBy} AS meta,
  n {.id, .slug, .name, .aliases, city: head([(n)-[:BASED_IN]->(c:City) | c.slug]), sources: [(n)-[c:CITED_BY]->(s:Source) | {i: toInteger(c.key), source: s.id, quote: c.quote}]} AS record
