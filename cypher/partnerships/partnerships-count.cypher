// How many ties partnerships.cypher pages through, with the same filters. Params: $organization, $origins, $sectors,
// $since, $until, $crossBorder (see partnerships.cypher).
MATCH (x:Organization)
WHERE $organization IS NULL OR x.id = $organization
CALL (x) {
  MATCH (x)-[r:PARTNERS_WITH]-(y:Organization)
  WHERE r.kind IN $origins AND ($organization IS NOT NULL OR startNode(r) = x)
  RETURN y, r.kind AS origin, r AS rel, null AS g, coalesce(r.via, r.id) AS viaKey,
    r.sinceEarliest AS sinceEarliest, r.untilLatest AS untilLatest
  UNION ALL
  MATCH (x)-[r:MEMBER_OF_NETWORK]-(y:Organization)
  WHERE 'NETWORK_MEMBERSHIP' IN $origins AND ($organization IS NOT NULL OR startNode(r) = x)
  RETURN y, 'NETWORK_MEMBERSHIP' AS origin, r AS rel, null AS g, endNode(r).slug AS viaKey,
    r.sinceEarliest AS sinceEarliest, r.untilLatest AS untilLatest
  UNION ALL
  MATCH (x)-[:PARTICIPATED_IN]->(g:Programme)
  WHERE 'JOINT_PROGRAMME' IN $origins
  WITH DISTINCT x, g
  MATCH (g)<-[:PARTICIPATED_IN]-(y:Organization)
  WHERE y <> x AND ($organization IS NOT NULL OR x.id < y.id)
  WITH DISTINCT x, g, y
  RETURN y, 'JOINT_PROGRAMME' AS origin, null AS rel, g, g.slug AS viaKey,
    g.startEarliest AS sinceEarliest, g.endLatest AS untilLatest
}
WITH CASE WHEN x.id < y.id THEN x ELSE y END AS a, CASE WHEN x.id < y.id THEN y ELSE x END AS b,
  origin, rel, g, viaKey, sinceEarliest, untilLatest
WHERE ($sectors IS NULL OR (a.sector = $sectors[0] AND b.sector = $sectors[1]) OR (a.sector = $sectors[1] AND b.sector = $sectors[0]))
  AND ($until IS NULL OR sinceEarliest IS NULL OR sinceEarliest <= date($until))
  AND ($since IS NULL OR untilLatest IS NULL OR untilLatest >= date($since))
WITH a, b, CASE WHEN $crossBorder IS NULL THEN null ELSE [o IN [a, b] | coalesce(
    head([(o)-[:IN_COUNTRY]->(k:Country) | k.code]),
    head([(o)-[:BASED_IN]->(:City)-[:IN_COUNTRY]->(k:Country) | k.code]),
    head([(o)<-[:ORGANIZED_BY]-(:Event {kind: 'FOUNDING_ASSEMBLY'})-[:HELD_IN]->(:City)-[:IN_COUNTRY]->(k:Country) | k.code]))] END AS countries
WHERE $crossBorder IS NULL OR (countries[0] IS NOT NULL AND countries[1] IS NOT NULL AND (countries[0] <> countries[1]) = $crossBorder)
RETURN count(*) AS totalCount
