// Board roles by id, with the person holding each and the organization it is in, for node(id:). Unknown ids give no row.
// Params: $keys (role ids).
UNWIND $keys AS key
MATCH (p:Person)-[:HOLDS]->(r:BoardRole {id: key})-[:OF]->(o:Organization)
RETURN key, r {.id, .uid, .title, .since, .heldAsOf, .until, organizationId: o.id,
  electedAtSlug: head([(r)-[:ELECTED_AT]->(e:Event) | e.slug]), personId: p.id} AS value
