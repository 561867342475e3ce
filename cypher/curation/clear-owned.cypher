// Removes the relationships a record owns out of its node (its citations, its city …) before the record is written
// again, so a value taken away is gone. Params: $rows [{uid, owned: [type]}].
UNWIND $rows AS row
MATCH (n:Entity {uid: row.uid})-[r]->()
WHERE type(r) IN row.owned
DELETE r
