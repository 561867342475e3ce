// Memberships of organizations or people in an association, keyed by member uid, oldest first. Params: $keys (uids).
UNWIND $keys AS key
MATCH (m:Entity {uid: key})-[r:MEMBER_OF]->(a:Association)
WITH key, r, a ORDER BY r.sinceEarliest, a.id
RETURN key, collect({
  memberUid: key, associationId: a.id, since: r.since, until: r.until, founding: r.founding,
  admittedAtSlug: r.admittedAt, sourceIds: r.sourceIds, sourceQuotes: r.sourceQuotes
}) AS value
