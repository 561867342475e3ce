// A page of ties for each organization in $keys (fragments/tie-pages-begin says how it is cut and ordered), with how many
// such ties it has in all and the distinct places of the partners (fragments/tie-pages-end: a row per organization). A tie is one derived
// TIED_TO (cypher/ties/rebuild.cypher). Each tie is a list, not a map (a page of a hundred organizations brings a
// thousand ties; map keys would double what the driver decodes), in this order, which organization.repository.ts reads:
// tie id, origin, since, until, the partner's role, via kind, key and name; then the partner's core: id, slug, name,
// sortName, kind, sector, isAssociation, city slug, stated country code. The tie's sources and the partner's other
// properties are read only when asked for. partners-core-by-organizations.cypher is the same with fewer columns.
{{tie-pages-begin}}
  RETURN collect([
    t.id, t.origin, t.since, t.until, CASE WHEN startNode(t) = o THEN t.roleA ELSE t.roleB END, t.viaKind, t.viaKey, t.viaName,
    o.id, o.slug, o.name, o.sortName, o.kind, o.sector, o:Association, head([(o)-[:BASED_IN]->(basedIn:City) | basedIn.slug]),
    head([(o)-[:IN_COUNTRY]->(k:Country) | k.code])
  ]) AS ties, collect(DISTINCT head([(o)-[:BASED_IN]->(partnerCity:City) | partnerCity])) AS partnerCities
{{tie-pages-end}}
