// Clauses, not an expression: from rows that bind an organization `o`, keeps every variable and adds `region`, the slug of
// the statistical region its city lies in (through parent cities and districts; null when unknown), and `country`, its
// own country's code, else its city's (null when unknown).
WITH *,
  head([(o)-[:BASED_IN]->(:City)-[:PART_OF*0..2]->(:City)-[:IN_DISTRICT|IN_REGION*1..2]->(r:Region) | r.slug]) AS region,
  coalesce(head([(o)-[:IN_COUNTRY]->(k:Country) | k.code]), head([(o)-[:BASED_IN]->(:City)-[:IN_COUNTRY]->(k:Country) | k.code])) AS country
