// Organizations (the association included) by id or by slug: $keys are ids when $bySlug is false, slugs when true.
UNWIND $keys AS key
CALL (key) {
  MATCH (o:Organization {id: key}) WHERE NOT $bySlug RETURN o
  UNION
  MATCH (o:Organization {slug: key}) WHERE $bySlug RETURN o
}
RETURN key, o {
  .id, .slug, .name, .aliases, .kind, .sector, .disciplines, .founded, .website, .uid, .sortName,
  .nameEn, .acronym, .mission,
  isAssociation: o:Association,
  citySlug: head([(o)-[:BASED_IN]->(c:City) | c.slug]),
  countryCode: coalesce(head([(o)-[:IN_COUNTRY]->(k:Country) | k.code]), head([(o)-[:BASED_IN]->(:City)-[:IN_COUNTRY]->(k:Country) | k.code]))
} AS value
