// Slugs of cities in name order, optionally only in $region, $district or $country (null = any). Params: $region, $district, $country.
MATCH (c:City)
WHERE ($country IS NULL OR EXISTS { (c)-[:IN_COUNTRY]->(:Country {code: $country}) })
  AND ($district IS NULL OR EXISTS { (c)-[:PART_OF*0..2]->(:City)-[:IN_DISTRICT]->(:District {slug: $district}) })
  AND ($region IS NULL OR EXISTS { (c)-[:PART_OF*0..2]->(:City)-[:IN_DISTRICT|IN_REGION*1..2]->(:Region {slug: $region}) })
RETURN c.slug AS slug
ORDER BY c.sortName, c.slug
