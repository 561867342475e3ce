// One source as the Source type reads it. Params: $id.
MATCH (s:Source {id: $id})
RETURN s {.id, .url, .title, .publisher, .language, .primary} AS source
