// Ties by id "origin|via|idA|idB" (idA < idB; via = agreement id, network slug or programme slug, or the stored
// partnership's own id when it goes through nothing), read from the derived TIED_TO (cypher/ties/rebuild.cypher): both
// ends, origin, dates as the sources give them, the agreement, network or programme it goes through, the two ends' roles
// and sectors, whether it crosses a border (null when a country is unknown; an organization's country is its IN_COUNTRY,
// else its city's, else, for an association with neither, the country of the city its founding assembly was held in) and
// its citations (for a joint programme: both participations'). Unknown ids give no row. Params: $keys [{id, aId, bId}]:
// each tie id with its two ends (src/graph/partnerships/tie-id.ts reads them off the id).
UNWIND $keys AS key
MATCH (a:Organization {id: key.aId})
MATCH (b:Organization {id: key.bId})
MATCH (a)-[t:TIED_TO]->(b)
WHERE t.id = key.id
WITH key.id AS key, a, b, t, [o IN [a, b] | coalesce(
    head([(o)-[:IN_COUNTRY]->(k:Country) | k.code]),
    head([(o)-[:BASED_IN]->(:City)-[:IN_COUNTRY]->(k:Country) | k.code]),
    head([(o)<-[:ORGANIZED_BY]-(:Event {kind: 'FOUNDING_ASSEMBLY'})-[:HELD_IN]->(:City)-[:IN_COUNTRY]->(k:Country) | k.code]))] AS countries
RETURN key, {
  id: key, origin: t.origin, aId: a.id, bId: b.id, since: t.since, until: t.until,
  sinceKey: CASE WHEN t.sinceEarliest IS NULL THEN null ELSE toString(t.sinceEarliest) END,
  via: CASE WHEN t.viaKind IS NULL THEN null ELSE {kind: t.viaKind, key: t.viaKey, name: t.viaName} END,
  roles: [t.roleA, t.roleB], sectors: [a.sector, b.sector], countryCodes: countries,
  crossBorder: CASE WHEN countries[0] IS NULL OR countries[1] IS NULL THEN null ELSE countries[0] <> countries[1] END,
  sourceIds: coalesce(t.sourceIds, []), sourceQuotes: coalesce(t.sourceQuotes, [])
} AS value
