// Member and partner organizations as records of data/nkss.json (the inverse of the loader's mapping: the association
// is its own section), with their version and origin. Citations in the order the record lists them.
// Params: $keys [id].
UNWIND $keys AS key
MATCH (o:Organization {id: key})
WHERE NOT o:Association
RETURN key, coalesce(o.version, 1) AS version, coalesce(o.origin, 'dataset') AS origin,
  o {.createdAt, .createdBy} AS meta,
  o {
    .id, .slug, .name, .aliases, .kind, .sector, .disciplines, .founded, .website, .inferredFields, .inferredRules,
    city: head([(o)-[:BASED_IN]->(c:City) | c.slug]),
    country: head([(o)-[:IN_COUNTRY]->(k:Country) | k.code]),
    countries: [(o)-[:SPANS_COUNTRY]->(k:Country) | k.code],
    sources: [(o)-[c:CITED_BY]->(s:Source) | {i: toInteger(c.key), source: s.id, quote: c.quote}]
  } AS record
