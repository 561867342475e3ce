// A record's changes, newest first, as a keyset page on (at, id). Params: $key, $kind (null: any kind), $first,
// $afterAt, $afterId (null: from the newest).
MATCH (c:Change {key: $key})
WHERE ($kind IS NULL OR c.kind = $kind)
  AND ($afterAt IS NULL OR c.at < datetime($afterAt) OR (c.at = datetime($afterAt) AND c.id < $afterId))
RETURN c {.id, .by, .operation, .kind, .key, .fields, .before, .after, .requestId, at: toString(c.at)} AS change
ORDER BY c.at DESC, c.id DESC
LIMIT $first
