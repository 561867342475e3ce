// A programme as the Programme type reads it, for the variable `g`: its own properties, its cities' slugs and its
// editions' slugs.
g {.slug, .name, .kind, .uid, startDate: g.start, endDate: g.end,
  citySlugs: [(g)-[:HELD_IN]->(c:City) | c.slug],
  editionSlugs: [(g)-[:HAD_EDITION]->(e:Event) | e.slug]}
