// Membership reports an association published (or the press reported), oldest first; undated last. Params: $keys (ids).
UNWIND $keys AS key
MATCH (:Association {id: key})-[:REPORTED]->(r:MembershipReport)
WITH key, r ORDER BY r.asOfEarliest IS NULL, r.asOfEarliest, r.asOfLatest, NOT r.primary, r.id
RETURN key, collect(r {.id, .uid, .asOf, .memberCount, .memberQualifier, .memberUnit, .cityCount, .cityQualifier,
  .cityUnit, .primary, .note, .listsCities, .inferredFields, .inferredRules,
  eventSlug: head([(r)-[:AT]->(e:Event) | e.slug]),
  citySlugs: COLLECT { MATCH (r)-[:LISTS]->(c:City) RETURN c.slug ORDER BY c.sortName }}) AS value
