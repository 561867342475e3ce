// Memberships in an association of members based in a place or in the places within it (Zabrežje in Obrenovac in
// Beograd), for each of $keys [{label: City | District | Region, slug, asOf (YYYY-MM-DD or null = ever), association
// (slug)}]: how many there are, and the first $limit of them by member name. As of a date, only members certain to have
// joined by then (start's latest bound ≤ date) count.
UNWIND $keys AS key
CALL (key) {
  MATCH (m)-[:BASED_IN]->(:City)-[:PART_OF*0..2]->(:City {slug: key.slug}) WHERE key.label = 'City' RETURN m
  UNION
  MATCH (m)-[:BASED_IN]->(:City)-[:PART_OF*0..2]->(:City)-[:IN_DISTRICT]->(:District {slug: key.slug}) WHERE key.label = 'District' RETURN m
  UNION
  MATCH (m)-[:BASED_IN]->(:City)-[:PART_OF*0..2]->(:City)-[:IN_DISTRICT|IN_REGION*1..2]->(:Region {slug: key.slug})
  WHERE key.label = 'Region'
  RETURN m
}
MATCH (m)-[r:MEMBER_OF]->(a:Association {slug: key.association})
WHERE key.asOf IS NULL OR (r.sinceLatest <= date(key.asOf) AND (r.untilEarliest IS NULL OR r.untilEarliest > date(key.asOf)))
WITH key, m, r, a ORDER BY m.sortName, m.uid
WITH key, collect({
  memberUid: m.uid, associationId: a.id, since: r.since, until: r.until, founding: r.founding,
  admittedAtSlug: r.admittedAt, sourceIds: r.sourceIds, sourceQuotes: r.sourceQuotes
}) AS memberships
RETURN key, {count: size(memberships), first: memberships[0..$limit]} AS value
