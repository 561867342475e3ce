// The association as the record of data/nkss.json (its own section), with its version and origin. Params: $keys [id].
UNWIND $keys AS key
MATCH (n:Association {id: key})
RETURN key, coalesce(n.version, 1) AS version, coalesce(n.origin, 'dataset') AS origin, n {.createdAt, .createdBy} AS meta,
  n {
    .id, .slug, .name, .nameEn, .acronym, .website, .founded, .foundedIn, .mission, kind: n.associationKind, .sector,
    city: head([(n)-[:BASED_IN]->(c:City) | c.slug]),
    country: head([(n)-[:IN_COUNTRY]->(k:Country) | k.code]),
    sources: [(n)-[c:CITED_BY]->(s:Source) | {i: toInteger(c.key), source: s.id, quote: c.quote}]
  } AS record
