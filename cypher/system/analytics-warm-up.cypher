// Loads Graph Data Science's code before a request needs it: a four-node graph projected from literal ids (nothing is read
// from the database), named $graphName, on which every algorithm networkMetrics uses runs once; the caller then drops it
// (network/drop-projection). A Neo4j process loads GDS's classes on their first use, about 4 s on the benchmark machine,
// which the first networkMetrics after a start would otherwise wait for. One row: the projection's name. Without GDS,
// Neo4j refuses the first line (ProcedureNotFound) before running anything.
CALL gds.version() YIELD gdsVersion
UNWIND [[0, 1], [1, 2], [2, 0], [2, 3]] AS pair
WITH gds.graph.project($graphName, pair[0], pair[1], {relationshipProperties: {weight: 1.0}},
  {undirectedRelationshipTypes: ['*'], readConcurrency: 1}) AS projection
CALL (projection) {
  CALL gds.betweenness.stream(projection.graphName, {samplingSize: 2, samplingSeed: 42, concurrency: 1}) YIELD nodeId, score
  RETURN count(score) AS scored
}
CALL gds.wcc.mutate(projection.graphName, {mutateProperty: 'component', concurrency: 1}) YIELD componentCount
CALL gds.louvain.mutate(projection.graphName, {mutateProperty: 'community', relationshipWeightProperty: 'weight', concurrency: 1})
  YIELD modularity
CALL gds.degree.mutate(projection.graphName, {mutateProperty: 'strength', relationshipWeightProperty: 'weight'})
  YIELD nodePropertiesWritten
CALL (projection) {
  CALL gds.graph.nodeProperty.stream(projection.graphName, 'community') YIELD nodeId, propertyValue
  RETURN count(propertyValue) AS streamed
}
RETURN projection.graphName AS graphName
