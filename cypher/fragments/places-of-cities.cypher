// Clauses, not an expression: from rows that bind `city` (a :City), one row `places` with each distinct place once as
// {city, district, region} rows of the City, District and Region types (district and region null where there is none).
// A settlement inherits district and region from the city it is part of; a place in no district (Beograd) has its own
// region. Each is found once per place and reused, not walked again for every slug. Queries that return organizations
// end with this so the API can prime its per-request loaders: a page with city → district → region is one query.
WITH DISTINCT city
OPTIONAL MATCH (city)-[:PART_OF*0..2]->(:City)-[:IN_DISTRICT]->(inDistrict:District)
WITH city, head(collect(inDistrict)) AS district
OPTIONAL MATCH (district)-[:IN_REGION]->(districtRegion:Region)
WITH city, district, head(collect(districtRegion)) AS districtRegion
OPTIONAL MATCH (city)-[:PART_OF*0..2]->(:City)-[:IN_REGION]->(ownRegion:Region)
WITH city, district, districtRegion, head(collect(ownRegion)) AS ownRegion
WITH city, district, coalesce(districtRegion, ownRegion) AS region
RETURN collect({
  city: city { {{city-properties}}, districtSlug: district.slug, regionSlug: region.slug },
  district: CASE WHEN district IS NULL THEN null ELSE {{district-row}} END,
  region: CASE WHEN region IS NULL THEN null ELSE {{region-row}} END
}) AS places
