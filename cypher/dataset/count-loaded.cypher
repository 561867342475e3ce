// Counts the nodes and relationships the current dataset file wrote, to check the load is complete. Derived ties (TIED_TO,
// cypher/ties/rebuild.cypher) are not the file's and are never counted. Params: $checksum.
MATCH (n:Entity {loadedFrom: $checksum})
OPTIONAL MATCH (n)-[r {loadedFrom: $checksum}]->()
WHERE NOT r:TIED_TO
RETURN count(DISTINCT n) AS nodes, count(r) AS relationships
