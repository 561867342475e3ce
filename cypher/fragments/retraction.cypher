// The retraction of a retracted record, for the variable `r` (a :Retracted node): who, when, why, its version and the
// record as it stood (JSON in the dataset's format), as the Retraction type reads it.
r {kind: r.retractedKind, key: r.retractedKey, version: coalesce(r.version, 1), reason: r.retractionReason, by: r.retractedBy,
  at: toString(r.retractedAt), record: r.retractedRecord}
