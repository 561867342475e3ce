// Organizations tied to both $a and $b (neither of the two themselves), each with its ties to $a and to $b as tie ids
// "origin|via|idA|idB" (see partnerships-by-ids.cypher) in id order, by name. A tie is one derived TIED_TO
// (cypher/ties/rebuild.cypher: a stored PARTNERS_WITH, a network membership member–network, or a joint programme).
// Params: $a, $b (organization ids), $origins (TieOrigin names).
MATCH (a:Organization {id: $a})
MATCH (b:Organization {id: $b})
WHERE a <> b
CALL (a) {
  MATCH (a)-[t:TIED_TO]-(c:Organization)
  WHERE t.origin IN $origins
  RETURN c, t.id AS tieId
}
WITH b, c, tieId ORDER BY tieId
WITH b, c, collect(tieId) AS tieIdsA
WHERE c <> b
CALL (b, c) {
  MATCH (b)-[t:TIED_TO]-(c)
  WHERE t.origin IN $origins
  WITH t.id AS tieId ORDER BY tieId
  RETURN collect(tieId) AS tieIdsB
}
WITH c, tieIdsA, tieIdsB
WHERE size(tieIdsB) > 0
ORDER BY c.sortName, c.id
RETURN c.id AS organizationId, tieIdsA, tieIdsB
