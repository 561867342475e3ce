// A retracted record: a node by its uid, or a relationship record by its type and the relationships it may be (its
// member an organization or a person), with what a restore must check: a retracted record it points at, a live record
// under the same key; and what a purge must check: the retracted records that name it (a retracted membership of a
// retracted organization …), which its DETACH DELETE would take with it. Params: $uid (null for a relationship record),
// $type, $candidates [{from, to, relKey}], $owned, $ownedIn.
CALL () {
  MATCH (n:Entity:Retracted {uid: $uid})
  RETURN n {.retractedKind, .retractedKey, .version, .retractionReason, .retractedBy, .retractedRecord,
    retractedAt: toString(n.retractedAt),
    pointsAtRetracted: EXISTS { MATCH (n)-[r]->(:Retracted) WHERE type(r) IN $owned },
    liveTwin: false,
    namedBy: [(n)-[x:RETRACTED]-() | x.retractedKind + ' ' + x.retractedKey] +
      [(m:Retracted)-[r]->(n) WHERE NOT type(r) IN $ownedIn | m.retractedKind + ' ' + m.retractedKey]} AS retraction
  UNION
  UNWIND $candidates AS c
  MATCH (a:Entity {uid: c.from})-[x:RETRACTED {key: c.relKey}]->(b:Entity {uid: c.to})
  WHERE x.retractedType = $type
  RETURN x {.retractedKind, .retractedKey, .version, .retractionReason, .retractedBy, .retractedRecord,
    retractedAt: toString(x.retractedAt),
    pointsAtRetracted: a:Retracted OR b:Retracted,
    liveTwin: EXISTS { MATCH (a)-[r]->(b) WHERE type(r) = $type AND r.key = c.relKey },
    namedBy: []} AS retraction
}
RETURN retraction
LIMIT 1
