// Clauses, not an expression: from rows that bind the association `a` and `day` (a date, or null = ever), adds `core` (the
// association, then its organization members as of the day) and `neighbours` (every other organization tied to one of them
// by an origin in $via and, as of the day, started for certain and not possibly ended). A network's scope is core + neighbours.
CALL (a, day) {
  OPTIONAL MATCH (m:Organization)-[r:MEMBER_OF]->(a)
  WHERE day IS NULL OR (r.sinceLatest <= day AND (r.untilEarliest IS NULL OR r.untilEarliest > day))
  WITH collect(DISTINCT m) AS members
  RETURN [a] + [m IN members WHERE m <> a] AS core
}
CALL (core, day) {
  UNWIND core AS o
  MATCH (o)-[t:TIED_TO]-(p:Organization)
  WHERE t.origin IN $via AND (day IS NULL OR (t.sinceLatest <= day AND (t.untilEarliest IS NULL OR t.untilEarliest > day)))
  WITH DISTINCT p WHERE NOT p IN core
  RETURN collect(p) AS neighbours
}
