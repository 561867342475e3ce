// Slugs of events in time order that overlap [$from, $to] (YYYY-MM-DD, null = open): an event counts when it may fall
// in the range (its start's earliest bound ≤ $to, and its end's, or else its start's, latest bound ≥ $from).
// Also filtered by $kinds (list, null = any), $status (null = any), $city (slug, places within count). Params: + $limit.
MATCH (e:Event)
WHERE ($kinds IS NULL OR e.kind IN $kinds)
  AND ($status IS NULL OR e.status = $status)
  AND ($to IS NULL OR e.startEarliest <= date($to))
  AND ($from IS NULL OR coalesce(e.endLatest, e.startLatest) >= date($from))
  AND ($city IS NULL OR EXISTS { (e)-[:HELD_IN]->(:City)-[:PART_OF*0..2]->(:City {slug: $city}) })
RETURN e.slug AS slug
ORDER BY e.startEarliest, e.startLatest, e.slug
LIMIT $limit
