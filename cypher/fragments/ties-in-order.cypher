// Clauses, not an expression: the first $tieLimit ties of the organization `cursor.organizationId` after the rest of `cursor`
// (afterName, afterPartnerId, afterTieId: the last tie's partner sortName, partner id and tie id; all null for the first
// page), of the origins $tieOrigins (null = all), in (partner sortName, partner id, tie id) order; binds `t` (the
// TIED_TO) and `o` (the partner), a row per tie. Each TIED_TO carries both ends' ids and sort names
// (cypher/ties/rebuild.cypher) and an index per end keeps them in that order (migrations/0008): two index seeks of at
// most $tieLimit entries, the organization as `a` and as `b`, merged; a hub's thousand ties are neither read nor sorted.
// The hints keep that plan even when it was made while TIED_TO was still empty.
CALL (cursor) {
  MATCH ()-[t:TIED_TO]->(o)
  USING INDEX t:TIED_TO(aId, bSortName, bId, id)
  WHERE t.aId = cursor.organizationId AND t.bSortName >= coalesce(cursor.afterName, '') AND t.bId IS NOT NULL AND t.id IS NOT NULL
    AND ($tieOrigins IS NULL OR t.origin IN $tieOrigins)
    AND (cursor.afterTieId IS NULL OR t.bSortName > cursor.afterName
      OR (t.bSortName = cursor.afterName AND (t.bId > cursor.afterPartnerId OR (t.bId = cursor.afterPartnerId AND t.id > cursor.afterTieId))))
  WITH t, o ORDER BY t.aId, t.bSortName, t.bId, t.id
  LIMIT $tieLimit
  RETURN t, o, t.bSortName AS partnerName, t.bId AS partnerId
  UNION ALL
  MATCH (o)-[t:TIED_TO]->()
  USING INDEX t:TIED_TO(bId, aSortName, aId, id)
  WHERE t.bId = cursor.organizationId AND t.aSortName >= coalesce(cursor.afterName, '') AND t.aId IS NOT NULL AND t.id IS NOT NULL
    AND ($tieOrigins IS NULL OR t.origin IN $tieOrigins)
    AND (cursor.afterTieId IS NULL OR t.aSortName > cursor.afterName
      OR (t.aSortName = cursor.afterName AND (t.aId > cursor.afterPartnerId OR (t.aId = cursor.afterPartnerId AND t.id > cursor.afterTieId))))
  WITH t, o ORDER BY t.bId, t.aSortName, t.aId, t.id
  LIMIT $tieLimit
  RETURN t, o, t.aSortName AS partnerName, t.aId AS partnerId
}
WITH t, o ORDER BY partnerName, partnerId, t.id
LIMIT $tieLimit
