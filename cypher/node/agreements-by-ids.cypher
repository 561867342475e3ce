// Agreements by id, with the ids of their parties and the event they were signed at, for node(id:). Unknown ids give
// no row. Params: $keys (agreement ids).
UNWIND $keys AS key
MATCH (g:Agreement {id: key})
RETURN key, g {.id, .uid, .name, .signed, .note, eventSlug: head([(g)-[:SIGNED_AT]->(e:Event) | e.slug]),
  partyIds: [(g)-[:PARTY]->(o:Organization) | o.id]} AS value
