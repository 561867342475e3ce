// Removes what an earlier version of the dataset wrote and the current one no longer states. Params: $checksum.
MATCH (n:Entity {dataset: 'nkss'})
OPTIONAL MATCH (n)-[r]->()
WHERE r.loadedFrom IS NOT NULL AND r.loadedFrom <> $checksum
DELETE r
WITH DISTINCT n
WHERE n.loadedFrom <> $checksum
DETACH DELETE n
