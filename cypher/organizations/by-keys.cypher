// Organizations (the association included) by id or by slug: $keys are ids when $bySlug is false, slugs when true. One
// row: `rows` [{key, value}] and the distinct `places` (fragments/places-of-cities) of their cities.
{{organizations-by-keys}}
WITH collect({key: key, value: {{organization-row}}}) AS rows, collect(o) AS found
CALL (found) {
  UNWIND found AS o
  MATCH (o)-[:BASED_IN]->(city:City)
  {{places-of-cities}}
}
RETURN rows, places
