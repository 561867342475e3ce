// Agreements signed at an event, with the ids of their parties. Params: $keys (event slugs).
UNWIND $keys AS key
MATCH (g:Agreement)-[:SIGNED_AT]->(:Event {slug: key})
WITH key, g ORDER BY g.signedEarliest, g.id
RETURN key, collect(g {.id, .uid, .name, .signed, .note, eventSlug: key,
  partyIds: [(g)-[:PARTY]->(o:Organization) | o.id]}) AS value
