// Opens a page of ties for each organization in $keys ([{organizationId, afterName, afterPartnerId, afterTieId}]: the
// exclusive cursor is the last tie's partner sortName, partner id and tie id, all null on the first page): $limit ties per
// page in (partner sortName, partner id, tie id) order, of the origins $origins (TieOrigin names; null = all five); the
// count of them all only when $withTotal. Binds
// self, key, and per tie `t` (the TIED_TO) and `o` (the partner); the statement goes on with its own RETURN of `ties` and
// `partnerCities`, and closes with fragments/tie-pages-end.
UNWIND $keys AS key
MATCH (self:Organization {id: key.organizationId})
CALL (self, key) {
  MATCH (self)-[t:TIED_TO]-(o:Organization)
  WHERE ($origins IS NULL OR t.origin IN $origins)
    AND (key.afterTieId IS NULL OR o.sortName > key.afterName
      OR (o.sortName = key.afterName AND (o.id > key.afterPartnerId OR (o.id = key.afterPartnerId AND t.id > key.afterTieId))))
  WITH t, o ORDER BY o.sortName, o.id, t.id
  LIMIT $limit
