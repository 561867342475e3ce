// An organization as the Organization type reads it, for the variable `o`: its own properties and the keys of its city
// and country. Its places come apart, once per query (fragments/place-chain), so that a thousand rows do not repeat the
// same few dozen cities.
o {
  .id, .slug, .name, .aliases, .kind, .sector, .disciplines, .founded, .website, .uid, .sortName, .nameEn, .acronym, .mission,
  isAssociation: o:Association,
  citySlug: head([(o)-[:BASED_IN]->(basedIn:City) | basedIn.slug]),
  countryCode: coalesce(head([(o)-[:IN_COUNTRY]->(k:Country) | k.code]), head([(o)-[:BASED_IN]->(:City)-[:IN_COUNTRY]->(k:Country) | k.code]))
}
