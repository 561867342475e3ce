// Slugs of the places directly in a district, region or city, for each of $keys [{label: District | Region | City, slug}].
// A region lists the cities with no district too (the City of Belgrade).
UNWIND $keys AS key
CALL (key) {
  MATCH (c:City)-[:IN_DISTRICT]->(:District {slug: key.slug}) WHERE key.label = 'District' RETURN c
  UNION
  MATCH (c:City)-[:IN_DISTRICT|IN_REGION*1..2]->(:Region {slug: key.slug}) WHERE key.label = 'Region' RETURN c
  UNION
  MATCH (c:City)-[:PART_OF]->(:City {slug: key.slug}) WHERE key.label = 'City' RETURN c
}
WITH key, c ORDER BY c.sortName
RETURN key, collect(c.slug) AS value
