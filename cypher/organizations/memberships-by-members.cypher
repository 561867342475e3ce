// Memberships of organizations or people in an association, keyed by member uid, oldest first, each with the
// association's row (fragments/membership-row). Params: $keys (uids).
UNWIND $keys AS key
MATCH (m:Entity {uid: key})-[r:MEMBER_OF]->(o:Association)
WITH key, key AS memberUid, r, o ORDER BY r.sinceEarliest, o.id
RETURN key, collect({{membership-row}}) AS value
