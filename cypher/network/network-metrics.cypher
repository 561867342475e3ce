// The association's tie network, one row per organization with its degree, strength (ties counted), betweenness, component
// and Louvain community, computed with Graph Data Science on a projection named $graphName that this query leaves in the
// catalog: the caller reads the rows, then drops it (network/drop-projection). Params: $association (slug), $asOf
// (YYYY-MM-DD or null = ever), $via (tie origins), $samplingSize (null = exact betweenness, else the number of sampled
// sources, seed 42, one thread so the sample is the same every time; the caller scales the sums), $graphName (a name
// unused in the GDS graph catalog). No row when there is no such association.
// Neo4j Browser: :param association => 'nkss'; :param asOf => null; :param graphName => 'nkss-network-browser';
//   :param samplingSize => null; :param via => ['AGREEMENT', 'CO_FOUNDING', 'COOPERATION', 'NETWORK_MEMBERSHIP', 'JOINT_PROGRAMME']
// Scope (fragments/network-scope): the association, its organization members (as of $asOf) and every organization tied to
// one of them; ties are all ties among those nodes. A tie is one derived TIED_TO (cypher/ties/rebuild.cypher) whose origin is
// in $via: a stored PARTNERS_WITH, a network membership, or a programme both took part in.
// Memory: rows stream from the graph into the projection, one organization's ties at a time (100,000 organizations and
// 1,000,000 ties fit in db.memory.transaction.max 512m); nothing collects the network's ties.
CALL gds.version() YIELD gdsVersion
MATCH (a:Association {slug: $association})
WITH gdsVersion, a, CASE WHEN $asOf IS NULL THEN null ELSE date($asOf) END AS day
// A retried query finds its own earlier projection: drop it first.
OPTIONAL CALL gds.graph.drop($graphName, false) YIELD graphName AS stale
WITH gdsVersion, a, day
{{network-scope}}
WITH gdsVersion, a, day, core, core + neighbours AS scope
// Project undirected: one row per tied pair (from its end with the lower id, weight = its distinct ties), or one target-less
// row for an organization without such pairs, so that every organization is a node. Rows in id order with one reader keep
// the projection (and so Louvain) the same every time.
CALL (scope, day) {
  UNWIND scope AS o
  WITH o ORDER BY o.id
  CALL (o, scope, day) {
    OPTIONAL MATCH (o)-[t:TIED_TO]-(p:Organization)
    WHERE o.id < p.id AND t.origin IN $via
      AND (day IS NULL OR (t.sinceLatest <= day AND (t.untilEarliest IS NULL OR t.untilEarliest > day))) AND p IN scope
    WITH p, count(DISTINCT t) AS weight
    ORDER BY p.id
    RETURN collect({p: p, weight: weight}) AS pairs
  }
  UNWIND CASE pairs WHEN [] THEN [null] ELSE pairs END AS pair
  RETURN gds.graph.project($graphName, o, pair.p, {relationshipProperties: {weight: toFloat(coalesce(pair.weight, 0))}},
    {undirectedRelationshipTypes: ['*'], readConcurrency: 1}) AS projection
}
CALL (projection) {
  CALL gds.betweenness.mutate(projection.graphName, CASE WHEN $samplingSize IS NULL THEN {mutateProperty: 'betweenness'}
    ELSE {mutateProperty: 'betweenness', samplingSize: $samplingSize, samplingSeed: 42, concurrency: 1} END) YIELD nodePropertiesWritten
  CALL gds.wcc.mutate(projection.graphName, {mutateProperty: 'component', concurrency: 1}) YIELD componentCount
  CALL gds.louvain.mutate(projection.graphName, {mutateProperty: 'community', relationshipWeightProperty: 'weight', concurrency: 1})
    YIELD modularity
  // Degree: distinct neighbours (one relationship per pair); strength: their weights summed, the organization's ties.
  CALL gds.degree.mutate(projection.graphName, {mutateProperty: 'degree'}) YIELD nodePropertiesWritten AS degrees
  CALL gds.degree.mutate(projection.graphName, {mutateProperty: 'strength', relationshipWeightProperty: 'weight'})
    YIELD nodePropertiesWritten AS strengths
  RETURN modularity
}
CALL gds.graph.nodeProperty.stream(projection.graphName, 'community') YIELD nodeId, propertyValue AS community
WITH gdsVersion, a, core, modularity, projection.graphName AS graphName, nodeId, community, gds.util.asNode(nodeId) AS o
{{organization-area}}
RETURN gdsVersion, a.id AS associationId, modularity, o.id AS id, o.sortName AS sortName, o <> a AND o IN core AS member,
  region, country,
  toInteger(gds.util.nodeProperty(graphName, nodeId, 'degree')) AS degree,
  toInteger(gds.util.nodeProperty(graphName, nodeId, 'strength')) AS strength,
  gds.util.nodeProperty(graphName, nodeId, 'betweenness') AS betweenness,
  gds.util.nodeProperty(graphName, nodeId, 'component') AS component, community
