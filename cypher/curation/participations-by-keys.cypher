// Participations (PARTICIPATED_IN, an organization in a programme) as records of data/nkss.json, with the version and origin kept on the relationship. A record is found by its
// relationship's two ends (uids) and key, as the loader merges it. Params: $keys [{key, from, to, relKey}].
UNWIND $keys AS k
MATCH (a:Entity {uid: k.from})-[r:PARTICIPATED_IN {key: k.relKey}]->(b:Entity {uid: k.to})
RETURN k.key AS key, coalesce(r.version, 1) AS version, coalesce(r.origin, 'dataset') AS origin, r {.createdAt, .createdBy} AS meta,
  {organization: a.id, programme: b.slug, role: r.role, sourceIds: r.sourceIds, sourceQuotes: r.sourceQuotes} AS record
