// An organization's core columns, for the variable `o`: the list [id, slug, name, sortName, city slug], all a selection
// of its id, slug, name, city and id-keyed lists reads (coreOrganizationOf in organization.columns.ts), a tenth of
// the values of {{organization-row}} to decode. $coreCity false leaves the city slug null (a selection that does not
// read the city spares Neo4j the walk to it).
[o.id, o.slug, o.name, o.sortName, CASE WHEN $coreCity THEN head([(o)-[:BASED_IN]->(basedIn:City) | basedIn.slug]) END]
