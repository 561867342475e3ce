// Closes fragments/tie-pages-begin: one row per organization, {key, ties, totalCount, places}, where totalCount counts
// every tie of the origins asked for, and the first row alone carries `places`, the distinct places of every partner's
// city (fragments/places-of-cities; null on the other rows). A row per organization, not one row for all: a record
// larger than a Bolt chunk makes the JS driver decode every string of it on a slow path (twice the Node CPU measured).
}
WITH collect({key: key, ties: ties, totalCount: COUNT { (self)-[t:TIED_TO]-(:Organization) WHERE $origins IS NULL OR t.origin IN $origins }})
  AS pages, collect(partnerCities) AS cityLists
CALL (cityLists) {
  UNWIND cityLists AS cities
  UNWIND cities AS city
  {{places-of-cities}}
}
UNWIND range(0, size(pages) - 1) AS i
RETURN pages[i].key AS key, pages[i].ties AS ties, pages[i].totalCount AS totalCount, CASE WHEN i = 0 THEN places END AS places
