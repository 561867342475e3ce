// Retracted records, the latest retraction first, as a keyset page on (retractedAt, kind|key): what a researcher asks
// for explicitly, since no other answer shows them. Params: $kind (null: any section), $first, $afterAt, $afterId.
CALL () {
  MATCH (n:Retracted)
  RETURN n AS r
  UNION ALL
  MATCH ()-[x:RETRACTED]->()
  RETURN x AS r
}
WITH r, r.retractedKind + '|' + r.retractedKey AS id
WHERE ($kind IS NULL OR r.retractedKind = $kind)
  AND ($afterAt IS NULL OR r.retractedAt < datetime($afterAt) OR (r.retractedAt = datetime($afterAt) AND id < $afterId))
RETURN {id: id, kind: r.retractedKind, key: r.retractedKey, version: r.version, reason: r.retractionReason,
  by: r.retractedBy, at: toString(r.retractedAt), record: r.retractedRecord} AS retraction
ORDER BY r.retractedAt DESC, id DESC
LIMIT $first
