// Ties by id "origin|via|idA|idB" (idA < idB; via = agreement id, network slug or programme slug, or the stored
// partnership's own id when it goes through nothing): both ends, origin, dates as the sources give them, the agreement,
// network or programme it goes through, the two ends' sectors, whether it crosses a border (null when a country is
// unknown; an organization's country is its IN_COUNTRY, else its city's, else, for an association with neither, the
// country of the city its founding assembly was held in) and its citations (for a joint programme: both
// participations'). Unknown ids give no row. Params: $keys (tie ids).
UNWIND $keys AS key
WITH key, split(key, '|') AS part
WHERE size(part) = 4 AND part[2] < part[3]
MATCH (a:Organization {id: part[2]})
MATCH (b:Organization {id: part[3]})
CALL (part, a, b) {
  WITH part, a, b WHERE part[0] IN ['AGREEMENT', 'CO_FOUNDING', 'COOPERATION']
  MATCH (a)-[r:PARTNERS_WITH]-(b)
  WHERE r.kind = part[0] AND coalesce(r.via, r.id) = part[1]
  WITH r LIMIT 1
  RETURN r.since AS since, r.until AS until, r.sinceEarliest AS sinceEarliest, head(COLLECT {
      MATCH (ag:Agreement {id: r.via}) RETURN {kind: 'AGREEMENT', key: ag.id, name: ag.name} AS via
      UNION
      MATCH (pg:Programme {slug: r.via}) RETURN {kind: 'PROGRAMME', key: pg.slug, name: pg.name} AS via
    }) AS via, null AS roles, r.sourceIds AS sourceIds, r.sourceQuotes AS sourceQuotes
  UNION
  WITH part, a, b WHERE part[0] = 'NETWORK_MEMBERSHIP'
  MATCH (a)-[r:MEMBER_OF_NETWORK]-(b)
  WHERE endNode(r).slug = part[1]
  WITH r LIMIT 1
  RETURN r.since AS since, null AS until, r.sinceEarliest AS sinceEarliest,
    {kind: 'NETWORK', key: endNode(r).slug, name: endNode(r).name} AS via,
    CASE WHEN startNode(r) = a THEN [r.role, null] ELSE [null, r.role] END AS roles,
    r.sourceIds AS sourceIds, r.sourceQuotes AS sourceQuotes
  UNION
  WITH part, a, b WHERE part[0] = 'JOINT_PROGRAMME'
  MATCH (g:Programme {slug: part[1]})
  WITH a, b, g, [(a)-[p:PARTICIPATED_IN]->(g) | p] AS pa, [(b)-[p:PARTICIPATED_IN]->(g) | p] AS pb
  WHERE size(pa) > 0 AND size(pb) > 0
  RETURN g.start AS since, g.end AS until, g.startEarliest AS sinceEarliest, {kind: 'PROGRAMME', key: g.slug, name: g.name} AS via,
    [pa[0].role, pb[0].role] AS roles,
    reduce(ids = [], p IN pa + pb | ids + p.sourceIds) AS sourceIds,
    reduce(qs = [], p IN pa + pb | qs + p.sourceQuotes) AS sourceQuotes
}
WITH key, part, a, b, since, until, sinceEarliest, via, roles, sourceIds, sourceQuotes, [o IN [a, b] | coalesce(
    head([(o)-[:IN_COUNTRY]->(k:Country) | k.code]),
    head([(o)-[:BASED_IN]->(:City)-[:IN_COUNTRY]->(k:Country) | k.code]),
    head([(o)<-[:ORGANIZED_BY]-(:Event {kind: 'FOUNDING_ASSEMBLY'})-[:HELD_IN]->(:City)-[:IN_COUNTRY]->(k:Country) | k.code]))] AS countries
RETURN key, {
  id: key, origin: part[0], aId: a.id, bId: b.id, since: since, until: until,
  sinceKey: CASE WHEN sinceEarliest IS NULL THEN null ELSE toString(sinceEarliest) END,
  via: via, roles: coalesce(roles, [null, null]), sectors: [a.sector, b.sector], countryCodes: countries,
  crossBorder: CASE WHEN countries[0] IS NULL OR countries[1] IS NULL THEN null ELSE countries[0] <> countries[1] END,
  sourceIds: coalesce(sourceIds, []), sourceQuotes: coalesce(sourceQuotes, [])
} AS value
