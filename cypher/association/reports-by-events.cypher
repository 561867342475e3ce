// Membership reports made at an event (after an assembly). Params: $keys (event slugs).
UNWIND $keys AS key
MATCH (r:MembershipReport)-[:AT]->(:Event {slug: key})
WITH key, r ORDER BY NOT r.primary, r.id
RETURN key, collect(r {.id, .uid, .asOf, .memberCount, .memberQualifier, .memberUnit, .cityCount, .cityQualifier,
  .cityUnit, .primary, .note, .listsCities, .inferredFields, .inferredRules, eventSlug: key,
  citySlugs: COLLECT { MATCH (r)-[:LISTS]->(c:City) RETURN c.slug ORDER BY c.sortName }}) AS value
