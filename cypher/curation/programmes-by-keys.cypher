// Programmes as records of data/nkss.json, with their version and origin. Params: $keys [slug].
UNWIND $keys AS key
MATCH (n:Programme {slug: key})
RETURN key, coalesce(n.version, 1) AS version, coalesce(n.origin, 'dataset') AS origin, n {.createdAt, .createdBy} AS meta,
  n {
    .slug, .name, .kind, .start, .end,
    cities: [(n)-[:HELD_IN]->(c:City) | c.slug],
    countries: [(n)-[:SPANS_COUNTRY]->(k:Country) | k.code],
    sources: [(n)-[c:CITED_BY]->(s:Source) | {i: toInteger(c.key), source: s.id, quote: c.quote}]
  } AS record
