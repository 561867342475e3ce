// Benchmark floor (Q3): how many organizations are based in a place of the statistical region $region (a city or
// municipality, or a settlement PART_OF one, in a district of the region or directly in it), as the API's region filter
// counts them; read from the places (a few dozen) to their organizations, not from every organization. Params: $region (slug).
MATCH (place:City)
WHERE EXISTS { (place)-[:PART_OF*0..2]->(:City)-[:IN_DISTRICT|IN_REGION*1..2]->(:Region {slug: $region}) }
MATCH (o:Organization)-[:BASED_IN]->(place)
RETURN count(DISTINCT o) AS totalCount
