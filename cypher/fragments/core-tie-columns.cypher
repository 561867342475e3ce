// Clauses, not an expression: from rows that bind a tie `t` and its partner `o` (in page order), one row with `ties`, each
// a list in the order organization.repository.ts's coreTieOf reads it (tie id, origin, partner id, name, sortName, city
// slug), and `partnerCities`, the distinct cities of the partners (for fragments/places-of-cities).
WITH t, o, head([(o)-[:BASED_IN]->(basedIn:City) | basedIn]) AS partnerCity
RETURN collect([t.id, t.origin, o.id, o.name, o.sortName, partnerCity.slug]) AS ties, collect(DISTINCT partnerCity) AS partnerCities
