// Drops the GDS in-memory graph a network-metrics query projected, when that query failed before its own drop; no row when
// there is none. Params: $graphName. In Neo4j Browser, after an interrupted run: :param graphName => 'nkss-network-browser'
CALL gds.graph.drop($graphName, false) YIELD graphName
RETURN graphName
