// Slugs of events held in a city or in places within it, in time order. Params: $keys (city slugs).
UNWIND $keys AS key
MATCH (e:Event)-[:HELD_IN]->(:City)-[:PART_OF*0..2]->(:City {slug: key})
WITH key, e ORDER BY e.startEarliest, e.slug
RETURN key, collect(e.slug) AS value
