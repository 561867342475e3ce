// partners-by-organizations.cypher for a selection that reads of each tie only its id and origin and of the partner only
// its id, name and city (a page of a hundred organizations with ten partners each: 6,000 values to decode, not 17,000).
// Each tie is a list in this order: tie id, origin, partner id, name, sortName, city slug.
{{tie-pages-begin}}
  WITH t, o, head([(o)-[:BASED_IN]->(basedIn:City) | basedIn]) AS partnerCity
  RETURN collect([t.id, t.origin, o.id, o.name, o.sortName, partnerCity.slug]) AS ties, collect(DISTINCT partnerCity) AS partnerCities
{{tie-pages-end}}
