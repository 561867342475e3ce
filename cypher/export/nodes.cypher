// Nodes of the network export: every organization (the association included) and the people who are members of the
// association, with their city, region (statistical region of the city or the place it is part of), country (the
// organization's own, else its city's) and membership. A membership counts when its span (since's earliest bound to until's
// latest; unknown = open) overlaps [$from, $to]; people come only as members, and with $membersOnly only the association and
// its members come. No row at all: no association has that slug.
// Params: $association (slug), $from, $to (YYYY-MM-DD or null), $membersOnly (boolean).
MATCH (a:Association {slug: $association})
CALL (a) {
  MATCH (o:Organization)
  RETURN o AS n
  UNION
  MATCH (p:Person)-[:MEMBER_OF]->(a)
  RETURN p AS n
}
OPTIONAL MATCH (n)-[m:MEMBER_OF]->(a)
  WHERE ($to IS NULL OR m.sinceEarliest IS NULL OR m.sinceEarliest <= date($to))
    AND ($from IS NULL OR m.untilLatest IS NULL OR m.untilLatest >= date($from))
WITH a, n, m ORDER BY m.sinceEarliest
WITH a, n, head(collect(m)) AS m
WHERE n = a OR m IS NOT NULL OR (NOT $membersOnly AND NOT n:Person)
OPTIONAL CALL (n) {
  MATCH (n)-[:BASED_IN]->(c:City)
  RETURN c LIMIT 1
}
RETURN n.id AS id, n.name AS label,
  CASE WHEN n:Person THEN 'PERSON' ELSE 'ORGANIZATION' END AS type,
  n.kind AS kind, n.sector AS sector, c.name AS city,
  head(COLLECT { MATCH (c)-[:PART_OF*0..2]->(:City)-[:IN_DISTRICT|IN_REGION*1..2]->(r:Region) RETURN r.name }) AS region,
  coalesce(head(COLLECT { MATCH (n)-[:IN_COUNTRY]->(k:Country) RETURN k.code }),
           head(COLLECT { MATCH (c)-[:IN_COUNTRY]->(k:Country) RETURN k.code })) AS country,
  m IS NOT NULL AS member, m.since AS memberSince, n = a AS isAssociation
ORDER BY id
