// Board roles as records of data/nkss.json, with their version and origin; the person is the one who HOLDS it.
// Params: $keys [id].
UNWIND $keys AS key
MATCH (n:BoardRole {id: key})
RETURN key, coalesce(n.version, 1) AS version, coalesce(n.origin, 'dataset') AS origin, n {.createdAt, .createdBy} AS meta,
  n {
    .id,
    person: head([(n)<-[:HOLDS]-(p:Person) | p.id]),
    organization: head([(n)-[:OF]->(o:Organization) | o.id]),
    .title, .since, .heldAsOf, .until,
    electedAt: head([(n)-[:ELECTED_AT]->(e:Event) | e.slug]),
    sources: [(n)-[c:CITED_BY]->(s:Source) | {i: toInteger(c.key), source: s.id, quote: c.quote}]
  } AS record
