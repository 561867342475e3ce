// Memberships in an association of members based in a place or in the places within it (Zabrežje in Obrenovac in
// Beograd), keyed by $keys, each "Label|slug|asOf|association" (Label City, District or Region; asOf YYYY-MM-DD or empty = ever;
// association slug). As of a date, only members certain to have joined by then (start's latest bound ≤ date) count.
UNWIND $keys AS key
WITH key, split(key, '|') AS k
CALL (k) {
  MATCH (m)-[:BASED_IN]->(:City)-[:PART_OF*0..2]->(:City {slug: k[1]}) WHERE k[0] = 'City' RETURN m
  UNION
  MATCH (m)-[:BASED_IN]->(:City)-[:PART_OF*0..2]->(:City)-[:IN_DISTRICT]->(:District {slug: k[1]}) WHERE k[0] = 'District' RETURN m
  UNION
  MATCH (m)-[:BASED_IN]->(:City)-[:PART_OF*0..2]->(:City)-[:IN_DISTRICT|IN_REGION*1..2]->(:Region {slug: k[1]}) WHERE k[0] = 'Region' RETURN m
}
MATCH (m)-[r:MEMBER_OF]->(a:Association {slug: k[3]})
WHERE k[2] = '' OR (r.sinceLatest <= date(k[2]) AND (r.untilEarliest IS NULL OR r.untilEarliest > date(k[2])))
WITH key, m, r, a ORDER BY m.sortName, m.uid
RETURN key, collect({
  memberUid: m.uid, associationId: a.id, since: r.since, until: r.until, founding: r.founding,
  admittedAtSlug: r.admittedAt, sourceIds: r.sourceIds, sourceQuotes: r.sourceQuotes
}) AS value
