// Components, Louvain communities, degree and strength of every organization of a network projected by network-project,
// one row each with its sort name and area, and the network's modularity on every row. Params: $graphName.
// Degree: distinct neighbours (one relationship per pair); strength: their weights summed, the organization's ties.
CALL gds.wcc.mutate($graphName, {mutateProperty: 'component', concurrency: 1}) YIELD componentCount
CALL gds.louvain.mutate($graphName, {mutateProperty: 'community', relationshipWeightProperty: 'weight', concurrency: 1})
  YIELD modularity
CALL gds.degree.mutate($graphName, {mutateProperty: 'degree'}) YIELD nodePropertiesWritten AS degrees
CALL gds.degree.mutate($graphName, {mutateProperty: 'strength', relationshipWeightProperty: 'weight'})
  YIELD nodePropertiesWritten AS strengths
CALL gds.graph.nodeProperty.stream($graphName, 'community') YIELD nodeId, propertyValue AS community
WITH modularity, nodeId, community, gds.util.asNode(nodeId) AS o
{{organization-area}}
RETURN modularity, o.id AS id, o.sortName AS sortName, region, country,
  toInteger(gds.util.nodeProperty($graphName, nodeId, 'degree')) AS degree,
  toInteger(gds.util.nodeProperty($graphName, nodeId, 'strength')) AS strength,
  gds.util.nodeProperty($graphName, nodeId, 'component') AS component, community
