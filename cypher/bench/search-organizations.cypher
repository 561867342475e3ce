// Benchmark floor (Q6): organizations whose normalized search key matches $query (a Lucene query, as the API builds it
// from the words asked), best first, then by sortName and id; at most $limit. Params: $query, $limit.
CALL db.index.fulltext.queryNodes('search_key', $query)
YIELD node, score
WHERE node:Organization
RETURN node.id AS id, node.name AS name, score
ORDER BY score DESC, node.sortName, node.id
LIMIT $limit
