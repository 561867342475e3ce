// Memberships that began by admission at an event, keyed by event slug, in member name order. Params: $keys (slugs).
UNWIND $keys AS key
MATCH (m)-[r:MEMBER_OF {admittedAt: key}]->(a:Association)
WITH key, m, r, a ORDER BY m.sortName, m.uid
RETURN key, collect({
  memberUid: m.uid, associationId: a.id, since: r.since, until: r.until, founding: r.founding,
  admittedAtSlug: r.admittedAt, sourceIds: r.sourceIds, sourceQuotes: r.sourceQuotes
}) AS value
