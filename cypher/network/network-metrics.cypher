// The association's tie network with degree, betweenness, components, Louvain communities and region bridges, computed
// with Graph Data Science on a throw-away projection that the query drops at its end. Params: $association (slug),
// $asOf (YYYY-MM-DD or null = ever), $via (tie origins), $samplingSize (null = exact betweenness, else the number of
// sampled sources, seed 42, one thread so the sample is the same every time; the caller scales the sums), $bridges (false: skip the bridges, answered empty), $graphName
// (a name unused in the GDS graph catalog).
// Neo4j Browser: :param association => 'nkss'; :param asOf => null; :param graphName => 'nkss-network-browser';
//   :param samplingSize => null; :param bridges => true;
//   :param via => ['AGREEMENT', 'CO_FOUNDING', 'COOPERATION', 'NETWORK_MEMBERSHIP', 'JOINT_PROGRAMME']
// Scope: the association, its organization members (as of $asOf) and every organization tied to one of them; ties are all
// ties among those nodes. A tie is one derived TIED_TO (cypher/ties/rebuild.cypher) whose origin is in $via: a stored
// PARTNERS_WITH, a network membership, or a programme both took part in; as of a day it counts when its start's latest
// bound is on or before the day and it is not possibly ended by then.
CALL gds.version() YIELD gdsVersion
MATCH (a:Association {slug: $association})
WITH gdsVersion, a, CASE WHEN $asOf IS NULL THEN null ELSE date($asOf) END AS day
// A retried transaction finds its own earlier projection: drop it first.
OPTIONAL CALL gds.graph.drop($graphName, false) YIELD graphName AS stale
WITH gdsVersion, a, day
CALL (a, day) {
  OPTIONAL MATCH (m:Organization)-[r:MEMBER_OF]->(a)
  WHERE day IS NULL OR (r.sinceLatest <= day AND (r.untilEarliest IS NULL OR r.untilEarliest > day))
  WITH m ORDER BY m.id
  WITH collect(DISTINCT m) AS members
  RETURN [a] + [m IN members WHERE m <> a] AS core
}
CALL (core, day) {
  UNWIND core AS o
  MATCH (o)-[t:TIED_TO]-(p:Organization)
  WHERE t.origin IN $via AND (day IS NULL OR (t.sinceLatest <= day AND (t.untilEarliest IS NULL OR t.untilEarliest > day)))
  WITH DISTINCT p WHERE NOT p IN core
  ORDER BY p.id
  RETURN collect(p) AS neighbours
}
WITH gdsVersion, day, size(core) AS coreSize, core + neighbours AS scope
// Per organization: its distinct neighbours in scope (weight = distinct ties: each stored tie, network membership and
// shared programme counts one), where it is (Serbian statistical region, country), and its pairs with higher ids.
UNWIND range(0, size(scope) - 1) AS i
WITH gdsVersion, day, scope, scope[i] AS o, 0 < i AND i < coreSize AS member
CALL (o, day, scope) {
  MATCH (o)-[t:TIED_TO]-(p:Organization)
  WHERE t.origin IN $via AND (day IS NULL OR (t.sinceLatest <= day AND (t.untilEarliest IS NULL OR t.untilEarliest > day)))
  WITH p, t.origin AS origin, t AS tie WHERE p IN scope
  WITH p, count(DISTINCT tie) AS weight, collect(DISTINCT origin) AS origins
  ORDER BY p.id
  RETURN collect({p: p, weight: weight, origins: origins}) AS ties
}
WITH gdsVersion, o, member, ties,
  head([(o)-[:BASED_IN]->(:City)-[:PART_OF*0..2]->(:City)-[:IN_DISTRICT|IN_REGION*1..2]->(r:Region) | r.slug]) AS region,
  coalesce(head([(o)-[:IN_COUNTRY]->(k:Country) | k.code]), head([(o)-[:BASED_IN]->(:City)-[:IN_COUNTRY]->(k:Country) | k.code])) AS country
WITH gdsVersion, collect({o: o, member: member, region: region, country: country, ties: ties}) AS nodes
// Project undirected: one row per pair (each once, from its end with the lower id), and one target-less row per
// organization so that isolated ones are nodes too. Rows in id order with one reader keep the projection (and Louvain) stable.
CALL (nodes) {
  UNWIND nodes AS n
  UNWIND [null] + [t IN n.ties WHERE n.o.id < t.p.id] AS t
  WITH n, t ORDER BY n.o.id, t.p.id
  RETURN gds.graph.project($graphName, n.o, t.p, {relationshipProperties: {weight: toFloat(coalesce(t.weight, 0))}},
    {undirectedRelationshipTypes: ['*'], readConcurrency: 1}) AS projection
}
CALL (projection) {
  CALL gds.betweenness.mutate(projection.graphName, CASE WHEN $samplingSize IS NULL THEN {mutateProperty: 'betweenness'}
    ELSE {mutateProperty: 'betweenness', samplingSize: $samplingSize, samplingSeed: 42, concurrency: 1} END) YIELD nodePropertiesWritten
  CALL gds.wcc.mutate(projection.graphName, {mutateProperty: 'component', concurrency: 1}) YIELD componentCount
  CALL gds.louvain.mutate(projection.graphName, {mutateProperty: 'community', relationshipWeightProperty: 'weight', concurrency: 1})
    YIELD modularity
  CALL gds.graph.nodeProperties.stream(projection.graphName, ['betweenness', 'component', 'community'])
    YIELD nodeId, nodeProperty, propertyValue
  WITH modularity, nodeId, collect([nodeProperty, propertyValue]) AS values
  RETURN modularity, collect({id: gds.util.asNode(nodeId).id, values: values}) AS scores
}
CALL (projection) {
  CALL gds.graph.drop(projection.graphName) YIELD graphName
  RETURN graphName AS dropped
}
// Bridges: pairs whose ends are known to be in different statistical regions of Serbia or in different countries.
CALL (nodes) {
  WITH nodes WHERE $bridges
  UNWIND nodes AS n
  UNWIND [t IN n.ties WHERE n.o.id < t.p.id] AS t
  WITH n, t, t.p AS p
  WITH n, t, p,
    head([(p)-[:BASED_IN]->(:City)-[:PART_OF*0..2]->(:City)-[:IN_DISTRICT|IN_REGION*1..2]->(r:Region) | r.slug]) AS region,
    coalesce(head([(p)-[:IN_COUNTRY]->(k:Country) | k.code]), head([(p)-[:BASED_IN]->(:City)-[:IN_COUNTRY]->(k:Country) | k.code])) AS country
  WHERE (n.country <> country) OR (n.country = 'RS' AND country = 'RS' AND n.region <> region)
  RETURN collect({fromId: n.o.id, toId: p.id, fromRegion: n.region, fromCountry: n.country, toRegion: region, toCountry: country,
    weight: t.weight, origins: t.origins}) AS bridges
}
RETURN gdsVersion, nodes[0].o.id AS associationId, modularity,
  [n IN nodes | {id: n.o.id, sortName: n.o.sortName, member: n.member, region: n.region, country: n.country,
    degree: size(n.ties), strength: reduce(s = 0, t IN n.ties | s + t.weight)}] AS organizations,
  scores, bridges
