// Organizations within $depth ties (1..3) of one organization, breadth-first by levels: each with its distance (fewest
// ties) and one shortest route (its steps "origin|via" and the ids of the organizations it passes through). A tie is
// one derived TIED_TO (cypher/ties/rebuild.cypher): a stored PARTNERS_WITH, a network membership (member–network: the
// network is an organization, so two members of one network are two ties apart) or a joint programme
// (participant–programme–participant is ONE tie). Among equally short routes the one with the smallest steps (compared
// as text, origin first, then via key), then the smallest organization ids, wins. One row: how many were reached
// (totalCount) and the page of them (rows, nearest first, then by name and id, each the list [distance, steps,
// throughIds, organization]: positional, so the driver decodes no keys), after the exclusive cursor ($afterDistance,
// $afterName, $afterId; null on the first page), $limit long. Params: $organization (id), $depth (1..3), $origins
// (TieOrigin names; null = all, which reads no tie's origin), the cursor, $limit, $routes (false: distances only, steps
// and throughIds come back empty) and $core (true: each organization as its core columns, with its city slug when
// $coreCity, else its whole row). A selection that reads no route and little of the organizations costs Neo4j no route
// strings and the server a tenth of the values to decode.
//
// Each organization reached is one row holding its best route so far, [distance, steps, throughIds], and a level is an
// aggregation of `min` over those lists (lists order element by element), never a list of everything seen so far: rows
// that carry such a list make Neo4j count it once per row, and a hub at depth 2 needed 84 MB of transaction memory.
MATCH (start:Organization {id: $organization})
OPTIONAL MATCH (start)-[t:TIED_TO]-(y:Organization)
WHERE $origins IS NULL OR t.origin IN $origins
WITH start, y, min(CASE WHEN $routes THEN t.origin + '|' + split(t.id, '|')[1] END) AS step
WITH start, y, CASE WHEN y IS NULL THEN null WHEN $routes THEN [1, [step], []] ELSE [1] END AS best
CALL (start, y, best) {
  RETURN y AS z, best AS route
  UNION ALL
  WITH start, y, best WHERE $depth >= 2 AND y IS NOT NULL
  MATCH (y)-[t:TIED_TO]-(z:Organization)
  WHERE ($origins IS NULL OR t.origin IN $origins) AND z <> start
  RETURN z, CASE WHEN $routes THEN [2, best[1] + [t.origin + '|' + split(t.id, '|')[1]], [y.id]] ELSE [2] END AS route
}
WITH start, z AS y, min(route) AS best
CALL (start, y, best) {
  RETURN y AS z, best AS route
  UNION ALL
  WITH start, y, best WHERE $depth >= 3 AND best[0] = 2
  MATCH (y)-[t:TIED_TO]-(z:Organization)
  WHERE ($origins IS NULL OR t.origin IN $origins) AND z <> start
  RETURN z, CASE WHEN $routes THEN [3, best[1] + [t.origin + '|' + split(t.id, '|')[1]], best[2] + [y.id]] ELSE [3] END AS route
}
WITH z AS o, min(route) AS best
WITH o, best WHERE o IS NOT NULL
WITH o, best[0] AS distance, best ORDER BY distance, o.sortName, o.id
WITH collect({o: o, distance: distance, best: best}) AS reached
CALL (reached) {
  UNWIND [e IN reached WHERE $afterId IS NULL OR e.distance > $afterDistance
    OR (e.distance = $afterDistance AND (e.o.sortName > $afterName OR (e.o.sortName = $afterName AND e.o.id > $afterId)))][0..$limit] AS e
  WITH e, e.o AS o
  RETURN collect([e.distance, coalesce(e.best[1], []), coalesce(e.best[2], []),
    CASE WHEN $core THEN {{organization-core-columns}} ELSE {{organization-row}} END]) AS rows
}
RETURN size(reached) AS totalCount, rows
