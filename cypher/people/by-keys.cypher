// People by id ($bySlug false) or by slug ($bySlug true). Params: $keys, $bySlug.
UNWIND $keys AS key
CALL (key) {
  MATCH (p:Person {id: key}) WHERE NOT $bySlug RETURN p
  UNION
  MATCH (p:Person {slug: key}) WHERE $bySlug RETURN p
}
RETURN key, p {.id, .slug, .name, .aliases, .uid, citySlug: head([(p)-[:BASED_IN]->(c:City) | c.slug])} AS value
