// Retracted places by slug, as the City type reads them, with their retraction: what city(includeRetracted: true)
// answers when no live place has the slug. Params: $keys (slugs).
UNWIND $keys AS key
MATCH (city:Retracted {retractedLabel: 'City', slug: key})
WITH key, city, city AS r
WITH key, {{city-row}} AS row, {{retraction}} AS retraction
RETURN key, row {.*, retraction: retraction} AS value
