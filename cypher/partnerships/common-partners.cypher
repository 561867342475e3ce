// Organizations tied to both $a and $b (neither of the two themselves), each with its ties to $a and to $b as tie ids
// "origin|via|idA|idB" (see partnerships-by-ids.cypher), by name. A tie is a stored PARTNERS_WITH, a network membership
// (member–network) or a joint programme (two participants of one programme). Params: $a, $b (organization ids),
// $origins (TieOrigin names).
MATCH (a:Organization {id: $a})
MATCH (b:Organization {id: $b})
WHERE a <> b
CALL (a) {
  MATCH (a)-[r:PARTNERS_WITH]-(c:Organization)
  WHERE r.kind IN $origins
  RETURN c, r.kind + '|' + coalesce(r.via, r.id) AS step
  UNION
  MATCH (a)-[r:MEMBER_OF_NETWORK]-(c:Organization)
  WHERE 'NETWORK_MEMBERSHIP' IN $origins
  RETURN c, 'NETWORK_MEMBERSHIP|' + endNode(r).slug AS step
  UNION
  MATCH (a)-[:PARTICIPATED_IN]->(g:Programme)<-[:PARTICIPATED_IN]-(c:Organization)
  WHERE 'JOINT_PROGRAMME' IN $origins AND c <> a
  RETURN c, 'JOINT_PROGRAMME|' + g.slug AS step
}
WITH a, b, c, step ORDER BY step
WITH a, b, c, collect(step) AS stepsA
WHERE c <> b
CALL (b, c) {
  MATCH (b)-[r:PARTNERS_WITH]-(c)
  WHERE r.kind IN $origins
  RETURN r.kind + '|' + coalesce(r.via, r.id) AS step
  UNION
  MATCH (b)-[r:MEMBER_OF_NETWORK]-(c)
  WHERE 'NETWORK_MEMBERSHIP' IN $origins
  RETURN 'NETWORK_MEMBERSHIP|' + endNode(r).slug AS step
  UNION
  MATCH (b)-[:PARTICIPATED_IN]->(g:Programme)<-[:PARTICIPATED_IN]-(c)
  WHERE 'JOINT_PROGRAMME' IN $origins
  RETURN 'JOINT_PROGRAMME|' + g.slug AS step
}
WITH a, b, c, stepsA, step ORDER BY step
WITH a, b, c, stepsA, collect(step) AS stepsB
ORDER BY c.sortName, c.id
RETURN c.id AS organizationId,
  [s IN stepsA | s + '|' + CASE WHEN a.id < c.id THEN a.id + '|' + c.id ELSE c.id + '|' + a.id END] AS tieIdsA,
  [s IN stepsB | s + '|' + CASE WHEN b.id < c.id THEN b.id + '|' + c.id ELSE c.id + '|' + b.id END] AS tieIdsB
