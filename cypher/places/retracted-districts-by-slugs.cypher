// Retracted districts by slug, as the District type reads them, with their retraction: what
// district(includeRetracted: true) answers when no live district has the slug. Params: $keys (slugs).
UNWIND $keys AS key
MATCH (district:Retracted {retractedLabel: 'District', slug: key})
WITH key, district, district AS r
WITH key, {{district-row}} AS row, {{retraction}} AS retraction
RETURN key, row {.*, retraction: retraction} AS value
