// The bridges of the association's tie network (the scope and ties of network/network-metrics): tied pairs whose ends are
// known to be in different statistical regions of Serbia or in different countries, one row each, from the end with the
// lower id, with the pair's distinct ties (weight) and their origins. Streams: nothing collects the network's ties.
// Params: $association (slug), $asOf (YYYY-MM-DD or null = ever), $via (tie origins).
// Neo4j Browser: :param association => 'nkss'; :param asOf => null;
//   :param via => ['AGREEMENT', 'CO_FOUNDING', 'COOPERATION', 'NETWORK_MEMBERSHIP', 'JOINT_PROGRAMME']
MATCH (a:Association {slug: $association})
WITH a, CASE WHEN $asOf IS NULL THEN null ELSE date($asOf) END AS day
{{network-scope}}
WITH day, core + neighbours AS scope
UNWIND scope AS o
WITH day, scope, o,
  head([(o)-[:BASED_IN]->(:City)-[:PART_OF*0..2]->(:City)-[:IN_DISTRICT|IN_REGION*1..2]->(r:Region) | r.slug]) AS region,
  coalesce(head([(o)-[:IN_COUNTRY]->(k:Country) | k.code]), head([(o)-[:BASED_IN]->(:City)-[:IN_COUNTRY]->(k:Country) | k.code])) AS country
CALL (o, scope, day) {
  MATCH (o)-[t:TIED_TO]-(p:Organization)
  WHERE o.id < p.id AND t.origin IN $via
    AND (day IS NULL OR (t.sinceLatest <= day AND (t.untilEarliest IS NULL OR t.untilEarliest > day))) AND p IN scope
  RETURN p, count(DISTINCT t) AS weight, collect(DISTINCT t.origin) AS origins
}
WITH o, region, country, p, weight, origins,
  head([(p)-[:BASED_IN]->(:City)-[:PART_OF*0..2]->(:City)-[:IN_DISTRICT|IN_REGION*1..2]->(r:Region) | r.slug]) AS pRegion,
  coalesce(head([(p)-[:IN_COUNTRY]->(k:Country) | k.code]), head([(p)-[:BASED_IN]->(:City)-[:IN_COUNTRY]->(k:Country) | k.code])) AS pCountry
WHERE country <> pCountry OR (country = 'RS' AND pCountry = 'RS' AND region <> pRegion)
RETURN o.id AS fromId, p.id AS toId, region AS fromRegion, country AS fromCountry, pRegion AS toRegion, pCountry AS toCountry,
  weight, origins
