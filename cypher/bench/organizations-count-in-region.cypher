// Benchmark floor (Q3): how many organizations are based in a place of the statistical region $region (a city or
// municipality, or a settlement PART_OF one, in a district of the region or directly in it), as the API's region filter
// counts them. Params: $region (slug).
MATCH (o:Organization)
WHERE EXISTS { (o)-[:BASED_IN]->(:City)-[:PART_OF*0..2]->(:City)-[:IN_DISTRICT|IN_REGION*1..2]->(:Region {slug: $region}) }
RETURN count(o) AS totalCount
