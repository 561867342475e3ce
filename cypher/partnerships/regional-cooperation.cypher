// Cross-border ties of an association and its members (any MEMBER_OF it): ties whose two ends' countries are known and
// differ (an organization's country is its IN_COUNTRY, else its city's, else, for an association with neither, the
// country of the city its founding assembly was held in). Filters: $country (the partner's ISO code, or null),
// $since (YYYY-MM-DD or null: ties known to start on or after it, i.e. their since's earliest bound is on or after it).
// Returns one row: the tie ids; per partner country (ties, partners), most ties first, then by name; per member (the
// association itself included) its ties and partner countries, most ties first, then by name; and the networks the
// association or its members belong to (network memberships, unfiltered) with since and role. A tie is one derived TIED_TO
// (cypher/ties/rebuild.cypher). No row for an unknown association. Params: $association (slug), $country, $since.
MATCH (assoc:Association {slug: $association})
WITH assoc, [assoc] + [(m:Organization)-[:MEMBER_OF]->(assoc) | m] AS carriers
CALL (carriers) {
  UNWIND carriers AS c
  MATCH (c)-[t:TIED_TO]-(y:Organization)
  WITH c, y, t.id AS tieId, t.sinceEarliest AS sinceEarliest
  WHERE $since IS NULL OR sinceEarliest >= date($since)
  WITH c, y, tieId, sinceEarliest, [o IN [c, y] | coalesce(
    head([(o)-[:IN_COUNTRY]->(k:Country) | k]),
    head([(o)-[:BASED_IN]->(:City)-[:IN_COUNTRY]->(k:Country) | k]),
    head([(o)<-[:ORGANIZED_BY]-(:Event {kind: 'FOUNDING_ASSEMBLY'})-[:HELD_IN]->(:City)-[:IN_COUNTRY]->(k:Country) | k]))] AS countries
  WHERE countries[0] IS NOT NULL AND countries[1] IS NOT NULL AND countries[0] <> countries[1]
    AND ($country IS NULL OR countries[1].code = $country)
  RETURN c, y, countries[1] AS k, sinceEarliest, tieId
}
WITH assoc, carriers, c, y, k, sinceEarliest, tieId ORDER BY sinceEarliest, tieId
WITH assoc, carriers, collect({c: c, y: y, k: k, tieId: tieId}) AS rows
CALL (rows) {
  UNWIND rows AS row
  WITH DISTINCT row.tieId AS tieId
  RETURN collect(tieId) AS allTieIds
}
CALL (rows) {
  UNWIND rows AS row
  WITH row.k AS k, collect(DISTINCT row.tieId) AS tieIds, collect(DISTINCT row.y) AS partners
  ORDER BY size(tieIds) DESC, k.name
  RETURN collect({countryCode: k.code, southeastEurope: k.southeastEurope, tieIds: tieIds,
    partnerIds: [p IN partners | p.id]}) AS byCountry
}
CALL (rows) {
  UNWIND rows AS row
  WITH row.c AS c, collect(DISTINCT row.tieId) AS tieIds, collect(DISTINCT row.k) AS countries
  ORDER BY size(tieIds) DESC, c.sortName, c.id
  RETURN collect({memberId: c.id, tieIds: tieIds, countryCodes: COLLECT { UNWIND countries AS k RETURN k.code ORDER BY k.name }}) AS byMember
}
CALL (carriers) {
  UNWIND carriers AS c
  MATCH (c)-[t:TIED_TO]-(n:Organization)
  WHERE t.origin = 'NETWORK_MEMBERSHIP' AND t.networkId = n.id
  WITH c, t, n ORDER BY t.sinceEarliest, c.sortName, n.sortName
  RETURN collect({memberId: c.id, networkId: n.id, since: t.since, role: CASE WHEN c.id < n.id THEN t.roleA ELSE t.roleB END,
    sourceIds: t.sourceIds, sourceQuotes: t.sourceQuotes}) AS networks
}
RETURN allTieIds AS tieIds, byCountry, byMember, networks
