// How many organizations match the filters of page-ascending.cypher (the same block but for the place conditions,
// which select the candidates here; a unit test keeps the blocks equal).
// Params: $city, $district, $region, $country, $kind, $sector, $discipline, $text, $association, $memberAsOf, $member,
// $foundingMember (null = any). With no filter at all, count-all.cypher answers from the count store instead. With a
// place filter, the candidates are read from the places (a few dozen) to their organizations, not from every organization.
CALL () {
  WITH 1 AS unused WHERE $city IS NULL AND $district IS NULL AND $region IS NULL
  MATCH (o:Organization)
  RETURN o
  UNION ALL
  WITH 1 AS unused WHERE $city IS NOT NULL OR $district IS NOT NULL OR $region IS NOT NULL
  MATCH (place:City)
  WHERE ($city IS NULL OR EXISTS { (place)-[:PART_OF*0..2]->(:City {slug: $city}) })
    AND ($district IS NULL OR EXISTS { (place)-[:PART_OF*0..2]->(:City)-[:IN_DISTRICT]->(:District {slug: $district}) })
    AND ($region IS NULL OR EXISTS { (place)-[:PART_OF*0..2]->(:City)-[:IN_DISTRICT|IN_REGION*1..2]->(:Region {slug: $region}) })
  MATCH (o:Organization)-[:BASED_IN]->(place)
  RETURN o
}
WITH DISTINCT o
WHERE true
// filter: begin
  AND ($kind IS NULL OR o.kind = $kind)
  AND ($sector IS NULL OR o.sector = $sector)
  AND ($discipline IS NULL OR $discipline IN o.disciplines)
  AND ($text IS NULL OR o.searchKey CONTAINS $text)
  AND ($country IS NULL OR EXISTS { (o)-[:IN_COUNTRY]->(:Country {code: $country}) }
       OR EXISTS { (o)-[:BASED_IN]->(:City)-[:IN_COUNTRY]->(:Country {code: $country}) })
  AND ($member IS NULL OR ($member AND EXISTS { (o)-[:MEMBER_OF]->(:Association {slug: $association}) })
       OR (NOT $member AND NOT EXISTS { (o)-[:MEMBER_OF]->(:Association {slug: $association}) }))
  AND ($foundingMember IS NULL OR ($foundingMember AND EXISTS { (o)-[:MEMBER_OF {founding: true}]->(:Association {slug: $association}) })
       OR (NOT $foundingMember AND NOT EXISTS { (o)-[:MEMBER_OF {founding: true}]->(:Association {slug: $association}) }))
  AND ($memberAsOf IS NULL OR EXISTS {
        MATCH (o)-[m:MEMBER_OF]->(:Association {slug: $association})
        WHERE m.sinceLatest <= date($memberAsOf) AND (m.untilEarliest IS NULL OR m.untilEarliest > date($memberAsOf)) })
// filter: end
RETURN count(o) AS totalCount
