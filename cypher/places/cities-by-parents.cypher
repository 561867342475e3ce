// Slugs of the places directly in a district, region or city, keyed by "District|slug", "Region|slug" or "City|slug".
// A region lists the cities with no district too (the City of Belgrade). Params: $keys.
UNWIND $keys AS key
WITH key, split(key, '|') AS k
CALL (k) {
  MATCH (c:City)-[:IN_DISTRICT]->(:District {slug: k[1]}) WHERE k[0] = 'District' RETURN c
  UNION
  MATCH (c:City)-[:IN_DISTRICT|IN_REGION*1..2]->(:Region {slug: k[1]}) WHERE k[0] = 'Region' RETURN c
  UNION
  MATCH (c:City)-[:PART_OF]->(:City {slug: k[1]}) WHERE k[0] = 'City' RETURN c
}
WITH key, c ORDER BY c.sortName
RETURN key, collect(c.slug) AS value
