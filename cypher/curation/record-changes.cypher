// Appends one change record per written record, in the writing transaction: who, when, what, and the fields before
// and after (JSON). It keeps the record's uid, so a record's history outlives the record.
// Params: $changes [{id, by, operation, kind, key, uid, fields, before, after, requestId}].
UNWIND $changes AS c
MATCH (n:Entity {uid: c.uid})
CREATE (change:Change {
  id: c.id, at: datetime(), by: c.by, operation: c.operation, kind: c.kind, key: c.key, uid: c.uid,
  fields: c.fields, before: c.before, after: c.after, requestId: c.requestId
})
CREATE (change)-[:CHANGED]->(n)
RETURN c.id AS id, change.at AS at
