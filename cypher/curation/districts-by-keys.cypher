// Districts as records of data/nkss.json, with their version and origin. Params: $keys [slug].
UNWIND $keys AS key
MATCH (n:District {slug: key})
RETURN key, coalesce(n.version, 1) AS version, coalesce(n.origin, 'dataset') AS origin, n {.createdAt, .createdBy} AS meta,
  n {
    .slug, .name, .nameCyr,
    seat: head([(n)-[:SEAT]->(c:City) | c.slug]),
    region: head([(n)-[:IN_REGION]->(r:Region) | r.slug]),
    sources: [(n)-[c:CITED_BY]->(s:Source) | {i: toInteger(c.key), source: s.id, quote: c.quote}]
  } AS record
