// Edges of the network export: ties of the origins in $origins (stored PARTNERS_WITH ties by kind, with the agreement they
// come from; MEMBER_OF_NETWORK, member to network; JOINT_PROGRAMME, one edge per pair of participants per programme, dated
// by the programme) and MEMBER_OF edges to the association. Each edge spans from its since's earliest bound to its until's
// latest bound (unknown = open) and is kept when that span overlaps [$from, $to]. Ordered by edge id.
// Params: $association (slug), $origins (TieOrigin names), $from, $to (YYYY-MM-DD or null).
MATCH (a:Association {slug: $association})
CALL (a) {
  MATCH (x:Organization)-[r:PARTNERS_WITH]->(y:Organization)
  WHERE r.kind IN $origins
  OPTIONAL MATCH (g:Agreement {id: r.via})
  RETURN r.id AS id, x.id AS source, y.id AS target, 'TIE' AS relation, r.kind AS origin, r.via AS via, g.name AS viaName,
    r.since AS since, r.until AS until, r.sinceEarliest AS spanStart, r.untilLatest AS spanEnd
  UNION ALL
  MATCH (x:Organization)-[r:MEMBER_OF_NETWORK]->(y:Organization)
  WHERE 'NETWORK_MEMBERSHIP' IN $origins
  RETURN 'network:' + x.id + ':' + y.id AS id, x.id AS source, y.id AS target, 'TIE' AS relation,
    'NETWORK_MEMBERSHIP' AS origin, y.slug AS via, y.name AS viaName,
    r.since AS since, null AS until, r.sinceEarliest AS spanStart, null AS spanEnd
  UNION ALL
  MATCH (x:Organization)-[:PARTICIPATED_IN]->(g:Programme)<-[:PARTICIPATED_IN]-(y:Organization)
  WHERE 'JOINT_PROGRAMME' IN $origins AND x.id < y.id
  WITH DISTINCT x, y, g
  RETURN 'programme:' + g.slug + ':' + x.id + ':' + y.id AS id, x.id AS source, y.id AS target, 'TIE' AS relation,
    'JOINT_PROGRAMME' AS origin, g.slug AS via, g.name AS viaName,
    g.start AS since, g.end AS until, g.startEarliest AS spanStart, g.endLatest AS spanEnd
  UNION ALL
  MATCH (m)-[r:MEMBER_OF]->(a)
  RETURN 'member:' + m.id + ':' + a.id AS id, m.id AS source, a.id AS target, 'MEMBER_OF' AS relation,
    null AS origin, null AS via, null AS viaName,
    r.since AS since, r.until AS until, r.sinceEarliest AS spanStart, r.untilLatest AS spanEnd
}
WITH id, source, target, relation, origin, via, viaName, since, until, spanStart, spanEnd
WHERE ($to IS NULL OR spanStart IS NULL OR spanStart <= date($to))
  AND ($from IS NULL OR spanEnd IS NULL OR spanEnd >= date($from))
RETURN id, source, target, relation, origin, via, viaName, since, until, spanStart AS start, spanEnd AS end
ORDER BY id
