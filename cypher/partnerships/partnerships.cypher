// A page of ties, each once (one TIED_TO per tie, see cypher/ties/rebuild.cypher: stored PARTNERS_WITH, network memberships
// member–network, and joint programmes, each pair of participants of one programme once), as tie ids "origin|via|idA|idB"
// (idA < idB; via = agreement id, network slug or programme slug; a stored tie through nothing uses its own id), ordered by
// the since's earliest bound (unknown last), then the id. Filters (null = any): $organization (id of either end),
// $origins (TieOrigin names, required), $sectors (two sectors, either order), $since/$until (YYYY-MM-DD: ties that may
// overlap the range: their since's earliest bound is on or before $until or unknown, their until's latest bound on or
// after $since or unknown), $crossBorder (both countries known and different, or known and equal). Keyset: $afterSince
// (YYYY-MM-DD or null) and $afterId (null on the first page); $limit rows. partnerships-count.cypher counts the same ties.
MATCH (x:Organization)
WHERE $organization IS NULL OR x.id = $organization
MATCH (x)-[t:TIED_TO]-(y:Organization)
WHERE t.origin IN $origins AND ($organization IS NOT NULL OR startNode(t) = x)
WITH CASE WHEN x.id < y.id THEN x ELSE y END AS a, CASE WHEN x.id < y.id THEN y ELSE x END AS b, t
WHERE ($sectors IS NULL OR (a.sector = $sectors[0] AND b.sector = $sectors[1]) OR (a.sector = $sectors[1] AND b.sector = $sectors[0]))
  AND ($until IS NULL OR t.sinceEarliest IS NULL OR t.sinceEarliest <= date($until))
  AND ($since IS NULL OR t.untilLatest IS NULL OR t.untilLatest >= date($since))
WITH t.sinceEarliest AS sinceEarliest, t.id AS id,
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
