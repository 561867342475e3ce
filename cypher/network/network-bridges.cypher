// The bridges of the association's tie network (the scope and ties of network/network-project): tied pairs whose ends are
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
{{organization-area}}
CALL (o, scope, day) {
  MATCH (o)-[t:TIED_TO]->(p:Organization)
  WHERE t.origin IN $via
    AND (day IS NULL OR (t.sinceLatest <= day AND (t.untilEarliest IS NULL OR t.untilEarliest > day))) AND p IN scope
  RETURN p, count(t) AS weight, collect(DISTINCT t.origin) AS origins
}
// The other end takes the place of `o` for its own area.
WITH o AS from, region AS fromRegion, country AS fromCountry, p AS o, weight, origins
{{organization-area}}
WITH from, fromRegion, fromCountry, o, region, country, weight, origins
WHERE fromCountry <> country OR (fromCountry = 'RS' AND country = 'RS' AND fromRegion <> region)
RETURN from.id AS fromId, o.id AS toId, fromRegion, fromCountry, region AS toRegion, country AS toCountry, weight, origins
