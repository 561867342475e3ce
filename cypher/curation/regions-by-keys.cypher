// Regions as records of data/nkss.json, with their version and origin. Params: $keys [slug].
UNWIND $keys AS key
MATCH (n:Region {slug: key})
RETURN key, coalesce(n.version, 1) AS version, coalesce(n.origin, 'dataset') AS origin, n {.createdAt, .createdBy} AS meta,
  n {.slug, .name, .nameEn, country: head([(n)-[:IN_COUNTRY]->(k:Country) | k.code]), sources: [(n)-[c:CITED_BY]->(s:Source) | {i: toInteger(c.key), source: s.id, quote: c.quote}]} AS record
