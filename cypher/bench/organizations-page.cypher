// Benchmark floor (Q1, Q4): a page of $limit organizations in (sortName, id) order after the keyset ($afterName, $afterId;
// both null: from the start), each with its city → district → region as the API answers them (a settlement takes the
// district of the city it is PART_OF). Params: $afterName, $afterId, $limit.
MATCH (o:Organization)
WHERE o.sortName >= coalesce($afterName, '') AND o.id IS NOT NULL
  AND ($afterId IS NULL OR o.sortName > $afterName OR o.id > $afterId)
WITH o ORDER BY o.sortName, o.id
LIMIT $limit
RETURN o {.id, .name,
  city: head(COLLECT {
    MATCH (o)-[:BASED_IN]->(c:City)
    RETURN c {.name, district: head(COLLECT {
      MATCH (c)-[:PART_OF*0..2]->(:City)-[:IN_DISTRICT]->(d:District)
      RETURN d {.name, region: head(COLLECT { MATCH (d)-[:IN_REGION]->(r:Region) RETURN r {.name} })}
    })}
  })
} AS node
