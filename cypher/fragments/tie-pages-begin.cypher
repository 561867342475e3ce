// Opens a page of ties for each organization in $keys ([{organizationId, afterName, afterPartnerId, afterTieId}]: the
// exclusive cursor is the last tie's partner sortName, partner id and tie id, all null on the first page): $limit ties per
// page in (partner sortName, partner id, tie id) order, of the origins $origins (TieOrigin names; null = all five); the
// count of them all only when $withTotal. Each TIED_TO carries both ends' ids and sort names (cypher/ties/rebuild.cypher),
// and an index per end keeps them in page order (migrations/0008): the page is two index seeks of at most $limit entries,
// one per direction, merged; a hub's thousand ties are neither read nor sorted. The hints keep that plan even when it
// was made while TIED_TO was still empty. Binds self, key, and per tie `t` (the TIED_TO) and `o` (the partner); the
// statement goes on with its own RETURN of `ties` and `partnerCities`, and closes with fragments/tie-pages-end.
UNWIND $keys AS key
MATCH (self:Organization {id: key.organizationId})
CALL (self, key) {
  CALL (key) {
    MATCH ()-[t:TIED_TO]->(o)
    USING INDEX t:TIED_TO(aId, bSortName, bId, id)
    WHERE t.aId = key.organizationId AND t.bSortName >= coalesce(key.afterName, '') AND t.bId IS NOT NULL AND t.id IS NOT NULL
      AND ($origins IS NULL OR t.origin IN $origins)
      AND (key.afterTieId IS NULL OR t.bSortName > key.afterName
        OR (t.bSortName = key.afterName AND (t.bId > key.afterPartnerId OR (t.bId = key.afterPartnerId AND t.id > key.afterTieId))))
    WITH t, o ORDER BY t.aId, t.bSortName, t.bId, t.id
    LIMIT $limit
    RETURN t, o, t.bSortName AS partnerName, t.bId AS partnerId
    UNION ALL
    MATCH (o)-[t:TIED_TO]->()
    USING INDEX t:TIED_TO(bId, aSortName, aId, id)
    WHERE t.bId = key.organizationId AND t.aSortName >= coalesce(key.afterName, '') AND t.aId IS NOT NULL AND t.id IS NOT NULL
      AND ($origins IS NULL OR t.origin IN $origins)
      AND (key.afterTieId IS NULL OR t.aSortName > key.afterName
        OR (t.aSortName = key.afterName AND (t.aId > key.afterPartnerId OR (t.aId = key.afterPartnerId AND t.id > key.afterTieId))))
    WITH t, o ORDER BY t.bId, t.aSortName, t.aId, t.id
    LIMIT $limit
    RETURN t, o, t.aSortName AS partnerName, t.aId AS partnerId
  }
  WITH t, o ORDER BY partnerName, partnerId, t.id
  LIMIT $limit
