// Removes a retracted record for good (an admin's purge): a node with every relationship it has (its change records
// keep its key, so history still answers them), or a retracted relationship; and leaves a :Purged tombstone in its place
// (who, when, the retraction's reason), by which the loader never writes it again from data/nkss.json. Never a live
// record: only :Retracted and :RETRACTED match. A tombstone is not an :Entity, so no read or export sees it.
// Params: $uid (null for a relationship record), $type, $candidates [{from, to, relKey}], $kind, $key, $by, $now, $reason.
CALL () {
  MATCH (n:Entity:Retracted {uid: $uid})
  DETACH DELETE n
  RETURN $uid AS ref
  UNION ALL
  UNWIND $candidates AS c
  MATCH (:Entity {uid: c.from})-[x:RETRACTED {key: c.relKey}]->(:Entity {uid: c.to})
  WHERE x.retractedType = $type
  DELETE x
  RETURN $type + '|' + c.from + '|' + c.to + '|' + c.relKey AS ref
}
MERGE (p:Purged {ref: ref})
SET p.kind = $kind, p.key = $key, p.purgedBy = $by, p.purgedAt = datetime($now), p.reason = $reason
RETURN count(p) AS purged
