// Events as records of data/nkss.json, with their version and origin; the programme is the one that HAD_EDITION it.
// Params: $keys [slug].
UNWIND $keys AS key
MATCH (n:Event {slug: key})
RETURN key, coalesce(n.version, 1) AS version, coalesce(n.origin, 'dataset') AS origin, n {.createdAt, .createdBy} AS meta,
  n {
    .slug, .kind, .name, .nameEn, .start, .end,
    city: head([(n)-[:HELD_IN]->(c:City) | c.slug]),
    .online, .status, .facts,
    organizers: [(n)-[:ORGANIZED_BY]->(o:Organization) | o.id],
    programme: head([(n)<-[:HAD_EDITION]-(p:Programme) | p.slug]),
    sources: [(n)-[c:CITED_BY]->(s:Source) | {i: toInteger(c.key), source: s.id, quote: c.quote}]
  } AS record
