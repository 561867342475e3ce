// Cities (any place: city, municipality, settlement) by slug, with the keys of their district, region and country.
// A settlement inherits district and region from the city it is part of. Params: $keys (slugs).
UNWIND $keys AS key
MATCH (c:City {slug: key})
RETURN key, c {
  .slug, .name, .nameCyr, .nameEn, .type, .location, .population2022, .population2011, .populationUnit, .uid,
  partOfSlug: head([(c)-[:PART_OF]->(p:City) | p.slug]),
  districtSlug: head([(c)-[:PART_OF*0..2]->(:City)-[:IN_DISTRICT]->(d:District) | d.slug]),
  regionSlug: head([(c)-[:PART_OF*0..2]->(:City)-[:IN_DISTRICT|IN_REGION*1..2]->(r:Region) | r.slug]),
  countryCode: head([(c)-[:IN_COUNTRY]->(k:Country) | k.code])
} AS value
