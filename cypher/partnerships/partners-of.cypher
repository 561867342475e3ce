// Organizations within $depth ties (1..3) of one organization, breadth-first by levels: each with its distance (fewest
// ties) and one shortest route (its steps "origin|via" and the organizations it passes through). A tie is one derived
// TIED_TO (cypher/ties/rebuild.cypher): a stored PARTNERS_WITH, a network membership (member–network: the network is an
// organization, so two members of one network are two ties apart) or a joint programme (participant–programme–participant
// is ONE tie). Among equally short routes the one with the smallest steps (origins in enum order AGREEMENT < CO_FOUNDING
// < COOPERATION < NETWORK_MEMBERSHIP < JOINT_PROGRAMME, then via key), then the smallest organization ids, wins. Each
// level expands only the previous level's organizations. One row: how many were reached (totalCount) and the page of
// them (rows, nearest first, then by name and id, each with its organization row), after the exclusive cursor
// ($afterDistance, $afterName, $afterId; null on the first page), $limit long. Params: $organization (id), $depth
// (1..3), $origins (TieOrigin names), the cursor and $limit.
MATCH (start:Organization {id: $organization})
CALL (start) {
  MATCH (start)-[t:TIED_TO]-(y:Organization)
  WHERE t.origin IN $origins
  WITH y, min(t.origin + '|' + split(t.id, '|')[1]) AS step
  RETURN collect({node: y, route: [step], through: []}) AS level1
}
CALL (start, level1) {
  WITH start, level1, [start] + [e IN level1 | e.node] AS seen
  WHERE $depth >= 2
  UNWIND level1 AS f
  WITH f, f.node AS x, seen
  MATCH (x)-[t:TIED_TO]-(y:Organization)
  WHERE t.origin IN $origins AND NOT y IN seen
  WITH y, f.route + [t.origin + '|' + split(t.id, '|')[1]] AS route, f.through + [f.node] AS through
  ORDER BY route, [o IN through | o.id]
  WITH y, head(collect({route: route, through: through})) AS best
  RETURN collect({node: y, route: best.route, through: best.through}) AS level2
}
CALL (start, level1, level2) {
  WITH level2, [start] + [e IN level1 | e.node] + [e IN level2 | e.node] AS seen
  WHERE $depth >= 3
  UNWIND level2 AS f
  WITH f, f.node AS x, seen
  MATCH (x)-[t:TIED_TO]-(y:Organization)
  WHERE t.origin IN $origins AND NOT y IN seen
  WITH y, f.route + [t.origin + '|' + split(t.id, '|')[1]] AS route, f.through + [f.node] AS through
  ORDER BY route, [o IN through | o.id]
  WITH y, head(collect({route: route, through: through})) AS best
  RETURN collect({node: y, route: best.route, through: best.through}) AS level3
}
WITH level1 + level2 + level3 AS reached
CALL (reached) {
  UNWIND reached AS e
  WITH e, size(e.route) AS distance, e.node AS o
  WHERE $afterId IS NULL OR distance > $afterDistance
    OR (distance = $afterDistance AND (o.sortName > $afterName OR (o.sortName = $afterName AND o.id > $afterId)))
  WITH e, distance, o ORDER BY distance, o.sortName, o.id
  LIMIT $limit
  RETURN collect({organizationId: o.id, sortName: o.sortName, distance: distance, steps: e.route,
    throughIds: [t IN e.through | t.id], organization: {{organization-row}}}) AS rows
}
RETURN size(reached) AS totalCount, rows
