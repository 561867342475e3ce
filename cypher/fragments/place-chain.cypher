// A place with its district and region, as rows the City, District and Region types read, for the variable `city`:
// {city, district, region} (district and region null where there is none). Queries that return organizations return
// the distinct chains of their cities with them, and the API primes its per-request loaders with them, so that a page
// of organizations with city → district → region is one query, not four.
{
  city: {{city-row}},
  district: head([(city)-[:PART_OF*0..2]->(:City)-[:IN_DISTRICT]->(district:District) | {{district-row}}]),
  region: head([(city)-[:PART_OF*0..2]->(:City)-[:IN_DISTRICT|IN_REGION*1..2]->(region:Region) | {{region-row}}])
}
