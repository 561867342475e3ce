// Restores a retracted relationship record: re-created with its own type (from a fixed list) and properties, the
// retraction's gone, the version one on. Params: $candidates [{from, to, relKey}], $type, $by, $now.
UNWIND $candidates AS c
MATCH (a:Entity {uid: c.from})-[x:RETRACTED {key: c.relKey}]->(b:Entity {uid: c.to})
WHERE x.retractedType = $type
WITH a, b, x, x {.*, retractedType: null, retractedKind: null, retractedKey: null, retractedAt: null, retractedBy: null,
  retractionReason: null, retractedRecord: null, version: x.version + 1, updatedAt: $now, updatedBy: $by} AS props
FOREACH (_ IN CASE WHEN $type = 'MEMBER_OF' THEN [1] ELSE [] END | CREATE (a)-[r:MEMBER_OF]->(b) SET r = props)
FOREACH (_ IN CASE WHEN $type = 'PARTICIPATED_IN' THEN [1] ELSE [] END | CREATE (a)-[r:PARTICIPATED_IN]->(b) SET r = props)
FOREACH (_ IN CASE WHEN $type = 'PARTNERS_WITH' THEN [1] ELSE [] END | CREATE (a)-[r:PARTNERS_WITH]->(b) SET r = props)
FOREACH (_ IN CASE WHEN $type = 'MEMBER_OF_NETWORK' THEN [1] ELSE [] END | CREATE (a)-[r:MEMBER_OF_NETWORK]->(b) SET r = props)
FOREACH (_ IN CASE WHEN $type = 'WORKS_WITH' THEN [1] ELSE [] END | CREATE (a)-[r:WORKS_WITH]->(b) SET r = props)
DELETE x
RETURN props.version AS version
