// Benchmark floor (Q2): the first page of $limit organizations in (sortName, id) order, each with its city → district →
// region (as organizations-page), and its first $ties ties (TIED_TO, either direction) by partner sortName, partner id,
// then tie id, each with its origin and the partner with its city. Ask one tie more than shown to tell whether there are
// more. Params: $limit, $ties.
MATCH (o:Organization)
WHERE o.sortName >= '' AND o.id IS NOT NULL
WITH o ORDER BY o.sortName, o.id
LIMIT $limit
RETURN o {.id, .name,
  city: head(COLLECT {
    MATCH (o)-[:BASED_IN]->(c:City)
    RETURN c {.name, district: head(COLLECT {
      MATCH (c)-[:PART_OF*0..2]->(:City)-[:IN_DISTRICT]->(d:District)
      RETURN d {.name, region: head(COLLECT { MATCH (d)-[:IN_REGION]->(r:Region) RETURN r {.name} })}
    })}
  }),
  ties: COLLECT {
    MATCH (o)-[t:TIED_TO]-(p:Organization)
    WITH t, p ORDER BY p.sortName, p.id, t.id
    LIMIT $ties
    RETURN {origin: t.origin, partner: p {.id, .name, city: head(COLLECT { MATCH (p)-[:BASED_IN]->(pc:City) RETURN pc {.name} })}}
  }
} AS node
