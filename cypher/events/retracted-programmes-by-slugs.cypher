// Retracted programmes by slug, as the Programme type reads them, with their retraction: what
// programme(includeRetracted: true) answers when no live programme has the slug. Params: $keys (slugs).
UNWIND $keys AS key
MATCH (g:Retracted {retractedLabel: 'Programme', slug: key})
WITH key, g, g AS r
WITH key, {{programme-row}} AS row, {{retraction}} AS retraction
RETURN key, row {.*, retraction: retraction} AS value
