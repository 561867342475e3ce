// Writes curated records' nodes: the loader's properties plus provenance and version (origin api or import); the
// loader then leaves them alone (cypher/dataset/merge-nodes.cypher). Params: $rows [{uid, labels, props}].
UNWIND $rows AS row
MERGE (n:Entity {uid: row.uid})
SET n = row.props, n.uid = row.uid, n.dataset = 'nkss'
{{entity-labels}}
