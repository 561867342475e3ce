// Sources by id. Params: $keys (source ids).
UNWIND $keys AS key
MATCH (s:Source {id: key})
RETURN key, s {.id, .url, .title, .publisher, .language, .primary} AS value
