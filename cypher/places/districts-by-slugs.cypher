// Districts (okrugs) by slug, with their region and seat. Params: $keys (slugs).
UNWIND $keys AS key
MATCH (d:District {slug: key})
RETURN key, d {.slug, .name, .nameCyr, .uid,
  regionSlug: head([(d)-[:IN_REGION]->(r:Region) | r.slug]),
  seatSlug: head([(d)-[:SEAT]->(c:City) | c.slug])} AS value
