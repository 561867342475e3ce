// Cities as records of data/nkss.json, with their version and origin. The loader stores a city's region only when it
// has no district, so the region of a city in a district is its district's. Params: $keys [slug].
UNWIND $keys AS key
MATCH (n:City {slug: key})
RETURN key, coalesce(n.version, 1) AS version, coalesce(n.origin, 'dataset') AS origin, n {.createdAt, .createdBy} AS meta,
  n {
    .slug, .name, .nameCyr, .nameEn, .type,
    partOf: head([(n)-[:PART_OF]->(p:City) | p.slug]),
    district: head([(n)-[:IN_DISTRICT]->(d:District) | d.slug]),
    region: coalesce(head([(n)-[:IN_REGION]->(r:Region) | r.slug]), head([(n)-[:IN_DISTRICT]->(:District)-[:IN_REGION]->(r:Region) | r.slug])),
    country: head([(n)-[:IN_COUNTRY]->(k:Country) | k.code]),
    lat: n.location.y, lon: n.location.x,
    .population2022, .population2011, .populationUnit,
    sources: [(n)-[c:CITED_BY]->(s:Source) | {i: toInteger(c.key), source: s.id, quote: c.quote}]
  } AS record
