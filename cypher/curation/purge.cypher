// Removes a retracted record for good (an admin's purge): a node with every relationship it has (its change records
// keep its key, so history still answers them), or a retracted relationship. Never a live record: only :Retracted and
// :RETRACTED match. Params: $uid (null for a relationship record), $type, $candidates [{from, to, relKey}].
CALL () {
  MATCH (n:Entity:Retracted {uid: $uid})
  DETACH DELETE n
  RETURN count(*) AS purged
  UNION ALL
  UNWIND $candidates AS c
  MATCH (:Entity {uid: c.from})-[x:RETRACTED {key: c.relKey}]->(:Entity {uid: c.to})
  WHERE x.retractedType = $type
  DELETE x
  RETURN count(*) AS purged
}
RETURN sum(purged) AS purged
