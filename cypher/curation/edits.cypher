// Recent changes, newest first, as a keyset page on (at, id) read from the index on :Change(at, id).
// Params: $since (null: all), $by (null: anyone), $kind (null: any), $first, $afterAt, $afterId.
MATCH (c:Change)
WHERE c.at IS NOT NULL
  AND ($since IS NULL OR c.at >= datetime($since))
  AND ($by IS NULL OR c.by = $by)
  AND ($kind IS NULL OR c.kind = $kind)
  AND ($afterAt IS NULL OR c.at < datetime($afterAt) OR (c.at = datetime($afterAt) AND c.id < $afterId))
RETURN c {.id, .by, .operation, .kind, .key, .fields, .before, .after, .requestId, at: toString(c.at)} AS change
ORDER BY c.at DESC, c.id DESC
LIMIT $first
