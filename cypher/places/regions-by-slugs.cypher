// Statistical regions by slug. Params: $keys (slugs).
UNWIND $keys AS key
MATCH (region:Region {slug: key})
RETURN key, {{region-row}} AS value
