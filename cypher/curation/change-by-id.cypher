// Change records by id. Params: $ids.
UNWIND $ids AS id
MATCH (c:Change {id: id})
RETURN c {.id, .by, .operation, .kind, .key, .fields, .before, .after, .requestId, at: toString(c.at)} AS change
