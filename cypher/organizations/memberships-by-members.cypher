// Memberships of organizations or people in an association, keyed by member uid, oldest first, each with the
// association's row (so it needs no query of its own). Params: $keys (uids).
UNWIND $keys AS key
MATCH (m:Entity {uid: key})-[r:MEMBER_OF]->(o:Association)
WITH key, r, o ORDER BY r.sinceEarliest, o.id
RETURN key, collect({
  memberUid: key, associationId: o.id, since: r.since, until: r.until, founding: r.founding,
  admittedAtSlug: r.admittedAt, sourceIds: r.sourceIds, sourceQuotes: r.sourceQuotes,
  association: {{organization-row}}
}) AS value
