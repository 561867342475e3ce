// Districts (okrugs) by slug, with their region and seat. Params: $keys (slugs).
UNWIND $keys AS key
MATCH (district:District {slug: key})
RETURN key, {{district-row}} AS value
