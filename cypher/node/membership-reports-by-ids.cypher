// Membership reports by id, for node(id:). Unknown ids give no row. Params: $keys (report ids).
UNWIND $keys AS key
MATCH (r:MembershipReport {id: key})
RETURN key, r {.id, .uid, .asOf, .memberCount, .memberQualifier, .memberUnit, .cityCount, .cityQualifier,
  .cityUnit, .primary, .note, .listsCities, .inferredFields, .inferredRules,
  eventSlug: head([(r)-[:AT]->(e:Event) | e.slug]),
  citySlugs: COLLECT { MATCH (r)-[:LISTS]->(c:City) RETURN c.slug ORDER BY c.sortName }} AS value
