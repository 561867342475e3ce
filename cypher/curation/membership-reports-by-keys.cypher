// Membership reports as records of data/nkss.json, with their version and origin; the association is the one that
// REPORTED it, and cities is null unless the report lists them. Params: $keys [id].
UNWIND $keys AS key
MATCH (n:MembershipReport {id: key})
RETURN key, coalesce(n.version, 1) AS version, coalesce(n.origin, 'dataset') AS origin, n {.createdAt, .createdBy} AS meta,
  n {
    .id,
    association: head([(n)<-[:REPORTED]-(o:Organization) | o.id]),
    .asOf,
    event: head([(n)-[:AT]->(e:Event) | e.slug]),
    .memberCount, .memberQualifier, .memberUnit, .cityCount, .cityQualifier, .cityUnit,
    cities: CASE WHEN n.listsCities THEN [(n)-[:LISTS]->(c:City) | c.slug] END,
    .primary, .note, .inferredFields, .inferredRules,
    sources: [(n)-[c:CITED_BY]->(s:Source) | {i: toInteger(c.key), source: s.id, quote: c.quote}]
  } AS record
