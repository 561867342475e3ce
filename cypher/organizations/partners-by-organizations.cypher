// Ties of each organization, from all three origins: stored partnerships (agreement, co-founding, cooperation),
// network membership (either side), and joint programmes (two participants of one programme are tied through it).
// Keyed by organization id; ordered by partner name, then origin. Params: $keys (organization ids).
UNWIND $keys AS key
MATCH (o:Organization {id: key})
CALL (o) {
  MATCH (o)-[r:PARTNERS_WITH]-(p:Organization)
  OPTIONAL MATCH (g:Agreement {id: r.via})
  RETURN p, r.kind AS origin, r.since AS since, r.until AS until, null AS role,
    CASE WHEN g IS NULL THEN null ELSE {kind: 'AGREEMENT', key: g.id, name: g.name} END AS via,
    r.sourceIds AS sourceIds, r.sourceQuotes AS sourceQuotes
  UNION
  MATCH (o)-[r:MEMBER_OF_NETWORK]-(p:Organization)
  RETURN p, 'NETWORK_MEMBERSHIP' AS origin, r.since AS since, null AS until, r.role AS role,
    CASE WHEN startNode(r) = o THEN {kind: 'NETWORK', key: p.slug, name: p.name} ELSE {kind: 'NETWORK', key: o.slug, name: o.name} END AS via,
    r.sourceIds AS sourceIds, r.sourceQuotes AS sourceQuotes
  UNION
  MATCH (o)-[r1:PARTICIPATED_IN]->(g:Programme)<-[r2:PARTICIPATED_IN]-(p:Organization)
  WHERE p <> o
  RETURN p, 'JOINT_PROGRAMME' AS origin, g.start AS since, g.end AS until, r2.role AS role,
    {kind: 'PROGRAMME', key: g.slug, name: g.name} AS via,
    r1.sourceIds + r2.sourceIds AS sourceIds, r1.sourceQuotes + r2.sourceQuotes AS sourceQuotes
}
WITH key, p, origin, since, until, role, via, sourceIds, sourceQuotes
ORDER BY p.sortName, p.id, origin, via.key
RETURN key, collect({partnerId: p.id, origin: origin, since: since, until: until, role: role, via: via,
  sourceIds: sourceIds, sourceQuotes: sourceQuotes}) AS value
