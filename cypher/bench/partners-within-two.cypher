// Benchmark floor (Q8): organizations within two ties (TIED_TO, either direction) of the organization $organization,
// each with its distance (fewest ties), nearest first, then by sortName and id. Params: $organization (id).
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
RETURN o.id AS id, o.name AS name, distance
ORDER BY distance, o.sortName, o.id
