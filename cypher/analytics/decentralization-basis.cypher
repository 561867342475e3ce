// The steps a decentralization answer rests on, for one association: its dated membership reports (oldest first, each
// with the local self-government units of the cities it lists and their district and region), how many reports are
// undated (never used as of a date), and its held assemblies with their day (end, else start). No row when there is no
// such association. Params: $association (slug).
MATCH (a:Association {slug: $association})
RETURN a.id AS associationId,
  COUNT { (a)-[:REPORTED]->(r:MembershipReport) WHERE r.asOfLatest IS NULL } AS undatedReports,
  COLLECT {
    MATCH (a)-[:REPORTED]->(r:MembershipReport)
    WHERE r.asOfLatest IS NOT NULL
    WITH r ORDER BY r.asOfLatest, r.asOfEarliest, NOT r.primary, r.id
    RETURN r {.id, .uid, .asOf, .asOfEarliest, .asOfLatest, .memberCount, .memberQualifier, .memberUnit, .cityCount,
      .cityQualifier, .cityUnit, .primary, .note, .listsCities, .inferredFields, .inferredRules,
      eventSlug: head([(r)-[:AT]->(e:Event) | e.slug]),
      publishers: COLLECT { MATCH (r)-[:CITED_BY]->(s:Source) RETURN DISTINCT coalesce(s.publisher, s.url) AS publisher ORDER BY publisher },
      citySlugs: COLLECT { MATCH (r)-[:LISTS]->(c:City) RETURN c.slug ORDER BY c.sortName },
      units: COLLECT {
        MATCH (r)-[:LISTS]->(:City)-[:PART_OF*0..2]->(u:City)
        WHERE NOT (u)-[:PART_OF]->(:City)
        WITH DISTINCT u
        RETURN u {.slug, .name, .sortName, .population2022, .population2011,
          district: head([(u)-[:IN_DISTRICT]->(d:District) | d {.slug, .name, .sortName}]),
          region: head([(u)-[:IN_DISTRICT|IN_REGION*1..2]->(g:Region) | g {.slug, .name, .sortName}])}
      }}
  } AS reports,
  COLLECT {
    MATCH (e:Event)-[:ORGANIZED_BY]->(a)
    WHERE e.status = 'HELD' AND e.kind IN ['FOUNDING_ASSEMBLY', 'REGULAR_ASSEMBLY', 'ELECTORAL_ASSEMBLY']
      AND coalesce(e.endLatest, e.startLatest) IS NOT NULL
    WITH e, coalesce(e.endLatest, e.startLatest) AS day ORDER BY day, e.slug
    RETURN {slug: e.slug, day: day}
  } AS assemblies
