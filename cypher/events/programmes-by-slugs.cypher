// Programmes (festivals, projects, funds, campaigns, publications) by slug. Params: $keys (slugs).
UNWIND $keys AS key
MATCH (g:Programme {slug: key})
RETURN key, g {.slug, .name, .kind, .uid, startDate: g.start, endDate: g.end,
  citySlugs: [(g)-[:HELD_IN]->(c:City) | c.slug],
  editionSlugs: [(g)-[:HAD_EDITION]->(e:Event) | e.slug]} AS value
