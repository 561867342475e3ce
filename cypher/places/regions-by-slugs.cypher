// Statistical regions by slug. Params: $keys (slugs).
UNWIND $keys AS key
MATCH (r:Region {slug: key})
RETURN key, r {.slug, .name, .nameEn, .uid, countryCode: head([(r)-[:IN_COUNTRY]->(k:Country) | k.code])} AS value
