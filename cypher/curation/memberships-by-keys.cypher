// Memberships (MEMBER_OF, a member organization or person to its association) as records of data/nkss.json, with the version and origin kept on the relationship. A record is found by its
// relationship's two ends (uids) and key, as the loader merges it. Params: $keys [{key, from, to, relKey}].
UNWIND $keys AS k
MATCH (a:Entity {uid: k.from})-[r:MEMBER_OF {key: k.relKey}]->(b:Entity {uid: k.to})
RETURN k.key AS key, coalesce(r.version, 1) AS version, coalesce(r.origin, 'dataset') AS origin, r {.createdAt, .createdBy} AS meta,
  {member: a.id, association: b.id, since: r.since, until: r.until, founding: r.founding, admittedAt: r.admittedAt, sourceIds: r.sourceIds, sourceQuotes: r.sourceQuotes} AS record
