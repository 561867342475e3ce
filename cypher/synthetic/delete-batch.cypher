// Deletes up to $limit synthetic nodes (labelled Synthetic) with their relationships, derived ties (TIED_TO) included;
// repeat until it deletes none (the caller reads the count from the summary's counters, so the query stays a pure write).
// The label is tested as a string so the query plans without warnings on a database that never held synthetic data.
// Params: $limit (integer).
MATCH (n:Entity)
WHERE 'Synthetic' IN labels(n)
WITH n LIMIT $limit
DETACH DELETE n
