// Which of these records are retracted: nodes by uid, relationship records by the relationships they may be. A record
// that is retracted is restored or purged, not created again. Params: $uids, $type, $candidates [{key, from, to, relKey}].
CALL () {
  UNWIND $uids AS uid
  MATCH (n:Entity:Retracted {uid: uid})
  RETURN n.retractedKey AS key
  UNION
  UNWIND $candidates AS c
  MATCH (:Entity {uid: c.from})-[x:RETRACTED {key: c.relKey}]->(:Entity {uid: c.to})
  WHERE x.retractedType = $type
  RETURN c.key AS key
}
RETURN key
