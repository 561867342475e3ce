// A page of ties for each organization in $keys ([{organizationId, afterName, afterPartnerId, afterTieId}]: the exclusive
// cursor is the last tie's partner sortName, partner id and tie id, all null on the first page), $limit ties per page in
// (partner sortName, partner id, tie id) order, of the origins $origins (TieOrigin names; null = all five), with how
// many such ties it has in all. A tie is one derived TIED_TO (cypher/ties/rebuild.cypher). Each tie is a list, not a map
// (a page of a hundred organizations brings a thousand ties; map keys would double what the driver decodes), in this
// order, which organization.repository.ts reads: tie id, origin, since, until, the partner's role, via kind, key and
// name; then the partner's core: id, slug, name, sortName, kind, sector, isAssociation, city slug, stated country code. The
// tie's sources and the partner's other properties are read only when asked for. The distinct places of the partners
// (fragments/places-of-cities) come once for all: one row, {pages: [{key, value: {ties, totalCount}}], places}.
UNWIND $keys AS key
MATCH (self:Organization {id: key.organizationId})
CALL (self, key) {
  MATCH (self)-[t:TIED_TO]-(o:Organization)
  WHERE ($origins IS NULL OR t.origin IN $origins)
    AND (key.afterTieId IS NULL OR o.sortName > key.afterName
      OR (o.sortName = key.afterName AND (o.id > key.afterPartnerId OR (o.id = key.afterPartnerId AND t.id > key.afterTieId))))
  WITH t, o ORDER BY o.sortName, o.id, t.id
  LIMIT $limit
  RETURN collect([
    t.id, t.origin, t.since, t.until, CASE WHEN startNode(t) = o THEN t.roleA ELSE t.roleB END, t.viaKind, t.viaKey, t.viaName,
    o.id, o.slug, o.name, o.sortName, o.kind, o.sector, o:Association, head([(o)-[:BASED_IN]->(basedIn:City) | basedIn.slug]),
    head([(o)-[:IN_COUNTRY]->(k:Country) | k.code])
  ]) AS ties, collect(DISTINCT head([(o)-[:BASED_IN]->(partnerCity:City) | partnerCity])) AS partnerCities
}
WITH collect({key: key, value: {
  ties: ties,
  totalCount: COUNT { (self)-[t:TIED_TO]-(:Organization) WHERE $origins IS NULL OR t.origin IN $origins }
}}) AS pages, collect(partnerCities) AS cityLists
CALL (cityLists) {
  UNWIND cityLists AS cities
  UNWIND cities AS city
  {{places-of-cities}}
}
RETURN pages, places
