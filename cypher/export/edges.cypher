// Edges of the network export: ties of the origins in $origins, read from the derived TIED_TO (cypher/ties/rebuild.cypher):
// stored ties by kind, one edge per stored PARTNERS_WITH with its own id and direction and the agreement it comes from;
// network memberships, member to network; JOINT_PROGRAMME, one edge per pair of participants per programme, dated by the
// programme), and MEMBER_OF edges to the association. Each edge spans from its since's earliest bound to its until's
// latest bound (unknown = open) and is kept when that span overlaps [$from, $to]. Ordered by edge id.
// Params: $association (slug), $origins (TieOrigin names), $from, $to (YYYY-MM-DD or null).
MATCH (a:Association {slug: $association})
CALL (a) {
  MATCH (x:Organization)-[t:TIED_TO]->(y:Organization)
  WHERE t.origin IN $origins
  CALL (x, y, t) {
    WITH x, y, t WHERE t.origin IN ['AGREEMENT', 'CO_FOUNDING', 'COOPERATION']
    MATCH (x)-[r:PARTNERS_WITH]-(y)
    WHERE r.kind = t.origin AND coalesce(r.via, r.id) = split(t.id, '|')[1]
    RETURN r.id AS id, startNode(r).id AS source, endNode(r).id AS target,
      CASE WHEN t.viaKind = 'AGREEMENT' THEN t.viaName END AS viaName
    UNION
    WITH x, y, t WHERE t.origin = 'NETWORK_MEMBERSHIP'
    WITH CASE WHEN x.id = t.networkId THEN y.id ELSE x.id END AS member, t.networkId AS network, t
    RETURN 'network:' + member + ':' + network AS id, member AS source, network AS target, t.viaName AS viaName
    UNION
    WITH x, y, t WHERE t.origin = 'JOINT_PROGRAMME'
    RETURN 'programme:' + t.viaKey + ':' + x.id + ':' + y.id AS id, x.id AS source, y.id AS target, t.viaName AS viaName
  }
  RETURN id, source, target, 'TIE' AS relation, t.origin AS origin, t.viaKey AS via, viaName,
    t.since AS since, t.until AS until, t.sinceEarliest AS spanStart, t.untilLatest AS spanEnd
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
