// Retracted statistical regions by slug, as the Region type reads them, with their retraction: what
// region(includeRetracted: true) answers when no live region has the slug. Params: $keys (slugs).
UNWIND $keys AS key
MATCH (region:Retracted {retractedLabel: 'Region', slug: key})
WITH key, region, region AS r
WITH key, {{region-row}} AS row, {{retraction}} AS retraction
RETURN key, row {.*, retraction: retraction} AS value
