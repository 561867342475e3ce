// Roles a person held (board president, member, editor …) in which organization, when, elected where. Params: $keys (person ids).
UNWIND $keys AS key
MATCH (p:Person {id: key})-[:HOLDS]->(r:BoardRole)-[:OF]->(o:Organization)
WITH key, r, o ORDER BY r.sinceEarliest, r.id
RETURN key, collect(r {.id, .uid, .title, .since, .heldAsOf, .until, organizationId: o.id,
  electedAtSlug: head([(r)-[:ELECTED_AT]->(e:Event) | e.slug]), personId: key}) AS value
