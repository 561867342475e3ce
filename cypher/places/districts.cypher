// Slugs of all districts (okrugs), optionally of one $region, in name order. Params: $region.
MATCH (d:District)
WHERE $region IS NULL OR EXISTS { (d)-[:IN_REGION]->(:Region {slug: $region}) }
RETURN d.slug AS slug
ORDER BY d.sortName
