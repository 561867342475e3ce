// Benchmark floor (Q8): organizations within two ties (TIED_TO, either direction) of the organization $organization,
// each with its distance (fewest ties): how many there are, and the first $limit, nearest first, then by sortName and
// id. Params: $organization (id), $limit.
MATCH (start:Organization {id: $organization})
CALL (start) {
  MATCH (start)-[:TIED_TO]-(near:Organization)
  RETURN near AS o, 1 AS distance
  UNION ALL
  MATCH (start)-[:TIED_TO]-(:Organization)-[:TIED_TO]-(far:Organization)
  RETURN far AS o, 2 AS distance
}
WITH start, o, min(distance) AS distance
WHERE o <> start
WITH o, distance ORDER BY distance, o.sortName, o.id
WITH collect({id: o.id, name: o.name, distance: distance}) AS reached
RETURN size(reached) AS totalCount, reached[0..$limit] AS rows
