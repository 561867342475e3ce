// The association's goals as records of data/nkss.json, with their version and origin. Params: $keys [code].
UNWIND $keys AS key
MATCH (n:Goal {code: key})
RETURN key, coalesce(n.version, 1) AS version, coalesce(n.origin, 'dataset') AS origin, n {.createdAt, .createdBy} AS meta,
  n {.code, .titleSr, .titleEn, .titleEnOrigin, .themes, sources: [(n)-[c:CITED_BY]->(s:Source) | {i: toInteger(c.key), source: s.id, quote: c.quote}]} AS record
