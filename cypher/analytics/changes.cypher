// What changed for an association between two days, $from (exclusive) and $to (inclusive), each YYYY-MM-DD. A start, a
// report date or an event's end (else start) counts in the range when its latest bound falls in it (the range in which
// it becomes certain); an end (until) when its earliest bound does (from then on the fact is no longer certain), as in
// every as-of answer: memberships begun and ended, board roles in the association begun and ended, membership reports
// dated in the range, held events. A role whose start no source states (since null) never counts as begun: a date on
// which a source shows it held (heldAsOf) is not its start; such roles shown held in the range are counted apart. Also the local self-government units reached by certain members on
// each day (settlements roll up along PART_OF), the certain and possible members on $to and the dated reports up to $to (for coverage).
// No row when there is no such association. Params: $association (slug), $from, $to.
MATCH (a:Association {slug: $association})
WITH a, date($from) AS from, date($to) AS to
RETURN a.id AS associationId,
  COLLECT {
    MATCH (m)-[r:MEMBER_OF]->(a)
    WHERE from < r.sinceLatest <= to
    WITH m, r ORDER BY r.sinceLatest, m.sortName, m.uid
    RETURN {memberUid: m.uid, associationId: a.id, since: r.since, until: r.until, founding: r.founding,
      admittedAtSlug: r.admittedAt, sourceIds: r.sourceIds, sourceQuotes: r.sourceQuotes}
  } AS admitted,
  COLLECT {
    MATCH (m)-[r:MEMBER_OF]->(a)
    WHERE from < r.untilEarliest <= to
    WITH m, r ORDER BY r.untilEarliest, m.sortName, m.uid
    RETURN {memberUid: m.uid, associationId: a.id, since: r.since, until: r.until, founding: r.founding,
      admittedAtSlug: r.admittedAt, sourceIds: r.sourceIds, sourceQuotes: r.sourceQuotes}
  } AS ended,
  [day IN [from, to] | COLLECT {
    MATCH (m)-[r:MEMBER_OF]->(a)
    WHERE r.sinceLatest <= day AND (r.untilEarliest IS NULL OR r.untilEarliest > day)
    MATCH (m)-[:BASED_IN]->(:City)-[:PART_OF*0..2]->(u:City)
    WHERE NOT (u)-[:PART_OF]->(:City)
    WITH DISTINCT u ORDER BY u.sortName, u.slug
    RETURN u.slug
  }] AS units,
  COUNT {
    MATCH (m)-[r:MEMBER_OF]->(a)
    WHERE r.sinceLatest <= to AND (r.untilEarliest IS NULL OR r.untilEarliest > to)
  } AS membersKnown,
  COUNT {
    MATCH (m)-[r:MEMBER_OF]->(a)
    WHERE (r.sinceLatest IS NULL OR r.sinceLatest > to) AND (r.sinceEarliest IS NULL OR r.sinceEarliest <= to)
      AND (r.untilEarliest IS NULL OR r.untilEarliest > to)
  } AS membersPossible,
  COLLECT {
    MATCH (p:Person)-[:HOLDS]->(b:BoardRole)-[:OF]->(a)
    WHERE from < b.sinceLatest <= to
    WITH b, p ORDER BY b.sinceLatest, p.sortName, b.id
    RETURN b {.id, .uid, .title, .since, .heldAsOf, .until, organizationId: a.id, personId: p.id,
      electedAtSlug: head([(b)-[:ELECTED_AT]->(e:Event) | e.slug])}
  } AS rolesBegun,
  COLLECT {
    MATCH (p:Person)-[:HOLDS]->(b:BoardRole)-[:OF]->(a)
    WHERE from < b.untilEarliest <= to
    WITH b, p ORDER BY b.untilEarliest, p.sortName, b.id
    RETURN b {.id, .uid, .title, .since, .heldAsOf, .until, organizationId: a.id, personId: p.id,
      electedAtSlug: head([(b)-[:ELECTED_AT]->(e:Event) | e.slug])}
  } AS rolesEnded,
  COUNT {
    MATCH (:Person)-[:HOLDS]->(b:BoardRole)-[:OF]->(a)
    WHERE b.since IS NULL AND from < b.heldAsOfLatest <= to
  } AS rolesHeldAsOf,
  COLLECT {
    MATCH (a)-[:REPORTED]->(r:MembershipReport)
    WHERE r.asOfLatest <= to
    WITH r ORDER BY r.asOfLatest, r.asOfEarliest, NOT r.primary, r.id
    RETURN r {.id, .uid, .asOf, .asOfEarliest, .asOfLatest, .memberCount, .memberQualifier, .memberUnit, .cityCount,
      .cityQualifier, .cityUnit, .primary, .note, .listsCities, .inferredFields, .inferredRules, units: [],
      eventSlug: head([(r)-[:AT]->(e:Event) | e.slug]),
      publishers: COLLECT { MATCH (r)-[:CITED_BY]->(s:Source) RETURN DISTINCT coalesce(s.publisher, s.url) AS publisher ORDER BY publisher },
      citySlugs: COLLECT { MATCH (r)-[:LISTS]->(c:City) RETURN c.slug ORDER BY c.sortName }}
  } AS reports,
  COLLECT {
    MATCH (e:Event)
    WHERE e.status = 'HELD' AND from < coalesce(e.endLatest, e.startLatest) <= to
    WITH e ORDER BY coalesce(e.endLatest, e.startLatest), e.startEarliest, e.slug
    RETURN e.slug
  } AS events
