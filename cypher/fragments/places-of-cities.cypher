// Clauses, not an expression: from rows that bind `city` (a :City), one row `places` = {cities, districts, regions}, each
// distinct place once (a page of a hundred organizations in forty cities of ten districts brings ten districts, not
// forty copies of them). A city names its district and region by slug; a settlement inherits them from the city it is
// part of; a place in no district (Beograd) has its own region, looked for only then. Queries that return
// organizations end with this so the API can prime its per-request loaders: a page with city → district → region is
// one query. $corePlaces: each place only as the list of columns an operation that reads no more of places needs
// (place.columns.ts: city [slug, name, districtSlug, regionSlug], district [slug, name, regionSlug], region [slug,
// name]); else the rows of the City, District and Region types.
WITH DISTINCT city
OPTIONAL MATCH (city)-[:PART_OF*0..2]->(:City)-[:IN_DISTRICT]->(inDistrict:District)
WITH city, head(collect(inDistrict)) AS district
OPTIONAL MATCH (district)-[:IN_REGION]->(districtRegion:Region)
WITH city, district, head(collect(districtRegion)) AS districtRegion
WITH city, district, CASE
    WHEN districtRegion IS NULL THEN head([(city)-[:PART_OF*0..2]->(:City)-[:IN_REGION]->(ownRegion:Region) | ownRegion])
    ELSE districtRegion
  END AS region
WITH collect(CASE
    WHEN $corePlaces THEN [city.slug, city.name, district.slug, region.slug]
    ELSE city { {{city-properties}}, districtSlug: district.slug, regionSlug: region.slug }
  END) AS cities, collect(DISTINCT district) AS districts, collect(DISTINCT region) AS regions
RETURN {
  cities: cities,
  districts: [district IN districts | CASE
    WHEN $corePlaces THEN [district.slug, district.name, head([(district)-[:IN_REGION]->(r:Region) | r.slug])]
    ELSE {{district-row}}
  END],
  regions: [region IN regions | CASE WHEN $corePlaces THEN [region.slug, region.name] ELSE {{region-row}} END]
} AS places
