// Members of an association on a date, for each of $keys [{associationId, asOf (YYYY-MM-DD)}]: certain (joined by then for sure), possible (the start's
// precision allows either), and the units (cities or municipalities; settlements roll up along PART_OF) of certain members.
UNWIND $keys AS key
WITH key, date(key.asOf) AS day
MATCH (a:Association {id: key.associationId})
OPTIONAL MATCH (m)-[r:MEMBER_OF]->(a)
WHERE r.untilEarliest IS NULL OR r.untilEarliest > day
WITH key, day, m, r,
  CASE WHEN r.sinceLatest <= day THEN 'certain'
       WHEN r.sinceEarliest IS NULL OR r.sinceEarliest <= day THEN 'possible' END AS status
WITH key, status, m,
  head([(m)-[:BASED_IN]->(:City)-[:PART_OF*0..2]->(u:City) WHERE NOT (u)-[:PART_OF]->(:City) | u.slug]) AS unit
RETURN key, {
  certain: count(CASE WHEN status = 'certain' THEN m END),
  possible: count(CASE WHEN status = 'possible' THEN m END),
  certainWithoutCity: count(CASE WHEN status = 'certain' AND unit IS NULL THEN m END),
  citySlugs: [s IN collect(CASE WHEN status = 'certain' THEN unit END) WHERE s IS NOT NULL]
} AS value
