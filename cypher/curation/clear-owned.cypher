// Removes the relationships a record owns (its citations, its city … out of its node; an event's programme, a report's
// association … into it) before the record is written again, so a value taken away is gone.
// Params: $rows [{uid, owned: [type], ownedIn: [type]}].
UNWIND $rows AS row
MATCH (n:Entity {uid: row.uid})
CALL (n, row) {
  MATCH (n)-[r]->()
  WHERE type(r) IN row.owned
  DELETE r
}
CALL (n, row) {
  MATCH (n)<-[r]-()
  WHERE type(r) IN row.ownedIn
  DELETE r
}
