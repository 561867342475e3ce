// Clauses, not an expression: from $keys (ids when $bySlug is false, slugs when true), one row per organization found
// (the association included), binding `key` and `o`.
UNWIND $keys AS key
CALL (key) {
  MATCH (o:Organization {id: key}) WHERE NOT $bySlug RETURN o
  UNION
  MATCH (o:Organization {slug: key}) WHERE $bySlug RETURN o
}
