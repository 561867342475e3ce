// Retracts a relationship record (a membership, a partnership …): it is re-created as a :RETRACTED relationship between
// the same ends with the same properties, its type kept in retractedType, and the retraction (who, when, why, the record
// as it stood) on it; every read matches the domain types, so none sees it any more. Curated (origin api, no
// loadedFrom), so a reload of data/nkss.json does not bring it back (cypher/dataset/merge-relationships.cypher).
// Params: $candidates [{from, to, relKey}] (the relationships it may be: its member an organization or a person), $type, $kind, $key, $by, $now, $reason, $record (JSON).
UNWIND $candidates AS c
MATCH (a:Entity {uid: c.from})-[r]->(b:Entity {uid: c.to})
WHERE type(r) = $type AND r.key = c.relKey
CREATE (a)-[x:RETRACTED]->(b)
SET x = properties(r)
SET x.retractedType = type(r), x.retractedKind = $kind, x.retractedKey = $key, x.retractedAt = datetime($now),
  x.retractedBy = $by, x.retractionReason = $reason, x.retractedRecord = $record, x.origin = 'api', x.loadedFrom = null,
  x.version = coalesce(r.version, 1) + 1, x.updatedAt = $now, x.updatedBy = $by
DELETE r
RETURN x.version AS version
