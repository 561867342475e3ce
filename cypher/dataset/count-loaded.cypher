// Counts the nodes and relationships the current dataset file wrote, to check the load is complete. Params: $checksum.
MATCH (n:Entity {loadedFrom: $checksum})
OPTIONAL MATCH (n)-[r {loadedFrom: $checksum}]->()
RETURN count(DISTINCT n) AS nodes, count(r) AS relationships
