// An organization as the Organization type reads it, for the variable `o`, with `places`: its city, district and region
// rows (null when it has no city), which the API primes its per-request loaders with, so that a page of organizations
// with city → district → region is one query, not four.
o {
  .id, .slug, .name, .aliases, .kind, .sector, .disciplines, .founded, .website, .uid, .sortName, .nameEn, .acronym, .mission,
  isAssociation: o:Association,
  citySlug: head([(o)-[:BASED_IN]->(basedIn:City) | basedIn.slug]),
  countryCode: coalesce(head([(o)-[:IN_COUNTRY]->(k:Country) | k.code]), head([(o)-[:BASED_IN]->(:City)-[:IN_COUNTRY]->(k:Country) | k.code])),
  places: head([(o)-[:BASED_IN]->(city:City) | {
    city: {{city-row}},
    district: head([(city)-[:PART_OF*0..2]->(:City)-[:IN_DISTRICT]->(district:District) | {{district-row}}]),
    region: head([(city)-[:PART_OF*0..2]->(:City)-[:IN_DISTRICT|IN_REGION*1..2]->(region:Region) | {{region-row}}])
  }])
}
