// Removes what an earlier version of the dataset wrote and the current one no longer states; never what was curated
// through the API or an import (origin api or import), which only a retraction or an admin's purge removes.
// Params: $checksum.
MATCH (n:Entity {dataset: 'nkss'})
OPTIONAL MATCH (n)-[r]->()
WHERE r.loadedFrom IS NOT NULL AND r.loadedFrom <> $checksum AND coalesce(r.origin, 'dataset') = 'dataset'
DELETE r
WITH DISTINCT n
WHERE n.loadedFrom <> $checksum AND coalesce(n.origin, 'dataset') = 'dataset'
DETACH DELETE n
