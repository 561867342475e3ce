// Retracted people by id ($bySlug false) or slug ($bySlug true), as the Person type reads them, with their retraction:
// what person(includeRetracted: true) answers when no live one has the key. Params: $keys, $bySlug.
UNWIND $keys AS key
MATCH (p:Retracted {retractedLabel: 'Person'})
WHERE (NOT $bySlug AND p.id = key) OR ($bySlug AND p.slug = key)
WITH key, p, p AS r
RETURN key, p {.id, .slug, .name, .aliases, .uid, citySlug: head([(p)-[:BASED_IN]->(c:City) | c.slug]),
  retraction: {{retraction}}} AS value
