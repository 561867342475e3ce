// Slugs of the districts (okrugs) of each region, in name order. Params: $keys (region slugs).
UNWIND $keys AS key
MATCH (d:District)-[:IN_REGION]->(:Region {slug: key})
WITH key, d ORDER BY d.sortName
RETURN key, collect(d.slug) AS value
