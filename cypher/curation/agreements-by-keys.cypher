// Agreements as records of data/nkss.json, with their version and origin. Params: $keys [id].
UNWIND $keys AS key
MATCH (n:Agreement {id: key})
RETURN key, coalesce(n.version, 1) AS version, coalesce(n.origin, 'dataset') AS origin, n {.createdAt, .createdBy} AS meta,
  n {
    .id, .name, .signed,
    parties: [(n)-[:PARTY]->(o:Organization) | o.id],
    event: head([(n)-[:SIGNED_AT]->(e:Event) | e.slug]),
    .note,
    sources: [(n)-[c:CITED_BY]->(s:Source) | {i: toInteger(c.key), source: s.id, quote: c.quote}]
  } AS record
