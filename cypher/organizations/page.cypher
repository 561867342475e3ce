// A page of organizations in (sortName, id) order, and their total when $withCount.
// Filters (null = any): $city, $district, $region (slugs; a place counts with the settlements PART_OF it), $country (ISO code),
// $kind, $sector, $discipline, $text (normalized search key), $association (slug) with $memberAsOf (YYYY-MM-DD, certain members),
// $member and $foundingMember (booleans). Keyset bounds: $lowerName/$lowerId, $upperName/$upperId (exclusive);
// $descending sorts Z→A; $limit rows.
MATCH (o:Organization)
WHERE ($kind IS NULL OR o.kind = $kind)
  AND ($sector IS NULL OR o.sector = $sector)
  AND ($discipline IS NULL OR $discipline IN o.disciplines)
  AND ($text IS NULL OR o.searchKey CONTAINS $text)
  AND ($city IS NULL OR EXISTS { (o)-[:BASED_IN]->(:City)-[:PART_OF*0..2]->(:City {slug: $city}) })
  AND ($district IS NULL OR EXISTS { (o)-[:BASED_IN]->(:City)-[:PART_OF*0..2]->(:City)-[:IN_DISTRICT]->(:District {slug: $district}) })
  AND ($region IS NULL OR EXISTS { (o)-[:BASED_IN]->(:City)-[:PART_OF*0..2]->(:City)-[:IN_DISTRICT|IN_REGION*1..2]->(:Region {slug: $region}) })
  AND ($country IS NULL OR EXISTS { (o)-[:IN_COUNTRY]->(:Country {code: $country}) }
       OR EXISTS { (o)-[:BASED_IN]->(:City)-[:IN_COUNTRY]->(:Country {code: $country}) })
  AND ($member IS NULL OR $member = EXISTS { (o)-[:MEMBER_OF]->(:Association {slug: $association}) })
  AND ($foundingMember IS NULL OR $foundingMember = EXISTS { (o)-[:MEMBER_OF {founding: true}]->(:Association {slug: $association}) })
  AND ($memberAsOf IS NULL OR EXISTS {
        MATCH (o)-[m:MEMBER_OF]->(:Association {slug: $association})
        WHERE m.sinceLatest <= date($memberAsOf) AND (m.untilEarliest IS NULL OR m.untilEarliest > date($memberAsOf)) })
WITH o ORDER BY o.sortName, o.id
WITH collect(o) AS matched
WITH matched, [o IN matched WHERE ($lowerId IS NULL OR o.sortName > $lowerName OR (o.sortName = $lowerName AND o.id > $lowerId))
                             AND ($upperId IS NULL OR o.sortName < $upperName OR (o.sortName = $upperName AND o.id < $upperId))] AS window
WITH matched, CASE WHEN $descending THEN reverse(window) ELSE window END AS ordered
RETURN CASE WHEN $withCount THEN size(matched) END AS totalCount,
  [o IN ordered[0..$limit] | o {
    .id, .slug, .name, .aliases, .kind, .sector, .disciplines, .founded, .website, .uid, .sortName,
    isAssociation: o:Association,
    citySlug: head([(o)-[:BASED_IN]->(c:City) | c.slug]),
    countryCode: coalesce(head([(o)-[:IN_COUNTRY]->(k:Country) | k.code]), head([(o)-[:BASED_IN]->(:City)-[:IN_COUNTRY]->(k:Country) | k.code]))
  }] AS rows
