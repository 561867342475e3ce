// A page of ties for each organization in $keys ([{organizationId, afterName, afterPartnerId, afterTieId}]: the exclusive
// cursor is the last tie's partner sortName, partner id and tie id, all null on the first page), $limit ties per page in
// (partner sortName, partner id, tie id) order, of the origins $origins (TieOrigin names; null = all five), with how
// many such ties it has in all. A tie is one derived TIED_TO (cypher/ties/rebuild.cypher); `role` is the partner's role.
// Each partner comes as an organization row (fragments/organization-row), so showing it reads nothing more.
UNWIND $keys AS key
MATCH (self:Organization {id: key.organizationId})
CALL (self, key) {
  MATCH (self)-[t:TIED_TO]-(o:Organization)
  WHERE ($origins IS NULL OR t.origin IN $origins)
    AND (key.afterTieId IS NULL OR o.sortName > key.afterName
      OR (o.sortName = key.afterName AND (o.id > key.afterPartnerId OR (o.id = key.afterPartnerId AND t.id > key.afterTieId))))
  WITH t, o ORDER BY o.sortName, o.id, t.id
  LIMIT $limit
  RETURN collect({
    id: t.id, origin: t.origin, since: t.since, until: t.until,
    role: CASE WHEN startNode(t) = o THEN t.roleA ELSE t.roleB END,
    via: CASE WHEN t.viaKind IS NULL THEN null ELSE {kind: t.viaKind, key: t.viaKey, name: t.viaName} END,
    sourceIds: t.sourceIds, sourceQuotes: t.sourceQuotes, partnerId: o.id, partnerSortName: o.sortName,
    partner: {{organization-row}}
  }) AS ties
}
RETURN key, {
  ties: ties,
  totalCount: COUNT { (self)-[t:TIED_TO]-(:Organization) WHERE $origins IS NULL OR t.origin IN $origins }
} AS value
