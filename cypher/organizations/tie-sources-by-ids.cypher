// The citations of ties, by tie id (TIED_TO.id, index-backed): the parallel lists sourceIds and sourceQuotes.
// Params: $keys (tie ids).
UNWIND $keys AS key
MATCH ()-[t:TIED_TO {id: key}]->()
RETURN key, {sourceIds: t.sourceIds, sourceQuotes: t.sourceQuotes} AS value
