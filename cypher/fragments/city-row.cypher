// A place as the City type reads it, for the variable `city` (a :City): with the slugs of what it is part of, its
// district, region and country. A settlement inherits district and region from the city it is part of.
city {
  .slug, .name, .nameCyr, .nameEn, .type, .location, .population2022, .population2011, .populationUnit, .uid,
  partOfSlug: head([(city)-[:PART_OF]->(cityWhole:City) | cityWhole.slug]),
  districtSlug: head([(city)-[:PART_OF*0..2]->(:City)-[:IN_DISTRICT]->(cityDistrict:District) | cityDistrict.slug]),
  regionSlug: head([(city)-[:PART_OF*0..2]->(:City)-[:IN_DISTRICT|IN_REGION*1..2]->(cityRegion:Region) | cityRegion.slug]),
  countryCode: head([(city)-[:IN_COUNTRY]->(cityCountry:Country) | cityCountry.code])
}
