// Roles held in an organization (its board and staff), in time order. Params: $keys (organization ids).
UNWIND $keys AS key
MATCH (p:Person)-[:HOLDS]->(r:BoardRole)-[:OF]->(o:Organization {id: key})
WITH key, r, p ORDER BY r.sinceEarliest, p.sortName, r.id
RETURN key, collect(r {.id, .uid, .title, .since, .heldAsOf, .until, organizationId: key,
  electedAtSlug: head([(r)-[:ELECTED_AT]->(e:Event) | e.slug]), personId: p.id}) AS value
