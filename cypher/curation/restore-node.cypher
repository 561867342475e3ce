// Restores a retracted node record: its domain label back (from a fixed list), the retraction's properties gone, the
// version one on. Params: $uid, $by, $now.
MATCH (n:Entity:Retracted {uid: $uid})
WITH n, {labels: [n.retractedLabel]} AS row
{{entity-labels}}
REMOVE n:Retracted
REMOVE n.retractedLabel, n.retractedKind, n.retractedKey, n.retractedAt, n.retractedBy, n.retractionReason, n.retractedRecord
SET n.version = n.version + 1, n.updatedAt = $now, n.updatedBy = $by
RETURN n.version AS version
