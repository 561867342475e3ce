// Projects the association's tie network into Graph Data Science under the name $graphName, which this query leaves in
// the catalog: the caller runs network-betweenness and network-communities on it side by side, then drops it
// (network/drop-projection). One row: the GDS version, the association's id, the ids of its organization members (as of
// $asOf) and the number of organizations projected; no row when there is no such association.
// Params: $association (slug), $asOf (YYYY-MM-DD or null = ever), $via (tie origins), $graphName (a name unused in the GDS
// graph catalog).
// Neo4j Browser: :param association => 'nkss'; :param asOf => null; :param graphName => 'nkss-network-browser';
//   :param via => ['AGREEMENT', 'CO_FOUNDING', 'COOPERATION', 'NETWORK_MEMBERSHIP', 'JOINT_PROGRAMME']
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
// the projection (and so Louvain) the same every time. Every TIED_TO points from the lower id to the higher, so the
// outgoing ones are the pairs from this end, each tie once.
CALL (scope, day) {
  UNWIND scope AS o
  WITH o ORDER BY o.id
  CALL (o, scope, day) {
    OPTIONAL MATCH (o)-[t:TIED_TO]->(p:Organization)
    WHERE t.origin IN $via AND (day IS NULL OR (t.sinceLatest <= day AND (t.untilEarliest IS NULL OR t.untilEarliest > day)))
      AND p IN scope
    WITH p, count(t) AS weight
    ORDER BY p.id
    RETURN collect({p: p, weight: weight}) AS pairs
  }
  UNWIND CASE pairs WHEN [] THEN [null] ELSE pairs END AS pair
  RETURN gds.graph.project($graphName, o, pair.p, {relationshipProperties: {weight: toFloat(coalesce(pair.weight, 0))}},
    {undirectedRelationshipTypes: ['*'], readConcurrency: 1}) AS projection
}
RETURN gdsVersion, a.id AS associationId, [m IN core WHERE m <> a | m.id] AS memberIds,
  projection.nodeCount AS organizationCount
