// Events by slug with their place and programme keys; an event written without facts states none ([]). Params: $keys (slugs).
UNWIND $keys AS key
MATCH (e:Event {slug: key})
RETURN key, e {.slug, .kind, .name, .nameEn, .online, .status, facts: coalesce(e.facts, []), .uid, startDate: e.start, endDate: e.end,
  citySlug: head([(e)-[:HELD_IN]->(c:City) | c.slug]),
  programmeSlug: head([(g:Programme)-[:HAD_EDITION]->(e) | g.slug])} AS value
