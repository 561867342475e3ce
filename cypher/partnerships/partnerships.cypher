// A page of ties, each once: stored PARTNERS_WITH, network memberships (member–network) and joint programmes (each pair of
// participants of one programme once), as tie ids "origin|via|idA|idB" (idA < idB; via = agreement id, network slug or
// programme slug; a stored tie through nothing uses its own id), ordered by the since's earliest bound (unknown last),
// then the id. Filters (null = any): $organization (id of either end), $origins (TieOrigin names, required), $sectors
// (two sectors, either order), $since/$until (YYYY-MM-DD: ties that may overlap the range: their since's earliest bound
// is on or before $until or unknown, their until's latest bound on or after $since or unknown), $crossBorder (both
// countries known and different, or known and equal). Keyset: $afterSince (YYYY-MM-DD or null) and $afterId (null on
// the first page); $limit rows. partnerships-count.cypher counts the same ties.
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
WITH sinceEarliest, origin + '|' + viaKey + '|' + a.id + '|' + b.id AS id,
  CASE WHEN $crossBorder IS NULL THEN null ELSE [o IN [a, b] | coalesce(
    head([(o)-[:IN_COUNTRY]->(k:Country) | k.code]),
    head([(o)-[:BASED_IN]->(:City)-[:IN_COUNTRY]->(k:Country) | k.code]),
    head([(o)<-[:ORGANIZED_BY]-(:Event {kind: 'FOUNDING_ASSEMBLY'})-[:HELD_IN]->(:City)-[:IN_COUNTRY]->(k:Country) | k.code]))] END AS countries
WHERE ($crossBorder IS NULL OR (countries[0] IS NOT NULL AND countries[1] IS NOT NULL AND (countries[0] <> countries[1]) = $crossBorder))
  AND ($afterId IS NULL
    OR ($afterSince IS NULL AND sinceEarliest IS NULL AND id > $afterId)
    OR ($afterSince IS NOT NULL AND (sinceEarliest IS NULL OR sinceEarliest > date($afterSince)
        OR (sinceEarliest = date($afterSince) AND id > $afterId))))
RETURN id, CASE WHEN sinceEarliest IS NULL THEN null ELSE toString(sinceEarliest) END AS sinceKey
ORDER BY sinceEarliest, id
LIMIT $limit
