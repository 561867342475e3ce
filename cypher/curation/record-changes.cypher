// Appends one change record per written record, in the writing transaction: who, when, what, and the fields before
// and after (JSON). It keeps the record's uid and links the record's node; a relationship record (a membership …) has
// no node of its own (uid null) and is found by its key. Params: $changes [{id, by, operation, kind, key, uid, fields,
// before, after, requestId}].
UNWIND $changes AS c
CREATE (change:Change {
  id: c.id, at: datetime(), by: c.by, operation: c.operation, kind: c.kind, key: c.key, uid: c.uid,
  fields: c.fields, before: c.before, after: c.after, requestId: c.requestId
})
WITH c, change
OPTIONAL MATCH (n:Entity {uid: c.uid})
FOREACH (_ IN CASE WHEN n IS NULL THEN [] ELSE [1] END | CREATE (change)-[:CHANGED]->(n))
RETURN c.id AS id, change.at AS at
