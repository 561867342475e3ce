// Affiliations (WORKS_WITH, a person with an organization) as records of data/nkss.json, with the version and origin kept on the relationship. A record is found by its
// relationship's two ends (uids) and key, as the loader merges it. Params: $keys [{key, from, to, relKey}].
UNWIND $keys AS k
MATCH (a:Entity {uid: k.from})-[r:WORKS_WITH {key: k.relKey}]->(b:Entity {uid: k.to})
RETURN k.key AS key, coalesce(r.version, 1) AS version, coalesce(r.origin, 'dataset') AS origin, r {.createdAt, .createdBy} AS meta,
  {person: a.id, organization: b.id, note: r.note, sourceIds: r.sourceIds, sourceQuotes: r.sourceQuotes} AS record
