// A place as the City type reads it, for the variable `city` (a :City): with the slugs of what it is part of, its
// district, region and country. A settlement inherits district and region from the city it is part of.
city {
  {{city-properties}},
  districtSlug: head([(city)-[:PART_OF*0..2]->(:City)-[:IN_DISTRICT]->(cityDistrict:District) | cityDistrict.slug]),
  regionSlug: head([(city)-[:PART_OF*0..2]->(:City)-[:IN_DISTRICT|IN_REGION*1..2]->(cityRegion:Region) | cityRegion.slug])
}
