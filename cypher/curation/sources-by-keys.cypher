// Sources as records of data/nkss.json (the inverse of the loader's mapping), with their version and origin.
// Params: $keys [id].
UNWIND $keys AS key
MATCH (s:Source {id: key})
RETURN key, coalesce(s.version, 1) AS version, coalesce(s.origin, 'dataset') AS origin,
  s {.createdAt, .createdBy} AS meta,
  s {.id, .url, .title, .publisher, .language, .primary} AS record
