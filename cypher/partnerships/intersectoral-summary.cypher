// Civil–public ties (one end CIVIL, the other PUBLIC) in the association's scene, counted by the region of the civil
// end's city (null: no city known, or abroad) and by the year of the tie's since (null: unknown), each cell with its
// tie ids "origin|via|idA|idB" (see partnerships-by-ids.cypher). The scene: ties with the association or one of its
// members (any MEMBER_OF it) at either end, ties through a programme the association or a member took part in, and
// memberships in a network the association or a member belongs to. Cells by year, then region slug, unknowns last.
// Params: $association (slug).
MATCH (assoc:Association {slug: $association})
WITH [assoc] + [(m:Organization)-[:MEMBER_OF]->(assoc) | m] AS scene
MATCH (p:Organization {sector: 'PUBLIC'})
CALL (p, scene) {
  MATCH (p)-[r:PARTNERS_WITH]-(c:Organization {sector: 'CIVIL'})
  WHERE p IN scene OR c IN scene
  RETURN c, r.kind + '|' + coalesce(r.via, r.id) AS step, r.sinceEarliest AS sinceEarliest
  UNION
  MATCH (p)-[r:MEMBER_OF_NETWORK]-(c:Organization {sector: 'CIVIL'})
  WITH p, c, r, endNode(r) AS network
  WHERE p IN scene OR c IN scene OR EXISTS { MATCH (s:Organization)-[:MEMBER_OF_NETWORK]->(network) WHERE s IN scene }
  RETURN c, 'NETWORK_MEMBERSHIP|' + endNode(r).slug AS step, r.sinceEarliest AS sinceEarliest
  UNION
  MATCH (p)-[:PARTICIPATED_IN]->(g:Programme)<-[:PARTICIPATED_IN]-(c:Organization {sector: 'CIVIL'})
  WHERE EXISTS { MATCH (s:Organization)-[:PARTICIPATED_IN]->(g) WHERE s IN scene }
  RETURN c, 'JOINT_PROGRAMME|' + g.slug AS step, g.startEarliest AS sinceEarliest
}
WITH p, c, step, sinceEarliest,
  head([(c)-[:BASED_IN]->(:City)-[:PART_OF*0..2]->(:City)-[:IN_DISTRICT|IN_REGION*1..2]->(r:Region) | r.slug]) AS regionSlug
WITH regionSlug, sinceEarliest.year AS year,
  step + '|' + CASE WHEN p.id < c.id THEN p.id + '|' + c.id ELSE c.id + '|' + p.id END AS tieId
ORDER BY sinceEarliest, tieId
WITH regionSlug, year, collect(tieId) AS tieIds
RETURN regionSlug, year, size(tieIds) AS count, tieIds
ORDER BY year, regionSlug
