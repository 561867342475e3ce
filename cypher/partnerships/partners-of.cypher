// Organizations within $depth ties (1..3) of one organization, breadth-first by levels: each with its distance (fewest
// ties) and one shortest route (its steps "origin|via" and the organizations it passes through). A tie is a stored
// PARTNERS_WITH, a network membership (member–network: the network is an organization, so two members of one network are
// two ties apart) or a joint programme (participant–programme–participant counts as ONE tie). Among equally short routes
// the one with the smallest steps (origins in enum order AGREEMENT < CO_FOUNDING < COOPERATION < NETWORK_MEMBERSHIP <
// JOINT_PROGRAMME, then via key), then the smallest organization ids, wins. Each level expands only the previous level's
// organizations, a programme once per level. Params: $organization (id), $depth (1..3), $origins (TieOrigin names).
MATCH (start:Organization {id: $organization})
CALL (start) {
  CALL (start) {
    MATCH (start)-[r:PARTNERS_WITH]-(y:Organization)
    WHERE r.kind IN $origins
    RETURN y, r.kind + '|' + coalesce(r.via, r.id) AS step
    UNION ALL
    MATCH (start)-[r:MEMBER_OF_NETWORK]-(y:Organization)
    WHERE 'NETWORK_MEMBERSHIP' IN $origins
    RETURN y, 'NETWORK_MEMBERSHIP|' + endNode(r).slug AS step
    UNION ALL
    MATCH (start)-[:PARTICIPATED_IN]->(g:Programme)
    WHERE 'JOINT_PROGRAMME' IN $origins
    WITH DISTINCT g
    MATCH (g)<-[:PARTICIPATED_IN]-(y:Organization)
    RETURN y, 'JOINT_PROGRAMME|' + g.slug AS step
  }
  WITH y, min(step) AS step
  WHERE y <> start
  RETURN collect({node: y, route: [step], through: []}) AS level1
}
CALL (start, level1) {
  WITH start, level1, [start] + [e IN level1 | e.node] AS seen
  WHERE $depth >= 2
  CALL (level1) {
    UNWIND level1 AS f
    WITH f, f.node AS x
    MATCH (x)-[r:PARTNERS_WITH]-(y:Organization)
    WHERE r.kind IN $origins
    RETURN y, f, r.kind + '|' + coalesce(r.via, r.id) AS step
    UNION ALL
    UNWIND level1 AS f
    WITH f, f.node AS x
    MATCH (x)-[r:MEMBER_OF_NETWORK]-(y:Organization)
    WHERE 'NETWORK_MEMBERSHIP' IN $origins
    RETURN y, f, 'NETWORK_MEMBERSHIP|' + endNode(r).slug AS step
    UNION ALL
    UNWIND level1 AS f
    WITH f, f.node AS x
    MATCH (x)-[:PARTICIPATED_IN]->(g:Programme)
    WHERE 'JOINT_PROGRAMME' IN $origins
    WITH g, f ORDER BY f.route, [t IN f.through | t.id], f.node.id
    WITH g, head(collect(f)) AS f
    MATCH (g)<-[:PARTICIPATED_IN]-(y:Organization)
    RETURN y, f, 'JOINT_PROGRAMME|' + g.slug AS step
  }
  WITH y, f.route + [step] AS route, f.through + [f.node] AS through, seen
  WHERE NOT y IN seen
  WITH y, route, through ORDER BY route, [t IN through | t.id]
  WITH y, head(collect({route: route, through: through})) AS best
  RETURN collect({node: y, route: best.route, through: best.through}) AS level2
}
CALL (start, level1, level2) {
  WITH level2, [start] + [e IN level1 | e.node] + [e IN level2 | e.node] AS seen
  WHERE $depth >= 3
  CALL (level2) {
    UNWIND level2 AS f
    WITH f, f.node AS x
    MATCH (x)-[r:PARTNERS_WITH]-(y:Organization)
    WHERE r.kind IN $origins
    RETURN y, f, r.kind + '|' + coalesce(r.via, r.id) AS step
    UNION ALL
    UNWIND level2 AS f
    WITH f, f.node AS x
    MATCH (x)-[r:MEMBER_OF_NETWORK]-(y:Organization)
    WHERE 'NETWORK_MEMBERSHIP' IN $origins
    RETURN y, f, 'NETWORK_MEMBERSHIP|' + endNode(r).slug AS step
    UNION ALL
    UNWIND level2 AS f
    WITH f, f.node AS x
    MATCH (x)-[:PARTICIPATED_IN]->(g:Programme)
    WHERE 'JOINT_PROGRAMME' IN $origins
    WITH g, f ORDER BY f.route, [t IN f.through | t.id], f.node.id
    WITH g, head(collect(f)) AS f
    MATCH (g)<-[:PARTICIPATED_IN]-(y:Organization)
    RETURN y, f, 'JOINT_PROGRAMME|' + g.slug AS step
  }
  WITH y, f.route + [step] AS route, f.through + [f.node] AS through, seen
  WHERE NOT y IN seen
  WITH y, route, through ORDER BY route, [t IN through | t.id]
  WITH y, head(collect({route: route, through: through})) AS best
  RETURN collect({node: y, route: best.route, through: best.through}) AS level3
}
UNWIND level1 + level2 + level3 AS e
WITH e ORDER BY size(e.route), e.node.sortName, e.node.id
RETURN e.node.id AS organizationId, size(e.route) AS distance, e.route AS steps, [t IN e.through | t.id] AS throughIds
