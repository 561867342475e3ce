// An organization as the Organization type reads it, for the variable `o`: its own properties, the slug of its city and
// the code of the country its sources name for it (null when they name none: the API then takes its city's country).
// Its places come apart, once per query (fragments/places-of-cities), so a thousand rows do not repeat the same cities.
o {
  .id, .slug, .name, .aliases, .kind, .sector, .disciplines, .founded, .website, .uid, .sortName, .nameEn, .acronym, .mission,
  .inferredFields, .inferredRules,
  isAssociation: o:Association,
  version: coalesce(o.version, 1),
  citySlug: head([(o)-[:BASED_IN]->(basedIn:City) | basedIn.slug]),
  countryCode: head([(o)-[:IN_COUNTRY]->(k:Country) | k.code])
}
