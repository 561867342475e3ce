// Opens a page of ties for each organization in $keys ([{organizationId, afterName, afterPartnerId, afterTieId}]: the
// exclusive cursor is the last tie's partner sortName, partner id and tie id, all null on the first page): $tieLimit ties
// per page in (partner sortName, partner id, tie id) order, of the origins $tieOrigins (TieOrigin names; null = all five),
// read in that order from an index (fragments/ties-in-order); the count of them all only when $withTotal. Binds self,
// key, and per tie `t` (the TIED_TO) and `o` (the partner); the statement goes on with its own RETURN of `ties` and
// `partnerCities`, and closes with fragments/tie-pages-end.
UNWIND $keys AS key
MATCH (self:Organization {id: key.organizationId})
CALL (self, key) {
  WITH key AS cursor
  {{ties-in-order}}
