// A page of organizations in descending (sortName, id) order (NAME_DESC, or `last`), read backwards off the range
// index on those two properties: seek to the cursor, filter, stop after $limit rows, so a page costs the same at any
// position. Filters (null = any): $city, $district, $region (slugs; a place counts with the settlements PART_OF it),
// $country (ISO code), $kind, $sector, $discipline, $text (normalized search key), $association (slug) with $memberAsOf (YYYY-MM-DD, certain members), $member
// and $foundingMember (booleans). Keyset: $fromName..$toName bound the seek (inclusive; '' and '\uffff' when open);
// $lowerName/$lowerId and $upperName/$upperId are the exclusive cursor bounds (null when open). count.cypher and
// page-ascending.cypher hold the same filter block (a unit test keeps the three equal). One row: the page's `rows`
// and the distinct `places` (fragments/places-of-cities) of their cities.
MATCH (o:Organization)
WHERE o.sortName >= $fromName AND o.sortName <= $toName AND o.id IS NOT NULL
  AND ($lowerId IS NULL OR o.sortName > $lowerName OR o.id > $lowerId)
  AND ($upperId IS NULL OR o.sortName < $upperName OR o.id < $upperId)
// filter: begin
  AND ($kind IS NULL OR o.kind = $kind)
  AND ($sector IS NULL OR o.sector = $sector)
  AND ($discipline IS NULL OR $discipline IN o.disciplines)
  AND ($text IS NULL OR o.searchKey CONTAINS $text)
  AND ($city IS NULL OR EXISTS { (o)-[:BASED_IN]->(:City)-[:PART_OF*0..2]->(:City {slug: $city}) })
  AND ($district IS NULL OR EXISTS { (o)-[:BASED_IN]->(:City)-[:PART_OF*0..2]->(:City)-[:IN_DISTRICT]->(:District {slug: $district}) })
  AND ($region IS NULL OR EXISTS { (o)-[:BASED_IN]->(:City)-[:PART_OF*0..2]->(:City)-[:IN_DISTRICT|IN_REGION*1..2]->(:Region {slug: $region}) })
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
WITH o ORDER BY o.sortName DESC, o.id DESC
LIMIT $limit
WITH collect(o) AS page
CALL (page) {
  UNWIND page AS o
  MATCH (o)-[:BASED_IN]->(city:City)
  {{places-of-cities}}
}
// $core: each row only as its core columns, for a selection that reads no more of it (with its city slug when
// $coreCity); else the whole row.
RETURN [o IN page | CASE WHEN $core THEN {{organization-core-columns}} ELSE {{organization-row}} END] AS rows, places
