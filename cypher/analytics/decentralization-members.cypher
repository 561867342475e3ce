// Members of an association on each day of $dates (YYYY-MM-DD): certain (joined by then for sure, not known to have
// left), possible (the start's precision allows either), certain ones with no known place, and the certain ones per
// local self-government unit (a settlement or city municipality rolls up along PART_OF to its top city), each unit with
// its population, district and region. One row per day; no row when there is no such association.
// Params: $association (slug), $dates (list of YYYY-MM-DD).
MATCH (a:Association {slug: $association})
OPTIONAL MATCH (m)-[r:MEMBER_OF]->(a)
WITH a, r, COLLECT {
  MATCH (m)-[:BASED_IN]->(:City)-[:PART_OF*0..2]->(u:City)
  WHERE NOT (u)-[:PART_OF]->(:City)
  RETURN u LIMIT 1
} AS units
WITH a, r, head(units) AS u
UNWIND $dates AS day
WITH a, day, u,
  CASE WHEN r IS NULL OR r.untilEarliest <= date(day) THEN null
       WHEN r.sinceLatest <= date(day) THEN 'certain'
       WHEN r.sinceEarliest IS NULL OR r.sinceEarliest <= date(day) THEN 'possible' END AS status
WITH a, day, u, count(CASE WHEN status = 'certain' THEN 1 END) AS certain, count(CASE WHEN status = 'possible' THEN 1 END) AS possible
WITH a, day,
  sum(certain) AS certain,
  sum(possible) AS possible,
  sum(CASE WHEN u IS NULL THEN certain ELSE 0 END) AS withoutUnit,
  collect(CASE WHEN u IS NOT NULL AND certain > 0 THEN {members: certain, unit: u {.slug, .name, .sortName, .population2022,
    .population2011,
    district: head([(u)-[:IN_DISTRICT]->(d:District) | d {.slug, .name, .sortName}]),
    region: head([(u)-[:IN_DISTRICT|IN_REGION*1..2]->(g:Region) | g {.slug, .name, .sortName}])}} END) AS units
RETURN day, a.id AS associationId, certain, possible, withoutUnit, units
