// Retracted events by slug, as the Event type reads them, with their retraction: what event(includeRetracted: true)
// answers when no live event has the slug. Params: $keys (slugs).
UNWIND $keys AS key
MATCH (e:Retracted {retractedLabel: 'Event', slug: key})
WITH key, e, e AS r
RETURN key, e {.slug, .kind, .name, .nameEn, .online, .status, facts: coalesce(e.facts, []), .uid, startDate: e.start, endDate: e.end,
  citySlug: head([(e)-[:HELD_IN]->(c:City) | c.slug]),
  programmeSlug: head([(g:Programme)-[:HAD_EDITION]->(e) | g.slug]),
  retraction: {{retraction}}} AS value
