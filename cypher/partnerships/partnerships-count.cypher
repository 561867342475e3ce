// How many ties partnerships.cypher pages through, with the same filters (one TIED_TO per tie). Params: $organization,
// $origins, $sectors, $since, $until, $crossBorder (see partnerships.cypher).
MATCH (x:Organization)
WHERE $organization IS NULL OR x.id = $organization
MATCH (x)-[t:TIED_TO]-(y:Organization)
WHERE t.origin IN $origins AND ($organization IS NOT NULL OR startNode(t) = x)
WITH x, y, t
WHERE ($sectors IS NULL OR (x.sector = $sectors[0] AND y.sector = $sectors[1]) OR (x.sector = $sectors[1] AND y.sector = $sectors[0]))
  AND ($until IS NULL OR t.sinceEarliest IS NULL OR t.sinceEarliest <= date($until))
  AND ($since IS NULL OR t.untilLatest IS NULL OR t.untilLatest >= date($since))
WITH CASE WHEN $crossBorder IS NULL THEN null ELSE [o IN [x, y] | coalesce(
    head([(o)-[:IN_COUNTRY]->(k:Country) | k.code]),
    head([(o)-[:BASED_IN]->(:City)-[:IN_COUNTRY]->(k:Country) | k.code]),
    head([(o)<-[:ORGANIZED_BY]-(:Event {kind: 'FOUNDING_ASSEMBLY'})-[:HELD_IN]->(:City)-[:IN_COUNTRY]->(k:Country) | k.code]))] END AS countries
WHERE $crossBorder IS NULL OR (countries[0] IS NOT NULL AND countries[1] IS NOT NULL AND (countries[0] <> countries[1]) = $crossBorder)
RETURN count(*) AS totalCount
