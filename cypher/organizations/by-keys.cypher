// Organizations (the association included) by id or by slug: $keys are ids when $bySlug is false, slugs when true.
UNWIND $keys AS key
CALL (key) {
  MATCH (o:Organization {id: key}) WHERE NOT $bySlug RETURN o
  UNION
  MATCH (o:Organization {slug: key}) WHERE $bySlug RETURN o
}
RETURN key, {{organization-row}} AS value
