// Betweenness of every organization of a network projected by network-project, one row each: its id and the sum GDS gives.
// Params: $graphName; $samplingSize (null = exact, on GDS's default threads; else the number of sampled sources, seed 42,
// one thread so the sample is the same every time; the caller scales the sums). Runs beside network-communities, on its own
// thread: the two together take the longer of the two, not their sum.
CALL gds.betweenness.stream($graphName, CASE WHEN $samplingSize IS NULL THEN {}
  ELSE {samplingSize: $samplingSize, samplingSeed: 42, concurrency: 1} END) YIELD nodeId, score
RETURN gds.util.asNode(nodeId).id AS id, score AS betweenness
