// Retracts a node record (docs/curation.md, "Retraction, not deletion"): its domain label gives way to :Retracted, so no
// read, all of which match domain labels, sees it any more; the retraction (who, when, why, the record as it stood)
// stays on it. It and the relationships it owns become curated (origin api, no loadedFrom), so a reload of
// data/nkss.json neither rewrites, brings back nor removes them. Its ties go; the caller rebuilds their other ends.
// Params: $uid, $label, $kind, $key, $by, $now, $reason, $record (JSON), $owned [type], $ownedIn [type].
MATCH (n:Entity {uid: $uid})
CALL (n) {
  OPTIONAL MATCH (n)-[t:TIED_TO]-(other)
  DELETE t
  RETURN collect(DISTINCT other.id) AS tied
}
CALL (n) {
  MATCH (n)-[r]-()
  WHERE (startNode(r) = n AND type(r) IN $owned) OR (endNode(r) = n AND type(r) IN $ownedIn)
  SET r.origin = 'api', r.loadedFrom = null
}
REMOVE n:Source:Country:Region:District:City:Organization:Person:Event:Programme:Goal:MembershipReport:Agreement:BoardRole
SET n:Retracted, n.retractedLabel = $label, n.retractedKind = $kind, n.retractedKey = $key, n.retractedAt = datetime($now),
  n.retractedBy = $by, n.retractionReason = $reason, n.retractedRecord = $record, n.origin = 'api',
  n.version = coalesce(n.version, 1) + 1, n.updatedAt = $now, n.updatedBy = $by
RETURN n.version AS version, tied
